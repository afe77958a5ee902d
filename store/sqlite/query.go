package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/attache/attache/store"
)

// where builds the filter of a query. Every value goes in as a parameter.
func where(q store.Query) (string, []any) {
	var conds []string
	var args []any
	in := func(col string, vals []string) {
		ph := strings.TrimSuffix(strings.Repeat("?,", len(vals)), ",")
		conds = append(conds, col+" IN ("+ph+")")
		for _, v := range vals {
			args = append(args, v)
		}
	}
	// Key filters are IN-subqueries over event_keys' primary key (key,
	// role, event_id), so SQLite can start from the few matching events
	// instead of testing every event.
	hasKey := func(role string, keys []string) string {
		ph := strings.TrimSuffix(strings.Repeat("?,", len(keys)), ",")
		for _, k := range keys {
			args = append(args, k)
		}
		args = append(args, role)
		return "e.id IN (SELECT k.event_id FROM event_keys k WHERE k.key IN (" + ph + ") AND k.role = ?)"
	}
	if ks := store.NormKeys(q.Actor); len(ks) > 0 {
		conds = append(conds, hasKey("a", ks))
	}
	if ks := store.NormKeys(q.Recipient); len(ks) > 0 {
		conds = append(conds, hasKey("r", ks))
	}
	if a, b := strings.ToUpper(q.Dyad[0]), strings.ToUpper(q.Dyad[1]); a != "" && b != "" {
		conds = append(conds, `e.id IN (SELECT x.event_id FROM event_keys x JOIN event_keys y ON y.event_id = x.event_id
			WHERE x.key = ? AND x.role = 'a' AND y.key = ? AND y.role = 'r'
			UNION SELECT x.event_id FROM event_keys x JOIN event_keys y ON y.event_id = x.event_id
			WHERE x.key = ? AND x.role = 'a' AND y.key = ? AND y.role = 'r')`)
		args = append(args, a, b, b, a)
	}
	if len(q.Type) > 0 {
		in("e.type", store.NormKeys(q.Type))
	}
	if len(q.Kind) > 0 {
		in("e.kind", q.Kind)
	}
	if len(q.Status) > 0 {
		in("e.status", q.Status)
	}
	if d, ok := store.Day(q.Since); ok {
		conds = append(conds, "e.day >= ?")
		args = append(args, d)
	}
	if d, ok := store.Day(q.Until); ok {
		conds = append(conds, "e.day <= ?")
		args = append(args, d)
	}
	if m := store.MatchQuery(q.Text); m != "" {
		conds = append(conds, "e.id IN (SELECT m.event_id FROM mentions m WHERE m.id IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?))")
		args = append(args, m)
	}
	if len(q.Source) > 0 {
		ph := strings.TrimSuffix(strings.Repeat("?,", len(q.Source)), ",")
		conds = append(conds, "EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = e.id AND d.source IN ("+ph+"))")
		for _, s := range q.Source {
			args = append(args, s)
		}
	}
	if q.Doc != "" {
		conds = append(conds, "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.doc_id = (SELECT id FROM documents WHERE hash = ? OR ext_id = ? ORDER BY id LIMIT 1))")
		args = append(args, q.Doc, q.Doc)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// Events returns one page of events.
func (db *DB) Events(ctx context.Context, q store.Query) ([]store.Event, error) {
	w, args := where(q)
	ob, err := store.OrderBy(q.Sort)
	if err != nil {
		return nil, err
	}
	limit, offset := store.Page(q)
	args = append(args, limit, offset)
	rows, err := db.r.QueryContext(ctx, "SELECT "+store.EventCols+store.EventFrom+w+ob+" LIMIT ? OFFSET ?", args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	out, err := store.ScanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return out, nil
}

// CountEvents counts the events a query selects, ignoring its page.
func (db *DB) CountEvents(ctx context.Context, q store.Query) (int, error) {
	w, args := where(q)
	var n int
	if err := db.r.QueryRowContext(ctx, "SELECT count(*) FROM events e"+w, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

// CountBy counts the selected events per type, quad, month, year, kind or
// status, or per pair of them ("month,type"): a pair's key is "a|b".
func (db *DB) CountBy(ctx context.Context, q store.Query, by string) ([]store.Count, error) {
	formats := map[string]string{"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
	key, quad, err := store.CountKey(by, func(unit string) string {
		return "strftime('" + formats[unit] + "', e.day * 86400, 'unixepoch')"
	})
	if err != nil {
		return nil, err
	}
	w, args := where(q)
	rows, err := db.r.QueryContext(ctx, "SELECT "+key+", count(*) FROM events e"+w+" GROUP BY 1 ORDER BY 1", args...)
	if err != nil {
		return nil, fmt.Errorf("count by %s: %w", by, err)
	}
	defer rows.Close()
	out, err := store.ScanCounts(rows)
	if err != nil {
		return nil, fmt.Errorf("count by %s: %w", by, err)
	}
	if quad >= 0 {
		out = store.ByQuad(out, quad)
	}
	return out, nil
}

// Event returns an event with all its reports.
func (db *DB) Event(ctx context.Context, uid string) (*store.EventDetail, error) {
	row := db.r.QueryRowContext(ctx, "SELECT "+store.EventCols+store.EventFrom+" WHERE e.uid = ?", uid)
	ev, id, err := store.ScanEvent(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("event %s: %w", uid, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", uid, err)
	}
	det := &store.EventDetail{Event: ev, Reports: []store.Report{}}
	// One report per document event; its record carries every mention.
	rows, err := db.r.QueryContext(ctx, `SELECT d.ext_id, d.hash, d.date, d.source, d.url, d.title, m.record
		FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ? GROUP BY m.doc_id, m.uid ORDER BY d.date, d.hash, m.uid LIMIT ?`, id, store.MaxReports)
	if err != nil {
		return nil, fmt.Errorf("event %s: reports: %w", uid, err)
	}
	defer rows.Close()
	if det.Reports, err = store.ScanReports(rows); err != nil {
		return nil, fmt.Errorf("event %s: reports: %w", uid, err)
	}
	return det, nil
}

// Document returns a document by id or hash.
func (db *DB) Document(ctx context.Context, id string) (*store.Document, error) {
	var d store.Document
	var ingested, res string
	err := db.r.QueryRowContext(ctx, `SELECT ext_id, hash, url, title, source, date, ingested, text, result FROM documents
		WHERE hash = ? OR ext_id = ? ORDER BY id LIMIT 1`, id, id).
		Scan(&d.ID, &d.Hash, &d.URL, &d.Title, &d.Source, &d.Date, &ingested, &d.Text, &res)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	d.Ingested, _ = time.Parse(time.RFC3339, ingested)
	if err := store.DecodeResult(&d, res); err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	return &d, nil
}

// Documents lists documents, newest first, matching q.Text by full text.
func (db *DB) Documents(ctx context.Context, q store.DocQuery) ([]store.DocSummary, error) {
	limit := q.Limit
	if limit <= 0 || limit > store.MaxLimit {
		limit = 50
	}
	var conds []string
	var args []any
	sel := "''"
	from := "documents d"
	if m := store.MatchQuery(q.Text); m != "" {
		sel = "snippet(documents_fts, 1, '[', ']', '…', 24)"
		from = "documents_fts JOIN documents d ON d.id = documents_fts.rowid"
		conds = append(conds, "documents_fts MATCH ?")
		args = append(args, m)
	}
	if len(q.Source) > 0 {
		conds = append(conds, "d.source IN ("+strings.TrimSuffix(strings.Repeat("?,", len(q.Source)), ",")+")")
		for _, s := range q.Source {
			args = append(args, s)
		}
	}
	w := ""
	if len(conds) > 0 {
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	args = append(args, limit, max(q.Offset, 0))
	rows, err := db.r.QueryContext(ctx, `SELECT d.ext_id, d.hash, d.url, d.title, d.source, d.date,
		(SELECT count(DISTINCT m.uid) FROM mentions m WHERE m.doc_id = d.id), `+sel+` FROM `+from+w+
		` ORDER BY d.date DESC, d.hash DESC LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	out, err := store.ScanDocSummaries(rows)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return out, nil
}

// Actors lists keys by how many events they take part in.
func (db *DB) Actors(ctx context.Context, limit int) ([]store.ActorCount, error) {
	if limit <= 0 || limit > store.MaxLimit {
		limit = store.MaxLimit
	}
	rows, err := db.r.QueryContext(ctx, `SELECT key, max(name), sum(role = 'a'), sum(role = 'r') FROM event_keys
		GROUP BY key ORDER BY count(*) DESC, key LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer rows.Close()
	var out []store.ActorCount
	for rows.Next() {
		var a store.ActorCount
		if err := rows.Scan(&a.Key, &a.Name, &a.AsActor, &a.AsRecipient); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Stats counts rows.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)`).
		Scan(&s.Documents, &s.Events, &s.Mentions)
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	return s, nil
}
