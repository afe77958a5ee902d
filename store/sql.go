package store

import (
	"fmt"

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
