package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/attache/attache/store"
	"github.com/attache/attache/store/storetest"
)

func open(t *testing.T) store.Store {
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "attache.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// a second open finds the schema current and migrates nothing
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	if err := db.r.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != len(names) || v < 3 {
		t.Errorf("user_version = %d, %v; want %d, one per migration", v, err, len(names))
	}
	var mode string
	if err := db.w.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v", mode, err)
	}
}

// TestMigrationRemerges opens a database of schema version 1, whose events
// were merged the old way, and finds its events rebuilt as a fresh store
// holding the same documents has them.
func TestMigrationRemerges(t *testing.T) {
	ctx := context.Background()
	var docs []store.Coded
	for i := 0; i < 40; i++ {
		docs = append(docs, storetest.WireStory(i))
	}
	fresh := open(t)
	defer fresh.Close()
	if _, err := fresh.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	want := storetest.Snapshot(t, fresh)

	// a version-1 file: the documents, and one old event per document
	path := filepath.Join(t.TempDir(), "v1.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	v1, err := migrations.ReadFile("migrations/001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(string(v1) + "; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	for i, c := range docs {
		rj, _ := json.Marshal(c.Result)
		if _, err := raw.Exec(`INSERT INTO documents(id, ext_id, hash, title, source, date, ingested, text, result) VALUES (?,?,?,?,?,?,?,?,?)`,
			i+1, c.Doc.ID, c.Hash, c.Doc.Title, c.Doc.Source, store.DocDate(c.Doc), "2025-01-01T00:00:00Z", c.Doc.Text, string(rj)); err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(`INSERT INTO events(uid, mkey, type, date, num_docs, first_doc, record) VALUES (?, 'k', 'CONSULT', '2024-01-01', 1, ?, '{}')`,
			"old"+c.Hash, i+1); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := storetest.Snapshot(t, db); got != want {
		t.Errorf("migrated store differs from a fresh one:\n%.2000s\nwant\n%.2000s", got, want)
	}
}

// TestOpenConcurrently opens one new database from several handles at once,
// as worker processes starting together do: each must find or make the
// schema, none may fail on tables another one created.
func TestOpenConcurrently(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	const n = 6
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		go func() {
			db, err := Open(context.Background(), path)
			if err == nil {
				err = db.Close()
			}
			errs <- err
		}()
	}
	for i := 0; i < n; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
