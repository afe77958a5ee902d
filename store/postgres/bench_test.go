package postgres

import (
	"context"
	"sync"
	"testing"

	"github.com/attache/attache/store"
	"github.com/attache/attache/store/postgres/pgtest"
	"github.com/attache/attache/store/storetest"
)

// BenchmarkPut measures the writer through one store handle, as
// store/sqlite's does.
func BenchmarkPut(b *testing.B) {
	db, err := Open(context.Background(), pgtest.URL(b))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.BenchPut(b, db)
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
					docs[k] = storetest.WireStory(i*batch + k)
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

// BenchmarkDyadQuery is store/sqlite's: a dyad page over 20,000 stored
// documents.
func BenchmarkDyadQuery(b *testing.B) {
	db, err := Open(context.Background(), pgtest.URL(b))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.LoadWire(b, db, 20000)
	if _, err := db.pool.Exec(context.Background(), "ANALYZE"); err != nil {
		b.Fatal(err)
	}
	storetest.BenchDyad(b, db)
}
