package actor

import (
	"strings"

	"github.com/attache/attache/nlp/text"
)

// armedAcronyms rereads an acronym with two bodies behind it by its head
// noun: "ADF rebels" are the Allied Democratic Forces, not the Australian
// Defence Force the bare acronym names. When the acronym heads a phrase
// whose noun names an armed group, and the lexicon has an armed group of
// that code, the group is meant.
func (g *Gazetteer) armedAcronyms(toks []text.Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.End-m.Start < 2 || m.Entity.Sector == "REB" || !isCapsAbbrev(toks[m.Start].Text) {
			continue
		}
		if !g.armedNoun(toks[m.End-1].Lower) {
			continue
		}
		code := toks[m.Start].Text
		for _, o := range g.lx.Orgs {
			if o.Code == code && o.Sector == "REB" {
				m.Entity.Country, m.Entity.Org, m.Entity.Sector, m.Entity.ID = o.Country, o.Code, "REB", o.Code
				m.Entity.Name = firstOr(o.Names, m.Entity.Name)
				m.Entity.Via = "acronym+armed head"
				break
			}
		}
	}
}

// armedNoun says whether w is a noun of the lexicon's armed groups
// ("rebels", "militia", "fighters").
func (g *Gazetteer) armedNoun(w string) bool {
	for _, n := range g.lx.Nouns {
		if n.Sector != "REB" {
			continue
		}
		for _, name := range n.Names {
			if strings.EqualFold(name, w) {
				return true
			}
		}
	}
	return false
}
