package actor

import (
	"strings"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/text"
)

// Mention is an actor named in a sentence.
type Mention struct {
	Start, End int // token range
	Entity     attache.Entity
	Kind       Kind // kind of the head
	Poss       bool // followed by 's
	Pron       string
	Def        bool // "the ..." without a name: a definite description
	Weak       bool // a bare nationality adjective before a non-actor noun
	Plural     bool
	// Qual: an unknown proper modifier stands right before the noun
	// ("European military", "Maasai protesters"): not the story's country
	Qual bool
	// Home: the story's country, for an unknown name ("Geza was expelled")
	Home string
	// Alts: the national parties a generic party name may be ("the Labour
	// Party" is Israel's in a story about Israel); coreference picks one
	Alts []attache.Entity
	// placed: keyed by a phrase after the head ("forces in Sudan")
	placed bool
}

// Keyed reports whether the mention resolved to a country or organization.
func (m *Mention) Keyed() bool { return m.Entity.Country != "" || m.Entity.Org != "" }

// unit is a candidate piece of a mention before composition.
type unit struct {
	start, end int
	kind       Kind
	e          entry
	ent        attache.Entity
	done       bool // composed into a later unit
	// lead: the kind of the country modifier composed into the unit
	// ("Iraqi forces" has KAdj), which a conjunct before it may share
	lead Kind
	// shared: a bare demonym or country that took the head noun of the
	// next conjunct ("Chinese and Taiwanese leaders"); it is no weak
	// modifier
	shared bool
	// partitive: "voices", "allies", "some" before a phrase in/of/among
	// that names whose they are ("voices in Japanese industry"); it is a
	// mention only when that phrase keys it
	partitive bool
}

var pronouns = map[string]bool{"he": true, "she": true, "his": true, "her": true, "him": true, "they": true}

// capitalized words that are not names.
// topicModifiers are capitalized field words that stand between a
// country and its officials: "U.S. Trade officials", "Japanese Finance
// officials".
var topicModifiers = lexicon.List("topic_modifiers")

// officialNouns follow a topic modifier: "Trade officials".
var officialNouns = lexicon.List("official_nouns")

var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "for": true, "but": true,
	"and": true, "or": true, "if": true, "as": true, "after": true, "before": true, "while": true,
	"when": true, "former": true, "last": true, "this": true, "that": true, "these": true, "those": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "his": true, "her": true,
	"their": true, "our": true, "its": true, "there": true, "here": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true,
	"sept.": true, "sep.": true, "oct.": true, "nov.": true, "dec.": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true,
	"some": true, "many": true, "one": true, "two": true, "three": true, "both": true, "all": true,
	"no": true, "not": true, "yet": true, "also": true, "earlier": true, "later": true, "during": true,
	"since": true, "under": true, "with": true, "from": true, "by": true, "to": true, "of": true,
	"according": true, "although": true, "though": true, "meanwhile": true, "however": true,
	"what": true, "who": true, "why": true, "how": true, "where": true, "we're": true, "reuters": true,
	"afp": true, "ap": true, "today": true, "yesterday": true, "another": true, "other": true,
	"such": true, "more": true, "most": true, "each": true, "every": true, "because": true,
	"despite": true, "among": true, "about": true, "over": true, "until": true, "international": true,
	"new": true, "said": true, "says": true, "year": true, "top": true, "senior": true, "chief": true,
}

// modifier words may stand between a nationality and its head noun or title.
var gapStop = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "will": true, "would": true, "said": true, "says": true, "and": true,
	"or": true, "to": true, "of": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"by": true, "from": true, "that": true, "which": true, "who": true, "as": true, "it": true,
	"its": true, "their": true, "his": true, "her": true, "the": true, "a": true, "an": true,
	"not": true, "but": true, "than": true, "could": true, "can": true, "may": true, "should": true,
	"also": true, "into": true, "against": true, "over": true, "after": true, "all": true,
	"told": true, "about": true, "this": true, "these": true, "those": true, "be-": true, "s": true,
	"more": true, "most": true, "some": true, "many": true, "any": true, "no": true, "other": true,
}

func isWord(t text.Token) bool { return !t.Punct }

// gapOK says whether toks[a:b] can stand between a modifier and its head.
func gapOK(toks []text.Token, a, b int, headIsName bool, past map[string]bool) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := toks[k]
		if t.Text == "-" && t.Joined {
			continue
		}
		if t.Punct || gapStop[t.Lower] || t.Num {
			return false
		}
		// "France sent troops": an irregular past is a verb, except in a
		// hyphenated compound ("U.S.-led forces")
		if past[t.Lower] && !t.Cap && !(k > a && toks[k-1].Text == "-" && t.Joined) {
			return false
		}
		// "Kenya sends troops": a present-tense verb ends the noun phrase
		if presentVerbs[t.Lower] && !(k > a && toks[k-1].Text == "-" && t.Joined) {
			return false
		}
		// a verb form ends the noun phrase ("Bamako arrested protesters"),
		// except after a hyphen ("U.S.-led forces")
		afterHyphen := k > a && toks[k-1].Text == "-" && t.Joined
		if !afterHyphen && !t.Cap && (strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing")) {
			return false
		}
		if t.Cap && !headIsName && !notNames[t.Lower] {
			// capitalized modifiers ("Foreign", "Trade") are part of titles
			// and names; elsewhere they start another name
			continue
		}
	}
	return true
}

// properAdj: a capitalized word that looks like an adjective of a people or
// region ("European", "Maasai" is caught as a name elsewhere, "Islamic").
func properAdj(t text.Token) bool {
	if !t.Cap || notNames[t.Lower] {
		return false
	}
	for _, suf := range []string{"ean", "ian", "an", "ese", "ish", "ic"} {
		if strings.HasSuffix(t.Lower, suf) && len(t.Lower) > len(suf)+2 {
			return true
		}
	}
	return t.Lower == "western" || t.Lower == "eastern" || t.Lower == "northern" || t.Lower == "southern"
}

// saidWords after a capitalized first word make it a name: "Mhike said".
var saidWords = lexicon.List("said_words")

// pastVerbAfter: a capitalized first word followed by a past verb is a
// name ("Steeg praised the plan"); adverbs that open sentences are
// followed by a comma instead.
func pastVerbAfter(toks []text.Token, i, end int) bool {
	if i+2 >= end {
		return false
	}
	n := toks[i+1]
	return !n.Cap && !n.Punct && strings.HasSuffix(n.Lower, "ed") && len(n.Lower) > 4 && (determiners[toks[i+2].Lower] || toks[i+2].Cap)
}

// appositiveWho: a capitalized first word followed by ", who" is a name
// ("Maimane, who headed the party until he resigned"), which the pronouns
// after it refer to.
func appositiveWho(toks []text.Token, i, end int) bool {
	return i+2 < end && toks[i+1].Text == "," && (toks[i+2].Lower == "who" || toks[i+2].Lower == "whose")
}

// nameParticles stand inside personal names.
var nameParticles = lexicon.List("name_particles")

// corpSuffix marks a company name ("X Corp", "X Inc", "X Plc").
var corpSuffix = lexicon.List("corporate_suffixes")

var originWords = map[string]bool{"designated": true, "sanctioned": true, "made": true, "built": true, "based": true, "designed": true, "born": true, "style": true, "manufactured": true, "produced": true, "listed": true, "registered": true, "flagged": true}

// Sentence finds the mentions of toks[s.Start:s.End].
func (g *Gazetteer) Sentence(toks []text.Token, s text.Sentence, date time.Time) []Mention {
	hits := g.match(toks, s.Start, s.End)
	units := make([]unit, 0, len(hits)+8)
	hi := 0
	// the first word of a sentence is capitalized anyway
	first := s.Start
	for first < s.End && toks[first].Punct {
		first++
	}
	for i := s.Start; i < s.End; {
		if hi < len(hits) && hits[hi].start == i {
			h := hits[hi]
			e := primary(h.e)
			// "a general election", "a general strike": the adjective,
			// not the officer; "to force Japan to open": the verb, not
			// troops
			// "Reagan's opposition to a tax", "faced opposition from": the
			// act of opposing, not the opposition
			if e.kind == KNoun && h.end == h.start+1 && toks[h.start].Lower == "opposition" && oppositionAct(toks, h.start, s) {
				// (a possessor keeps its own reading; "opposition from the
				// US" stays a phrase of its own, keyed by its phrase as a
				// partitive is, so that its country is not taken for a party
				// to the act around it)
				if !possessives[toks[h.start-1].Lower] {
					units = append(units, unit{start: h.start, end: h.end, kind: KNoun, partitive: true})
				}
				hi++
				i = h.end
				continue
			}
			if h.end == h.start+1 && !toks[h.start].Cap && h.end < s.End && (e.kind == KTitle && toks[h.start].Lower == "general" && generalNouns[toks[h.end].Lower] || e.kind == KNoun && toks[h.start].Lower == "force" && h.start > s.Start && verbBefore[toks[h.start-1].Lower]) {
				hi++
				i = h.end
				continue
			}
			units = append(units, unit{start: h.start, end: h.end, kind: e.kind, e: e})
			hi++
			i = h.end
			continue
		}
		t := toks[i]
		if partitiveAt(toks, i, s.End) {
			units = append(units, unit{start: i, end: i + 1, kind: KNoun, partitive: true})
			i++
			continue
		}
		if pronouns[t.Lower] {
			units = append(units, unit{start: i, end: i + 1, kind: KPronoun})
			i++
			continue
		}
		// "U.S. Trade officials": a lone capitalized topic word before a
		// common noun is a modifier, not a name
		if t.Cap && topicModifiers[t.Lower] && i+1 < s.End && officialNouns[toks[i+1].Lower] && len(units) > 0 && units[len(units)-1].end == i {
			i++
			continue
		}
		// unknown capitalized name: a run of capitalized words
		if t.Cap && !t.Num && !notNames[t.Lower] && !(i == first && !nextIsCap(toks, i, s.End) && !(i+1 < s.End && (saidWords[toks[i+1].Lower] || pastVerbAfter(toks, i, s.End) || adverbVerbAfter(toks, i, s.End))) && !appositiveWho(toks, i, s.End) && !appositiveName(toks, i, s.End)) {
			j := i + 1
			for j < s.End {
				if hi < len(hits) && hits[hi].start == j {
					// "John Carter": a surname the lexicon knows for someone
					// out of office belongs to this unknown name
					h := hits[hi]
					// ("Herman De Croo": a surname with a particle is two words)
					if e := primary(h.e); e.kind == KPerson && (h.end == j+1 || h.end == j+2 && nameParticles[toks[j].Lower]) {
						// so does a surname after a given name the lexicon
						// does not pair with it ("Bruce Willis" is not the
						// treasurer Ralph Willis), unless the given name is
						// the sentence's first word, which may be any word
						if pe := g.entity(toks, unit{start: j, end: h.end, kind: KPerson, e: e}, date); pe.Via == "name" || j-1 > first && toks[j-1].Cap && !toks[j-1].Punct && toks[j-1].Text != strings.ToUpper(toks[j-1].Text) && !g.givenFits(strings.ToLower(joinText(toks, j, h.end)), toks[j-1].Lower) {
							j = h.end
							hi++
							continue
						}
					}
					break
				}
				tj := toks[j]
				if tj.Cap && !notNames[tj.Lower] {
					j++
					continue
				}
				// joined pieces: al-Rufay'i, Jean-Yves
				if tj.Text == "-" && tj.Joined && j+1 < s.End && toks[j+1].Joined {
					j += 2
					continue
				}
				// name particles: "Ali al-Sistani", "Osama bin Laden", "Charles de Gaulle"
				if nameParticles[tj.Lower] && j+1 < s.End && (toks[j+1].Cap || (toks[j+1].Text == "-" && toks[j+1].Joined && j+2 < s.End && toks[j+2].Cap)) {
					j++
					continue
				}
				break
			}
			// "Fairchild Semiconductor Corp.", "Acme Inc": an unknown company
			if j < s.End && corpSuffix[strings.TrimSuffix(toks[j].Lower, ".")] {
				j++
			}
			units = append(units, unit{start: i, end: j, kind: KName})
			i = j
			continue
		}
		i++
	}
	for k := range units {
		units[k].ent = g.entity(toks, units[k], date)
	}
	units = headSectors(toks, units, s)
	// compose left to right: a modifier unit folds into the next one
	for k := 0; k+1 < len(units); k++ {
		a, b := &units[k], &units[k+1]
		if !a.done && backerGap(toks, a, b) {
			foldBacker(toks, units, k)
			continue
		}
		if g.compose(toks, a, b, s, date) {
			a.done = true
			// "U.S. State Department spokesperson": an unknown name between a
			// country and a title takes the country
			if b.ent.Country == "" && b.ent.Org == "" && a.kind == KName && k > 0 {
				p := &units[k-1]
				between := a.start - p.end
				possOK := between == 1 && (toks[p.end].Lower == "'s" || toks[p.end].Text == "'")
				if !p.done && (between == 0 || possOK) && (p.kind == KCountry || p.kind == KAdj || p.kind == KCapital) {
					b.ent.Country = p.ent.Country
					b.start = p.start
					p.done = true
				}
			}
		}
	}
	shareHeads(toks, units)
	out := make([]Mention, 0, len(units))
	for k := range units {
		u := &units[k]
		if u.done {
			continue
		}
		m := Mention{Start: u.start, End: u.end, Kind: u.kind, Entity: u.ent}
		if u.kind == KPronoun {
			m.Pron = toks[u.start].Lower
		}
		// "in/of/from Kenya" after a group noun or title: "Police in Kenya";
		// "of Britain" after an unknown name: "Muslim Council of Britain"
		if u.end < s.End && (u.kind == KNoun || u.kind == KTitle || (u.kind == KName && toks[u.end].Lower == "of")) && m.Entity.Country == "" && m.Entity.Org == "" {
			// "a spokesman for the Iranian foreign ministry"
			forOK := toks[u.end].Lower == "for" && (u.kind == KTitle || u.kind == KNoun && (m.Entity.Sector == "GOV" || m.Entity.Sector == "MIL" || m.Entity.Sector == "COP"))
			nk := k + 1
			for nk < len(units) && units[nk].done {
				nk++
			}
			if j := u.end; j+1 < s.End && (toks[j].Lower == "in" || toks[j].Lower == "of" || toks[j].Lower == "from" || forOK || u.partitive) && nk < len(units) && (units[nk].start == j+1 || units[nk].start == j+2 && toks[j+1].Lower == "the") {
				nx := units[nk]
				// "leaders of the militant group Hamas": the group is
				// the name after its class noun
				if nn := nk + 1; u.kind == KNoun && leaderHeads[toks[u.end-1].Lower] && nx.kind == KNoun && nx.ent.Country+nx.ent.Org == "" && nn < len(units) && !units[nn].done && units[nn].start == nx.end && (units[nn].kind == KOrg || units[nn].kind == KActor) && units[nn].ent.Sector == nx.ent.Sector {
					units[nk].done = true
					nk = nn
					nx = units[nn]
					nx.kind = KNoun
				}
				if u.partitive {
					if sec, ok := partitiveKey(toks, u, nx); ok {
						m.Entity.Country, m.Entity.Org, m.Entity.Sector, m.Entity.Via = nx.ent.Country, nx.ent.Org, sec, "partitive"
						m.End = nx.end
						m.Entity.Name = joinText(toks, m.Start, m.End)
						units[nk].done = true
					}
				} else if leads := u.kind == KNoun && leaderHeads[toks[u.end-1].Lower] && m.Entity.Sector == "GOV" && toks[j].Lower == "of" && nx.kind == KNoun && nx.ent.Country+nx.ent.Org != ""; leads || nx.kind == KCountry || nx.kind == KCapital || nx.kind == KOrg || nx.kind == KActor && nx.ent.Country != "" && nx.ent.Sector == "" || forOK && nx.ent.Country != "" && (nx.kind == KNoun || nx.kind == KActor) {
					m.Entity.Country = nx.ent.Country
					m.Entity.Org = nx.ent.Org
					m.placed = true
					// "leaders of the Iraqi government", "leaders of the
					// militant group Hamas": the group's own, of its sector
					if leads && nx.ent.Sector != "" {
						m.Entity.Sector = nx.ent.Sector
					}
					if nx.kind == KOrg && nx.ent.Sector == "IGO" {
						m.Entity.Sector = "IGO"
					}
					// "a spokesman for the Liberal Democrats": the party's
					if forOK && spokesHeads[toks[u.end-1].Lower] && nx.ent.Sector != "" {
						m.Entity.Sector = nx.ent.Sector
					}
					// "the Writers Guild of America", "the Miners Union of
					// Chile": a named union is labour wherever it is
					if u.kind == KName && m.Entity.Sector == "" && institution(toks[u.end-1].Lower) == "LAB" {
						m.Entity.Sector = "LAB"
					}
					m.End = nx.end
					m.Entity.Name = joinText(toks, m.Start, m.End)
					units[nk].done = true
				}
			}
		}
		g.followersOf(toks, units, k, &m, s)
		if u.partitive && !m.Keyed() {
			// "some of the workers": no one named
			continue
		}
		if u.start > s.Start && toks[u.start-1].Lower == "the" && (u.kind == KNoun || u.kind == KTitle) {
			m.Def = true
		}
		// "the media giant", "the US software firm": a definite company
		// behind its modifiers ("the two firms" are no one company)
		if u.kind == KNoun && m.Entity.Sector == "BUS" && !m.Def && m.Start == u.start && companyHeads[toks[u.end-1].Lower] {
			for j := u.start - 1; j >= s.Start && j >= u.start-3; j-- {
				if t := toks[j]; t.Lower == "the" {
					m.Def = true
					break
				} else if t.Punct || gapStop[t.Lower] || t.Num {
					break
				}
			}
		}
		if u.end < s.End && (toks[u.end].Lower == "'s" || (toks[u.end].Text == "'" && toks[u.end].Joined)) {
			m.Poss = true
		}
		// "Japanese chip makers" (a modifier) is weak; "four Britons who
		// were released", "Iraqis" (a plural demonym noun) is not
		if u.kind == KAdj && !m.Poss && !u.shared && !(u.end-u.start == 1 && strings.HasSuffix(toks[u.start].Lower, "s") && toks[u.start].Lower != "swiss") {
			m.Weak = true
			// "Israeli air strikes", "Russian shelling": a state's armed
			// act names its military
			if militaryActs(toks, u.end, s.End) {
				m.Entity.Sector = "MIL"
			} else if stateActs(toks, u.end, s.End) {
				// "Turkish accession talks", "a Philippine request": an act
				// only a state makes names its government
				m.Entity.Sector = "GOV"
			}
		}
		// "Chinese-made missile", "Pittsburgh-based": an origin, not an actor
		if u.end+1 < s.End && toks[u.end].Text == "-" && toks[u.end].Joined && originWords[toks[u.end+1].Lower] {
			continue
		}
		if (u.kind == KNoun || u.kind == KTitle) && k > 0 && units[k-1].kind == KName && units[k-1].end == u.start && !units[k-1].done && properAdj(toks[u.start-1]) && !partyAdj[toks[u.start-1].Lower] {
			m.Qual = true
		}
		// the same at the start of a sentence, where only a proper
		// adjective's ending tells it: "European military heads"
		if (u.kind == KNoun || u.kind == KTitle) && u.start == first+1 && properAdj(toks[first]) && !partyAdj[toks[first].Lower] {
			m.Qual = true
		}
		partySpokesman(toks, u, &m, s.Start)
		// "foreign troops", "international bankers", "commercial
		// bankers" (a debtor's creditors): not the story's country
		if u.kind == KNoun && u.start > s.Start && foreignMods[toks[u.start-1].Lower] && m.Entity.Country == "" && m.Entity.Org == "" {
			m.Qual = true
		}
		if u.kind == KNoun {
			last := toks[u.end-1].Lower
			m.Plural = strings.HasSuffix(last, "s") || last == "police" || last == "people" || last == "military"
		}
		m.Entity.Text = joinText(toks, m.Start, m.End)
		if u.kind == KActor && u.ent.Sector == "PTY" && m.Entity.Via == "actor" && m.End-m.Start <= 2 || u.kind == KName && m.Entity.Via == "name" && toks[u.end-1].Lower == "party" {
			m.Alts = g.nationalAlts(joinText(toks, u.start, u.end))
		}
		out = append(out, m)
	}
	// "government and rebel forces in Sudan": a bare group noun shares the
	// place that keys the conjunct after it
	for i := 1; i < len(out); i++ {
		a, b := &out[i-1], out[i]
		if a.Kind == KNoun && !a.Keyed() && !a.Qual && !(a.Start > 0 && ownerWords[toks[a.Start-1].Lower]) && b.Kind == KNoun && b.placed && b.Entity.Country != "" && b.Entity.Org == "" && a.End+1 == b.Start && toks[a.End].Lower == "and" {
			a.Entity.Country = b.Entity.Country
		}
	}
	out = tickers(toks, out)
	deposed(toks, out, s)
	out = firstNames(toks, out)
	out = g.givenNames(toks, out)
	out = ofBody(toks, out)
	// "VOA: During your visit to Taiwan, ...": an interviewer's label
	if len(out) > 0 && out[0].Start == s.Start && out[0].End < s.End && toks[out[0].End].Text == ":" && out[0].Entity.Sector == "MED" {
		out = out[1:]
	}
	out = partyTags(toks, out)
	// "talks in Jeddah, Saudi Arabia,": the country after a place of its
	// own is part of the place's name, not a party
	for i := 1; i < len(out); i++ {
		a, b := out[i-1], out[i]
		if b.Kind == KCountry && a.End == b.Start-1 && toks[a.End].Text == "," && a.Entity.Country == b.Entity.Country && (a.Kind == KCapital || a.Kind == KActor && a.Entity.Sector == "" && a.Entity.Org == "") && (b.End >= s.End || toks[b.End].Punct) {
			out = append(out[:i], out[i+1:]...)
			i--
		}
	}
	// "calls on the parties to end the war", "both parties": the sides of a
	// conflict or a deal, not political parties
	for i := range out {
		m := &out[i]
		// ("the parties concerned", "all parties involved" likewise)
		if m.Kind == KNoun && m.Entity.Sector == "PTY" && m.End-m.Start == 1 && (toks[m.Start].Lower == "parties" || toks[m.Start].Lower == "party") && (m.Start > 0 && sideWords[toks[m.Start-1].Lower] || m.End < s.End && sideAfter[toks[m.End].Lower]) {
			m.Entity.Sector, m.Entity.Via = "", "sides"
			if m.End < s.End && sideAfter[toks[m.End].Lower] {
				// the parties to a matter are most often other
				// countries than the story's: no home key
				m.Entity.Via = "sides of a matter"
			}
		}
	}
	// "the state of press freedom", "a state of emergency": a condition,
	// not a government
	kept := out[:0]
	for _, m := range out {
		// "its highest civilian honor", "a civilian airliner": an
		// adjective, not civilians
		if m.Kind == KNoun && m.End-m.Start == 1 && toks[m.Start].Lower == "civilian" && m.End < s.End && civilianThings[toks[m.End].Lower] {
			continue
		}
		// "Ms King", "Mr Bishop": a title word after an honorific is a
		// surname
		if m.Kind == KTitle && m.End-m.Start == 1 && m.Start > s.Start && honorifics[toks[m.Start-1].Lower] && toks[m.Start].Cap {
			m.Kind, m.Def = KName, false
			m.Entity = attache.Entity{Name: m.Entity.Text, Text: m.Entity.Text, Span: m.Entity.Span, Via: "name"}
		}
		// "a Lord of the Rings exhibition": a peer's title with no name
		// after it names no one
		if m.Kind == KTitle && m.Entity.Role == "Peer" && m.Entity.Country == "" {
			continue
		}
		// "the Kyoto Protocol", "the Paris agreement", "the Dayton
		// Accords": a pact named after a place is no actor, nor is the
		// place
		if (m.Kind == KName && pactNouns[toks[m.End-1].Lower] && toks[m.End-1].Cap) ||
			(m.Kind == KCapital || m.Kind == KName || m.Kind == KActor && m.Entity.Sector == "" && m.Entity.Org == "") && !m.Poss && m.End < s.End && pactNouns[toks[m.End].Lower] {
			continue
		}
		if m.Kind == KNoun && m.End-m.Start == 1 && toks[m.Start].Lower == "state" && m.End+1 < s.End && toks[m.End].Lower == "of" {
			n := m.End + 1
			if n+1 < s.End && (toks[n].Lower == "the" || toks[n].Lower == "a") {
				n++
			}
			if !toks[n].Cap {
				continue
			}
		}
		kept = append(kept, m)
	}
	out = kept
	out = nameHeads(toks, out)
	g.armedAcronyms(toks, out)
	cityModifiers(toks, out, s.End)
	ownForces(toks, out, s)
	reportedForces(toks, out)
	apposition(toks, out, s.End)
	return out
}

// foreignMods before a group noun say it is not of the story's country.
var foreignMods = map[string]bool{"foreign": true, "international": true, "overseas": true, "western": true, "commercial": true, "creditor": true, "multinational": true, "outside": true}

// honorifics stand before a surname.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true}

// pactNouns name a treaty after its place: "the Kyoto Protocol".
var pactNouns = lexicon.List("pact_nouns")

// civilianThings are nouns that "civilian" modifies as a mere adjective.
var civilianThings = lexicon.List("civilian_things")

// sideAfter after "parties" make them the sides of a matter: "the parties
// concerned", "the parties involved".
var sideAfter = map[string]bool{"concerned": true, "involved": true}

// sideWords before "parties" make them the sides of a conflict or deal.
var sideWords = map[string]bool{"the": true, "both": true, "all": true, "warring": true, "two": true, "rival": true, "conflicting": true, "opposing": true, "other": true, "relevant": true, "concerned": true, "contracting": true, "negotiating": true, "either": true, "third": true}

// partyTags drops a U.S. lawmaker's party-and-state tag, "Patrick Leahy
// (D-Vt.)", which names no one, and reads "House" beside a keyed
// legislature ("Senate and House investigators") as that country's house.
func partyTags(toks []text.Token, ms []Mention) []Mention {
	leg := ""
	for i := range ms {
		if ms[i].Entity.Sector == "LEG" && ms[i].Entity.Country != "" && ms[i].Kind != KName {
			leg = ms[i].Entity.Country
		}
	}
	out := ms[:0]
	for i := range ms {
		m := ms[i]
		// ("Fernand St Germain, D-R.I., called for": the tag between commas)
		if m.Start > 0 && m.End-m.Start >= 3 && (toks[m.Start-1].Text == "(" || toks[m.Start-1].Text == "," && m.End < len(toks) && (toks[m.End].Text == "," || toks[m.End].Text == "." && m.End+1 < len(toks) && toks[m.End+1].Text == ",")) && toks[m.Start+1].Text == "-" {
			if w := toks[m.Start].Text; w == "D" || w == "R" || w == "I" {
				continue
			}
		}
		if m.Kind == KName && !m.Keyed() && m.End-m.Start == 1 && toks[m.Start].Text == "House" && leg != "" {
			m.Entity.Country, m.Entity.Sector, m.Entity.Via = leg, "LEG", "institution"
		}
		out = append(out, m)
	}
	return out
}

// firstNames undoes a known person matched by one word that is the first
// name of an unknown longer name: "Mohamud Ahmed Nur" is not President
// Hassan Sheikh Mohamud.
func firstNames(toks []text.Token, ms []Mention) []Mention {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if a.End != b.Start || a.End-a.Start != 1 || a.Kind != KPerson || b.Kind != KName || b.Keyed() || a.Poss {
			continue
		}
		// (a headline, "REAGAN PLEDGES", "Aquino Bombing", is no name: the
		// rest must be a name of two words or more)
		if w := toks[a.Start].Text; w == strings.ToUpper(w) || toks[b.Start].Text == strings.ToUpper(toks[b.Start].Text) || b.End-b.Start < 2 {
			continue
		}
		b.Start = a.Start
		b.Entity.Name = joinText(toks, b.Start, b.End)
		b.Entity.Text = b.Entity.Name
		ms = append(ms[:i], ms[i+1:]...)
	}
	return ms
}

// ofBody gives an unkeyed office or group the international body named
// after "of": "foreign ministers of the Quad", "the head of the IMF",
// "members of NATO".
func ofBody(toks []text.Token, ms []Mention) []Mention {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if a.Keyed() || (a.Kind != KTitle && a.Kind != KNoun) || b.Kind != KOrg || b.Entity.Org == "" || b.Entity.Sector != "IGO" {
			continue
		}
		gap := b.Start - a.End
		if !(gap == 1 && toks[a.End].Lower == "of" || gap == 2 && toks[a.End].Lower == "of" && toks[a.End+1].Lower == "the") {
			continue
		}
		a.Entity.Org, a.Entity.Sector, a.Entity.Via = b.Entity.Org, "IGO", "of+org"
		a.End = b.End
		a.Entity.Text = joinText(toks, a.Start, a.End)
		ms = append(ms[:i+1], ms[i+2:]...)
	}
	return ms
}

// givenNames joins a one-word unknown name to the known surname after it
// when it may be a spelling of the person's given name: "Yassir Arafat".
func (g *Gazetteer) givenNames(toks []text.Token, ms []Mention) []Mention {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if a.End != b.Start || a.End-a.Start != 1 || b.End-b.Start != 1 || a.Kind != KName || a.Keyed() || b.Kind != KPerson || a.Poss {
			continue
		}
		if !g.givenFits(toks[b.Start].Lower, toks[a.Start].Lower) {
			continue
		}
		b.Start = a.Start
		b.Entity.Text = joinText(toks, b.Start, b.End)
		ms = append(ms[:i], ms[i+1:]...)
	}
	return ms
}

// apposition fills an unknown name from the description set beside it by
// commas: "Mhike, a lawyer for the opposition," "The head of the U.N.
// children's program, UNICEF," "Geir Pedersen, the U.N. envoy,".
func apposition(toks []text.Token, ms []Mention, end int) {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if b.Start-a.End < 1 || b.Start-a.End > 3 || toks[a.End].Text != "," {
			continue
		}
		// "Somalia's ambassador to Kenya, Mohamud Ahmed Nur,": the name is
		// the envoy's, not the host country's
		if i > 0 && a.Start > 0 && (toks[a.Start-1].Lower == "to" || toks[a.Start-1].Lower == "in") && ms[i-1].End == a.Start-1 && ms[i-1].Keyed() && (ms[i-1].Kind == KTitle || ms[i-1].Kind == KNoun) && !b.Keyed() && b.Kind == KName {
			for x := a.End + 1; x < b.Start; x++ {
				if !toks[x].Cap {
					goto next
				}
			}
			if b.End < end && toks[b.End].Text != "," && toks[b.End].Text != "." {
				continue
			}
			fill(&b.Entity, ms[i-1].Entity)
			continue
		}
		for x := a.End + 1; x < b.Start; x++ {
			if !determiners[toks[x].Lower] {
				goto next
			}
		}
		// the appositive must close: a comma, or the sentence's end (past
		// a post in a body: "Li, China's ambassador to the U.N.,")
		if b.End < end && toks[b.End].Text != "," && toks[b.End].Text != "." && !postClosed(toks, ms, i+1, end) {
			continue
		}
		// "bankers, the World Trade Organisation, the International
		// Monetary Fund": a list, not an appositive
		if i+2 < len(ms) && b.End < end && toks[b.End].Text == "," && (ms[i+2].Start == b.End+1 || ms[i+2].Start == b.End+2 && determiners[toks[b.End+1].Lower]) {
			continue
		}
		switch {
		case !a.Keyed() && (a.Kind == KName || a.Kind == KNoun || a.Kind == KTitle) && b.Keyed():
			fill(&a.Entity, b.Entity)
		case !b.Keyed() && (b.Kind == KName || b.Kind == KNoun || b.Kind == KTitle) && a.Keyed():
			fill(&b.Entity, a.Entity)
		}
	next:
	}
}

var determiners = map[string]bool{"a": true, "an": true, "the": true}

func fill(dst *attache.Entity, src attache.Entity) {
	dst.Country, dst.Org = src.Country, src.Org
	if dst.Sector == "" {
		dst.Sector = src.Sector
	}
	if dst.Role == "" {
		dst.Role = src.Role
	}
	dst.Via = "apposition"
}

func nextIsCap(toks []text.Token, i, end int) bool {
	return i+1 < end && toks[i+1].Cap && !notNames[toks[i+1].Lower]
}

func joinText(toks []text.Token, a, b int) string {
	if a >= b {
		return ""
	}
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a && !toks[k].Joined {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[k].Text)
	}
	return sb.String()
}

// entity gives the standalone reading of a unit.
func (g *Gazetteer) entity(toks []text.Token, u unit, date time.Time) attache.Entity {
	lx := g.lx
	e := attache.Entity{Name: joinText(toks, u.start, u.end)}
	if u.partitive {
		e.Via = "partitive"
		return e
	}
	switch u.kind {
	case KCountry:
		c := lx.Countries[u.e.idx]
		e.Country, e.Sector, e.Name, e.Via = c.Code, "GOV", firstOr(c.Names, c.Code), "country"
	case KCapital:
		c := lx.Countries[u.e.idx]
		e.Country, e.Sector, e.Via = c.Code, "GOV", "capital"
		// "the London exchange", "Tokyo dealers": a market, not a government
		if u.end < len(toks) && marketNouns[toks[u.end].Lower] {
			e.Sector = "BUS"
		}
	case KAdj:
		c := lx.Countries[u.e.idx]
		e.Country, e.Via = c.Code, "demonym"
	case KActor:
		a := lx.Actors[u.e.idx]
		e.Name, e.Country, e.Sector, e.Org, e.Role, e.Via = firstOr(a.Names, e.Name), a.Country, a.Sector, a.Org, a.Role, "actor"
	case KOrg:
		o := lx.Orgs[u.e.idx]
		e.Name, e.Country, e.Sector, e.ID, e.Via = firstOr(o.Names, e.Name), o.Country, o.Sector, o.Code, "org"
		if o.Sector == "IGO" || o.Sector == "REB" || o.Sector == "NGO" {
			e.Org = o.Code
		}
	case KPerson:
		g.resolvePerson(&e, u.e.surface, date)
	case KTitle:
		t := lx.Titles[u.e.idx]
		e.Sector, e.Role, e.Via = t.Sector, t.Role, "title"
	case KNoun:
		e.Sector, e.Via = lx.Nouns[u.e.idx].Sector, "noun"
	case KName:
		e.Via = "name"
		if u.end > u.start && corpSuffix[strings.TrimSuffix(toks[u.end-1].Lower, ".")] {
			e.Sector, e.Via = "BUS", "company"
		}
	case KPronoun:
		e.Via = "pronoun"
	}
	return e
}

func firstOr(s []string, def string) string {
	if len(s) > 0 {
		return s[0]
	}
	return def
}

// ResolvePerson sets the country, sector and role of the person known by the
// given name on the given date: the role whose dates contain it, else the
// nearest earlier one (a former office holder keeps the country, not the
// sector or the organization).
func (g *Gazetteer) resolvePerson(e *attache.Entity, name string, date time.Time) {
	d := date.Format("2006-01-02")
	if date.IsZero() {
		d = "9999"
	}
	bestIdx, bestScore := -1, -1
	for _, i := range g.people[strings.ToLower(name)] {
		p := g.lx.People[i]
		score := 0
		switch {
		case p.From <= d && (p.To == "" || d <= p.To || strings.HasPrefix(d, p.To)):
			score = 3
		case p.From > d:
			score = 1
		default:
			score = 2
		}
		// among past roles the latest ended, among future ones the
		// earliest begun: the nearest to the date; among roles held at
		// once the government's (President Musharraf was also army chief)
		if score > bestScore || score == bestScore && bestIdx >= 0 && (score == 2 && p.To > g.lx.People[bestIdx].To || score == 1 && p.From < g.lx.People[bestIdx].From || score == 3 && p.Sector == "GOV" && g.lx.People[bestIdx].Sector != "GOV") {
			bestIdx, bestScore = i, score
		}
	}
	if bestIdx < 0 {
		return
	}
	if bestScore != 3 && !strings.Contains(name, " ") && (bestScore == 1 || longOut(g.lx.People[bestIdx].To, date)) {
		// a bare surname out of office is more often someone else of that
		// name ("Bennett" in 2024 is not Israel's former prime minister)
		e.Via = "name"
		return
	}
	p := g.lx.People[bestIdx]
	e.Name = p.Names[0]
	e.Country, e.Org, e.Sector, e.Role, e.Via = p.Country, p.Org, p.Sector, p.Role, "person"
	if bestScore != 3 {
		// out of office, a person keeps the nationality but acts for no
		// government or body: Saddam Hussein in custody is no IRQ GOV
		e.Role = "former " + p.Role
		if bestScore == 1 {
			e.Role = "future " + p.Role
		}
		if !date.IsZero() {
			// (an undated story is read at the latest of the person's
			// roles, which keeps its sector)
			e.Sector, e.Org = "", ""
		}
		e.Via = "person (out of office)"
	}
}

// titledRole re-resolves a person named after a title to the row of that
// title's role, else of its sector ("General Pervez Musharraf" is the army
// chief), when the person holds it on date (or the date is unknown).
func (g *Gazetteer) titledRole(e *attache.Entity, name, role, sector string, date time.Time) {
	if strings.EqualFold(strings.TrimPrefix(e.Role, "former "), role) || e.Sector == sector {
		return
	}
	d := date.Format("2006-01-02")
	for pass := 0; pass < 2; pass++ {
		for _, i := range g.people[strings.ToLower(name)] {
			p := g.lx.People[i]
			if pass == 0 && !strings.EqualFold(p.Role, role) || pass == 1 && (sector == "" || p.Sector != sector) {
				continue
			}
			if !date.IsZero() && !(p.From <= d && (p.To == "" || d <= p.To || strings.HasPrefix(d, p.To))) {
				continue
			}
			e.Country, e.Org, e.Sector, e.Role = p.Country, p.Org, p.Sector, p.Role
			if date.IsZero() && p.To != "" {
				e.Role = "former " + p.Role
			}
			return
		}
	}
}

// longOut says whether a term that ended at end ended more than two years
// before date: a bare surname then more likely names someone else.
func longOut(end string, date time.Time) bool {
	if end == "" || date.IsZero() {
		return false
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, end); err == nil {
			return date.Sub(t) > 2*365*24*time.Hour
		}
	}
	return false
}

// ResolvePersonAt re-resolves a person entity at another date (an event date
// that differs from the document date).
func (g *Gazetteer) ResolvePersonAt(e *attache.Entity, date time.Time) {
	if !strings.HasPrefix(e.Via, "person") {
		return
	}
	g.resolvePerson(e, e.Name, date)
}

// compose folds unit a into unit b when a modifies b; it reports whether it did.
func (g *Gazetteer) compose(toks []text.Token, a, b *unit, s text.Sentence, date time.Time) bool {
	// possessive between: "Japan's trade minister", "Japan's Nippon Steel"
	gapStart := a.end
	poss := false
	if gapStart < b.start && (toks[gapStart].Lower == "'s" || toks[gapStart].Text == "'") {
		gapStart++
		poss = true
	}
	headIsName := b.kind == KName || b.kind == KPerson
	if gapStart > b.start || !gapOK(toks, gapStart, b.start, headIsName, g.pastForms) && !(b.kind == KTitle && portfolioGap(toks, gapStart, b.start, g.pastForms)) {
		return false
	}
	// "the militant group's leaders", "the union's spokesman": a group's
	// own officials, of the group's sector
	groupLead := a.kind == KNoun && b.kind == KNoun && leaderHeads[toks[b.end-1].Lower] && b.ent.Sector == "GOV" && a.ent.Sector != "" && a.ent.Sector != "GOV" && gapStart == b.start && a.ent.Org == ""
	pre := a.kind == KCountry || a.kind == KAdj || a.kind == KCapital || a.kind == KOrg || a.kind == KActor || a.kind == KPerson || a.kind == KPronoun || a.kind == KName ||
		// "Trump administration official": a composed noun phrase before a title
		(a.kind == KNoun && (b.kind == KTitle || b.kind == KNoun) && gapStart == b.start && a.ent.Country != "") || groupLead && poss ||
		// "a US military intelligence soldier": one word of the service
		// between a keyed noun and a head of its own sector
		(a.kind == KNoun && b.kind == KNoun && !poss && b.start == gapStart+1 && a.ent.Country != "" && a.ent.Sector != "" && a.ent.Sector == b.ent.Sector && !toks[gapStart].Cap)
	switch {
	case a.kind == KNoun && a.ent.Sector == "BUS" && b.kind == KName && gapStart == b.start && !toks[a.end-1].Cap:
		// "Japanese chipmaker Kioxia": the name is a company of that country
		b.ent.Country, b.ent.Sector, b.ent.Via = a.ent.Country, "BUS", "company"
		b.start = a.start
		b.ent.Name = joinText(toks, a.end, b.end)
		return true
	case a.kind == KTitle && (b.kind == KPerson || b.kind == KName) && gapStart == b.start:
		// "Prime Minister Shigeru Ishiba", "Commissioner Omar Osman Alasow"
		if b.kind == KName {
			b.ent.Country, b.ent.Org = a.ent.Country, a.ent.Org
			b.ent.Sector, b.ent.Role, b.ent.Via = a.ent.Sector, a.ent.Role, "title+name"
		} else if b.ent.Country == "" && b.ent.Org == "" {
			b.ent.Country = a.ent.Country
		}
		// "President Pervez Musharraf", also army chief at the time: the
		// role the title names, when the person holds it then
		if b.kind == KPerson && a.ent.Role != "" {
			g.titledRole(&b.ent, b.e.surface, a.ent.Role, a.ent.Sector, date)
		}
		// "Trade Minister X" holds the office now, whatever the lexicon
		// says of X's dates; "former Trade Minister X" does not
		// (an undated story has no office dates to overrule, and a
		// generic title, "Labor leader", names no office)
		if b.kind == KPerson && !date.IsZero() && strings.HasSuffix(b.ent.Via, "(out of office)") && a.ent.Sector != "" && a.ent.Sector != "BUS" && !genericTitles[a.ent.Role] && !formerBefore(toks, a.start, a.end) && (a.ent.Country == "" || a.ent.Country == b.ent.Country) {
			b.ent.Sector, b.ent.Role, b.ent.Via = a.ent.Sector, a.ent.Role, "title+person"
			if a.ent.Org != "" {
				b.ent.Org = a.ent.Org
			}
		}
		b.start = a.start
		b.ent.Name = joinText(toks, a.end, b.end)
		return true
	case a.kind == KTitle && b.kind == KTitle && gapStart == b.start && a.ent.Country+a.ent.Org != "" && b.ent.Country+b.ent.Org == "":
		// "Iraq's top Shiite cleric Grand Ayatollah Ali al-Sistani": stacked
		// titles share the country
		b.ent.Country, b.ent.Org = a.ent.Country, a.ent.Org
		b.start = a.start
		return true
	case pre && (b.kind == KTitle || b.kind == KNoun):
		if a.kind == KName && !poss {
			// "Mhike said" is no modifier; "Beledweyne District Commissioner" is
			if b.kind != KTitle {
				return false
			}
		}
		if a.kind == KPronoun && !(toks[a.start].Lower == "his" || toks[a.start].Lower == "her") {
			return false
		}
		b.ent.Country, b.ent.Org = a.ent.Country, a.ent.Org
		if groupLead {
			b.ent.Sector = a.ent.Sector
		}
		if a.kind == KOrg && a.ent.Sector == "IGO" && (b.kind == KNoun || b.kind == KTitle && (b.ent.Sector == "GOV" || b.ent.Sector == "BUS" || b.ent.Sector == "")) {
			// "U.N. spokesman", "EU envoy": an official of the body
			b.ent.Sector = "IGO"
		}
		if (a.kind == KPerson || a.kind == KName) && poss && a.ent.Org != "" && a.ent.Sector == "IGO" && (b.ent.Sector == "GOV" || b.ent.Sector == "") {
			// "Guterres' spokesman", "Annan's envoy": the official of the
			// body its head serves, not a government's
			b.ent.Sector = "IGO"
		}
		if (a.kind == KActor || a.kind == KOrg) && (b.kind == KNoun || b.kind == KTitle && genericTitles[b.ent.Role] && a.ent.Sector != "IGO") && a.ent.Sector != "" {
			// "State Department spokesperson" keeps the department's sector
			b.ent.Sector = a.ent.Sector
		}
		if (a.kind == KCountry || a.kind == KAdj) && !poss && gapStart == b.start {
			b.lead = a.kind
		}
		if a.kind == KPronoun {
			b.ent.Via = "pronoun+" + b.ent.Via
		}
		if a.kind == KPerson || a.kind == KName {
			// "Trump administration", "Sudani government"
			b.ent.Via = "person+" + b.ent.Via
		}
		b.start = a.start
		b.ent.Name = joinText(toks, a.start, b.end)
		return true
	case (a.kind == KCapital || a.kind == KCountry || a.kind == KActor) && !poss && b.kind == KName && gapStart == b.start && institution(toks[b.end-1].Lower) != "":
		// "White House Economic Policy Council", "U.S. Trade Policy Board":
		// an unknown institution named after a state's name is the state's
		b.ent.Country, b.ent.Sector, b.ent.Via = a.ent.Country, institution(toks[b.end-1].Lower), "institution"
		b.start = a.start
		return true
	case a.kind == KAdj && !poss && b.kind == KName && gapStart == b.start:
		// "Iraqi Sudani", "U.S. Steel" is an org already; a country before a
		// bare name gives the name its country
		if b.kind == KName {
			b.ent.Country = a.ent.Country
			b.ent.Via = "demonym+name"
			b.start = a.start
			return true
		}
		return false
	case (a.kind == KCountry || a.kind == KAdj || a.kind == KNoun && a.ent.Country != "" && a.ent.Sector == "OPP") && gapStart == b.start && b.kind == KActor && b.ent.Org == "" && b.ent.Country != "" && b.ent.Country != a.ent.Country && institution(toks[b.end-1].Lower) != "":
		// "Argentina's Congress", "the Brazilian Senate": a state's own
		// institution, not the one the bare name means ("Congress" alone
		// is the U.S. Congress)
		b.ent.Country, b.ent.Sector, b.ent.Via = a.ent.Country, institution(toks[b.end-1].Lower), "institution"
		b.start = a.start
		b.ent.Name = joinText(toks, a.start, b.end)
		return true
	case (a.kind == KCountry || a.kind == KAdj) && !poss && gapStart == b.start && (b.kind == KActor || b.kind == KOrg) && b.ent.Country != "" && b.ent.Country == a.ent.Country:
		// "the Libyan Government of National Accord", "the Israeli
		// Knesset": the demonym only repeats the body's own country
		b.start = a.start
		return true
	case (a.kind == KCountry || a.kind == KAdj || a.kind == KCapital) && poss && (b.kind == KOrg || b.kind == KActor):
		// "Japan's Nippon Steel": the organization keeps its own identity
		if b.ent.Country == "" {
			b.ent.Country = a.ent.Country
		}
		b.start = a.start
		return true
	}
	return false
}

// givenFits says whether a word before a known surname may be a spelling
// of a given name the lexicon has for someone of that surname ("Yassir
// Arafat", "Woong-Bae Rha"): it shares its first three letters with a word of
// one of the person's longer names.
func (g *Gazetteer) givenFits(surname, given string) bool {
	pre := func(w string) string {
		w = strings.ToLower(strings.ReplaceAll(w, "-", ""))
		if len(w) > 3 {
			return w[:3]
		}
		return w
	}
	gp := pre(given)
	for _, i := range g.people[surname] {
		for _, n := range g.lx.People[i].Names {
			f := strings.Fields(n)
			for _, w := range f {
				if len(f) > 1 && !strings.EqualFold(w, surname) && pre(w) == gp {
					return true
				}
			}
		}
	}
	return false
}

// TermEnd returns the end date of the most recent role of the named person
// that ended on or before date, or "".
func (g *Gazetteer) TermEnd(name string, date time.Time) string {
	d := date.Format("2006-01-02")
	best := ""
	for _, i := range g.people[strings.ToLower(name)] {
		p := g.lx.People[i]
		if p.To == "" || p.To > d || p.To <= best {
			continue
		}
		best = p.To
	}
	if len(best) == 4 {
		best += "-12-31"
	} else if len(best) == 7 {
		best += "-28"
	}
	return best
}

// institution gives the sector of an unknown name by its head word.
func institution(head string) string {
	switch head {
	case "council", "committee", "commission", "agency", "office", "board", "ministry", "department", "service", "administration", "authority", "secretariat", "bureau", "directorate":
		return "GOV"
	case "court", "tribunal":
		return "JUD"
	case "parliament", "assembly", "senate", "congress":
		return "LEG"
	case "party":
		return "PTY"
	case "union", "federation", "confederation", "guild":
		return "LAB"
	case "army", "navy", "command", "guard", "forces":
		return "MIL"
	case "police":
		return "COP"
	}
	return ""
}

// ownerWords before a noun say whose it is: "its own army and rebels in
// Liberia" are not both Liberia's.
var ownerWords = map[string]bool{"its": true, "their": true, "our": true, "own": true, "his": true, "her": true, "my": true, "your": true}

// leaderHeads are the heads of a group's officials: "leaders" alone are a
// government's, "the union's leaders" the union's.
var leaderHeads = lexicon.List("leader_heads")

// marketNouns after a capital name its market, not its government.
var marketNouns = lexicon.List("market_nouns")

// partyAdj name a party inside the story's country, not another country:
// "Democratic leaders", "Republican senators", "Socialist deputies".
var partyAdj = lexicon.List("party_adjectives")

// generalNouns follow "general" the adjective: "a general election".
var generalNouns = lexicon.List("general_nouns")

// verbBefore make the next word a verb: "to force", "would force".
var verbBefore = map[string]bool{"to": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "should": true, "must": true, "not": true}

// presentVerbs are present-tense verbs of news reports that cannot modify
// a noun: "Kenya sends troops" is no "Kenya ... troops" unit.
var presentVerbs = lexicon.List("present_verbs")
