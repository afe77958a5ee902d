// Package attache holds the domain types shared by every stage: documents in,
// events out, each event field tied to the bytes of text it came from.
package attache

import (
	"sort"
	"time"
)

// Span is a half-open byte range [Start, End) into a document's original text.
type Span [2]int

// Document is one news item as it enters the pipeline.
type Document struct {
	ID     string    `json:"id"`
	URL    string    `json:"url,omitempty"`
	Title  string    `json:"title,omitempty"`
	Source string    `json:"source,omitempty"`
	Date   time.Time `json:"-"`
	Text   string    `json:"text"`
}

// Entity is one actor as coded for an event or found as a mention.
type Entity struct {
	Name    string `json:"name"`
	Text    string `json:"text"`
	Span    Span   `json:"span"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Org     string `json:"org,omitempty"`
	Role    string `json:"role,omitempty"`
	ID      string `json:"id,omitempty"`
	// How the mention was resolved: lexicon file kind, coreference, ...
	Via string `json:"via,omitempty"`
}

// Keys are the codes an entity contributes to an actor or recipient set:
// its country and its organization code.
func (e Entity) Keys() []string {
	var k []string
	if e.Org != "" {
		k = append(k, e.Org)
	}
	if e.Country != "" && e.Country != e.Org {
		k = append(k, e.Country)
	}
	return k
}

// Quantity kinds.
const (
	Money      = "money"
	Percent    = "percent"
	Count      = "count"
	Multiplier = "multiplier"
)

// Quantity is an amount found in text: money with its ISO 4217 unit, a
// percent, a count or a multiplier ("doubling" is 2).
type Quantity struct {
	Kind   string  `json:"kind"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit,omitempty"`
	Approx bool    `json:"approx,omitempty"`
	Text   string  `json:"text"`
	Span   Span    `json:"span"`
}

// Location is where an event took place.
type Location struct {
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	Span    Span   `json:"span"`
}

// Attribution says who reports an event.
type Attribution struct {
	Speaker *Entity `json:"speaker,omitempty"`
	Quote   bool    `json:"quote,omitempty"`
	Via     string  `json:"via,omitempty"`
}

// Trigger is the word or words that carry an event.
type Trigger struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Mention is one place in the document where an event is reported.
type Mention struct {
	Sentence int    `json:"sentence"`
	Span     Span   `json:"span"`
	Trigger  string `json:"trigger"`
	Rule     string `json:"rule"`
}

// Event statuses.
const (
	Occurred     = "occurred"
	Announced    = "announced"
	Planned      = "planned"
	Threatened   = "threatened"
	Proposed     = "proposed"
	Denied       = "denied"
	Hypothetical = "hypothetical"
)

// Event is one coded event, as defined by spec/EVENTS.md §1.
type Event struct {
	ID            string            `json:"id"`
	Doc           string            `json:"doc"`
	Sentence      int               `json:"sentence"`
	Span          Span              `json:"span"`
	Type          string            `json:"type"`
	Mode          string            `json:"mode,omitempty"`
	Context       []string          `json:"context,omitempty"`
	Kind          string            `json:"kind,omitempty"`
	Actor         []Entity          `json:"actor"`
	Recipient     []Entity          `json:"recipient"`
	Date          string            `json:"date,omitempty"`
	DatePrecision string            `json:"date_precision,omitempty"`
	Status        string            `json:"status"`
	Quantities    []Quantity        `json:"quantities,omitempty"`
	Deadline      string            `json:"deadline,omitempty"`
	Location      *Location         `json:"location,omitempty"`
	Topics        []string          `json:"topics,omitempty"`
	Facts         map[string]string `json:"facts,omitempty"`
	Attribution   *Attribution      `json:"attribution,omitempty"`
	Trigger       Trigger           `json:"trigger"`
	Evidence      string            `json:"evidence"`
	Rule          string            `json:"rule"`
	Confidence    float64           `json:"confidence"`
	Mentions      []Mention         `json:"mentions,omitempty"`
}

// ActorKeys returns the sorted, de-duplicated keys of the actor list.
func (e *Event) ActorKeys() []string { return Keys(e.Actor) }

// RecipientKeys returns the sorted, de-duplicated keys of the recipient list.
func (e *Event) RecipientKeys() []string { return Keys(e.Recipient) }

// Keys returns the sorted, de-duplicated keys of a list of entities: the set
// that the scorer and the mention merging compare.
func Keys(es []Entity) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range es {
		for _, k := range e.Keys() {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

// Quote is a quotation with its speaker.
type Quote struct {
	Speaker *Entity `json:"speaker,omitempty"`
	Text    string  `json:"text"`
	Span    Span    `json:"span"`
}

// Result is everything extracted from one document.
type Result struct {
	Doc      string   `json:"doc"`
	Title    string   `json:"title,omitempty"`
	Date     string   `json:"date,omitempty"`
	Events   []Event  `json:"events"`
	Quotes   []Quote  `json:"quotes"`
	Entities []Entity `json:"entities"`
	// Sentences are the byte spans of the document's sentences, indexed by
	// Event.Sentence and Mention.Sentence.
	Sentences []Span `json:"sentences,omitempty"`
	// Times are the date expressions of the text, resolved against the
	// document's date; events take their dates and deadlines from them.
	Times []Time `json:"times,omitempty"`
}

// Time is a date expression in the text ("on Tuesday", "by 2027") and the
// calendar date it resolves to.
type Time struct {
	Text      string `json:"text"`
	Value     string `json:"value"` // YYYY-MM-DD; a month or year is its first day, a deadline year its last
	Precision string `json:"precision"`
	Deadline  bool   `json:"deadline,omitempty"`
	Sentence  int    `json:"sentence"`
	Span      Span   `json:"span"`
}
