package quantity

import (
	"testing"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/text"
)

func find(s string) []Found {
	tx := text.Normalize(s)
	toks := text.Tokenize(tx)
	span := func(a, b int) attache.Span {
		x, y := tx.OrigSpan(int(toks[a].S), int(toks[b-1].E))
		return attache.Span{x, y}
	}
	txt := func(a, b int) string { sp := span(a, b); return s[sp[0]:sp[1]] }
	return Find(toks, 0, len(toks), span, txt)
}

func TestFind(t *testing.T) {
	cases := []struct {
		in     string
		kind   string
		value  float64
		unit   string
		approx bool
		text   string
	}{
		{"approved nearly $1 billion in sales", attache.Money, 1e9, "USD", true, "$1 billion"},
		{"a $15 billion bid", attache.Money, 15e9, "USD", false, "$15 billion"},
		{"imposed 100 pct tariffs", attache.Percent, 100, "", false, "100 pct"},
		{"on 300 mln dlrs worth of goods", attache.Money, 300e6, "USD", false, "300 mln dlrs"},
		{"valued at about £1.35bn", attache.Money, 1.35e9, "GBP", true, "£1.35bn"},
		{"the 25% tariffs", attache.Percent, 25, "", false, "25%"},
		{"5 billion yen", attache.Money, 5e9, "JPY", false, "5 billion yen"},
		{"3 mln Canadian dlrs", attache.Money, 3e6, "CAD", false, "3 mln Canadian dlrs"},
		{"530 pence a share", attache.Money, 5.3, "GBP", false, "530 pence"},
		{"withdrew 8,400 dlrs", attache.Money, 8400, "USD", false, "8,400 dlrs"},
		{"doubling its defense spending", attache.Multiplier, 2, "", false, "doubling"},
		{"2.5 per cent rate", attache.Percent, 2.5, "", false, "2.5 per cent"},
		{"killed 11 coal miners", attache.Count, 11, "", false, "11"},
	}
	for _, c := range cases {
		got := find(c.in)
		if len(got) == 0 {
			t.Errorf("%q: nothing found", c.in)
			continue
		}
		q := got[0].Quantity
		if q.Kind != c.kind || q.Value != c.value || q.Unit != c.unit || q.Approx != c.approx || q.Text != c.text {
			t.Errorf("%q: got %+v", c.in, q)
		}
	}
}

func TestYearIsNoCount(t *testing.T) {
	if got := find("by 2027 the plan"); len(got) != 0 {
		t.Errorf("year taken as quantity: %+v", got)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("nearly $1 billion and 25% of 300 mln dlrs")
	f.Fuzz(func(t *testing.T, s string) {
		if text.Check(s) != nil {
			return
		}
		for _, q := range find(s) {
			if q.Span[0] > q.Span[1] || q.Span[1] > len(s) {
				t.Fatalf("bad span %v", q.Span)
			}
		}
	})
}
