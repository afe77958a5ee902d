package extract

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache/attache"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenView is the part of a result the golden files pin down: what was
// coded and from which words, not rule names or confidences, which change
// whenever a lexicon line moves.
type goldenView struct {
	Events []goldenEvent `json:"events"`
	Quotes []string      `json:"quotes"`
}

type goldenEvent struct {
	Type      string       `json:"type"`
	Mode      string       `json:"mode,omitempty"`
	Kind      string       `json:"kind,omitempty"`
	Actor     []string     `json:"actor"`
	Recipient []string     `json:"recipient"`
	Date      string       `json:"date"`
	Status    string       `json:"status"`
	Deadline  string       `json:"deadline,omitempty"`
	Facts     []string     `json:"facts,omitempty"`
	Trigger   string       `json:"trigger"`
	Span      attache.Span `json:"span"`
}

func entStrings(es []attache.Entity) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, fmt.Sprintf("%s [%s %s]", e.Text, strings.Join(e.Keys(), "/"), e.Sector))
	}
	return out
}

func view(r *attache.Result) goldenView {
	v := goldenView{Events: []goldenEvent{}, Quotes: []string{}}
	for _, e := range r.Events {
		g := goldenEvent{Type: e.Type, Mode: e.Mode, Kind: e.Kind, Actor: entStrings(e.Actor), Recipient: entStrings(e.Recipient),
			Date: e.Date + " " + e.DatePrecision, Status: e.Status, Deadline: e.Deadline, Trigger: e.Trigger.Text, Span: e.Trigger.Span}
		for _, q := range e.Quantities {
			g.Facts = append(g.Facts, fmt.Sprintf("%s %g %s approx=%v", q.Kind, q.Value, q.Unit, q.Approx))
		}
		v.Events = append(v.Events, g)
	}
	for _, q := range r.Quotes {
		sp := "?"
		if q.Speaker != nil {
			sp = q.Speaker.Name
		}
		v.Quotes = append(v.Quotes, sp+": "+q.Text)
	}
	return v
}

// TestGolden codes the stories in testdata/golden (written for the tests,
// or Voice of America stories, which are public domain) and compares with
// the .golden files. Run `go test ./extract -run Golden -update` after a
// deliberate change, and read the diff.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	x := extractor(t)
	for _, f := range files {
		base := strings.TrimSuffix(f, ".txt")
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var meta struct{ ID, Date, Title string }
		if mb, err := os.ReadFile(base + ".json"); err == nil {
			if err := json.Unmarshal(mb, &meta); err != nil {
				t.Fatalf("%s.json: %v", base, err)
			}
		}
		d, _ := ParseDate(meta.Date)
		res, err := x.Extract(attache.Document{ID: meta.ID, Date: d, Title: meta.Title, Text: string(b)})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		got, _ := json.MarshalIndent(view(res), "", "  ")
		got = append(got, '\n')
		golden := base + ".golden"
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%s: %v (run with -update to create it)", golden, err)
		}
		if string(want) != string(got) {
			t.Errorf("%s differs from %s; run `go test ./extract -run Golden -update` and review the diff\n%s", f, golden, firstDiff(string(want), string(got)))
		}
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths differ: %d vs %d lines", len(al), len(bl))
}
