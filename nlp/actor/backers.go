package actor

import "github.com/attache/attache/nlp/text"

// backerWords after "X-" name a third party that supports the head, not
// the head's own country: "Iraq's US-backed prime minister" is Iraq's,
// "the Iranian-backed militia" is no Iranian body. ("the US-led
// coalition" is the leader's own, and "the US-funded Radio Farda" its
// funder's, so neither is listed.)
var backerWords = map[string]bool{"backed": true, "sponsored": true, "supported": true, "armed": true, "trained": true, "installed": true, "allied": true}

// backerGap says whether the gap between unit a and unit b is "-backed"
// (or another backer word), so that a names the head's backer.
func backerGap(toks []text.Token, a, b *unit) bool {
	if a.kind != KCountry && a.kind != KAdj && a.kind != KCapital {
		return false
	}
	if b.kind != KTitle && b.kind != KNoun || b.start != a.end+2 || a.end+1 >= len(toks) {
		return false
	}
	return toks[a.end].Text == "-" && backerWords[toks[a.end+1].Lower]
}

// foldBacker folds the backer unit units[k] into the head after it
// without giving the head the backer's country: the head takes the
// country of a possessor right before the backer ("Iraq's US-backed
// leader"), or none.
func foldBacker(toks []text.Token, units []unit, k int) {
	a, b := &units[k], &units[k+1]
	a.done = true
	b.start = a.start
	if b.ent.Country == a.ent.Country {
		b.ent.Country = ""
	}
	if k > 0 {
		p := &units[k-1]
		if !p.done && p.end+1 == a.start && (toks[p.end].Lower == "'s" || toks[p.end].Text == "'") && (p.kind == KCountry || p.kind == KCapital) {
			b.ent.Country = p.ent.Country
			b.start = p.start
			p.done = true
		}
	}
	b.ent.Name = joinText(toks, b.start, b.end)
}

// spokesHeads speak for the body after "for": "a spokesman for the
// Liberal Democrats" is the party's, not the government's.
var spokesHeads = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokesmen": true, "spokeswomen": true, "spokespeople": true}

// partySpokesman: "a Conservative spokesman", "the Labour spokeswoman"
// speak for a party, not for the government.
func partySpokesman(toks []text.Token, u *unit, m *Mention, lo int) {
	if u.kind != KTitle || !spokesHeads[toks[u.end-1].Lower] || m.Entity.Sector != "GOV" || m.Entity.Org != "" {
		return
	}
	if x := u.end - 2; x >= lo && toks[x].Cap && partyAdj[toks[x].Lower] {
		m.Entity.Sector = "PTY"
	}
}
