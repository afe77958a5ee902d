package extract

import (
	"testing"
	"time"

	"github.com/attache/attache"
)

// TestTimes checks that the result lists each date expression with the span
// that reads it and the date it resolves to, so that a viewer can mark it.
func TestTimes(t *testing.T) {
	text := "SEOUL — Ministers met on Tuesday and vowed to cut the deficit by 2030. A second round is due next month."
	res, err := extractor(t).Extract(attache.Document{ID: "t", Date: time.Date(2024, 6, 14, 0, 0, 0, 0, time.UTC), Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text, value, precision string
		deadline               bool
		sentence               int
	}{
		{"on Tuesday", "2024-06-11", "day", false, 0},
		{"2030", "2030-12-31", "year", true, 0},
		{"next month", "2024-07-01", "month", false, 1},
	}
	if len(res.Times) != len(want) {
		t.Fatalf("times = %+v, want %d", res.Times, len(want))
	}
	for i, w := range want {
		g := res.Times[i]
		if g.Text != w.text || g.Value != w.value || g.Precision != w.precision || g.Deadline != w.deadline || g.Sentence != w.sentence {
			t.Errorf("time %d = %+v, want %+v", i, g, w)
		}
		if text[g.Span[0]:g.Span[1]] != g.Text {
			t.Errorf("time %d span %v reads %q, not %q", i, g.Span, text[g.Span[0]:g.Span[1]], g.Text)
		}
	}
}
