// Package quantity finds amounts in tokens: money with its currency, percents,
// counts and multipliers ("doubling"), including the wire conventions of
// Reuters 1987 ("300 mln dlrs", "100 pct").
package quantity

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/text"
)

//go:embed currencies.tsv
var currencyData string

type currency struct {
	code      string
	qualifier string
	factor    float64
}

var symbols = map[string]currency{}
var words = map[string][]currency{}

func init() {
	sc := bufio.NewScanner(strings.NewReader(currencyData))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "|")
		for len(f) < 4 {
			f = append(f, "")
		}
		c := currency{code: strings.TrimSpace(f[1]), qualifier: strings.TrimSpace(f[2]), factor: 1}
		if v := strings.TrimSpace(f[3]); v != "" {
			c.factor, _ = strconv.ParseFloat(v, 64)
		}
		for _, w := range strings.Split(f[0], ";") {
			w = strings.TrimSpace(w)
			if w == "" {
				continue
			}
			if strings.ContainsAny(w, "$£€¥") {
				symbols[w] = c
			} else {
				words[w] = append(words[w], c)
			}
		}
	}
}

var scales = map[string]float64{
	"thousand": 1e3, "k": 1e3,
	"million": 1e6, "millions": 1e6, "mln": 1e6, "m": 1e6, "mn": 1e6,
	"billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
	"trillion": 1e12, "tn": 1e12, "trn": 1e12, "trln": 1e12,
}

var approxWords = map[string]bool{
	"nearly": true, "about": true, "around": true, "almost": true, "some": true, "roughly": true,
	"approximately": true, "estimated": true, "over": true, "than": true, "least": true, "to": true,
}

var multipliers = map[string]float64{
	"double": 2, "doubles": 2, "doubled": 2, "doubling": 2, "twofold": 2,
	"triple": 3, "triples": 3, "tripled": 3, "tripling": 3, "threefold": 3,
	"quadruple": 4, "quadrupled": 4, "quadrupling": 4,
	"halve": 0.5, "halved": 0.5, "halving": 0.5,
}

// Found is a quantity with its token range.
type Found struct {
	attache.Quantity
	Start, End int
}

func parseNum(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// Find returns the quantities in toks[start:end]. span maps a token range to
// the document's original byte span, text to its original text.
func Find(toks []text.Token, start, end int, span func(a, b int) attache.Span, txt func(a, b int) string) []Found {
	var out []Found
	for i := start; i < end; i++ {
		t := toks[i]
		if v, ok := multipliers[t.Lower]; ok {
			out = append(out, Found{Quantity: attache.Quantity{Kind: attache.Multiplier, Value: v, Text: txt(i, i+1), Span: span(i, i+1)}, Start: i, End: i + 1})
			continue
		}
		var cur *currency
		a := i
		if c, ok := symbols[t.Text]; ok && i+1 < end && toks[i+1].Num {
			cc := c
			cur = &cc
			i++
			t = toks[i]
		}
		if !t.Num {
			continue
		}
		v, ok := parseNum(t.Text)
		if !ok {
			continue
		}
		j := i + 1
		if j < end {
			if s, ok := scales[toks[j].Lower]; ok {
				v *= s
				j++
			}
		}
		q := attache.Quantity{Value: v}
		switch {
		case cur != nil:
			q.Kind, q.Unit = attache.Money, cur.code
			v *= cur.factor
			q.Value = v
		case j < end && (toks[j].Text == "%" || toks[j].Lower == "pct" || toks[j].Lower == "percent"):
			q.Kind = attache.Percent
			j++
		case j+1 < end && toks[j].Lower == "per" && toks[j+1].Lower == "cent":
			q.Kind = attache.Percent
			j += 2
		default:
			if c, n := currencyAfter(toks, j, end); c != nil {
				q.Kind, q.Unit = attache.Money, c.code
				q.Value = v * c.factor
				j += n
			} else if v >= 2 && j < end && !toks[j].Punct && !isYear(t.Text, v) {
				q.Kind = attache.Count
			} else {
				continue
			}
		}
		// approximation words before the amount
		if a > start && approxWords[toks[a-1].Lower] {
			w := toks[a-1].Lower
			if (w != "than" || (a-2 >= start && (toks[a-2].Lower == "more" || toks[a-2].Lower == "less"))) &&
				(w != "least" || (a-2 >= start && toks[a-2].Lower == "at")) &&
				(w != "to" || (a-2 >= start && toks[a-2].Lower == "up")) {
				q.Approx = true
			}
		}
		q.Text = txt(a, j)
		q.Span = span(a, j)
		out = append(out, Found{Quantity: q, Start: a, End: j})
		i = j - 1
	}
	return out
}

func isYear(s string, v float64) bool {
	return len(s) == 4 && v >= 1900 && v <= 2100
}

// currencyAfter reads a currency word at toks[j], with an optional
// qualifying adjective ("Canadian dlrs"); it returns how many tokens it used.
func currencyAfter(toks []text.Token, j, end int) (*currency, int) {
	if j >= end {
		return nil, 0
	}
	// qualifier + word
	if j+1 < end {
		if cs, ok := words[toks[j+1].Lower]; ok {
			for _, c := range cs {
				if c.qualifier == toks[j].Lower {
					cc := c
					return &cc, 2
				}
			}
		}
		if j+2 < end {
			q := toks[j].Lower + " " + toks[j+1].Lower
			if cs, ok := words[toks[j+2].Lower]; ok {
				for _, c := range cs {
					if c.qualifier == q {
						cc := c
						return &cc, 3
					}
				}
			}
		}
	}
	if cs, ok := words[toks[j].Lower]; ok {
		for _, c := range cs {
			if c.qualifier == "" {
				if toks[j].Lower == "p" && !toks[j].Joined {
					return nil, 0
				}
				cc := c
				return &cc, 1
			}
		}
	}
	return nil, 0
}
