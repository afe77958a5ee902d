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
