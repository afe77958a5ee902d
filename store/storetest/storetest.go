// Package storetest is the conformance suite every store backend passes:
// storage round trips, idempotence, merging of reports across documents,
// every query filter, counts, reads during writes, and events that do not
// depend on the order in which documents were stored.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/store"
)

// Opener returns a fresh, empty store; the suite closes it.
type Opener func(t *testing.T) store.Store

// Run runs the whole suite against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"Empty", testEmpty},
		{"RoundTrip", testRoundTrip},
		{"Idempotent", testIdempotent},
		{"MergeReports", testMerge},
		{"Filters", testFilters},
		{"SortAndPages", testPages},
		{"CountBy", testCountBy},
		{"Actors", testActors},
		{"Documents", testDocuments},
		{"TextQuerySyntax", testTextSyntax},
		{"ConcurrentReadWrite", testConcurrent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
	// groups that open stores of their own
	t.Run("OrderIndependent", func(t *testing.T) { testOrderIndependent(t, open) })
}

var ctx = context.Background()

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func ent(country, sector, name string) attache.Entity {
	return attache.Entity{Name: name, Text: name, Country: country, Sector: sector}
}

// doc builds a one-sentence document with one event; the sentence is the
// whole text so that spans are easy to check.
func doc(id, date, source, text, typ string, actor, recipient []attache.Entity) store.Coded {
	d := attache.Document{ID: id, Date: day(date), Source: source, Title: "t " + id, URL: "https://example.org/" + id, Text: text}
	ev := attache.Event{
		ID: "ev-" + id, Doc: id, Sentence: 0, Span: attache.Span{0, len(text)}, Type: typ,
		Actor: actor, Recipient: recipient, Date: date, Status: attache.Occurred,
		Trigger: attache.Trigger{Text: text[:4], Span: attache.Span{0, 4}}, Evidence: text, Rule: "test", Confidence: 0.8,
		Mentions: []attache.Mention{{Sentence: 0, Span: attache.Span{0, 4}, Trigger: text[:4], Rule: "test"}},
	}
	res := &attache.Result{Doc: id, Events: []attache.Event{ev}, Quotes: []attache.Quote{}, Entities: append(append([]attache.Entity{}, actor...), recipient...), Sentences: []attache.Span{{0, len(text)}}}
	return store.Coded{Doc: d, Hash: store.Hash(d), Result: res}
}

var (
	usa = ent("USA", "GOV", "United States")
	jpn = ent("JPN", "GOV", "Japan")
	chn = ent("CHN", "GOV", "China")
	can = ent("CAN", "GOV", "Canada")
)

func put(t *testing.T, s store.Store, docs ...store.Coded) store.PutStats {
	t.Helper()
	st, err := s.Put(ctx, docs)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return st
}

func events(t *testing.T, s store.Store, q store.Query) []store.Event {
	t.Helper()
	evs, err := s.Events(ctx, q)
	if err != nil {
		t.Fatalf("Events(%+v): %v", q, err)
	}
	n, err := s.CountEvents(ctx, q)
	if err != nil {
		t.Fatalf("CountEvents(%+v): %v", q, err)
	}
	if q.Limit == 0 && q.Offset == 0 && n != len(evs) {
		t.Errorf("CountEvents(%+v) = %d, Events gave %d", q, n, len(evs))
	}
	return evs
}

func testEmpty(t *testing.T, s store.Store) {
	st, err := s.Stats(ctx)
	if err != nil || st != (store.Stats{}) {
		t.Fatalf("Stats = %+v, %v; want zero", st, err)
	}
	if evs := events(t, s, store.Query{}); len(evs) != 0 {
		t.Errorf("Events on empty store: %d", len(evs))
	}
	if _, err := s.Document(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(nope) error = %v, want ErrNotFound", err)
	}
	if _, err := s.Event(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Event(nope) error = %v, want ErrNotFound", err)
	}
	if ok, err := s.Has(ctx, "abc"); ok || err != nil {
		t.Errorf("Has on empty store = %v, %v", ok, err)
	}
}

func testRoundTrip(t *testing.T, s store.Store) {
	c := doc("a1", "2025-02-07", "voa", "Japan hosted talks with the United States.", "CONSULT", []attache.Entity{jpn}, []attache.Entity{usa})
	st := put(t, s, c)
	if st.Documents != 1 || st.Events != 1 || st.Duplicate != 0 {
		t.Fatalf("PutStats = %+v", st)
	}
	if ok, err := s.Has(ctx, c.Hash); !ok || err != nil {
		t.Fatalf("Has = %v, %v", ok, err)
	}
	for _, id := range []string{"a1", c.Hash} {
		d, err := s.Document(ctx, id)
		if err != nil {
			t.Fatalf("Document(%s): %v", id, err)
		}
		if d.ID != "a1" || d.Hash != c.Hash || d.Text != c.Doc.Text || d.Date != "2025-02-07" || d.Source != "voa" || d.URL != c.Doc.URL || d.Title != c.Doc.Title {
			t.Errorf("Document(%s) = %+v", id, d)
		}
		if len(d.Sentences) != 1 || d.Sentences[0] != (attache.Span{0, len(c.Doc.Text)}) {
			t.Errorf("sentences = %v", d.Sentences)
		}
		if len(d.Result.Events) != 1 || d.Result.Events[0].Type != "CONSULT" || len(d.Result.Entities) != 2 {
			t.Errorf("result = %+v", d.Result)
		}
	}
	evs := events(t, s, store.Query{})
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	ev := evs[0]
	if ev.Type != "CONSULT" || ev.Doc != "a1" || ev.DocHash != c.Hash || ev.NumDocs != 1 || ev.NumMentions != 1 || ev.NumSources != 1 || ev.FirstSeen != "2025-02-07" {
		t.Errorf("event = %+v", ev)
	}
	if got := ev.ActorKeys(); len(got) != 1 || got[0] != "JPN" {
		t.Errorf("actor keys %v", got)
	}
	det, err := s.Event(ctx, ev.ID)
	if err != nil {
		t.Fatalf("Event(%s): %v", ev.ID, err)
	}
	if len(det.Reports) != 1 || det.Reports[0].Doc != "a1" || det.Reports[0].Event.Evidence != c.Doc.Text || len(det.Reports[0].Event.Mentions) != 1 {
		t.Errorf("reports = %+v", det.Reports)
	}
	st2, _ := s.Stats(ctx)
	if st2 != (store.Stats{Documents: 1, Events: 1, Mentions: 1}) {
		t.Errorf("Stats = %+v", st2)
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	a := doc("a1", "2025-02-07", "voa", "Japan hosted talks with the United States.", "CONSULT", []attache.Entity{jpn}, []attache.Entity{usa})
	b := doc("b1", "2025-02-07", "voa", "China accused Canada of dumping steel.", "ACCUSE", []attache.Entity{chn}, []attache.Entity{can})
	put(t, s, a)
	// b twice in one batch, a again: only b is new
	st := put(t, s, b, b, a)
	if st.Documents != 1 || st.Duplicate != 2 {
		t.Errorf("PutStats = %+v, want 1 new and 2 duplicates", st)
	}
	// the same content under another id is the same document
	a2 := a
	a2.Doc.ID = "a1-resent"
	if st := put(t, s, a2); st.Documents != 0 || st.Duplicate != 1 {
		t.Errorf("re-sent story: %+v", st)
	}
	got, _ := s.Stats(ctx)
	if got != (store.Stats{Documents: 2, Events: 2, Mentions: 2}) {
		t.Errorf("Stats = %+v", got)
	}
}

func testMerge(t *testing.T, s store.Store) {
	// 2025-02-02 to 2025-02-04 is one merge window, 2025-02-05 starts the next.
	for _, w := range [][2]string{{"2025-02-02", "2025-02-04"}, {"2025-02-04", "2025-02-05"}} {
		a, _ := store.Day(w[0])
		b, _ := store.Day(w[1])
		if same := store.Bucket(a) == store.Bucket(b); same != (w[0] == "2025-02-02") {
			t.Fatalf("windows moved: %s and %s in one window = %v; fix the test dates", w[0], w[1], same)
		}
	}
	text := "Washington imposed tariffs on China."
	wash := ent("USA", "GOV", "Washington")
	d1 := doc("m1", "2025-02-02", "voa", text, "SANCTION", []attache.Entity{usa}, []attache.Entity{chn})
	d2 := doc("m2", "2025-02-04", "reuters", text+" ", "SANCTION", []attache.Entity{wash}, []attache.Entity{chn})
	d3 := doc("m3", "2025-02-05", "voa", text+"  ", "SANCTION", []attache.Entity{usa}, []attache.Entity{chn})
	d4 := doc("m4", "2025-02-02", "voa", "China imposed tariffs on Washington.", "SANCTION", []attache.Entity{chn}, []attache.Entity{usa})
	d5 := doc("m5", "2025-02-02", "voa", "Washington threatened tariffs on China.", "SANCTION", []attache.Entity{usa}, []attache.Entity{chn})
	d5.Result.Events[0].Status = attache.Threatened
	// the later report arrives first; the earlier one becomes the record
	if st := put(t, s, d2); st.Events != 1 {
		t.Errorf("first report: %+v, want 1 new event", st)
	}
	if st := put(t, s, d1); st.Events != 0 || st.Merged != 1 {
		t.Errorf("two reports in one window: %+v, want 1 merged", st)
	}
	put(t, s, d3, d4, d5)
	evs := events(t, s, store.Query{Type: []string{"SANCTION"}, Sort: "date"})
	if len(evs) != 4 {
		t.Fatalf("%d events, want 4 (merged pair, next window, reversed dyad, threat)", len(evs))
	}
	var merged *store.Event
	for i := range evs {
		if evs[i].NumDocs == 2 {
			merged = &evs[i]
		}
	}
	if merged == nil {
		t.Fatalf("no event with 2 documents: %+v", evs)
	}
	if merged.NumMentions != 2 || merged.NumSources != 2 || merged.FirstSeen != "2025-02-02" || merged.LastSeen != "2025-02-04" ||
		fmt.Sprint(merged.Sources) != "[reuters voa]" {
		t.Errorf("merged = %+v", merged)
	}
	// the representative is the earliest report, not the first to arrive
	if merged.Doc != "m1" || merged.Date != "2025-02-02" || merged.Evidence != text || merged.Actor[0].Name != "United States" {
		t.Errorf("merged event's record is from %s (%s, %q, %q), want m1's", merged.Doc, merged.Date, merged.Evidence, merged.Actor[0].Name)
	}
	if as, err := s.Actors(ctx, 10); err != nil || len(as) == 0 {
		t.Errorf("Actors: %v, %v", as, err)
	} else {
		for _, a := range as {
			if a.Key == "USA" && a.Name != "United States" {
				t.Errorf("USA named %q, want the representative's name", a.Name)
			}
		}
	}
	// two events the coder kept apart in one document stay apart, and a
	// second document reporting both merges pairwise
	two := func(id, date, text string) store.Coded {
		c := doc(id, date, "voa", text, "CONSULT", []attache.Entity{jpn}, []attache.Entity{usa})
		second := c.Result.Events[0]
		second.ID, second.Sentence = "ev-"+id+"-b", 1
		c.Result.Events = append(c.Result.Events, second)
		return c
	}
	if st := put(t, s, two("m6", "2025-05-01", "Japan hosted talks with the United States. Japan hosted more talks.")); st.Events != 2 || st.Merged != 0 {
		t.Errorf("two events of one document: %+v, want 2 new events", st)
	}
	if st := put(t, s, two("m7", "2025-05-01", "Japan held two rounds of talks with the United States.")); st.Events != 0 || st.Merged != 2 {
		t.Errorf("second document with the same two events: %+v, want 2 merged", st)
	}
	if evs := events(t, s, store.Query{Type: []string{"CONSULT"}}); len(evs) != 2 || evs[0].NumDocs != 2 || evs[1].NumDocs != 2 {
		t.Errorf("CONSULT events = %+v, want 2 with 2 documents each", evs)
	}
	det, err := s.Event(ctx, merged.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(det.Reports) != 2 || det.Reports[0].Doc != "m1" || det.Reports[1].Doc != "m2" || det.Reports[1].Source != "reuters" {
		t.Errorf("reports = %+v", det.Reports)
	}
}

// orderDocs are reports that merge and do not: one window, its boundary, a
// reversed dyad, a second name for a key, an undated document, a document
// with two reports of one event, a duplicate.
func orderDocs() []store.Coded {
	text := "Washington imposed tariffs on China."
	wash := ent("USA", "GOV", "Washington")
	beijing := ent("CHN", "GOV", "Beijing")
	docs := []store.Coded{
		doc("o1", "2025-02-02", "voa", text, "SANCTION", []attache.Entity{usa}, []attache.Entity{chn}),
		doc("o2", "2025-02-04", "reuters", text+" ", "SANCTION", []attache.Entity{wash}, []attache.Entity{beijing}),
		doc("o3", "2025-02-04", "afp", text+"  ", "SANCTION", []attache.Entity{usa}, []attache.Entity{beijing}),
		doc("o4", "2025-02-05", "voa", text+"   ", "SANCTION", []attache.Entity{wash}, []attache.Entity{chn}),
		doc("o5", "2025-02-03", "voa", "China imposed tariffs on Washington.", "SANCTION", []attache.Entity{chn}, []attache.Entity{usa}),
		doc("o6", "2025-02-03", "bbc", "Japan hosted talks with the United States.", "CONSULT", []attache.Entity{jpn}, []attache.Entity{usa}),
		doc("o7", "2025-02-03", "voa", "Japan hosted talks with Washington.", "CONSULT", []attache.Entity{jpn}, []attache.Entity{wash}),
		doc("o8", "2025-02-04", "abc", "Japan and the US held talks.", "CONSULT", []attache.Entity{jpn}, []attache.Entity{usa}),
		doc("o9", "2024-12-31", "voa", "Canada accused China of dumping steel.", "ACCUSE", []attache.Entity{can}, []attache.Entity{chn}),
		doc("o10", "2025-01-01", "reuters", "Ottawa accused China of dumping.", "ACCUSE", []attache.Entity{can}, []attache.Entity{chn}),
	}
	// undated: never merges with anything
	und := doc("o11", "2025-01-01", "voa", "Canada accused China of dumping steel again.", "ACCUSE", []attache.Entity{can}, []attache.Entity{chn})
	und.Doc.Date = time.Time{}
	und.Result.Events[0].Date = ""
	und.Hash = store.Hash(und.Doc)
	docs = append(docs, und, und)
	// two reports of one event in one document, twice
	for _, id := range []string{"o12", "o13"} {
		c := doc(id, "2025-02-03", "voa", "Japan hosted talks with the United States, then more talks "+id+".", "CONSULT", []attache.Entity{jpn}, []attache.Entity{usa})
		second := c.Result.Events[0]
		second.ID, second.Sentence, second.Confidence = "ev-"+id+"-b", 0, 0.5
		c.Result.Events = append(c.Result.Events, second)
		docs = append(docs, c)
	}
	return docs
}

// Snapshot is everything a store shows of its events and documents, as
// text: two stores holding the same events give the same snapshot.
func Snapshot(t testing.TB, s store.Store) string {
	t.Helper()
	var b strings.Builder
	for _, sort := range []string{"date", "-date", "mentions", "-mentions"} {
		var evs []store.Event
		for q := (store.Query{Sort: sort, Limit: store.MaxLimit}); ; q.Offset += store.MaxLimit {
			page, err := s.Events(ctx, q)
			if err != nil {
				t.Fatalf("Events(%+v): %v", q, err)
			}
			evs = append(evs, page...)
			if len(page) < store.MaxLimit {
				break
			}
		}
		fmt.Fprintf(&b, "events %s:\n", sort)
		for _, ev := range evs {
			j, err := json.Marshal(ev)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s\n", j)
			if sort != "date" {
				continue
			}
			det, err := s.Event(ctx, ev.ID)
			if err != nil {
				t.Fatalf("Event(%s): %v", ev.ID, err)
			}
			j, err = json.Marshal(det.Reports)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "  reports %s\n", j)
		}
	}
	for _, by := range []string{"type", "kind", "status", "day", "month,quad"} {
		cs, err := s.CountBy(ctx, store.Query{}, by)
		if err != nil {
			t.Fatalf("CountBy %s: %v", by, err)
		}
		fmt.Fprintf(&b, "count by %s: %v\n", by, cs)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	as, err := s.Actors(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	var ds []store.DocSummary
	for q := (store.DocQuery{Limit: store.MaxLimit}); ; q.Offset += store.MaxLimit {
		page, err := s.Documents(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, page...)
		if len(page) < store.MaxLimit {
			break
		}
	}
	fmt.Fprintf(&b, "stats %+v\nactors %+v\ndocuments %+v\n", st, as, ds)
	return b.String()
}

func testOrderIndependent(t *testing.T, open Opener) {
	docs := orderDocs()
	reversed := make([]store.Coded, len(docs))
	for i := range docs {
		reversed[len(docs)-1-i] = docs[i]
	}
	shuffled := func(seed int64) []store.Coded {
		out := append([]store.Coded(nil), docs...)
		rand.New(rand.NewSource(seed)).Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		return out
	}
	runs := []struct {
		name  string
		docs  []store.Coded
		batch int
	}{
		{"one batch", docs, len(docs)},
		{"reversed, one at a time", reversed, 1},
		{"shuffled, batches of 3", shuffled(1), 3},
		{"shuffled, batches of 5", shuffled(2), 5},
		{"shuffled twice over, batches of 4", append(shuffled(3), shuffled(4)...), 4},
	}
	var want string
	for i, r := range runs {
		s := open(t)
		for k := 0; k < len(r.docs); k += r.batch {
			put(t, s, r.docs[k:min(k+r.batch, len(r.docs))]...)
		}
		got := Snapshot(t, s)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			want = got
			if !strings.Contains(want, `"num_documents":3`) || !strings.Contains(want, "Documents:13 Events:") {
				t.Fatalf("the documents no longer merge as the test assumes:\n%s", want)
			}
			continue
		}
		if got != want {
			t.Errorf("%s gives other events than %s:\n%s", r.name, runs[0].name, diff(want, got))
		}
	}
}

// diff shows the first lines where two snapshots differ.
func diff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(al), len(bl)) && len(out) < 6; i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, fmt.Sprintf("line %d:\n  want %s\n  got  %s", i+1, x, y))
		}
	}
	return strings.Join(out, "\n")
}

func seed(t *testing.T, s store.Store) {
	put(t, s,
		doc("f1", "2024-01-10", "voa", "Japan hosted talks with the United States on trade.", "CONSULT", []attache.Entity{jpn}, []attache.Entity{usa}),
		doc("f2", "2024-06-01", "reuters", "The United States sold missiles to Japan.", "AID", []attache.Entity{usa}, []attache.Entity{jpn}),
		doc("f3", "2025-02-07", "voa", "China accused Japan of provocations.", "ACCUSE", []attache.Entity{chn}, []attache.Entity{jpn}),
		doc("f4", "2025-03-01", "reuters", "Canada and China signed a trade pact.", "AGREE", []attache.Entity{can, chn}, nil),
	)
}

func ids(evs []store.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Doc)
	}
	return out
}

func testFilters(t *testing.T, s store.Store) {
	seed(t, s)
	// f2's event is an arms sale
	for _, tc := range []struct {
		q    store.Query
		want string
	}{
		{store.Query{}, "[f4 f3 f2 f1]"},
		{store.Query{Actor: []string{"usa"}}, "[f2]"},
		{store.Query{Actor: []string{"USA,CAN"}}, "[f4 f2]"},
		{store.Query{Recipient: []string{"JPN"}}, "[f3 f2]"},
		{store.Query{Dyad: [2]string{"JPN", "USA"}}, "[f2 f1]"},
		{store.Query{Dyad: [2]string{"usa", "jpn"}, Type: []string{"aid"}}, "[f2]"},
		{store.Query{Type: []string{"ACCUSE", "AGREE"}}, "[f4 f3]"},
		{store.Query{Since: "2024-06-01", Until: "2025-02-07"}, "[f3 f2]"},
		{store.Query{Text: "missiles"}, "[f2]"},
		{store.Query{Text: "trade"}, "[f4 f1]"},
		{store.Query{Source: []string{"reuters"}}, "[f4 f2]"},
		{store.Query{Doc: "f3"}, "[f3]"},
		{store.Query{Status: []string{attache.Occurred}, Actor: []string{"CHN"}}, "[f4 f3]"},
		{store.Query{Actor: []string{"NOPE"}}, "[]"},
	} {
		if got := fmt.Sprint(ids(events(t, s, tc.q))); got != tc.want {
			t.Errorf("Events(%+v) = %s, want %s", tc.q, got, tc.want)
		}
	}
}

func testPages(t *testing.T, s store.Store) {
	seed(t, s)
	if got := fmt.Sprint(ids(events(t, s, store.Query{Sort: "date"}))); got != "[f1 f2 f3 f4]" {
		t.Errorf("oldest first = %s", got)
	}
	if got := fmt.Sprint(ids(events(t, s, store.Query{Limit: 2, Offset: 1}))); got != "[f3 f2]" {
		t.Errorf("page 2 of 2 = %s", got)
	}
	if _, err := s.Events(ctx, store.Query{Sort: "drop table"}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("unknown sort: error %v, want ErrBadQuery", err)
	}
	n, err := s.CountEvents(ctx, store.Query{Limit: 1})
	if err != nil || n != 4 {
		t.Errorf("CountEvents ignores the page: %d, %v", n, err)
	}
}

func testCountBy(t *testing.T, s store.Store) {
	seed(t, s)
	for by, want := range map[string]string{
		"type":       "[{ACCUSE 1} {AGREE 1} {AID 1} {CONSULT 1}]",
		"month":      "[{2024-01 1} {2024-06 1} {2025-02 1} {2025-03 1}]",
		"year":       "[{2024 2} {2025 2}]",
		"quad":       "[{verbal_cooperation 2} {material_cooperation 1} {verbal_conflict 1}]",
		"year,quad":  "[{2024|verbal_cooperation 1} {2024|material_cooperation 1} {2025|verbal_cooperation 1} {2025|verbal_conflict 1}]",
		"month,type": "[{2024-01|CONSULT 1} {2024-06|AID 1} {2025-02|ACCUSE 1} {2025-03|AGREE 1}]",
	} {
		cs, err := s.CountBy(ctx, store.Query{}, by)
		if err != nil {
			t.Fatalf("CountBy %s: %v", by, err)
		}
		if got := fmt.Sprint(cs); got != want {
			t.Errorf("CountBy %s = %s, want %s", by, got, want)
		}
	}
	if _, err := s.CountBy(ctx, store.Query{}, "nope"); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("CountBy nope: error %v, want ErrBadQuery", err)
	}
}

func testActors(t *testing.T, s store.Store) {
	seed(t, s)
	as, err := s.Actors(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]store.ActorCount{}
	for _, a := range as {
		got[a.Key] = a
	}
	if a := got["JPN"]; a.AsActor != 1 || a.AsRecipient != 2 || a.Name != "Japan" {
		t.Errorf("JPN = %+v", a)
	}
	if a := got["CHN"]; a.AsActor != 2 || a.AsRecipient != 0 {
		t.Errorf("CHN = %+v", a)
	}
	if len(as) == 0 || as[0].Key != "JPN" {
		t.Errorf("most active first: %+v", as)
	}
}

func testTextSyntax(t *testing.T, s store.Store) {
	seed(t, s)
	for _, q := range []string{`"`, `AND OR NOT`, `missiles)`, `*`, `trade NEAR(`, `' OR 1=1 --`, `日本`} {
		if _, err := s.Events(ctx, store.Query{Text: q}); err != nil {
			t.Errorf("Text %q: %v", q, err)
		}
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			d := doc(fmt.Sprintf("c%d", i), "2025-01-01", "voa", fmt.Sprintf("Japan hosted talks number %d.", i), "CONSULT", []attache.Entity{jpn}, []attache.Entity{usa})
			if _, err := s.Put(ctx, []store.Coded{d}); err != nil {
				errs <- err
				return
			}
		}
	}()
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if _, err := s.Events(ctx, store.Query{Actor: []string{"JPN"}}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, _ := s.Stats(ctx)
	if st.Documents != 20 || st.Events != 1 || st.Mentions != 20 {
		t.Errorf("after 20 reports of one meeting: %+v, want 20 documents, 1 event, 20 mentions", st)
	}
}

func testDocuments(t *testing.T, s store.Store) {
	seed(t, s)
	all, err := s.Documents(ctx, store.DocQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 4 || all[0].ID != "f4" || all[0].Events != 1 {
		t.Errorf("documents newest first: %+v", all)
	}
	hits, err := s.Documents(ctx, store.DocQuery{Text: "missiles"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].ID != "f2" || !strings.Contains(hits[0].Snippet, "[missiles]") {
		t.Errorf("text search: %+v", hits)
	}
	if hits, _ := s.Documents(ctx, store.DocQuery{Text: "trade", Source: []string{"voa"}}); len(hits) != 1 || hits[0].ID != "f1" {
		t.Errorf("text and source: %+v", hits)
	}
	if _, err := s.Documents(ctx, store.DocQuery{Text: `") OR *`}); err != nil {
		t.Errorf("odd text: %v", err)
	}
}

// WireStory builds document i of a benchmark or load test: about 2 KB with
// 5 sentences and 3 events, the shape of a wire story.
func WireStory(i int) store.Coded {
	var b strings.Builder
	var sents []attache.Span
	for k := 0; k < 5; k++ {
		start := b.Len()
		fmt.Fprintf(&b, "Story %d sentence %d: the foreign ministers of Japan and Canada met in Ottawa to discuss trade, tariffs on steel and a new defense pact worth 2 billion dollars, officials said on Tuesday evening. ", i, k)
		sents = append(sents, attache.Span{start, b.Len()})
	}
	text := b.String()
	d := attache.Document{ID: fmt.Sprintf("b%d", i), Title: fmt.Sprintf("Story %d", i), Text: text, Source: "bench",
		Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365)}
	keys := [][2]string{{"JPN", "CAN"}, {"CAN", "JPN"}, {"USA", "CHN"}}
	var evs []attache.Event
	for k, kk := range keys {
		evs = append(evs, attache.Event{ID: fmt.Sprintf("e%d-%d", i, k), Doc: d.ID, Sentence: k, Span: sents[k], Type: []string{"CONSULT", "AGREE", "SANCTION"}[k],
			Actor: []attache.Entity{{Name: kk[0], Country: kk[0], Sector: "GOV"}}, Recipient: []attache.Entity{{Name: kk[1], Country: kk[1], Sector: "GOV"}},
			Date: d.Date.Format("2006-01-02"), Status: attache.Occurred, Trigger: attache.Trigger{Text: "met", Span: attache.Span{sents[k][0], sents[k][0] + 3}},
			Evidence: text[sents[k][0]:sents[k][1]], Mentions: []attache.Mention{{Sentence: k, Span: attache.Span{sents[k][0], sents[k][0] + 3}}}})
	}
	res := &attache.Result{Doc: d.ID, Events: evs, Sentences: sents, Entities: []attache.Entity{{Name: "Japan", Country: "JPN"}, {Name: "Canada", Country: "CAN"}}}
	return store.Coded{Doc: d, Hash: store.Hash(d), Result: res}
}

// BenchPut measures a backend's writer: documents per second and MB/s of
// text through one store handle, in batches of 256 WireStory documents.
func BenchPut(b *testing.B, s store.Store) {
	const batch = 256
	var bytes int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		docs := make([]store.Coded, batch)
		for k := range docs {
			docs[k] = WireStory(i*batch + k)
			bytes += int64(len(docs[k].Doc.Text))
		}
		if _, err := s.Put(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "docs/s")
	b.SetBytes(bytes / int64(b.N))
}

// LoadWire stores WireStory documents 0..n-1, 500 to a batch.
func LoadWire(tb testing.TB, s store.Store, n int) {
	for i := 0; i < n; i += 500 {
		docs := make([]store.Coded, min(500, n-i))
		for k := range docs {
			docs[k] = WireStory(i + k)
		}
		if _, err := s.Put(context.Background(), docs); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchDyad measures one page of a dyad's events with its total, what
// GET /api/events?a=&b= runs, on a store LoadWire filled.
func BenchDyad(b *testing.B, s store.Store) {
	q := store.Query{Dyad: [2]string{"JPN", "CAN"}, Limit: 50}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Events(context.Background(), q); err != nil {
			b.Fatal(err)
		}
		if _, err := s.CountEvents(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}
