package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attache/attache"
)

// shared returns the path of a file under ../shared, or skips the test.
func shared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus not present (%s): %v", p, err)
	}
	return p
}

var testX *Extractor

func extractor(t testing.TB) *Extractor {
	t.Helper()
	if testX == nil {
		x, err := Default()
		if err != nil {
			t.Fatal(err)
		}
		testX = x
	}
	return testX
}

func has(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// TestSeed checks EVENTS.md §4: the eight required events of the US-Japan
// summit story with their facts, at most two others, and the three quotes.
func TestSeed(t *testing.T) {
	b, err := os.ReadFile(shared(t, "corpora/seed/us-japan-summit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := extractor(t).Extract(attache.Document{ID: "seed", Text: string(b), Date: time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	find := func(typ, actor, recip string) *attache.Event {
		for i := range res.Events {
			e := &res.Events[i]
			if e.Type == typ && has(e.ActorKeys(), actor) && (recip == "" || has(e.RecipientKeys(), recip)) {
				return e
			}
		}
		t.Errorf("no %s %s -> %s", typ, actor, recip)
		return nil
	}
	money := func(e *attache.Event, v float64, approx bool) {
		for _, q := range e.Quantities {
			if q.Kind == attache.Money && q.Unit == "USD" && q.Value == v && q.Approx == approx {
				return
			}
		}
		t.Errorf("%s: no USD %g (approx %v) in %+v", e.Type, v, approx, e.Quantities)
	}
	if e := find("CONSULT", "JPN", "USA"); e != nil {
		if e.Mode != "visit" || e.Kind != "meeting" {
			t.Errorf("meeting mode/kind %q/%q", e.Mode, e.Kind)
		}
		if e.Location == nil || e.Location.Country != "USA" {
			t.Errorf("meeting location %+v", e.Location)
		}
		for _, tp := range []string{"investment", "energy", "space", "technology", "trade"} {
			if !has(e.Topics, tp) {
				t.Errorf("meeting topics %v lack %s", e.Topics, tp)
			}
		}
		if e.Attribution == nil || e.Attribution.Via != "VOA" {
			t.Errorf("meeting attribution %+v, want via VOA", e.Attribution)
		}
	}
	if e := find("AID", "USA", "JPN"); e != nil {
		money(e, 1e9, true)
		if e.Kind != "arms_sale" || !has(e.Context, "military") || e.Facts["stage"] != "approved" {
			t.Errorf("arms sale kind %q context %v facts %v", e.Kind, e.Context, e.Facts)
		}
		if e.Date < "2025-02-03" || e.Date > "2025-02-07" {
			t.Errorf("arms sale date %s", e.Date)
		}
	}
	if e := find("AGREE", "JPN", ""); e != nil {
		ok := false
		for _, q := range e.Quantities {
			ok = ok || (q.Kind == attache.Multiplier && q.Value == 2)
		}
		if !ok || e.Deadline != "2027-12-31" || e.Kind != "defense_spending" {
			t.Errorf("defense spending: quantities %+v deadline %s kind %s", e.Quantities, e.Deadline, e.Kind)
		}
	}
	if e := find("SUPPORT", "USA", "JPN"); e != nil && !has(e.Context, "military") {
		t.Errorf("support context %v", e.Context)
	}
	if e := find("SANCTION", "USA", "CHN"); e != nil {
		if !has(e.RecipientKeys(), "CAN") || !has(e.RecipientKeys(), "MEX") || e.Mode != "discontinue" || e.Kind != "tariff" {
			t.Errorf("tariffs: %v mode %s kind %s", e.RecipientKeys(), e.Mode, e.Kind)
		}
	}
	if e := find("CONCEDE", "USA", "CAN"); e != nil {
		ok := false
		for _, q := range e.Quantities {
			ok = ok || (q.Kind == attache.Percent && q.Value == 25)
		}
		if !ok || e.Kind != "tariff_relief" || e.Facts["temporary"] != "true" {
			t.Errorf("tariff relief: %+v kind %s facts %v", e.Quantities, e.Kind, e.Facts)
		}
	}
	if e := find("REJECT", "USA", "JPN"); e != nil {
		money(e, 15e9, false)
		if e.Mode != "assist" || e.Kind != "investment_block" || e.Facts["reason"] != "national security" || !strings.HasPrefix(e.Date, "2025-01") {
			t.Errorf("investment block: mode %s kind %s facts %v date %s", e.Mode, e.Kind, e.Facts, e.Date)
		}
	}
	if e := find("ACCUSE", "USA", "JPN"); e != nil && e.Mode != "disapprove" {
		t.Errorf("opposition mode %s", e.Mode)
	}
	// count as the scorer does: denied and hypothetical events did not happen
	happened := 0
	for _, e := range res.Events {
		if e.Status != attache.Denied && e.Status != attache.Hypothetical {
			happened++
		}
	}
	if happened > 10 {
		t.Errorf("%d events, want at most 8 + 2", happened)
	}
	var speakers []string
	for _, q := range res.Quotes {
		if q.Speaker == nil {
			t.Errorf("quote without speaker: %q", q.Text)
			continue
		}
		speakers = append(speakers, q.Speaker.Name+"/"+q.Speaker.Country+"/"+q.Speaker.Sector)
	}
	want := []string{"Donald Trump/USA/GOV", "Donald Trump/USA/GOV", "Trump administration official/USA/GOV"}
	if strings.Join(speakers, ",") != strings.Join(want, ",") {
		t.Errorf("quote speakers %v, want %v", speakers, want)
	}
	for _, e := range res.Events {
		if got := string(b[e.Trigger.Span[0]:e.Trigger.Span[1]]); got != e.Trigger.Text {
			t.Errorf("trigger span %v is %q, text %q", e.Trigger.Span, got, e.Trigger.Text)
		}
	}
}
