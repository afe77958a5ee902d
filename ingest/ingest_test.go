package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/source"
	"github.com/attache/attache/store"
	"github.com/attache/attache/store/sqlite"
)

// fake codes one event per document and fails on documents saying "fail".
type fake struct{ calls atomic.Int64 }

func (f *fake) Extract(d attache.Document) (*attache.Result, error) {
	f.calls.Add(1)
	if strings.Contains(d.Text, "fail") {
		return nil, errors.New("cannot code this")
	}
	ev := attache.Event{ID: "e-" + d.ID, Doc: d.ID, Type: "CONSULT", Status: attache.Occurred, Date: d.Date.Format("2006-01-02"),
		Actor:   []attache.Entity{{Name: "Japan", Country: "JPN"}},
		Trigger: attache.Trigger{Text: d.Text[:3], Span: attache.Span{0, 3}}, Evidence: d.Text}
	return &attache.Result{Doc: d.ID, Events: []attache.Event{ev}, Sentences: []attache.Span{{0, len(d.Text)}}}, nil
}

func docs(n int) []attache.Document {
	var out []attache.Document
	for i := 0; i < n; i++ {
		out = append(out, attache.Document{ID: string(rune('a'+i%26)) + strings.Repeat("x", i/26), Text: "Japan met someone, story " + strings.Repeat("i", i+1),
			Date: time.Date(2025, 1, 1+i%28, 0, 0, 0, 0, time.UTC)})
	}
	return out
}

func TestRun(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "i.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ds := docs(100)
	ds = append(ds, attache.Document{ID: "bad", Text: "this will fail"})
	var skipped []string
	var progress bytes.Buffer
	x := &fake{}
	items := func(ctx context.Context, fn func(source.Item) error) error {
		if err := fn(source.Item{Origin: "broken.jsonl:3", Err: errors.New("invalid JSON")}); err != nil {
			return err
		}
		return FromDocuments(append(ds, ds[0])...)(ctx, fn)
	}
	sum, err := Run(ctx, items, x, db, Options{Workers: 3, BatchSize: 7, Progress: &progress,
		Skip: func(o string, err error) { skipped = append(skipped, o+": "+err.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 102 || sum.Stored != 100 || sum.Duplicate != 1 || sum.Skipped != 2 || sum.Events+sum.Merged != 100 {
		t.Errorf("summary: %+v", sum)
	}
	if len(skipped) != 2 || !strings.Contains(strings.Join(skipped, "\n"), "bad: cannot code this") {
		t.Errorf("skips: %v", skipped)
	}
	if !strings.Contains(progress.String(), "100 stored") {
		t.Errorf("final summary not on the progress writer: %q", progress.String())
	}
	// a second run codes nothing: stored content is recognized before extraction
	before := x.calls.Load()
	sum, err = Run(ctx, FromDocuments(ds[:100]...), x, db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 0 || sum.Duplicate != 100 || x.calls.Load() != before {
		t.Errorf("re-run: %+v, %d extractions", sum, x.calls.Load()-before)
	}
}

func TestCancel(t *testing.T) {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	items := func(ctx context.Context, fn func(source.Item) error) error {
		for _, d := range docs(1000) {
			n++
			if n == 50 {
				cancel()
			}
			if err := fn(source.Item{Doc: d, Origin: d.ID}); err != nil {
				return err
			}
		}
		return nil
	}
	_, err = Run(ctx, items, &fake{}, db, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if n >= 1000 {
		t.Error("reading did not stop")
	}
	st, _ := db.Stats(context.Background())
	if st.Documents > 60 {
		t.Errorf("%d documents stored after cancel at 50", st.Documents)
	}
}

// The same input gives the same stored events, whatever the scheduling of
// the workers: reports reach the writer in input order.
func TestDeterministic(t *testing.T) {
	var got []string
	for run := 0; run < 2; run++ {
		db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "d.db"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Run(context.Background(), FromDocuments(docs(300)...), &fake{}, db, Options{Workers: 4, BatchSize: 5}); err != nil {
			t.Fatal(err)
		}
		evs, err := db.Events(context.Background(), store.Query{Limit: 1000, Sort: "date"})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, ev := range evs {
			fmt.Fprintf(&b, "%s:%d:%d ", ev.ID, ev.NumDocs, ev.NumMentions)
		}
		got = append(got, b.String())
		db.Close()
	}
	if got[0] != got[1] {
		t.Errorf("two runs differ:\n%s\n%s", got[0], got[1])
	}
}
