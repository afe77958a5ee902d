package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/attache/attache/store"
	"github.com/attache/attache/store/storetest"
)

// coded is the benchmark document shared with store/postgres.
var coded = storetest.WireStory

// BenchmarkPut measures the writer: documents per second and MB/s of text
// through one SQLite connection, in batches of 256.
func BenchmarkPut(b *testing.B) {
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
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

// BenchmarkDyadQuery measures one page of a dyad's events with its total,
// what GET /api/events?a=&b= runs, over 20,000 stored documents.
func BenchmarkDyadQuery(b *testing.B) {
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "q.db"))
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
