package postgres

import (
	"context"
	"sync"
	"testing"

	"github.com/attache/attache/store"
	"github.com/attache/attache/store/postgres/pgtest"
	"github.com/attache/attache/store/storetest"
)

// coded is the benchmark document of store/sqlite's BenchmarkPut.
var coded = storetest.WireStory

// BenchmarkPut measures the writer as store/sqlite's does: documents per
// second and MB/s of text through one store handle, in batches of 256.
func BenchmarkPut(b *testing.B) {
	db, err := Open(context.Background(), pgtest.URL(b))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const batch = 256
	var bytes int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		docs := make([]store.Coded, batch)
		for k := range docs {
			docs[k] = coded(i*batch + k)
			bytes += int64(len(docs[k].Doc.Text))
		}
		if _, err := db.Put(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "docs/s")
	b.SetBytes(bytes / int64(b.N))
}

// BenchmarkPutConcurrent is BenchmarkPut with 4 writers, each with its own
// store handle as issue #6's workers have, on distinct documents whose
// events merge across writers.
func BenchmarkPutConcurrent(b *testing.B) {
	u := pgtest.URL(b)
	const writers, batch = 4, 256
	dbs := make([]*DB, writers)
	for w := range dbs {
		db, err := Open(context.Background(), u)
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		dbs[w] = db
	}
	b.ResetTimer()
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w, db := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < b.N; i += writers {
				docs := make([]store.Coded, batch)
				for k := range docs {
					docs[k] = coded(i*batch + k)
				}
				if _, err := db.Put(context.Background(), docs); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkDyadQuery is store/sqlite's: one page of a dyad's events with
// its total, what GET /api/events?a=&b= runs, over 20,000 stored documents.
func BenchmarkDyadQuery(b *testing.B) {
	db, err := Open(context.Background(), pgtest.URL(b))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for i := 0; i < 20000; i += 500 {
		docs := make([]store.Coded, 500)
		for k := range docs {
			docs[k] = coded(i + k)
		}
		if _, err := db.Put(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := db.pool.Exec(context.Background(), "ANALYZE"); err != nil {
		b.Fatal(err)
	}
	q := store.Query{Dyad: [2]string{"JPN", "CAN"}, Limit: 50}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.Events(context.Background(), q); err != nil {
			b.Fatal(err)
		}
		if _, err := db.CountEvents(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}
