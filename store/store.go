// Package store defines what attache keeps between runs: documents with their
// text and coded spans, and events merged across the documents that report
// them, each mention still linked to its document and span. Backends live in
// sub-packages (store/sqlite, store/postgres) and pass the suite in store/storetest.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/plover"
)

// ErrNotFound is returned when an id names nothing in the store.
var ErrNotFound = errors.New("not found")

// ErrBadQuery wraps errors in what a query asked for (an unknown sort or
// grouping), as opposed to failures of the store.
var ErrBadQuery = errors.New("bad query")

// MergeDays is the width of the fixed calendar windows that merge reports:
// reports with the same MergeKey dated in the same window (days since
// 1970-01-01 divided by MergeDays, rounded down) are one event. Fixed windows,
// rather than "within so many days of an existing report", make the event set
// a function of the documents alone, whatever order or how many workers
// stored them (the price: two reports a day apart can straddle a window
// boundary and stay two events). Event datasets dedupe on calendar windows
// too (ICEWS and GDELT on the day); three days absorbs the usual lag between
// an event and its later reports.
const MergeDays = 3

// Hash is a document's content hash: the key that makes ingest idempotent.
// The title is part of the content because wires re-send a story under a new
// id but the same title and text, while distinct stories can share a body.
func Hash(d attache.Document) string {
	h := sha256.New()
	h.Write([]byte(d.Title))
	h.Write([]byte{0})
	h.Write([]byte(d.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// Coded is one document with what the extractor found in it, ready to store.
type Coded struct {
	Doc    attache.Document
	Hash   string
	Result *attache.Result
}

// PutStats counts what a Put wrote.
type PutStats struct {
	Documents int // new documents stored
	Duplicate int // documents already present (same hash)
	Events    int // new events
	Merged    int // reports merged into an existing event
	// Failed lists documents the store refused; the rest of the batch is
	// stored all the same.
	Failed []DocError
}

// DocError is a document that could not be stored, and why.
type DocError struct {
	ID  string
	Err error
}

// Query selects events. Zero fields do not filter.
type Query struct {
	Actor     []string // any of these keys among the actors
	Recipient []string // any of these keys among the recipients
	// Dyad selects events between two keys in either direction.
	Dyad   [2]string
	Type   []string
	Kind   []string
	Status []string
	Since  string // YYYY-MM-DD, inclusive, on the event date
	Until  string // YYYY-MM-DD, inclusive
	Text   string // full text over the evidence of the event's mentions
	Source []string
	Doc    string // events reported by this document (id or hash)
	Sort   string // "date" (oldest first), "-date" (default), "mentions", "-mentions"
	Limit  int    // default 50, at most MaxLimit
	Offset int
}

// MaxLimit bounds one page of results.
const MaxLimit = 1000

// MaxReports bounds the reports listed with one event (the counts stay
// exact): a story the whole wire ran can have thousands.
const MaxReports = 1000

// Event is an event as stored: the record of its representative report
// (the least by ReportRank: the earliest dated, then by document hash), with
// counts over every report of it.
type Event struct {
	attache.Event
	NumMentions int      `json:"num_mentions"`
	NumDocs     int      `json:"num_documents"`
	NumSources  int      `json:"num_sources"`
	Sources     []string `json:"sources,omitempty"`
	FirstSeen   string   `json:"first_seen,omitempty"` // earliest document date
	LastSeen    string   `json:"last_seen,omitempty"`
	DocHash     string   `json:"doc_hash,omitempty"`
	DocURL      string   `json:"doc_url,omitempty"`
	DocTitle    string   `json:"doc_title,omitempty"`
}

// Report is one document's report of an event: its record there and where.
type Report struct {
	Doc     string        `json:"doc"`
	DocHash string        `json:"doc_hash"`
	DocDate string        `json:"doc_date,omitempty"`
	Source  string        `json:"source,omitempty"`
	URL     string        `json:"url,omitempty"`
	Title   string        `json:"title,omitempty"`
	Event   attache.Event `json:"event"`
}

// EventDetail is an event with every report of it.
type EventDetail struct {
	Event
	Reports []Report `json:"reports"`
}

// Document is a stored document with everything coded in it.
type Document struct {
	ID        string         `json:"id"`
	Hash      string         `json:"hash"`
	URL       string         `json:"url,omitempty"`
	Title     string         `json:"title,omitempty"`
	Source    string         `json:"source,omitempty"`
	Date      string         `json:"date,omitempty"`
	Ingested  time.Time      `json:"ingested"`
	Text      string         `json:"text"`
	Sentences []attache.Span `json:"sentences"`
	Result    attache.Result `json:"result"`
}

// DocSummary is a document in a list, without its text.
type DocSummary struct {
	ID      string `json:"id"`
	Hash    string `json:"hash"`
	URL     string `json:"url,omitempty"`
	Title   string `json:"title,omitempty"`
	Source  string `json:"source,omitempty"`
	Date    string `json:"date,omitempty"`
	Events  int    `json:"events"`
	Snippet string `json:"snippet,omitempty"` // where the text matched, matches in [brackets]
}

// DocQuery selects documents: full text over title and body, newest first.
type DocQuery struct {
	Text   string
	Source []string
	Limit  int
	Offset int
}

// ActorCount is how often a key acts and is acted upon.
type ActorCount struct {
	Key         string `json:"key"`
	Name        string `json:"name,omitempty"`
	AsActor     int    `json:"as_actor"`
	AsRecipient int    `json:"as_recipient"`
}

// Count is a number of events with a label.
type Count struct {
	Key string `json:"key"`
	N   int    `json:"n"`
}

// Stats summarizes the store.
type Stats struct {
	Documents int `json:"documents"`
	Events    int `json:"events"`
	Mentions  int `json:"mentions"`
}

// Store is what every backend provides.
type Store interface {
	// Has reports whether a document with this content hash is stored.
	Has(ctx context.Context, hash string) (bool, error)
	// Put stores documents and their events in one transaction: after a
	// crash either all of them are stored or none.
	Put(ctx context.Context, docs []Coded) (PutStats, error)
	Events(ctx context.Context, q Query) ([]Event, error)
	CountEvents(ctx context.Context, q Query) (int, error)
	// CountBy counts the events of q by "type", "month", "quad", "kind" or "status".
	CountBy(ctx context.Context, q Query, by string) ([]Count, error)
	Event(ctx context.Context, id string) (*EventDetail, error)
	// Document looks a document up by its id or content hash.
	Document(ctx context.Context, id string) (*Document, error)
	// Documents lists documents, by full text when q.Text is set.
	Documents(ctx context.Context, q DocQuery) ([]DocSummary, error)
	Actors(ctx context.Context, limit int) ([]ActorCount, error)
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// SplitList reads list values as users give them: repeated, or
// comma-separated, or both; blanks are dropped.
func SplitList(vs []string) []string {
	var out []string
	for _, v := range vs {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// NormKeys is SplitList with keys upper-cased.
func NormKeys(ks []string) []string {
	out := SplitList(ks)
	for i := range out {
		out[i] = strings.ToUpper(out[i])
	}
	return out
}

// MatchQuery turns what a user typed into a full-text query that cannot fail
// to parse: every word becomes a quoted term, all of them required.
func MatchQuery(s string) string {
	terms := MatchWords(s)
	for i, w := range terms {
		terms[i] = `"` + w + `"`
	}
	return strings.Join(terms, " ")
}

// MatchWords is the words of a user's full-text query, at most 16: runs of
// letters, digits, apostrophes and hyphens, trimmed of the last two, with
// no character any query syntax gives a meaning to.
func MatchWords(s string) []string {
	var terms []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r == '\'' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127)
	}) {
		w = strings.Trim(w, "'-")
		if w == "" {
			continue
		}
		terms = append(terms, w)
		if len(terms) == 16 {
			break
		}
	}
	return terms
}

// ByQuad folds counts keyed by type (at position pos of an "a|b" key) into
// counts by PLOVER quad class, ordered by key with quads in class order.
func ByQuad(cs []Count, pos int) []Count {
	n := map[string]int{}
	rank := map[string]string{}
	for _, c := range cs {
		parts := strings.Split(c.Key, "|")
		if pos >= len(parts) {
			continue
		}
		i, ok := plover.Lookup(parts[pos])
		if !ok {
			continue
		}
		parts[pos] = plover.QuadNames[i.Quad]
		k := strings.Join(parts, "|")
		parts[pos] = strconv.Itoa(i.Quad)
		rank[k] = strings.Join(parts, "|")
		n[k] += c.N
	}
	out := make([]Count, 0, len(n))
	for k, v := range n {
		out = append(out, Count{Key: k, N: v})
	}
	sort.Slice(out, func(a, b int) bool { return rank[out[a].Key] < rank[out[b].Key] })
	return out
}
