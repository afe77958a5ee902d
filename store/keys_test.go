package store

import (
	"testing"

	"github.com/attache/attache"
)

func TestBucket(t *testing.T) {
	for _, tc := range []struct{ day, want int64 }{{0, 0}, {2, 0}, {3, 1}, {-1, -1}, {-3, -1}, {-4, -2}} {
		if got := Bucket(tc.day); got != tc.want {
			t.Errorf("Bucket(%d) = %d, want %d", tc.day, got, tc.want)
		}
	}
}

func TestPlace(t *testing.T) {
	ev := func(id, date string) attache.Event {
		return attache.Event{ID: id, Type: "CONSULT", Date: date, Actor: []attache.Entity{{Country: "JPN"}}, Recipient: []attache.Entity{{Country: "USA"}}}
	}
	// 2025-02-02..04 is one window
	a := Place("hashA", "2025-02-02", []attache.Event{ev("x", ""), ev("y", "2025-02-04"), ev("z", "2025-02-05")})
	b := Place("hashB", "2025-02-03", []attache.Event{ev("x", "")})
	if a[0].UID == a[1].UID {
		t.Errorf("two events of one document in one window share uid %s", a[0].UID)
	}
	if a[2].UID == a[0].UID || a[2].UID == a[1].UID {
		t.Errorf("next window's event shares a uid: %+v", a)
	}
	if b[0].UID != a[0].UID {
		t.Errorf("another document's first report does not join the first event: %s vs %s", b[0].UID, a[0].UID)
	}
	if !(a[0].Rank < b[0].Rank) || a[0].Date != "2025-02-02" {
		t.Errorf("ranks: %q should precede %q", a[0].Rank, b[0].Rank)
	}
	u := Place("hashC", "", []attache.Event{ev("x", ""), ev("x", "")})
	v := Place("hashD", "", []attache.Event{ev("x", "")})
	if u[0].Dated || u[0].UID == u[1].UID || u[0].UID == v[0].UID {
		t.Errorf("undated reports must stay per document and distinct: %+v %+v", u, v)
	}
}

func TestAddSource(t *testing.T) {
	s := ""
	for _, src := range []string{"voa", "afp", "", "voa", "reuters", "abc"} {
		s = AddSource(s, src)
	}
	if s != "abc\tafp\treuters\tvoa" {
		t.Errorf("AddSource = %q", s)
	}
}
