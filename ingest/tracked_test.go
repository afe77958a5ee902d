package ingest

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/source"
	"github.com/attache/attache/store"
	"github.com/attache/attache/store/sqlite"
)

// gate wraps a store: it refuses documents with id "refuse" the way a
// store refuses a bad document, and fails every Put after failAfter.
type gate struct {
	*sqlite.DB
	mu        sync.Mutex
	puts      int
	failAfter int
}

func (g *gate) Put(ctx context.Context, docs []store.Coded) (store.PutStats, error) {
	g.mu.Lock()
	g.puts++
	n := g.puts
	g.mu.Unlock()
	if g.failAfter > 0 && n > g.failAfter {
		return store.PutStats{}, errors.New("disk full")
	}
	var keep []store.Coded
	var refused []store.DocError
	for _, d := range docs {
		if d.Doc.ID == "refuse" {
			refused = append(refused, store.DocError{ID: d.Doc.ID, Err: errors.New("constraint failed")})
			continue
		}
		keep = append(keep, d)
	}
	ps, err := g.DB.Put(ctx, keep)
	ps.Failed = append(ps.Failed, refused...)
	return ps, err
}

type settled struct {
	mu    sync.Mutex
	n     map[string]int
	errs  map[string]error
	early []string // settled as stored before the store had them
}

func newSettled() *settled { return &settled{n: map[string]int{}, errs: map[string]error{}} }

// track returns the Settle for an item; a nil error must mean the document
// can already be read back from the store.
func (s *settled) track(t *testing.T, st Store, it source.Item) Settle {
	return func(err error) {
		if err == nil {
			if ok, herr := st.Has(context.Background(), store.Hash(it.Doc)); herr != nil || !ok {
				s.mu.Lock()
				s.early = append(s.early, it.Origin)
				s.mu.Unlock()
			}
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		s.n[it.Origin]++
		s.errs[it.Origin] = err
	}
}

func TestRunTrackedSettles(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	g := &gate{DB: db}
	ds := docs(50)
	// already stored before the run: settled as done without coding
	if _, err := Run(ctx, FromDocuments(ds[:5]...), &fake{}, db, Options{}); err != nil {
		t.Fatal(err)
	}
	all := append([]attache.Document{}, ds...)
	all = append(all, attache.Document{ID: "bad", Text: "this will fail"},
		attache.Document{ID: "refuse", Text: "Japan met a store that refuses this"},
		ds[7]) // twice in the input, possibly in one batch
	s := newSettled()
	var batchDocs int
	var reports []Summary
	var mu sync.Mutex
	items := func(ctx context.Context, fn func(source.Item, Settle) error) error {
		broken := source.Item{Origin: "broken.jsonl:1", Err: errors.New("invalid JSON")}
		if err := fn(broken, s.track(t, g, broken)); err != nil {
			return err
		}
		for i, d := range all {
			it := source.Item{Doc: d, Origin: d.ID + "@" + string(rune('0'+i%10)) + string(rune('a'+i/10))}
			if err := fn(it, s.track(t, g, it)); err != nil {
				return err
			}
		}
		// an untracked item is fine too
		return fn(source.Item{Doc: docs(51)[50], Origin: "untracked"}, nil)
	}
	sum, err := RunTracked(ctx, items, &fake{}, g, Options{Workers: 3, BatchSize: 4, ProgressEvery: time.Millisecond,
		Batch:  func(n int, ps store.PutStats, took time.Duration) { mu.Lock(); batchDocs += n; mu.Unlock() },
		Report: func(s Summary) { mu.Lock(); reports = append(reports, s); mu.Unlock() }})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.early) > 0 {
		t.Errorf("settled as stored before their batch committed: %v", s.early)
	}
	if len(s.n) != len(all)+1 {
		t.Errorf("%d items settled, want %d", len(s.n), len(all)+1)
	}
	for o, n := range s.n {
		if n != 1 {
			t.Errorf("%s settled %d times", o, n)
		}
	}
	for o, err := range s.errs {
		want := o == "broken.jsonl:1" || strings.HasPrefix(o, "bad@") || strings.HasPrefix(o, "refuse@")
		if (err != nil) != want {
			t.Errorf("%s settled with %v", o, err)
		}
	}
	// 45 new + the duplicate of ds[7] + refuse + the untracked one reach a batch
	if batchDocs != 47 && batchDocs != 48 {
		t.Errorf("batches held %d documents", batchDocs)
	}
	if sum.Stored != 46 || sum.Skipped != 3 {
		t.Errorf("summary %+v", sum)
	}
	if len(reports) == 0 || reports[len(reports)-1].Stored != sum.Stored {
		t.Errorf("reports %+v, final %+v", reports, sum)
	}
}

// When the store fails, the documents of the failed batch are not settled:
// a queue would hand them to another worker.
func TestRunTrackedStoreFailure(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	g := &gate{DB: db, failAfter: 2}
	s := newSettled()
	ds := docs(40)
	items := func(ctx context.Context, fn func(source.Item, Settle) error) error {
		for _, d := range ds {
			it := source.Item{Doc: d, Origin: d.ID}
			if err := fn(it, s.track(t, g, it)); err != nil {
				return err
			}
		}
		return nil
	}
	_, err = RunTracked(ctx, items, &fake{}, g, Options{Workers: 1, BatchSize: 5})
	if err == nil || err.Error() != "disk full" {
		t.Fatalf("err = %v, want the store's", err)
	}
	if len(s.early) > 0 {
		t.Errorf("settled before commit: %v", s.early)
	}
	stats, _ := db.Stats(ctx)
	if len(s.n) != 10 || stats.Documents != 10 {
		t.Errorf("%d settled, %d stored; want the 10 of the two committed batches", len(s.n), stats.Documents)
	}
	for o, err := range s.errs {
		if err != nil {
			t.Errorf("%s: %v", o, err)
		}
	}
}
