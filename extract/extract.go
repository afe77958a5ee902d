// Package extract runs the extraction pipeline over one document:
// normalize → tokens and sentences → actor mentions and coreference →
// quantities and dates → quotes → event coder. An Extractor loads its
// lexicons once and is safe for concurrent use.
package extract

import (
	"errors"
	"fmt"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/coder"
	"github.com/attache/attache/nlp/actor"
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/quantity"
	"github.com/attache/attache/nlp/quote"
	"github.com/attache/attache/nlp/text"
	"github.com/attache/attache/nlp/timex"
)

// MaxBytes is the largest document accepted by default.
const MaxBytes = 16 << 20

// ErrEmpty is returned for a document with no text.
var ErrEmpty = errors.New("empty document")

// Extractor is the pipeline.
type Extractor struct {
	Lex      *lexicon.Lexicon
	Gaz      *actor.Gazetteer
	Coder    *coder.Coder
	MaxBytes int
}

// New builds an extractor from a lexicon.
func New(lx *lexicon.Lexicon) *Extractor {
	g := actor.New(lx)
	return &Extractor{Lex: lx, Gaz: g, Coder: coder.New(lx, g), MaxBytes: MaxBytes}
}

// Default builds an extractor from the embedded lexicons plus the files of
// the given directories.
func Default(dirs ...string) (*Extractor, error) {
	lx, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if err := lx.LoadDir(d); err != nil {
			return nil, err
		}
	}
	return New(lx), nil
}

// Annotate runs every stage before the coder.
func (x *Extractor) Annotate(doc attache.Document) (*coder.Doc, error) {
	if len(doc.Text) > x.MaxBytes {
		return nil, fmt.Errorf("document too large: %d bytes (limit %d)", len(doc.Text), x.MaxBytes)
	}
	if err := text.Check(doc.Text); err != nil {
		return nil, err
	}
	t := text.Normalize(doc.Text)
	toks := text.Tokenize(t)
	if len(toks) == 0 {
		return nil, ErrEmpty
	}
	d := &coder.Doc{ID: doc.ID, Date: doc.Date, T: t, Toks: toks}
	d.Sents = text.Sentences(toks)
	d.Mentions = make([][]actor.Mention, len(d.Sents))
	d.Quants = make([][]quantity.Found, len(d.Sents))
	d.Times = make([][]timex.Expr, len(d.Sents))
	var co actor.Coref
	if doc.Title != "" && len(doc.Title) < 400 {
		tt := text.Tokenize(text.Normalize(doc.Title))
		if ss := text.Sentences(tt); len(ss) > 0 {
			hm := x.Gaz.Sentence(tt, ss[0], doc.Date)
			co.Prime(hm)
			d.Headliner = coder.Headliner(tt, ss[0], hm)
			for _, m := range hm {
				if m.Entity.Country != "" {
					d.TitleCountry = m.Entity.Country
					break
				}
			}
		}
	}
	for si, s := range d.Sents {
		ms := x.Gaz.Sentence(toks, s, doc.Date)
		co.Resolve(ms)
		d.Mentions[si] = ms
		d.Quants[si] = quantity.Find(toks, s.Start, s.End, d.Span, d.Text)
		d.Times[si] = timex.Find(toks, s.Start, s.End, doc.Date)
	}
	d.Quotes = quote.Find(toks, d.Sents, d.Mentions)
	return d, nil
}

// Extract returns the events, quotes and entities of a document.
func (x *Extractor) Extract(doc attache.Document) (*attache.Result, error) {
	d, err := x.Annotate(doc)
	if err != nil {
		return nil, err
	}
	res := &attache.Result{Doc: doc.ID, Title: doc.Title, Events: x.Coder.Code(d), Quotes: []attache.Quote{}, Entities: []attache.Entity{}}
	if res.Events == nil {
		res.Events = []attache.Event{} // JSON [] rather than null
	}
	if !doc.Date.IsZero() {
		res.Date = doc.Date.Format("2006-01-02")
	}
	res.Sentences = make([]attache.Span, len(d.Sents))
	for i, s := range d.Sents {
		res.Sentences[i] = d.Span(s.Start, s.End)
		for _, x := range d.Times[i] {
			sp := d.Span(x.Start, x.End)
			res.Times = append(res.Times, attache.Time{Text: d.T.Orig[sp[0]:sp[1]], Value: x.Format(), Precision: x.Precision, Deadline: x.Deadline, Sentence: i, Span: sp})
		}
	}
	for _, q := range d.Quotes {
		aq := attache.Quote{Span: d.Span(q.Start, q.End), Text: d.Text(q.Start, q.End)}
		if q.Speaker != nil {
			e := q.Speaker.Entity
			e.Span = d.Span(q.Speaker.Start, q.Speaker.End)
			e.Text = d.T.Orig[e.Span[0]:e.Span[1]]
			aq.Speaker = &e
		}
		res.Quotes = append(res.Quotes, aq)
	}
	for _, ms := range d.Mentions {
		for _, m := range ms {
			if m.Kind == actor.KName && !m.Keyed() {
				continue
			}
			e := m.Entity
			e.Span = d.Span(m.Start, m.End)
			e.Text = d.T.Orig[e.Span[0]:e.Span[1]]
			if e.Name == "" {
				e.Name = e.Text
			}
			res.Entities = append(res.Entities, e)
		}
	}
	return res, nil
}

// ParseDate reads the dates documents carry: 2006-01-02, RFC 3339,
// "2025-03-14 20:30:26Z".
func ParseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02 15:04:05Z", "2006-01-02 15:04:05", "2006-01-02T15:04:05", time.RFC1123Z, time.RFC1123, "Jan 2, 2006", "2 January 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognized date %q", s)
}
