package extract

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/text"
)

func TestBadInput(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name string
		text string
		want error
	}{
		{"invalid utf8", "Japan \xff\xfe met", text.ErrInvalidUTF8},
		{"nul", "Japan\x00met", text.ErrNUL},
		{"empty", "   \n ", ErrEmpty},
	}
	for _, c := range cases {
		_, err := x.Extract(attache.Document{ID: c.name, Text: c.text})
		if !errors.Is(err, c.want) {
			t.Errorf("%s: err %v, want %v", c.name, err, c.want)
		}
	}
	big := attache.Document{ID: "big", Text: strings.Repeat("a", x.MaxBytes+1)}
	if _, err := x.Extract(big); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("oversized document: %v", err)
	}
}

// A single line with no punctuation is cut into bounded sentences and
// coded without error.
func TestLongSingleLine(t *testing.T) {
	x := extractor(t)
	line := strings.Repeat("Japan met China and the talks went on ", 20000)
	res, err := x.Extract(attache.Document{ID: "long", Text: line})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) == 0 {
		t.Error("no events from a long line of meetings")
	}
}

func TestSentences(t *testing.T) {
	x := extractor(t)
	date := time.Date(1987, 4, 27, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, typ, actor, recip string
	}{
		{"The Mexican government levied 30 pct tariffs on 120 mln dlrs of Brazilian shoes and leather goods on May 9.", "SANCTION", "MEX", "BRA"},
		{"Russian President Vladimir Putin visited China last week.", "CONSULT", "RUS", "CHN"},
		{"Canada and Belgium have banned imports of wildlife trophies.", "SANCTION", "CAN", ""},
		{"A U.S. State Department spokesperson urged the Haitian government to address security failures.", "REQUEST", "USA", "HTI"},
		{"Egypt's army chief warned that Egypt would close the Suez Canal to shipping.", "THREATEN", "EGY", ""},
	}
	for _, c := range cases {
		res, err := x.Extract(attache.Document{ID: "t", Text: c.text, Date: date})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range res.Events {
			if e.Type == c.typ && has(e.ActorKeys(), c.actor) && (c.recip == "" || has(e.RecipientKeys(), c.recip)) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s %s -> %s, got %+v", c.text, c.typ, c.actor, c.recip, summary(res.Events))
		}
	}
}

func summary(evs []attache.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Type+" "+strings.Join(e.ActorKeys(), ",")+"->"+strings.Join(e.RecipientKeys(), ","))
	}
	return out
}

func loadStories(tb testing.TB, rel string, n int) []attache.Document {
	f, err := os.Open(shared(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var docs []attache.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(docs) < n {
		var r struct{ ID, Date, Published, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		ds := r.Date
		if ds == "" {
			ds = r.Published
		}
		d, _ := ParseDate(ds)
		docs = append(docs, attache.Document{ID: r.ID, Date: d, Title: r.Title, Text: r.Text})
	}
	return docs
}

// BenchmarkExtract measures the whole pipeline over VOA and Reuters stories;
// MB/s is reported per core (the benchmark runs on one goroutine).
func BenchmarkExtract(b *testing.B) {
	docs := append(loadStories(b, "corpora/voa_stories.jsonl", 89), loadStories(b, "corpora/reuters21578.jsonl", 1500)...)
	x := extractor(b)
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Text))
	}
	b.SetBytes(bytes)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := x.Extract(d); err != nil && !errors.Is(err, ErrEmpty) {
				b.Fatal(err)
			}
		}
	}
}

// Every VOA story is coded without error and every span points at its text.
func TestVOACorpus(t *testing.T) {
	x := extractor(t)
	for _, d := range loadStories(t, "corpora/voa_stories.jsonl", 1000) {
		res, err := x.Extract(d)
		if err != nil {
			t.Errorf("%s: %v", d.ID, err)
			continue
		}
		for _, e := range res.Events {
			if d.Text[e.Trigger.Span[0]:e.Trigger.Span[1]] != e.Trigger.Text {
				t.Errorf("%s: trigger span mismatch", d.ID)
			}
			for _, a := range append(append([]attache.Entity{}, e.Actor...), e.Recipient...) {
				if a.Span != (attache.Span{}) && d.Text[a.Span[0]:a.Span[1]] != a.Text {
					t.Errorf("%s: entity span %v is not %q", d.ID, a.Span, a.Text)
				}
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("US President Donald Trump met Japanese Prime Minister Shigeru Ishiba at the White House on Friday.")
	f.Add("Canada imposed 25 pct duties on 450 mln dlrs of Chinese steel, \"Clark said\".")
	f.Add("\u201cWe reject it,\u201d he said. \u2022 Item\nTOKYO WILL NOT")
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		res, err := x.Extract(attache.Document{ID: "f", Text: s, Date: time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return
		}
		for _, e := range res.Events {
			sp := e.Trigger.Span
			if sp[0] < 0 || sp[1] > len(s) || sp[0] > sp[1] || s[sp[0]:sp[1]] != e.Trigger.Text {
				t.Fatalf("bad trigger span %v", sp)
			}
		}
	})
}
