// Package actor finds the actors a sentence names: countries and their
// metonyms, organizations, people with dated roles, office titles and group
// nouns, composes them into entity mentions ("Japanese Prime Minister Shigeru
// Ishiba", "Police in Kenya", "his administration") and resolves pronouns and
// definite descriptions within a document.
package actor

import (
	"strings"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/text"
)

// Kind is what a lexicon hit is.
type Kind uint8

// Hit kinds, in order of precedence when one phrase has several readings.
const (
	KOrg Kind = iota + 1
	KActor
	KCountry
	KCapital
	KAdj
	KPerson
	KTitle
	KNoun
	KName    // unknown capitalized name
	KPronoun // he, she, his, her
)

type entry struct {
	kind     Kind
	idx      int // index into the lexicon slice of that kind
	capsOnly bool
	needCap  bool
	code     string // country code for countries, adjectives, capitals
	surface  string // the phrase as written in the lexicon
}

type node struct {
	next    map[string]*node
	entries []entry
}

// Gazetteer matches lexicon phrases over tokens. It is built once and is
// safe for concurrent use.
type Gazetteer struct {
	root   *node
	lx     *lexicon.Lexicon
	people map[string][]int // lowered name -> person rows
	// parties: a generic party name ("labour party", "communist party")
	// -> the actor rows of the national parties of that name ("Israeli
	// Labour Party", "Communist Party of China")
	parties map[string][]int
	// pastForms are the irregular past forms of verbs.tsv ("sent", "led"):
	// a verb, never a modifier between a country and its noun
	pastForms map[string]bool
	// armedNouns are the lower-cased nouns of armed groups ("rebels",
	// "militia"), and armedOrgs the armed groups by code (the first row of
	// each), for reading an acronym by its head noun (armedAcronyms)
	armedNouns map[string]bool
	armedOrgs  map[string]int
}

// New builds the gazetteer from a lexicon.
func New(lx *lexicon.Lexicon) *Gazetteer {
	g := &Gazetteer{root: &node{}, lx: lx, pastForms: map[string]bool{}}
	for _, v := range lx.Verbs {
		for _, f := range append(append([]string(nil), v.Past...), v.Part...) {
			g.pastForms[strings.ToLower(f)] = true
		}
	}
	for i, c := range lx.Countries {
		for _, n := range c.Names {
			g.add(n, entry{kind: KCountry, idx: i, code: c.Code, needCap: true})
		}
		for _, n := range c.Adjectives {
			g.add(n, entry{kind: KAdj, idx: i, code: c.Code, needCap: true})
		}
		for _, n := range c.Capitals {
			g.add(n, entry{kind: KCapital, idx: i, code: c.Code, needCap: true})
		}
		for _, f := range c.Former {
			g.add(f.Name, entry{kind: KCountry, idx: i, code: c.Code, needCap: true})
		}
	}
	for i, a := range lx.Actors {
		for _, n := range a.Names {
			g.add(n, entry{kind: KActor, idx: i, needCap: true})
		}
	}
	g.parties = nationalParties(lx)
	g.armedOrgs = map[string]int{}
	for i, o := range lx.Orgs {
		for _, n := range o.Names {
			g.add(n, entry{kind: KOrg, idx: i, needCap: true})
		}
		if _, seen := g.armedOrgs[o.Code]; !seen && o.Sector == "REB" {
			g.armedOrgs[o.Code] = i
		}
	}
	g.people = map[string][]int{}
	for i, p := range lx.People {
		for _, n := range p.Names {
			g.add(n, entry{kind: KPerson, idx: i, needCap: true})
			ln := strings.ToLower(n)
			g.people[ln] = append(g.people[ln], i)
		}
	}
	for i, t := range lx.Titles {
		for _, n := range t.Names {
			g.add(n, entry{kind: KTitle, idx: i})
		}
	}
	g.armedNouns = map[string]bool{}
	for i, n := range lx.Nouns {
		for _, name := range n.Names {
			g.add(name, entry{kind: KNoun, idx: i})
			if n.Sector == "REB" {
				g.armedNouns[strings.ToLower(name)] = true
			}
		}
	}
	return g
}

func isCapsAbbrev(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9', c == '-', c == '&':
		default:
			return false
		}
	}
	return letters >= 1 && len(s) <= 5
}

func (g *Gazetteer) add(phrase string, e entry) {
	phrase = strings.TrimSpace(phrase)
	if phrase == "" {
		return
	}
	e.surface = phrase
	e.capsOnly = isCapsAbbrev(phrase)
	toks := text.TokenizeString(phrase)
	if len(toks) == 0 {
		return
	}
	// a leading article is optional in text: "the White House" matches "White House"
	if len(toks) > 1 && toks[0] == "the" {
		toks = toks[1:]
		e.surface = strings.TrimSpace(phrase[3:])
	}
	n := g.root
	for _, t := range toks {
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[t]
		if c == nil {
			c = &node{}
			n.next[t] = c
		}
		n = c
	}
	for _, old := range n.entries {
		if old.kind == e.kind && old.idx == e.idx {
			return
		}
	}
	n.entries = append(n.entries, e)
}

// hit is one gazetteer match over tokens [start, end).
type hit struct {
	start, end int
	e          []entry
}

func (e entry) ok(toks []text.Token, start, end int) bool {
	if e.needCap && !(toks[start].Cap || toks[start].Num) {
		return false
	}
	if e.capsOnly {
		// "US", "IS", "AU" only in capitals, and not in an all-caps sentence
		surf := strings.ReplaceAll(e.surface, " ", "")
		var got strings.Builder
		for k := start; k < end; k++ {
			got.WriteString(toks[k].Text)
		}
		if got.String() != surf {
			return false
		}
	}
	// former names stay in use after their time ("Burma" in 2005), so the
	// years of use are kept for reference only
	return true
}

// match finds the longest lexicon phrases in toks[start:end], left to right.
func (g *Gazetteer) match(toks []text.Token, start, end int) []hit {
	var hits []hit
	for i := start; i < end; {
		n := g.root
		bestEnd := -1
		var best []entry
		for j := i; j < end; j++ {
			c := n.next[toks[j].Lower]
			if c == nil {
				break
			}
			n = c
			if len(n.entries) > 0 {
				var okEntries []entry
				for _, e := range n.entries {
					if e.ok(toks, i, j+1) {
						okEntries = append(okEntries, e)
					}
				}
				if len(okEntries) > 0 {
					bestEnd, best = j+1, okEntries
				}
			}
		}
		if bestEnd < 0 {
			i++
			continue
		}
		// a possessive or plural "s" glued to an all-caps abbreviation is fine;
		// a name running on into more capitalized words is a longer name
		// the lexicon lacks ("Washington Post") unless it is a title + name.
		hits = append(hits, hit{start: i, end: bestEnd, e: best})
		i = bestEnd
	}
	return hits
}

// primary picks the reading of a hit to use.
func primary(es []entry) entry {
	best := es[0]
	for _, e := range es[1:] {
		if e.kind < best.kind {
			best = e
		}
	}
	return best
}

// nationalParties indexes the parties whose name is a generic name with
// their country's demonym before it or "of <country>" after it, by that
// generic name: "Israeli Labour Party" and "Australian Labor Party" under
// "labour party" and "labor party", "Communist Party of China" under
// "communist party".
func nationalParties(lx *lexicon.Lexicon) map[string][]int {
	own := map[string][]string{} // country code -> its demonyms and names
	for _, c := range lx.Countries {
		own[c.Code] = append(append(own[c.Code], c.Adjectives...), c.Names...)
	}
	out := map[string][]int{}
	for i, a := range lx.Actors {
		if a.Sector != "PTY" || a.Country == "" {
			continue
		}
		for _, n := range a.Names {
			ln := strings.ToLower(n)
			for _, w := range own[a.Country] {
				lw := strings.ToLower(w)
				var g string
				switch {
				case strings.HasPrefix(ln, lw+" "):
					g = ln[len(lw)+1:]
				case strings.HasSuffix(ln, " of "+lw):
					g = ln[:len(ln)-len(lw)-4]
				}
				if strings.HasSuffix(g, " party") && strings.Count(g, " ") >= 1 {
					out[g] = append(out[g], i)
				}
			}
		}
	}
	return out
}

// nationalAlts gives the national parties a generic party name may mean:
// "the Labour Party" in a story about Israel is Israel's.
func (g *Gazetteer) nationalAlts(name string) []attache.Entity {
	l := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	if !strings.HasSuffix(l, " party") {
		l += " party"
	}
	var out []attache.Entity
	for _, i := range g.parties[l] {
		a := g.lx.Actors[i]
		out = append(out, attache.Entity{Name: a.Names[0], Country: a.Country, Sector: a.Sector, Via: "actor"})
	}
	return out
}
