package actor

import (
	"strings"

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

// postClosed says whether the title mention ms[k] of an appositive goes on
// with the body it serves and then closes: "China's ambassador to the
// United Nations," "the bank's envoy in Kenya.". Only a title or
// official's noun takes such a phrase.
func postClosed(toks []text.Token, ms []Mention, k, end int) bool {
	b := ms[k]
	if b.Kind != KTitle && b.Kind != KNoun || !b.Keyed() || k+1 >= len(ms) {
		return false
	}
	switch toks[b.End].Lower {
	case "to", "at", "in", "for":
	default:
		return false
	}
	c := ms[k+1]
	if !(c.Start == b.End+1 || c.Start == b.End+2 && toks[b.End+1].Lower == "the") || !c.Keyed() {
		return false
	}
	return c.End >= end || toks[c.End].Text == "," || toks[c.End].Text == "."
}

// nameAdverbs may stand between a name opening a sentence and its verb:
// "Fu also said", "Lishman later urged".
var nameAdverbs = map[string]bool{"also": true, "later": true, "then": true, "again": true, "earlier": true, "previously": true, "subsequently": true, "recently": true, "repeatedly": true}

// adverbVerbAfter: a capitalized first word, an adverb and a said word or
// a past verb with its object make the first word a name ("Fu also
// criticized Japan"), as a said word or past verb right after it does.
func adverbVerbAfter(toks []text.Token, i, end int) bool {
	if i+2 >= end || !nameAdverbs[toks[i+1].Lower] || toks[i+1].Cap {
		return false
	}
	return saidWords[toks[i+2].Lower] || pastVerbAfter(toks, i+1, end)
}

// openerWords open a sentence before a comma without being a name.
var openerWords = map[string]bool{"however": true, "meanwhile": true, "yesterday": true, "today": true, "still": true, "instead": true, "now": true,
	"then": true, "later": true, "earlier": true, "separately": true, "nevertheless": true, "moreover": true, "furthermore": true, "indeed": true,
	"besides": true, "overall": true, "finally": true, "first": true, "second": true, "third": true, "thus": true, "so": true, "yet": true,
	"again": true, "last": true, "next": true, "here": true, "there": true, "tonight": true, "recently": true, "previously": true, "similarly": true}

// appositiveName: a capitalized first word set off by an appositive that
// describes a person and closes before a verb ("Boesky, one of Wall
// Street's best-known traders, agreed", "Jones, a lawyer, said") is a
// name, as before ", who".
func appositiveName(toks []text.Token, i, end int) bool {
	if i+3 >= end || toks[i+1].Text != "," || openerWords[toks[i].Lower] || strings.HasSuffix(toks[i].Lower, "ly") {
		return false
	}
	switch toks[i+2].Lower {
	case "a", "an", "the", "one":
	default:
		return false
	}
	for y := i + 3; y < end && y < i+14; y++ {
		t := toks[y]
		if t.Text == "," {
			// the verb right after the appositive closes it
			return y+1 < end && !toks[y+1].Cap && !toks[y+1].Punct && (strings.HasSuffix(toks[y+1].Lower, "ed") || saidWords[toks[y+1].Lower] || toks[y+1].Lower == "has" || toks[y+1].Lower == "was" || toks[y+1].Lower == "will")
		}
		if t.Punct && t.Text != "-" && t.Text != "'s" && t.Text != "'" {
			return false
		}
	}
	return false
}
