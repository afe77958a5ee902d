// Package eval scores attache against gold JSON Lines records as defined in
// shared/eval/README.md: micro P/R/F1 at three levels (type; +actor;
// +recipient), per-type F1 at L2, macro F1, and fact accuracy on matches.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/attache/attache"
)

// GoldEvent is one event a human coder found.
type GoldEvent struct {
	Type      string   `json:"type"`
	Alt       []string `json:"alt"`
	Mode      string   `json:"mode"`
	Actor     []string `json:"actor"`
	Recipient []string `json:"recipient"`
	Kind      string   `json:"kind"`
	Trigger   string   `json:"trigger"`
	Optional  bool     `json:"optional"`
	Money     []struct {
		Value float64 `json:"value"`
		Unit  string  `json:"unit"`
	} `json:"money"`
	Percent  []float64 `json:"percent"`
	Deadline string    `json:"deadline"`
}

// Record is one gold passage.
type Record struct {
	ID     string      `json:"id"`
	Source string      `json:"source"`
	Date   *string     `json:"date"`
	Title  string      `json:"title"`
	Text   string      `json:"text"`
	Events []GoldEvent `json:"events"`
}

// ReadGold reads gold records.
func ReadGold(r io.Reader) ([]Record, error) {
	var out []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("gold line %d: %w", line, err)
		}
		out = append(out, rec)
	}
	return out, sc.Err()
}

// PRF is precision, recall and F1 with their counts.
type PRF struct {
	TP, FP, FN int
	P, R, F1   float64
}

func (p *PRF) compute() {
	if p.TP+p.FP > 0 {
		p.P = float64(p.TP) / float64(p.TP+p.FP)
	}
	if p.TP+p.FN > 0 {
		p.R = float64(p.TP) / float64(p.TP+p.FN)
	}
	if p.P+p.R > 0 {
		p.F1 = 2 * p.P * p.R / (p.P + p.R)
	}
}

// Share is a fraction of facts right.
type Share struct {
	Right, Total int
	Share        float64
}

// Miss is a false positive or false negative, for error analysis.
type Miss struct {
	Record string         `json:"record"`
	Kind   string         `json:"kind"` // FP or FN
	Level  string         `json:"level"`
	Text   string         `json:"text"`
	Gold   *GoldEvent     `json:"gold,omitempty"`
	Pred   *attache.Event `json:"pred,omitempty"`
}

// Report is the whole score.
type Report struct {
	Records   int             `json:"records"`
	L1        PRF             `json:"l1"`
	L2        PRF             `json:"l2"`
	L3        PRF             `json:"l3"`
	PerType   map[string]*PRF `json:"per_type_l2"`
	MacroL2F1 float64         `json:"macro_l2_f1"`
	Money     Share           `json:"money"`
	Percent   Share           `json:"percent"`
	Deadline  Share           `json:"deadline"`
	Misses    []Miss          `json:"misses,omitempty"`
}

// Predict runs attache over one record.
type Predict func(rec Record) ([]attache.Event, error)

type pred struct {
	ev        attache.Event
	actor     []string
	recipient []string
}

func intersects(gold, pred []string) bool {
	if len(gold) == 0 {
		return true
	}
	for _, g := range gold {
		for _, p := range pred {
			if g == p {
				return true
			}
		}
	}
	return false
}

func typeOK(g GoldEvent, t string) bool {
	if g.Type == t {
		return true
	}
	for _, a := range g.Alt {
		if a == t {
			return true
		}
	}
	return false
}

func matches(level int, g GoldEvent, p pred) bool {
	if !typeOK(g, p.ev.Type) {
		return false
	}
	if level >= 2 && !intersects(g.Actor, p.actor) {
		return false
	}
	if level >= 3 && !intersects(g.Recipient, p.recipient) {
		return false
	}
	return true
}

// Score evaluates predictions on gold records.
func Score(recs []Record, predict Predict, withMisses bool) (*Report, error) {
	rep := &Report{Records: len(recs), PerType: map[string]*PRF{}}
	pt := func(t string) *PRF {
		if rep.PerType[t] == nil {
			rep.PerType[t] = &PRF{}
		}
		return rep.PerType[t]
	}
	for _, rec := range recs {
		evs, err := predict(rec)
		if err != nil {
			return nil, fmt.Errorf("record %s: %w", rec.ID, err)
		}
		// drop denied and hypothetical; merge same type+actor+recipient
		var ps []pred
		seen := map[string]bool{}
		for _, e := range evs {
			if e.Status == attache.Denied || e.Status == attache.Hypothetical {
				continue
			}
			p := pred{ev: e, actor: e.ActorKeys(), recipient: e.RecipientKeys()}
			k := fmt.Sprint(e.Type, p.actor, p.recipient)
			if seen[k] {
				continue
			}
			seen[k] = true
			ps = append(ps, p)
		}
		for level := 1; level <= 3; level++ {
			used := make([]bool, len(ps))
			var prf *PRF
			switch level {
			case 1:
				prf = &rep.L1
			case 2:
				prf = &rep.L2
			case 3:
				prf = &rep.L3
			}
			for gi, g := range rec.Events {
				found := -1
				for pi, p := range ps {
					if !used[pi] && matches(level, g, p) {
						found = pi
						break
					}
				}
				if found >= 0 {
					used[found] = true
					if g.Optional {
						continue
					}
					prf.TP++
					if level == 2 {
						pt(g.Type).TP++
						scoreFacts(rep, g, ps[found].ev)
					}
					continue
				}
				if g.Optional {
					continue
				}
				prf.FN++
				if level == 2 {
					pt(g.Type).FN++
				}
				if withMisses {
					gg := rec.Events[gi]
					rep.Misses = append(rep.Misses, Miss{Record: rec.ID, Kind: "FN", Level: fmt.Sprintf("L%d", level), Text: rec.Text, Gold: &gg})
				}
			}
			for pi, p := range ps {
				if used[pi] {
					continue
				}
				prf.FP++
				if level == 2 {
					pt(p.ev.Type).FP++
				}
				if withMisses {
					pe := p.ev
					rep.Misses = append(rep.Misses, Miss{Record: rec.ID, Kind: "FP", Level: fmt.Sprintf("L%d", level), Text: pe.Evidence, Pred: &pe})
				}
			}
		}
	}
	rep.L1.compute()
	rep.L2.compute()
	rep.L3.compute()
	var sum float64
	n := 0
	for _, p := range rep.PerType {
		p.compute()
		if p.TP+p.FN > 0 {
			sum += p.F1
			n++
		}
	}
	if n > 0 {
		rep.MacroL2F1 = sum / float64(n)
	}
	for _, s := range []*Share{&rep.Money, &rep.Percent, &rep.Deadline} {
		if s.Total > 0 {
			s.Share = float64(s.Right) / float64(s.Total)
		}
	}
	return rep, nil
}

func scoreFacts(rep *Report, g GoldEvent, e attache.Event) {
	for _, m := range g.Money {
		rep.Money.Total++
		for _, q := range e.Quantities {
			if q.Kind == attache.Money && q.Unit == m.Unit && math.Abs(q.Value-m.Value) <= 0.01*math.Abs(m.Value) {
				rep.Money.Right++
				break
			}
		}
	}
	for _, pc := range g.Percent {
		rep.Percent.Total++
		for _, q := range e.Quantities {
			if q.Kind == attache.Percent && q.Value == pc {
				rep.Percent.Right++
				break
			}
		}
	}
	if g.Deadline != "" {
		rep.Deadline.Total++
		if len(e.Deadline) >= 4 && len(g.Deadline) >= 4 && e.Deadline[:4] == g.Deadline[:4] {
			rep.Deadline.Right++
		}
	}
}

// Types returns the per-type keys in order.
func (r *Report) Types() []string {
	var ts []string
	for t := range r.PerType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}
