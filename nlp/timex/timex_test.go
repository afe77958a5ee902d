package timex

import (
	"testing"
	"time"

	"github.com/attache/attache/nlp/text"
)

func TestFind(t *testing.T) {
	doc := time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC) // a Friday
	cases := []struct {
		in, date, prec string
		deadline       bool
	}{
		{"approved this week", "2025-02-07", Week, false},
		{"met on Tuesday", "2025-02-04", Day, false},
		{"met Friday", "2025-02-07", Day, false},
		{"doubling by 2027", "2027-12-31", Year, true},
		{"last month", "2025-01-01", Month, false},
		{"in early January", "2025-01-01", Month, false},
		{"on April 17", "2024-04-17", Day, false},
		{"out by September 11", "2025-09-11", Day, true},
		{"Feb. 3", "2025-02-03", Day, false},
		{"on Feb. 13", "2024-02-13", Day, false}, // after the document date: the year before
		{"in 2017", "2017-01-01", Year, false},
		{"yesterday", "2025-02-06", Day, false},
		{"on March 3, 1987", "1987-03-03", Day, false},
	}
	for _, c := range cases {
		tx := text.Normalize(c.in)
		toks := text.Tokenize(tx)
		xs := Find(toks, 0, len(toks), doc)
		if len(xs) == 0 {
			t.Errorf("%q: nothing found", c.in)
			continue
		}
		x := xs[0]
		if x.Format() != c.date || x.Precision != c.prec || x.Deadline != c.deadline {
			t.Errorf("%q: got %s %s deadline=%v", c.in, x.Format(), x.Precision, x.Deadline)
		}
	}
}

func TestMayIsNoMonth(t *testing.T) {
	tx := text.Normalize("He may visit.")
	toks := text.Tokenize(tx)
	if xs := Find(toks, 0, len(toks), time.Now()); len(xs) != 0 {
		t.Errorf("'may' read as a month: %+v", xs)
	}
}
