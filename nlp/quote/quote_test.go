package quote_test

import (
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
)

func TestSpeakers(t *testing.T) {
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		in      string
		speaker []string
	}{
		{`"We will not retreat," Putin said.`, []string{"Vladimir Putin"}},
		{`"We will not retreat," said Putin.`, []string{"Vladimir Putin"}},
		{"Trump said: \"Japan is a great ally.\"", []string{"Donald Trump"}},
		{"A Trump administration official stated:\n\u201cWe all know it.\u201d", []string{"Trump administration official"}},
		// a quote that goes on after the attribution keeps its speaker
		{`"We agree," Putin said. "It is done."`, []string{"Vladimir Putin", "Vladimir Putin"}},
		{`"Nobody said it," the paper wrote somewhere far away from here in town.`, []string{""}},
	}
	for _, c := range cases {
		res, err := x.Extract(attache.Document{ID: "q", Text: c.in, Date: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Quotes) != len(c.speaker) {
			t.Errorf("%q: %d quotes, want %d", c.in, len(res.Quotes), len(c.speaker))
			continue
		}
		for i, q := range res.Quotes {
			got := ""
			if q.Speaker != nil {
				got = q.Speaker.Name
			}
			if got != c.speaker[i] {
				t.Errorf("%q quote %d: speaker %q, want %q", c.in, i, got, c.speaker[i])
			}
			if c.in[q.Span[0]:q.Span[1]] != q.Text {
				t.Errorf("%q: quote span %v is not its text", c.in, q.Span)
			}
		}
	}
}
