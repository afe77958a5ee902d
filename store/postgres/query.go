package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/attache/attache/store"
)

// params numbers query parameters as they are added.
type params []any

func (p *params) add(v any) string {
	*p = append(*p, v)
	return "$" + strconv.Itoa(len(*p))
}

// textQuery is what a user typed as a tsquery that cannot fail to parse:
// plainto_tsquery over the words store.MatchWords keeps, all required.
func textQuery(s string) (string, bool) {
	w := store.MatchWords(s)
	return strings.Join(w, " "), len(w) > 0
}

// where builds the filter of a query. Every value goes in as a parameter.
func where(q store.Query, p *params) string {
	var conds []string
	hasKey := func(role string, keys []string) string {
		return "e.id IN (SELECT k.event_id FROM event_keys k WHERE k.key = ANY(" + p.add(keys) + ") AND k.role = " + p.add(role) + ")"
	}
	if ks := store.NormKeys(q.Actor); len(ks) > 0 {
		conds = append(conds, hasKey("a", ks))
	}
	if ks := store.NormKeys(q.Recipient); len(ks) > 0 {
		conds = append(conds, hasKey("r", ks))
	}
	if a, b := strings.ToUpper(q.Dyad[0]), strings.ToUpper(q.Dyad[1]); a != "" && b != "" {
		pa, pb := p.add(a), p.add(b)
		conds = append(conds, `e.id IN (SELECT x.event_id FROM event_keys x JOIN event_keys y ON y.event_id = x.event_id
			WHERE x.role = 'a' AND y.role = 'r' AND ((x.key = `+pa+` AND y.key = `+pb+`) OR (x.key = `+pb+` AND y.key = `+pa+`)))`)
	}
	if len(q.Type) > 0 {
		conds = append(conds, "e.type = ANY("+p.add(store.NormKeys(q.Type))+")")
	}
	if len(q.Kind) > 0 {
		conds = append(conds, "e.kind = ANY("+p.add(q.Kind)+")")
	}
	if len(q.Status) > 0 {
		conds = append(conds, "e.status = ANY("+p.add(q.Status)+")")
	}
	if d, ok := store.Day(q.Since); ok {
		conds = append(conds, "e.day >= "+p.add(d))
	}
	if d, ok := store.Day(q.Until); ok {
		conds = append(conds, "e.day <= "+p.add(d))
	}
	if t, ok := textQuery(q.Text); ok {
		conds = append(conds, "e.id IN (SELECT m.event_id FROM mentions m WHERE m.tsv @@ plainto_tsquery('simple', "+p.add(t)+"))")
	}
	if len(q.Source) > 0 {
		conds = append(conds, "EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = e.id AND d.source = ANY("+p.add(q.Source)+"))")
	}
	if q.Doc != "" {
		v := p.add(q.Doc)
		conds = append(conds, "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.doc_id = (SELECT id FROM documents WHERE hash = "+v+" OR ext_id = "+v+" ORDER BY id LIMIT 1))")
	}
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// Events returns one page of events.
func (db *DB) Events(ctx context.Context, q store.Query) ([]store.Event, error) {
	var p params
	w := where(q, &p)
	ob, err := store.OrderBy(q.Sort)
	if err != nil {
		return nil, err
	}
	limit, offset := store.Page(q)
	page := " LIMIT " + p.add(limit) + " OFFSET " + p.add(offset)
	rows, err := db.pool.Query(ctx, "SELECT "+store.EventCols+store.EventFrom+w+ob+page, p...)
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
	var p params
	w := where(q, &p)
	var n int
	if err := db.pool.QueryRow(ctx, "SELECT count(*) FROM events e"+w, p...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

// CountBy counts the selected events per type, quad, month, year, kind or
// status, or per pair of them ("month,type"): a pair's key is "a|b".
func (db *DB) CountBy(ctx context.Context, q store.Query, by string) ([]store.Count, error) {
	// ("COLLATE C" sorts the keys bytewise, as SQLite does)
	formats := map[string]string{"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}
	key, quad, err := store.CountKey(by, func(unit string) string {
		return "to_char(date '1970-01-01' + e.day::integer, '" + formats[unit] + "')"
	})
	if err != nil {
		return nil, err
	}
	var p params
	w := where(q, &p)
	rows, err := db.pool.Query(ctx, "SELECT ("+key+`) COLLATE "C", count(*) FROM events e`+w+" GROUP BY 1 ORDER BY 1", p...)
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
	row := db.pool.QueryRow(ctx, "SELECT "+store.EventCols+store.EventFrom+" WHERE e.uid = $1", uid)
	ev, id, err := store.ScanEvent(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("event %s: %w", uid, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", uid, err)
	}
	det := &store.EventDetail{Event: ev, Reports: []store.Report{}}
	// One report per document event; its record carries every mention.
	rows, err := db.pool.Query(ctx, `SELECT DISTINCT ON (d.date, d.hash, m.uid) d.ext_id, d.hash, d.date, d.source, d.url, d.title, m.record
		FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = $1 ORDER BY d.date, d.hash, m.uid LIMIT $2`, id, store.MaxReports)
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
	var res string
	err := db.pool.QueryRow(ctx, `SELECT ext_id, hash, url, title, source, date, ingested, text, result FROM documents
		WHERE hash = $1 OR ext_id = $1 ORDER BY id LIMIT 1`, id).
		Scan(&d.ID, &d.Hash, &d.URL, &d.Title, &d.Source, &d.Date, &d.Ingested, &d.Text, &res)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	d.Ingested = d.Ingested.UTC()
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
	var p params
	var conds []string
	sel := "''"
	if t, ok := textQuery(q.Text); ok {
		tq := "plainto_tsquery('simple', " + p.add(t) + ")"
		// the headline of the page only: ts_headline re-parses the text
		sel = "ts_headline('simple', d.text, " + tq + `, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=" … "')`
		conds = append(conds, "d.tsv @@ "+tq)
	}
	if len(q.Source) > 0 {
		conds = append(conds, "d.source = ANY("+p.add(q.Source)+")")
	}
	w := ""
	if len(conds) > 0 {
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	page := " LIMIT " + p.add(limit) + " OFFSET " + p.add(max(q.Offset, 0))
	rows, err := db.pool.Query(ctx, `SELECT d.ext_id, d.hash, d.url, d.title, d.source, d.date,
		(SELECT count(DISTINCT m.uid) FROM mentions m WHERE m.doc_id = d.id), `+sel+` FROM documents d`+w+
		` ORDER BY d.date DESC, d.hash DESC`+page, p...)
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
	rows, err := db.pool.Query(ctx, `SELECT key, max(name), count(*) FILTER (WHERE role = 'a'), count(*) FILTER (WHERE role = 'r')
		FROM event_keys GROUP BY key ORDER BY count(*) DESC, key LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer rows.Close()
	var out []store.ActorCount
	for rows.Next() {
		var a store.ActorCount
		if err := rows.Scan(&a.Key, &a.Name, &a.AsActor, &a.AsRecipient); err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return out, nil
}

// Stats counts rows.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)`).
		Scan(&s.Documents, &s.Events, &s.Mentions)
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	return s, nil
}
