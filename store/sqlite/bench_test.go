package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/attache/attache/store/storetest"
)

// BenchmarkPut measures the writer through one SQLite connection.
func BenchmarkPut(b *testing.B) {
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.BenchPut(b, db)
}

// BenchmarkDyadQuery measures a dyad page over 20,000 stored documents.
func BenchmarkDyadQuery(b *testing.B) {
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "q.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.LoadWire(b, db, 20000)
	storetest.BenchDyad(b, db)
}
