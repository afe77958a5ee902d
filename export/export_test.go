package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/attache/attache"
	"github.com/attache/attache/store"
)

func sample() *store.Event {
	return &store.Event{
		Event: attache.Event{ID: "0123456789abcdef", Doc: "d1", Type: "AID", Kind: "arms_sale", Status: "occurred", Date: "2025-02-07",
			Context:    []string{"military"},
			Actor:      []attache.Entity{{Name: "United States", Country: "USA", Sector: "GOV"}},
			Recipient:  []attache.Entity{{Name: "Japan", Country: "JPN", Sector: "GOV"}},
			Quantities: []attache.Quantity{{Kind: attache.Money, Value: 1e9, Unit: "USD", Approx: true}},
			Trigger:    attache.Trigger{Text: "sales"}, Evidence: "The US approved arms sales, \"nearly $1 billion\", to Japan.", Rule: "n:sale", Confidence: 0.9,
			Facts: map[string]string{"stage": "approved"}},
		NumMentions: 3, NumDocs: 2, NumSources: 1, Sources: []string{"voa"}, FirstSeen: "2025-02-07", DocURL: "https://example.org/x",
	}
}

func write(t *testing.T, format string, evs ...*store.Event) string {
	t.Helper()
	var b bytes.Buffer
	w, err := New(format, &b)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if err := w.Write(ev); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestFormats(t *testing.T) {
	ev := sample()
	// jsonl round-trips the stored event
	var back store.Event
	if err := json.Unmarshal([]byte(write(t, "jsonl", ev)), &back); err != nil || back.ID != ev.ID || back.NumDocs != 2 || back.Quantities[0].Value != 1e9 {
		t.Errorf("jsonl: %+v %v", back, err)
	}
	// csv: header + one row, quotes and commas survive
	recs, err := csv.NewReader(strings.NewReader(write(t, "csv", ev))).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("csv: %v %v", recs, err)
	}
	row := map[string]string{}
	for i, h := range recs[0] {
		row[h] = recs[1][i]
	}
	for k, want := range map[string]string{"actor": "USA", "recipient": "JPN", "money": "1000000000", "money_unit": "USD", "kind": "arms_sale",
		"num_documents": "2", "evidence": ev.Evidence, "facts": `{"stage":"approved"}`, "context": "military"} {
		if row[k] != want {
			t.Errorf("csv %s = %q, want %q", k, row[k], want)
		}
	}
	// plover: POLECAT field names
	var p map[string]any
	if err := json.Unmarshal([]byte(write(t, "plover", ev)), &p); err != nil {
		t.Fatal(err)
	}
	if p["event_type"] != "AID" || p["event_id"] != ev.ID || p["num_stories"] != 2.0 {
		t.Errorf("plover: %v", p)
	}
	// gdelt: tab-separated, CAMEO root 07 (provide aid), quad 2
	g := csv.NewReader(strings.NewReader(write(t, "gdelt", ev)))
	g.Comma = '\t'
	grecs, err := g.ReadAll()
	if err != nil || len(grecs) != 2 {
		t.Fatalf("gdelt: %v %v", grecs, err)
	}
	gr := map[string]string{}
	for i, h := range grecs[0] {
		gr[h] = grecs[1][i]
	}
	for k, want := range map[string]string{"SQLDATE": "20250207", "Actor1Code": "USAGOV", "Actor2CountryCode": "JPN", "EventRootCode": "07", "QuadClass": "2", "NumArticles": "2", "PLOVERType": "AID"} {
		if gr[k] != want {
			t.Errorf("gdelt %s = %q, want %q", k, gr[k], want)
		}
	}
	if _, err := New("xml", &bytes.Buffer{}); err == nil {
		t.Error("unknown format accepted")
	}
	// an empty export still has its header
	if got := write(t, "csv"); !strings.HasPrefix(got, "id,date,") {
		t.Errorf("empty csv = %q", got)
	}
}

func TestLedger(t *testing.T) {
	r := Ledger(sample())
	if r.Money == nil || *r.Money != 1e9 || r.Unit != "USD" || !r.Approx || r.Actor[0] != "USA" || r.Facts["stage"] != "approved" || r.NumDocs != 2 {
		t.Errorf("ledger row = %+v", r)
	}
}
