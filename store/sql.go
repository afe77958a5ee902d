package store

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/attache/attache"
)

// The SQL and report shapes below are the same in every SQL backend; what
// differs (placeholders, full text) stays in the backend.

// EventCols are the columns of an event page: the event and its
// representative report's document, so that a page of events costs one
// query however many reports each event has. Select them with EventFrom.
const EventCols = `e.id, e.uid, e.num_mentions, e.num_docs, e.first_seen, e.last_seen, e.sources, e.record,
	d.ext_id, d.hash, d.url, d.title`

// EventFrom joins events (e) to their first document (d).
const EventFrom = " FROM events e LEFT JOIN documents d ON d.id = e.first_doc"

// OrderBy is the ORDER BY clause of a Query.Sort. Ties break by uid, not by
// row id: row ids follow arrival, which differs between workers.
func OrderBy(sort string) (string, error) {
	switch sort {
	case "", "-date":
		return " ORDER BY e.day DESC NULLS LAST, e.uid DESC", nil
	case "date":
		return " ORDER BY e.day ASC NULLS LAST, e.uid ASC", nil
	case "-mentions":
		return " ORDER BY e.num_mentions DESC, e.uid DESC", nil
	case "mentions":
		return " ORDER BY e.num_mentions ASC, e.uid ASC", nil
	}
	return "", fmt.Errorf("%w: unknown sort %q (date, -date, mentions, -mentions)", ErrBadQuery, sort)
}

// Reports are the places a document reports an event: its mentions, or the
// event's own trigger when the coder listed none.
func Reports(ev *attache.Event) []attache.Mention {
	if len(ev.Mentions) > 0 {
		return ev.Mentions
	}
	return []attache.Mention{{Sentence: ev.Sentence, Span: ev.Trigger.Span, Trigger: ev.Trigger.Text, Rule: ev.Rule}}
}

// Evidence is the sentence a report stands in, or the event's evidence when
// the sentence index or span does not fit the text.
func Evidence(text string, res *attache.Result, ev *attache.Event, m attache.Mention) string {
	if m.Sentence >= 0 && m.Sentence < len(res.Sentences) {
		s := res.Sentences[m.Sentence]
		if s[0] >= 0 && s[1] <= len(text) && s[0] <= s[1] {
			return text[s[0]:s[1]]
		}
	}
	return ev.Evidence
}

// Migration is one embedded schema migration, NNN_name.sql.
type Migration struct {
	Version int
	Name    string // the file name
	SQL     string
}

// Migrations reads a backend's migrations/*.sql, in version order.
func Migrations(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []Migration
	for _, name := range names {
		base := path.Base(name)
		n, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number", base)
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("migration %s: %w", base, err)
		}
		out = append(out, Migration{Version: n, Name: base, SQL: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// ScanEvent reads a row of EventCols (database/sql and pgx rows both fit):
// the event, and its row id for the reports query.
func ScanEvent(s interface{ Scan(...any) error }) (Event, int64, error) {
	var ev Event
	var id int64
	var uid, sources, rec string
	var ext, hash, u, title *string // NULL when the first document is gone
	if err := s.Scan(&id, &uid, &ev.NumMentions, &ev.NumDocs, &ev.FirstSeen, &ev.LastSeen, &sources, &rec, &ext, &hash, &u, &title); err != nil {
		return ev, 0, err
	}
	if err := json.Unmarshal([]byte(rec), &ev.Event); err != nil {
		return ev, 0, fmt.Errorf("event %s: bad record: %w", uid, err)
	}
	ev.ID = uid
	if sources != "" {
		ev.Sources = strings.Split(sources, "\t")
	}
	ev.NumSources = len(ev.Sources)
	if ext != nil {
		ev.Doc, ev.DocHash, ev.DocURL, ev.DocTitle = *ext, deref(hash), deref(u), deref(title)
	}
	return ev, id, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Rows is what database/sql and pgx result sets share.
type Rows interface {
	Next() bool
	Err() error
	Scan(...any) error
}

// ScanEvents reads every row of EventCols.
func ScanEvents(rows Rows) ([]Event, error) {
	var out []Event
	for rows.Next() {
		ev, _, err := ScanEvent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, rows.Err()
}

// ScanCounts reads rows of (key, count).
func ScanCounts(rows Rows) ([]Count, error) {
	var out []Count
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Key, &c.N); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ScanReports reads rows of (ext_id, hash, date, source, url, title, record)
// into the reports of one event.
func ScanReports(rows Rows) ([]Report, error) {
	out := []Report{}
	for rows.Next() {
		var r Report
		var rec string
		if err := rows.Scan(&r.Doc, &r.DocHash, &r.DocDate, &r.Source, &r.URL, &r.Title, &rec); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(rec), &r.Event); err != nil {
			return nil, fmt.Errorf("bad report: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Page gives a query's limit (default 50, at most MaxLimit) and offset.
func Page(q Query) (limit, offset int) {
	limit = q.Limit
	if limit <= 0 {
		limit = 50
	}
	return min(limit, MaxLimit), max(q.Offset, 0)
}

// CountKey builds the SQL key of a CountBy over one or two dimensions
// ("month,type"), and which dimension, if any, is the quad (-1 if none).
// date gives the backend's expression for e.day as "day", "month" or "year".
func CountKey(by string, date func(unit string) string) (key string, quad int, err error) {
	dims := strings.Split(by, ",")
	if len(dims) > 2 {
		return "", -1, fmt.Errorf("%w: count by %q: at most two dimensions", ErrBadQuery, by)
	}
	quad = -1
	var cols []string
	for i, d := range dims {
		var col string
		switch d = strings.TrimSpace(d); d {
		case "type":
			col = "e.type"
		case "quad":
			col, quad = "e.type", i
		case "kind":
			col = "e.kind"
		case "status":
			col = "e.status"
		case "month", "year", "day":
			col = "CASE WHEN e.day IS NULL THEN '' ELSE " + date(d) + " END"
		default:
			return "", -1, fmt.Errorf("%w: count by %q: want type, quad, kind, status, day, month or year", ErrBadQuery, d)
		}
		cols = append(cols, col)
	}
	key = cols[0]
	if len(cols) == 2 {
		key = cols[0] + " || '|' || " + cols[1]
	}
	return key, quad, nil
}

// DecodeResult fills a document's stored extraction result and sentences.
func DecodeResult(d *Document, res string) error {
	if err := json.Unmarshal([]byte(res), &d.Result); err != nil {
		return fmt.Errorf("bad result: %w", err)
	}
	d.Sentences = d.Result.Sentences
	if d.Sentences == nil {
		d.Sentences = []attache.Span{}
	}
	return nil
}

// ScanDocSummaries reads rows of (ext_id, hash, url, title, source, date,
// events, snippet).
func ScanDocSummaries(rows Rows) ([]DocSummary, error) {
	out := []DocSummary{}
	for rows.Next() {
		var d DocSummary
		if err := rows.Scan(&d.ID, &d.Hash, &d.URL, &d.Title, &d.Source, &d.Date, &d.Events, &d.Snippet); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
