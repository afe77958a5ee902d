package postgres

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/store"
	"github.com/attache/attache/store/postgres/pgtest"
	"github.com/attache/attache/store/sqlite"
	"github.com/attache/attache/store/storetest"
)

func open(t *testing.T) store.Store {
	db, err := Open(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	u := pgtest.URL(t)
	db, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(ctx, []store.Coded{storetest.WireStory(1)}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// a second open finds the schema current and migrates nothing
	db, err = Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n, v int
	if err := db.pool.QueryRow(ctx, "SELECT count(*), max(version) FROM schema_migrations").Scan(&n, &v); err != nil || n != 1 || v != 1 {
		t.Errorf("schema_migrations: %d rows, version %d, %v", n, v, err)
	}
	if ok, err := db.Has(ctx, storetest.WireStory(1).Hash); !ok || err != nil {
		t.Errorf("Has after reopen = %v, %v", ok, err)
	}
}

func TestOpenConcurrently(t *testing.T) {
	// workers starting together on an empty database migrate it once
	u := pgtest.URL(t)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := Open(context.Background(), u)
			if err != nil {
				errs <- err
				return
			}
			db.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestRefusedDocument(t *testing.T) {
	// PostgreSQL text cannot hold NUL: that document fails, the rest of
	// its batch is stored
	s := open(t)
	defer s.Close()
	bad := storetest.WireStory(2)
	bad.Doc.Text = "nul \x00 byte " + bad.Doc.Text
	bad.Hash = store.Hash(bad.Doc)
	st, err := s.Put(context.Background(), []store.Coded{storetest.WireStory(1), bad, storetest.WireStory(3)})
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 2 || len(st.Failed) != 1 || st.Failed[0].ID != bad.Doc.ID {
		t.Errorf("PutStats = %+v, want 2 stored and %s failed", st, bad.Doc.ID)
	}
	if got, _ := s.Stats(context.Background()); got.Documents != 2 || got.Events != 6 {
		t.Errorf("Stats = %+v", got)
	}
}

// contended builds documents that pile reports onto few events: 6 dyads
// over 9 days, so that concurrent writers upsert the same event rows.
func contended(n int) []store.Coded {
	keys := [][2]string{{"JPN", "CAN"}, {"CAN", "JPN"}, {"USA", "CHN"}, {"CHN", "USA"}, {"RUS", "UKR"}, {"UKR", "RUS"}}
	var out []store.Coded
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("Report %d: ministers met. Talks went on. Officials agreed.", i)
		d := attache.Document{ID: fmt.Sprintf("k%d", i), Title: fmt.Sprintf("Report %d", i), Text: text,
			Source: []string{"voa", "afp", "bbc"}[i%3], Date: time.Date(2025, 3, 1+i%9, 0, 0, 0, 0, time.UTC)}
		sents := []attache.Span{{0, len(text)}}
		var evs []attache.Event
		for k := 0; k < 3; k++ {
			kk := keys[(i+k*k)%len(keys)]
			evs = append(evs, attache.Event{ID: fmt.Sprintf("e%d", k), Doc: d.ID, Type: []string{"CONSULT", "AGREE", "CONSULT"}[k],
				Actor:     []attache.Entity{{Name: kk[0] + fmt.Sprint(i%2), Country: kk[0], Sector: "GOV"}},
				Recipient: []attache.Entity{{Name: kk[1], Country: kk[1], Sector: "GOV"}},
				Status:    attache.Occurred, Evidence: text, Confidence: float64(i%5) / 5,
				Trigger: attache.Trigger{Text: "met", Span: attache.Span{0, 3}}})
		}
		res := &attache.Result{Doc: d.ID, Events: evs, Sentences: sents}
		out = append(out, store.Coded{Doc: d, Hash: store.Hash(d), Result: res})
	}
	return out
}

// TestConcurrentWriters is issue #6's setting: several workers, each with
// its own connection pool, Put overlapping documents at once; the store
// ends up exactly as one sequential writer leaves it, every document
// stored once.
func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	docs := contended(240)
	seq := open(t)
	defer seq.Close()
	for i := 0; i < len(docs); i += 20 {
		if _, err := seq.Put(ctx, docs[i:i+20]); err != nil {
			t.Fatal(err)
		}
	}
	want := storetest.Snapshot(t, seq)

	u := pgtest.URL(t)
	const workers = 4
	var wg sync.WaitGroup
	stats := make([]store.PutStats, workers)
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := Open(ctx, u)
			if err != nil {
				errs <- err
				return
			}
			defer db.Close()
			// each worker takes 3/4 of the documents, starting at its own
			// offset, in batches of 16: every document is put by 3 workers
			for k := 0; k < len(docs)*3/4; k += 16 {
				var b []store.Coded
				for j := k; j < min(k+16, len(docs)*3/4); j++ {
					b = append(b, docs[(j+w*len(docs)/workers)%len(docs)])
				}
				st, err := db.Put(ctx, b)
				if err != nil {
					errs <- err
					return
				}
				stats[w].Documents += st.Documents
				stats[w].Duplicate += st.Duplicate
				stats[w].Events += st.Events
				stats[w].Merged += st.Merged
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	var total store.PutStats
	for _, s := range stats {
		total.Documents += s.Documents
		total.Duplicate += s.Duplicate
		total.Events += s.Events
	}
	if total.Documents != len(docs) || total.Duplicate != 2*len(docs) {
		t.Errorf("workers stored %d documents and skipped %d, want %d and %d", total.Documents, total.Duplicate, len(docs), 2*len(docs))
	}
	par, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer par.Close()
	st, _ := par.Stats(ctx)
	if total.Events != st.Events {
		t.Errorf("workers counted %d new events, the store has %d", total.Events, st.Events)
	}
	if got := storetest.Snapshot(t, par); got != want {
		t.Errorf("4 concurrent writers differ from one sequential writer (%+v)", st)
	}
}

// TestSameAsSQLite: the two backends hold the same documents as the same
// events, byte for byte, which is what lets a PostgreSQL run with many
// workers be checked against a single-process SQLite run.
func TestSameAsSQLite(t *testing.T) {
	ctx := context.Background()
	docs := contended(60)
	for i := 0; i < 60; i++ {
		docs = append(docs, storetest.WireStory(i*7))
	}
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	pg := open(t)
	defer pg.Close()
	for _, s := range []store.Store{lite, pg} {
		for i := 0; i < len(docs); i += 25 {
			if _, err := s.Put(ctx, docs[i:min(i+25, len(docs))]); err != nil {
				t.Fatal(err)
			}
		}
	}
	want, got := storetest.Snapshot(t, lite), storetest.Snapshot(t, pg)
	if got != want {
		al, bl := strings.Split(want, "\n"), strings.Split(got, "\n")
		for i := range min(len(al), len(bl)) {
			if al[i] != bl[i] {
				t.Fatalf("PostgreSQL differs from SQLite at line %d:\nsqlite   %s\npostgres %s", i+1, al[i], bl[i])
			}
		}
		t.Fatalf("PostgreSQL differs from SQLite in length: %d vs %d lines", len(bl), len(al))
	}
}
