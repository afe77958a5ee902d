package extract

import (
	"errors"

	"github.com/attache/attache"
	"github.com/attache/attache/eval"
)

// Predictor runs the extractor on gold records, each dated by its record
// (a null date leaves relative dates unresolved); an empty text has no events.
func (x *Extractor) Predictor() eval.Predict {
	return func(rec eval.Record) ([]attache.Event, error) {
		doc := attache.Document{ID: rec.ID, Text: rec.Text, Title: rec.Title}
		if rec.Date != nil {
			if t, err := ParseDate(*rec.Date); err == nil {
				doc.Date = t
			}
		}
		res, err := x.Extract(doc)
		if errors.Is(err, ErrEmpty) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		return res.Events, nil
	}
}
