// Package sqlite is attache's embedded store: one SQLite file in WAL mode
// (modernc.org/sqlite, pure Go, FTS5 built in), one writer connection and a
// small pool of readers, schema migrations embedded in the binary.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"time"

	"modernc.org/sqlite" // also registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/attache/attache"
	"github.com/attache/attache/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a store in one SQLite file.
type DB struct {
	w, r *sql.DB
	path string
}

var _ store.Store = (*DB)(nil)

// Open opens or creates the database at path and brings its schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: empty database path")
	}
	dsn := func(extra string) string {
		q := url.Values{}
		for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "foreign_keys(1)", "synchronous(NORMAL)"} {
			q.Add("_pragma", p)
		}
		return "file:" + path + "?" + q.Encode() + extra
	}
	w, err := sql.Open("sqlite", dsn("&_txlock=immediate"))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// SQLite has one writer at a time; a single connection makes writers
	// queue in Go instead of failing with SQLITE_BUSY.
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn("&mode=ro"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	r.SetMaxOpenConns(8)
	db := &DB{w: w, r: r, path: path}
	if err := db.migrateRetrying(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// Close closes both pools.
func (db *DB) Close() error {
	return errors.Join(db.r.Close(), db.w.Close())
}

// setupWait bounds how long Open keeps retrying a schema setup that another
// process holds locked.
const setupWait = 30 * time.Second

// migrateRetrying runs migrate until it gets past SQLITE_BUSY. Processes that
// open one new file together race to switch it to WAL mode and create the
// schema; SQLite answers some of those lock upgrades with SQLITE_BUSY at once,
// without waiting out busy_timeout, because waiting could deadlock. Starting
// again from a fresh read is the way out SQLite documents.
func (db *DB) migrateRetrying(ctx context.Context) error {
	deadline := time.Now().Add(setupWait)
	pause := 5 * time.Millisecond
	for {
		err := db.migrate(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(pause):
		}
		if pause < 200*time.Millisecond {
			pause *= 2
		}
	}
}

// isBusy reports whether err is SQLite's SQLITE_BUSY or SQLITE_LOCKED, in any
// of their extended forms.
func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}

func (db *DB) migrate(ctx context.Context) error {
	var have int
	if err := db.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	ms, err := store.Migrations(migrations)
	if err != nil {
		return err
	}
	for _, m := range ms {
		n, base := m.Version, m.Name
		if n <= have {
			continue
		}
		// The writer's transactions are IMMEDIATE: holding the write lock,
		// read the version again, since another process opening the same
		// new database (workers starting together) may have migrated it.
		tx, err := db.w.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
			tx.Rollback()
			return fmt.Errorf("read schema version: %w", err)
		}
		if n <= have {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if n == 2 {
			if err := remerge(ctx, tx); err != nil {
				tx.Rollback()
				return fmt.Errorf("migration %s: %w", base, err)
			}
		}
		// PRAGMA takes no parameters; n is an integer we parsed.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", n)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
		have = n
	}
	return nil
}

// remerge rebuilds every event from the documents' stored results, oldest
// document first: migration 2 changed how reports merge (store.Place), and
// events merged the old way would not take reports merged the new way.
func remerge(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{"INSERT INTO mentions_fts(mentions_fts) VALUES ('delete-all')",
		"DELETE FROM mentions", "DELETE FROM event_keys", "DELETE FROM events"} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("remerge: %w", err)
		}
	}
	tc := &txc{tx: tx, stmts: map[string]*sql.Stmt{}}
	defer tc.close()
	type docRow struct {
		id                          int64
		ext, hash, source, date, tx string
		res                         attache.Result
	}
	for last := int64(0); ; {
		// a page at a time: the rows must be closed before the writes
		rows, err := tx.QueryContext(ctx, "SELECT id, ext_id, hash, source, date, text, result FROM documents WHERE id > ? ORDER BY id LIMIT 500", last)
		if err != nil {
			return fmt.Errorf("remerge: %w", err)
		}
		var page []docRow
		for rows.Next() {
			var d docRow
			var res string
			if err := rows.Scan(&d.id, &d.ext, &d.hash, &d.source, &d.date, &d.tx, &res); err != nil {
				rows.Close()
				return fmt.Errorf("remerge: %w", err)
			}
			if err := json.Unmarshal([]byte(res), &d.res); err != nil {
				rows.Close()
				return fmt.Errorf("remerge: document %s: bad result: %w", d.ext, err)
			}
			page = append(page, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("remerge: %w", err)
		}
		if len(page) == 0 {
			break
		}
		for _, d := range page {
			c := &store.Coded{Doc: attache.Document{ID: d.ext, Source: d.source, Text: d.tx}, Hash: d.hash}
			places := store.Place(d.hash, d.date, d.res.Events)
			var st store.PutStats
			for i := range d.res.Events {
				if err := putEvent(ctx, tc, c, d.id, d.date, &d.res, &d.res.Events[i], &places[i], &st); err != nil {
					return fmt.Errorf("remerge: document %s: %w", d.ext, err)
				}
			}
			last = d.id
		}
	}
	for _, r := range tc.fts {
		if _, err := tc.ExecContext(ctx, r.q, r.args...); err != nil {
			return fmt.Errorf("remerge: full-text index: %w", err)
		}
	}
	return nil
}

// Has reports whether a document with this hash is stored.
func (db *DB) Has(ctx context.Context, hash string) (bool, error) {
	var one int
	err := db.r.QueryRowContext(ctx, "SELECT 1 FROM documents WHERE hash = ?", hash).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("has %s: %w", hash, err)
	}
	return true, nil
}

// Put stores documents in one transaction.
func (db *DB) Put(ctx context.Context, docs []store.Coded) (store.PutStats, error) {
	var st store.PutStats
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return st, fmt.Errorf("put: begin: %w", err)
	}
	defer tx.Rollback()
	tc := &txc{tx: tx, stmts: map[string]*sql.Stmt{}}
	defer tc.close()
	now := time.Now().UTC().Format(time.RFC3339)
	for i := range docs {
		// A savepoint per document: one bad document is rolled back alone
		// and the batch goes on.
		if _, err := tx.ExecContext(ctx, "SAVEPOINT doc"); err != nil {
			return store.PutStats{}, fmt.Errorf("put: %w", err)
		}
		var ds store.PutStats
		nfts := len(tc.fts)
		if err := putDoc(ctx, tc, &docs[i], now, &ds); err != nil {
			tc.fts = tc.fts[:nfts]
			if _, rerr := tx.ExecContext(ctx, "ROLLBACK TO doc"); rerr != nil {
				return store.PutStats{}, fmt.Errorf("put %s: %w (rollback: %v)", docs[i].Doc.ID, err, rerr)
			}
			st.Failed = append(st.Failed, store.DocError{ID: docs[i].Doc.ID, Err: err})
		} else {
			st.Documents += ds.Documents
			st.Duplicate += ds.Duplicate
			st.Events += ds.Events
			st.Merged += ds.Merged
		}
		if _, err := tx.ExecContext(ctx, "RELEASE doc"); err != nil {
			return store.PutStats{}, fmt.Errorf("put: %w", err)
		}
	}
	// Full-text rows go in after the savepoints: FTS5 flushes its index at
	// every savepoint, which made per-document savepoints cost more than
	// the documents.
	for _, r := range tc.fts {
		if _, err := tc.ExecContext(ctx, r.q, r.args...); err != nil {
			return store.PutStats{}, fmt.Errorf("put: full-text index: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return store.PutStats{}, fmt.Errorf("put: commit: %w", err)
	}
	return st, nil
}

func putDoc(ctx context.Context, tx *txc, c *store.Coded, now string, st *store.PutStats) error {
	if c.Hash == "" {
		c.Hash = store.Hash(c.Doc)
	}
	var one int
	err := tx.QueryRowContext(ctx, "SELECT 1 FROM documents WHERE hash = ?", c.Hash).Scan(&one)
	if err == nil {
		st.Duplicate++
		return nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	res := c.Result
	if res == nil {
		res = &attache.Result{Doc: c.Doc.ID}
	}
	rj, err := json.Marshal(res)
	if err != nil {
		return err
	}
	docDate := store.DocDate(c.Doc)
	r, err := tx.ExecContext(ctx, `INSERT INTO documents(ext_id, hash, url, title, source, date, ingested, text, result)
		VALUES (?,?,?,?,?,?,?,?,?)`, c.Doc.ID, c.Hash, c.Doc.URL, c.Doc.Title, c.Doc.Source, docDate, now, c.Doc.Text, string(rj))
	if err != nil {
		return err
	}
	docID, err := r.LastInsertId()
	if err != nil {
		return err
	}
	st.Documents++
	tx.fts = append(tx.fts, ftsRow{"INSERT INTO documents_fts(rowid, title, text) VALUES (?,?,?)", []any{docID, c.Doc.Title, c.Doc.Text}})
	for i, s := range res.Sentences {
		if _, err := tx.ExecContext(ctx, `INSERT INTO sentences(doc_id, idx, start, "end") VALUES (?,?,?,?)`, docID, i, s[0], s[1]); err != nil {
			return err
		}
	}
	for _, e := range res.Entities {
		if _, err := tx.ExecContext(ctx, `INSERT INTO entities(doc_id, start, "end", name, country, org, sector, role) VALUES (?,?,?,?,?,?,?,?)`,
			docID, e.Span[0], e.Span[1], e.Name, e.Country, e.Org, e.Sector, e.Role); err != nil {
			return err
		}
	}
	places := store.Place(c.Hash, docDate, res.Events)
	for i := range res.Events {
		if err := putEvent(ctx, tx, c, docID, docDate, res, &res.Events[i], &places[i], st); err != nil {
			return fmt.Errorf("event %s: %w", res.Events[i].ID, err)
		}
	}
	return nil
}

// putEvent stores one report: a new event, or merged into the event of its
// window. Every merged field is an order-independent function of the
// reports (sums, min, max, sorted set, least rank), so the same documents
// give the same events in any order.
func putEvent(ctx context.Context, tx *txc, c *store.Coded, docID int64, docDate string, res *attache.Result, ev *attache.Event, p *store.Placement, st *store.PutStats) error {
	mentions := store.Reports(ev)
	var dayArg any
	if p.Dated {
		dayArg = p.Day
	}
	rec := *ev
	rec.Mentions = nil
	recJSON, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	var evID int64
	var rank, sources string
	err = tx.QueryRowContext(ctx, "SELECT id, rank, sources FROM events WHERE uid = ?", p.UID).Scan(&evID, &rank, &sources)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		st.Events++
		r, err := tx.ExecContext(ctx, `INSERT INTO events(uid, mkey, type, kind, mode, status, date, day, confidence, num_mentions, num_docs, first_seen, last_seen, sources, first_doc, record, rank)
			VALUES (?,?,?,?,?,?,?,?,?,?,1,?,?,?,?,?,?)`,
			p.UID, p.MKey, ev.Type, ev.Kind, ev.Mode, ev.Status, p.Date, dayArg, ev.Confidence, len(mentions), docDate, docDate, c.Doc.Source, docID, string(recJSON), p.Rank)
		if err != nil {
			return err
		}
		if evID, err = r.LastInsertId(); err != nil {
			return err
		}
		if err := putKeys(ctx, tx, evID, ev); err != nil {
			return err
		}
	case err != nil:
		return err
	default:
		st.Merged++
		const merge = `UPDATE events SET num_mentions = num_mentions + ?, num_docs = num_docs + 1,
			first_seen = CASE WHEN ? <> '' AND (first_seen = '' OR ? < first_seen) THEN ? ELSE first_seen END,
			last_seen = CASE WHEN ? > last_seen THEN ? ELSE last_seen END,
			sources = ?, confidence = max(confidence, ?)`
		args := []any{len(mentions), docDate, docDate, docDate, docDate, docDate, store.AddSource(sources, c.Doc.Source), ev.Confidence}
		if p.Rank >= rank {
			_, err = tx.ExecContext(ctx, merge+" WHERE id = ?", append(args, evID)...)
			if err != nil {
				return err
			}
			break
		}
		// This report is the new representative.
		_, err = tx.ExecContext(ctx, merge+", mode = ?, date = ?, day = ?, first_doc = ?, record = ?, rank = ? WHERE id = ?",
			append(args, ev.Mode, p.Date, dayArg, docID, string(recJSON), p.Rank, evID)...)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM event_keys WHERE event_id = ?", evID); err != nil {
			return err
		}
		if err := putKeys(ctx, tx, evID, ev); err != nil {
			return err
		}
	}
	rj, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	for _, m := range mentions {
		evidence := store.Evidence(c.Doc.Text, res, ev, m)
		r, err := tx.ExecContext(ctx, `INSERT INTO mentions(event_id, doc_id, uid, sentence, start, "end", trigger, rule, evidence, record)
			VALUES (?,?,?,?,?,?,?,?,?,?)`, evID, docID, ev.ID, m.Sentence, m.Span[0], m.Span[1], m.Trigger, m.Rule, evidence, string(rj))
		if err != nil {
			return err
		}
		mid, err := r.LastInsertId()
		if err != nil {
			return err
		}
		tx.fts = append(tx.fts, ftsRow{"INSERT INTO mentions_fts(rowid, evidence) VALUES (?,?)", []any{mid, evidence}})
	}
	return nil
}

// putKeys stores the actor and recipient keys of an event, named as its
// representative report names them.
func putKeys(ctx context.Context, tx *txc, evID int64, ev *attache.Event) error {
	for _, k := range store.EntityKeys(ev.Actor) {
		if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO event_keys(event_id, role, key, name) VALUES (?,?,?,?)", evID, "a", k[0], k[1]); err != nil {
			return err
		}
	}
	for _, k := range store.EntityKeys(ev.Recipient) {
		if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO event_keys(event_id, role, key, name) VALUES (?,?,?,?)", evID, "r", k[0], k[1]); err != nil {
			return err
		}
	}
	return nil
}

// txc caches prepared statements for the life of one transaction: a batch
// runs the same few statements thousands of times.
type txc struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	fts   []ftsRow // full-text rows of the documents stored so far
}

type ftsRow struct {
	q    string
	args []any
}

func (t *txc) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	t.stmts[q] = st
	return st, nil
}

func (t *txc) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (t *txc) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (t *txc) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := t.stmt(ctx, q)
	if err != nil {
		// a statement that fails to prepare fails again unprepared, with its error
		return t.tx.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

func (t *txc) close() {
	for _, st := range t.stmts {
		st.Close()
	}
}
