package actor

import (
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/text"
)

// followerHeads: "supporters of the president" are the supporters.
var followerHeads = lexicon.List("follower_heads")

// followersOf composes "supporters/followers/loyalists of X" into one
// mention headed by the group: the possessor X is whom they back, never
// the agent of what they do. The group takes X's country; followers of a
// party or of the opposition are of its sector, others are civilians.
func (g *Gazetteer) followersOf(toks []text.Token, units []unit, k int, m *Mention, s text.Sentence) {
	u := units[k]
	if u.kind != KNoun || m.Keyed() || !followerHeads[toks[u.end-1].Lower] || u.end+1 >= s.End || toks[u.end].Lower != "of" {
		return
	}
	nk := k + 1
	for nk < len(units) && units[nk].done {
		nk++
	}
	if nk >= len(units) {
		return
	}
	nx := units[nk]
	// "of the sacked governor", "of a former president": an article and
	// lower-case modifiers may stand before the named one
	for x := u.end + 1; x < nx.start; x++ {
		t := toks[x]
		if x == u.end+1 && determiners[t.Lower] {
			continue
		}
		if t.Punct || t.Cap || t.Num || gapStop[t.Lower] || x > u.end+3 {
			return
		}
	}
	if nx.ent.Country == "" {
		return
	}
	m.Entity.Country = nx.ent.Country
	switch nx.ent.Sector {
	case "PTY", "OPP":
		m.Entity.Sector = nx.ent.Sector
	default:
		m.Entity.Sector = "CVL"
	}
	m.placed = true
	m.End = nx.end
	m.Entity.Name = joinText(toks, m.Start, m.End)
	units[nk].done = true
}
