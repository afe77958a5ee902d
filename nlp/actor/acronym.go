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
		o, ok := g.armedOrgs[toks[m.Start].Text]
		if !ok || !g.armedNouns[toks[m.End-1].Lower] {
			continue
		}
		org := g.lx.Orgs[o]
		m.Entity.Country, m.Entity.Org, m.Entity.Sector, m.Entity.ID = org.Country, org.Code, "REB", org.Code
		m.Entity.Name = firstOr(org.Names, m.Entity.Name)
		m.Entity.Via = "acronym+armed head"
	}
}

// cityModifiers reads a capital between an article and a common noun that
// opens a clause as that noun's modifier: "a Dublin school complained" is the school, of
// Ireland, not the Irish government the capital alone stands for. The
// mention keeps the country and drops the government sector.
func cityModifiers(toks []text.Token, ms []Mention, end int) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != KCapital || m.Poss || m.Entity.Sector != "GOV" || m.Start == 0 || m.End+1 >= end {
			continue
		}
		if d := toks[m.Start-1].Lower; d != "a" && d != "an" {
			continue
		}
		n := toks[m.End]
		if n.Cap || n.Punct || n.Num || gapStop[n.Lower] || strings.HasSuffix(n.Lower, "ly") || !isWordOnly(n.Lower) {
			continue
		}
		if i+1 < len(ms) && ms[i+1].Start == m.End {
			continue
		}
		// only as a clause's subject, the verb right after the noun ("a
		// Dublin school complained", "a Kabul hotel was hit"); "a Baghdad
		// rocket attack" is a compound of its own
		if v := toks[m.End+1].Lower; !(strings.HasSuffix(v, "ed") && len(v) > 4 || saidWords[v] || v == "has" || v == "had" || v == "was" || v == "is" || v == "will") {
			continue
		}
		m.End++
		m.Entity.Sector = ""
		m.Entity.Via = "capital+noun"
		m.Entity.Name = joinText(toks, m.Start, m.End)
	}
}

// isWordOnly: letters and hyphens only.
func isWordOnly(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return w != ""
}

// ownForces keys "its fighters", "its troops" right after "X said (that)"
// by X, when X is a keyed body: "The Baloch
// Liberation Army said its fighters had carried out the ambush" claims
// the ambush for the army itself. Only "its" and armed nouns: a person's
// or an unnamed group's forces are left as they are.
func ownForces(toks []text.Token, ms []Mention, s text.Sentence) {
	if len(ms) < 2 {
		return
	}
	// the subject right before its said word: "X said (that) its
	// fighters", wherever the sentence opens (a dateline may stand first)
	k := -1
	for j := range ms {
		if e := ms[j].End; e+2 < s.End && saidWords[toks[e].Lower] && (toks[e+1].Lower == "its" || toks[e+1].Lower == "that" && toks[e+2].Lower == "its") {
			k = j
			break
		}
	}
	if k < 0 {
		return
	}
	subj := ms[k]
	if subj.Poss || subj.Kind != KOrg && subj.Kind != KActor && subj.Kind != KCountry || subj.Entity.Country == "" && subj.Entity.Org == "" {
		return
	}
	for i := k + 1; i < len(ms); i++ {
		m := &ms[i]
		if m.Start > subj.End+3 {
			break
		}
		if toks[m.Start-1].Lower != "its" || m.Kind != KNoun || m.Entity.Org != "" || m.Entity.Sector != "REB" && m.Entity.Sector != "MIL" {
			continue
		}
		m.Entity.Country, m.Entity.Org = subj.Entity.Country, subj.Entity.Org
		if subj.Entity.Sector == "REB" {
			m.Entity.Sector = "REB"
		}
		m.Entity.Via = "its+subject"
	}
}

// nameHeads joins a name keyed by its demonym to the capitalized company
// noun right after it, "the Japanese Export-Import Bank": the noun is the
// head, of its sector, and the demonym gives the country. It also drops an unknown name that only says who
// controls the keyed body after it, "the Democratic controlled Congress".
func nameHeads(toks []text.Token, ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Kind == KName && !m.Poss && i+1 < len(ms) {
			n := ms[i+1]
			if n.Start == m.End && n.Kind == KNoun && n.End-n.Start == 1 && toks[n.Start].Cap && n.Entity.Sector == "BUS" && m.Entity.Country != "" && n.Entity.Country == "" && n.Entity.Org == "" {
				m.End = n.End
				m.Kind = KNoun
				m.Entity.Sector = n.Entity.Sector
				m.Entity.Name = joinText(toks, m.Start, m.End)
				m.Entity.Via = "name+head"
				m.Poss, m.Plural, m.Def = n.Poss, n.Plural, n.Def
				out = append(out, m)
				i++
				continue
			}
			if !m.Keyed() && m.Entity.Sector == "" && controlledBy(toks, m.End, n) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// controlledBy: "controlled", "-controlled", "dominated" between x and the
// keyed mention n: the name before them modifies n.
func controlledBy(toks []text.Token, x int, n Mention) bool {
	if !n.Keyed() {
		return false
	}
	if x < len(toks) && toks[x].Text == "-" {
		x++
	}
	if x >= len(toks) || x+1 != n.Start {
		return false
	}
	switch toks[x].Lower {
	case "controlled", "dominated", "led", "run":
		return true
	}
	return false
}

// reportedForces keys a bare armed noun opening the clause a state
// reports, "Iran reported an offensive, saying troops supported by planes
// had killed", "Pakistan said troops killed ten militants", by that state:
// a government's communique tells of its own forces. A noun with its own
// demonym or owner is left alone, and so is any other reporter.
func reportedForces(toks []text.Token, ms []Mention) {
	for i := 1; i < len(ms); i++ {
		m := &ms[i]
		if m.Kind != KNoun || m.Entity.Country != "" || m.Entity.Org != "" || m.Entity.Sector != "MIL" || m.Start < 1 {
			continue
		}
		// "saying troops", "said troops", "said that troops"
		x := m.Start - 1
		if toks[x].Lower == "that" && x > 0 {
			x--
		}
		if w := toks[x].Lower; !saidWords[w] && w != "saying" && w != "reported" && w != "reports" {
			continue
		}
		// the reporter: the first mention of the sentence, a state
		r := ms[0]
		if r.Kind != KCountry && r.Kind != KCapital || r.Poss || r.End > x {
			continue
		}
		// no other state as the subject of the verb of saying ("Iran
		// announced an offensive near an Iraqi city, saying" is Iran's)
		other := false
		for j := 1; j < i; j++ {
			if ms[j].Entity.Country != "" && ms[j].Entity.Country != r.Entity.Country && (ms[j].Kind == KCountry || ms[j].Kind == KCapital) && !ms[j].Poss && ms[j].End == x {
				other = true
			}
		}
		if other {
			continue
		}
		m.Entity.Country = r.Entity.Country
		m.Entity.Via = "reported forces"
	}
}
