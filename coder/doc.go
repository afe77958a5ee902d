// Package coder turns an annotated document into PLOVER events: it finds
// trigger patterns, decides type, mode and kind, fills actor and recipient
// from the sentence's mentions (active, passive, nominal), sets the status
// (future, negated, hypothetical, threatened), attaches quantities, dates,
// deadlines, locations, topics and attribution, and merges the mentions of
// one event across the document.
package coder

import (
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/actor"
	"github.com/attache/attache/nlp/quantity"
	"github.com/attache/attache/nlp/quote"
	"github.com/attache/attache/nlp/text"
	"github.com/attache/attache/nlp/timex"
)

// Doc is a document annotated by the earlier stages.
type Doc struct {
	ID       string
	Date     time.Time
	T        *text.Text
	Toks     []text.Token
	Sents    []text.Sentence
	Mentions [][]actor.Mention  // per sentence
	Quants   [][]quantity.Found // per sentence
	Times    [][]timex.Expr     // per sentence
	Quotes   []quote.Quote
	// Headliner is the first actor a headline names ("UN Chief: Killing of
	// Protesters 'Utterly Unacceptable'"), the speaker of quotes the text
	// leaves unattributed; nil when there is no headline or actor.
	Headliner *actor.Mention
	// TitleCountry is the first country the headline names.
	TitleCountry string
	sentOf       []int
}

// Span maps a token range to the original text's byte span.
func (d *Doc) Span(a, b int) attache.Span {
	if a >= b {
		return attache.Span{}
	}
	s, e := d.T.OrigSpan(int(d.Toks[a].S), int(d.Toks[b-1].E))
	return attache.Span{s, e}
}

// Text gives the original text of a token range.
func (d *Doc) Text(a, b int) string {
	sp := d.Span(a, b)
	return d.T.Orig[sp[0]:sp[1]]
}

// SentOf returns the sentence index of a token.
func (d *Doc) SentOf(tok int) int {
	if d.sentOf == nil {
		d.sentOf = make([]int, len(d.Toks))
		for si, s := range d.Sents {
			for k := s.Start; k < s.End; k++ {
				d.sentOf[k] = si
			}
		}
	}
	return d.sentOf[tok]
}
