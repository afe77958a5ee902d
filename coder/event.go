package coder

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/actor"
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/quote"
	"github.com/attache/attache/nlp/text"
)

// dealMemory remembers the acquirer of the deal a story is about, so that
// "blocked the deal" and "opposition to the deal" find their recipient.
type dealMemory struct {
	acquirer *actor.Mention
	ent      attache.Entity
	target   string
}

var dealNouns = lexicon.List("deal_nouns")

func (dm *dealMemory) observe(d *Doc, s text.Sentence, ms []actor.Mention) {
	for x := s.Start; x < s.End; x++ {
		if !dealNouns[d.Toks[x].Lower] {
			continue
		}
		// "bid by Japan's Nippon Steel"
		if x+1 < s.End && d.Toks[x+1].Lower == "by" {
			for k := range ms {
				if ms[k].Start > x+1 && ms[k].Start <= x+4 && ms[k].Keyed() {
					dm.set(d, &ms[k])
					break
				}
			}
			continue
		}
		// "Japan's $15 billion US Steel deal", "the Japanese acquisition"
		for k := range ms {
			m := &ms[k]
			if m.End <= x && x-m.End <= 6 && (m.Poss || m.Weak) && m.Keyed() {
				dm.set(d, m)
			}
		}
	}
}

func (dm *dealMemory) set(d *Doc, m *actor.Mention) {
	dm.acquirer = m
	dm.ent = mentionEntity(d, m)
}

// draftEvent codes one trigger match.
func (c *Coder) draftEvent(d *Doc, si int, m match, ms []actor.Mention, deals *dealMemory, lo, hi int) *draft {
	s := d.Sents[si]
	toks := d.Toks
	r := m.p.rule
	dr := &draft{sent: si, trig: m}
	// words of the trigger are not its arguments ("military sales", "opposition")
	inside := func(mm *actor.Mention) bool {
		if placeNamesThing(toks, mm, s.End) {
			return true
		}
		// "from Afghan soil", "in Iraqi territory": a place, not a party
		if mm.End < s.End && (mm.Kind == actor.KAdj || mm.Kind == actor.KCountry) && soilNouns[toks[mm.End].Lower] {
			// (but "attacking Iraqi territory" targets Iraq)
			if p, ok := precededByPrep(toks, mm, s.Start); ok && (p == "from" || p == "on" || p == "in" || p == "inside" || p == "within" || p == "onto" || p == "into") {
				return true
			}
		}
		// "non-OPEC producers", "non-NATO allies": outside the name
		if mm.Start >= 2 && toks[mm.Start-1].Text == "-" && (toks[mm.Start-2].Lower == "non" || toks[mm.Start-2].Lower == "anti") {
			return true
		}
		for i, t := range m.toks {
			if t >= mm.Start && t < mm.End && !(mm.Keyed() && mm.Start > 0 && toks[mm.Start-1].Lower == "by") {
				// "expelled four Russian diplomats", "fired on Palestinian
				// protesters": the pattern's object noun with a modifier of
				// its own names the recipient
				if i > 0 && i == len(m.toks)-1 && (mm.Start < t || mm.End > t+1 && t+1 < len(toks) && (toks[t+1].Lower == "of" || toks[t+1].Lower == "from" || toks[t+1].Lower == "in")) && mm.Keyed() && !strings.HasPrefix(mm.Entity.Via, "coref") && m.p.verbal {
					continue
				}
				// "the withdrawal of Russian troops": the force closing a
				// noun pattern, named by its modifier, is its actor; "the
				// expulsion of Russian diplomats": other nouns after "of"
				// undergo the act
				if i > 0 && i == len(m.toks)-1 && !m.p.verbal && mm.Start < t && mm.End == t+1 && mm.Keyed() && !mm.Poss && !strings.HasPrefix(mm.Entity.Via, "coref") && (movingForces[toks[t].Lower] || m.toks[0]+1 < t && toks[m.toks[0]+1].Lower == "of") {
					continue
				}
				// "China's military buildup": the possessor of a noun
				// pattern's first word is its actor
				if i == 0 && !m.p.verbal && mm.Start < t && mm.Keyed() && !strings.HasPrefix(mm.Entity.Via, "coref") && forceSectors[mm.Entity.Sector] {
					continue
				}
				return true
			}
		}
		return false
	}
	for k := range ms {
		if inside(&ms[k]) {
			// copy only when a mention has to go
			kept := make([]actor.Mention, 0, len(ms))
			for j := range ms {
				if !inside(&ms[j]) {
					kept = append(kept, ms[j])
				}
			}
			ms = kept
			break
		}
	}
	// clause around the trigger
	a := m.start
	for a > s.Start && !clauseBreak(toks, a-1) {
		a--
	}
	b := m.end
	for b < s.End && !clauseBreak(toks, b) {
		b++
	}
	dr.clauseA, dr.clauseB = a, b
	ev := &dr.ev
	ev.Type, ev.Mode, ev.Kind = r.Type, r.Mode, r.Kind
	ev.Context = append([]string(nil), r.Contexts...)
	ev.Confidence = r.Conf
	ev.Rule = fmt.Sprintf("%s %q", r.Src, r.Pattern)
	ev.Status = attache.Occurred
	if r.Status != "" {
		ev.Status = r.Status
	}
	stop := rightStop(toks, ms, m.end, s.End)
	if c := relativeClauseEnd(toks, a, m.start, m.end, s.End); c > 0 && c < stop {
		// "All three, who have denied the allegations, have been charged
		// by a Greek prosecutor": a relative clause ends at its comma
		stop = c
	}
	head := m.toks[0]
	// "Threatening to kill the hostages, the Taliban demanded ...": a
	// participle clause opening the sentence has the main clause's subject
	// and ends at its comma
	frontComma := -1
	// (not a gerund subject, "Detaining suspects without trial breaks the
	// law, the court ruled", nor a topic, "Discussing its units, the
	// company said")
	if m.p.verbal && strings.HasSuffix(toks[head].Lower, "ing") && head == firstWord(toks, s) && !topicVerbs[toks[head].Lower] {
		for x := m.end; x < s.End && x < m.end+15; x++ {
			if toks[x].Text == "," {
				frontComma = x
				break
			}
			if clauseBreak(toks, x) || auxWords[toks[x].Lower] || toks[x].Lower == "breaks" || toks[x].Lower == "violates" || toks[x].Lower == "remains" {
				break
			}
		}
		if frontComma > 0 && frontComma < stop {
			stop = frontComma
		}
	}
	// "in addition to demand boosting measures", "in response to
	// attacks": "to" after such a head is a preposition, no infinitive
	if toks[m.start].Lower == "to" && m.start > s.Start && toPrepHeads[toks[m.start-1].Lower] {
		return nil
	}
	// a capitalized verb inside a sentence is part of a name or title
	// ("Grand Slam", "Operation Protective Edge")
	if m.p.verbal && head > s.Start && toks[head].Cap && !toks[head-1].Punct {
		return nil
	}
	// "the feasibility study calls for 41,000 ounces a year", "the accord
	// calls for payment at closing": a document's terms are no one's
	// request (nor its reporter's)
	if r.Type == "REQUEST" && m.p.verbal && !nounUse(toks, head, s.Start) && termsSubject(toks, head, s.Start) {
		return nil
	}
	// "backers of detained Islamist leader Hassan al-Turabi", "the jailed
	// activist": a participle before its noun describes, it reports nothing
	if m.p.verbal && len(m.toks) == 1 && head > s.Start && head+1 < s.End && strings.HasSuffix(toks[head].Lower, "ed") {
		p, n := toks[head-1], toks[head+1]
		// ("the province's murdered governor": a possessive is a determiner)
		if (preps[p.Lower] || determiners[p.Lower] && p.Lower != "that" || p.Lower == "'s" && head-2 >= s.Start && !toks[head-2].Punct && !pronounWords[toks[head-2].Lower]) && !n.Punct && !preps[n.Lower] && !determiners[n.Lower] && !beForms[n.Lower] && n.Lower != "and" && n.Lower != "or" {
			return nil
		}
	}
	// "a demanding gentleman", "a supporting role": an -ing form between
	// an article and its noun describes, it reports nothing
	if m.p.verbal && len(m.toks) == 1 && head > s.Start && head+1 < s.End && adjectivalIng[toks[head].Lower] && (toks[head-1].Lower == "a" || toks[head-1].Lower == "an") {
		if n := toks[head+1]; !n.Punct && !n.Cap && !preps[n.Lower] && !determiners[n.Lower] {
			return nil
		}
	}
	// "transfers would violate a U.N. arms embargo": an existing
	// restriction that is broken or evaded is background, not an act
	if r.Type == "SANCTION" && (!m.p.verbal || nounUse(toks, head, s.Start)) {
		for x := m.start - 1; x >= a && x >= m.start-4; x-- {
			if violateVerbs[toks[x].Lower] {
				return nil
			}
			if toks[x].Punct || preps[toks[x].Lower] {
				break
			}
		}
	}
	// "opposes Chinese investment", "rejected the aid": a cooperative act
	// that is opposed is not done
	if cooperative[r.Type] && (!m.p.verbal || nounUse(toks, head, s.Start)) {
		for x := m.start - 1; x >= a && x >= m.start-3; x-- {
			if opposeVerbs[toks[x].Lower] {
				return nil
			}
			if toks[x].Punct || preps[toks[x].Lower] {
				break
			}
		}
	}
	// "Asked if South Korea would retaliate, he said": a reporter's
	// question reports no act
	for x := s.Start; x+1 < m.start; x++ {
		if w := toks[x].Lower; (w == "asked" || w == "asking") && (toks[x+1].Lower == "if" || toks[x+1].Lower == "whether") && (x == s.Start || toks[x-1].Punct || toks[x-1].Lower == "when") {
			return nil
		}
	}
	// "the 20th anniversary of the terrorist strikes", "commemorate the
	// victims of the invasion", "since the 2003 invasion": an act named as
	// what is remembered or dated from is background, not a new event
	if !m.p.verbal || nounUse(toks, head, s.Start) {
		// ("since" opens a clause: it may stand just before the clause)
		for x := m.start - 1; x >= a-1 && x >= s.Start && x >= m.start-6; x-- {
			w := toks[x].Lower
			if x < a && w != "since" {
				break
			}
			if memoryWords[w] || w == "since" && x == m.start-1 || w == "since" && x+1 < m.start && determiners[toks[x+1].Lower] {
				return nil
			}
			if toks[x].Punct && toks[x].Text != "-" && toks[x].Text != "'s" || beForms[w] && w != "'s" {
				break
			}
		}
	}
	// "enhanced deterrence was necessary to resist China's aggression": a
	// hostile act named as what is resisted or deterred is background
	if (r.Type == "ASSAULT" || r.Type == "COERCE" || r.Type == "THREATEN") && (!m.p.verbal || nounUse(toks, head, s.Start)) {
		for x := m.start - 1; x >= a && x >= m.start-4; x-- {
			if deterVerbs[toks[x].Lower] {
				return nil
			}
			if toks[x].Punct && toks[x].Text != "'s" || preps[toks[x].Lower] {
				break
			}
		}
	}
	// "Public criticism of the policy is rare", "Sanctions against Turkey
	// enjoy bipartisan support": a generic statement about a kind of act
	if (!m.p.verbal || nounUse(toks, head, s.Start)) && genericPredicate(toks, m.end, b) {
		return nil
	}
	// "U.S.-backed", "Saudi-led": a compound modifier, not an event
	// ("hard-pressed to cope", "financially-pressed troops")
	// (but "re-imposed export duties" is a verb)
	if m.p.verbal && head > s.Start+1 && toks[head].Joined && toks[head-1].Text == "-" && strings.HasSuffix(toks[head].Lower, "ed") && toks[head-2].Lower != "re" && toks[head-2].Lower != "co" {
		return nil
	}
	// "Sri Lanka's protesting monks", "the attacking forces", "the striking
	// workers": an -ing form between a determiner and its noun describes
	// the noun; it reports no act of its own
	if m.p.verbal && len(m.toks) == 1 && head > s.Start && head+1 < s.End && strings.HasSuffix(toks[head].Lower, "ing") && (determiners[toks[head-1].Lower] || toks[head-1].Lower == "'s") && describedNoun(toks, head+1, s.End) {
		return nil
	}
	// "Kurdish forces, supported by U.S. airstrikes, are conducting",
	// "Backed by Rwanda, the rebels captured Goma": a participle in
	// apposition describes who stands behind the subject, like "U.S.-backed";
	// it reports no act of support of its own
	if r.Type == "SUPPORT" && m.p.verbal && len(m.toks) == 1 && head+1 < s.End && toks[head+1].Lower == "by" && strings.HasSuffix(toks[head].Lower, "ed") && (head == s.Start || toks[head-1].Text == ",") {
		return nil
	}
	// a literal participle ("wounded", "jailed", "freed") takes its
	// arguments as a verb does: "three soldiers were wounded in the blast"
	verbal := m.p.verbal || len(m.toks) == 1 && len(toks[head].Lower) > 4 && strings.HasSuffix(toks[head].Lower, "ed")
	if m.p.inverted {
		// "Kosovo's independence was recognized by Kenya": the agent after
		// "by" acts; the noun phrase the pattern opens with, or its
		// possessor, undergoes the act
		dr.passive = true
		// (the agent directly: "a bid that was rejected by the board"
		// is no deal signed by someone)
		for k := range ms {
			if by := m.toks[2]; ms[k].Start > by && ms[k].Start <= by+3 {
				for _, j := range coordinated(toks, ms, k, 1, s.End) {
					dr.actors = append(dr.actors, &ms[j])
				}
				break
			}
		}
		dr.agentless = len(dr.actors) == 0
		all := d.Mentions[si]
		for k := range all {
			if mm := &all[k]; mm.Start >= a && mm.Start <= head && (mm.End >= head || mm.Poss && mm.End+1 >= head) && mm.End <= head+1 && mm.Keyed() {
				dr.recips = []*actor.Mention{mm}
			}
		}
		// "the independence of Kosovo was recognized", "sanctions on Russia
		// were extended by" (but "a meeting on Palestinian reform" names a
		// topic)
		if rec, _ := objects(toks, ms, head+1, m.toks[1], false); len(dr.recips) == 0 && len(rec) > 0 && head+1 < len(toks) && (toks[head+1].Lower == "of" || (toks[head+1].Lower == "on" || toks[head+1].Lower == "against") && targetTypes[r.Type]) {
			dr.recips = rec
		}
		// "an aid package for Jordan was approved by": aid names whom
		// it is for
		if rec, _ := objects(toks, ms, head+1, m.toks[1], false); len(dr.recips) == 0 && r.Type == "AID" {
			for _, rm := range rec {
				if p, ok := precededByPrep(toks, rm, head); ok && (p == "for" || p == "to") {
					dr.recips = append(dr.recips, rm)
				}
			}
		}
		// "a loan was granted to Egypt by": whom it goes to stands
		// between the participle and "by"
		if rec, _ := objects(toks, ms, m.toks[1]+1, m.toks[2], false); len(rec) > 0 {
			dr.recips = append(dr.recips, rec...)
		}
	} else if m.p.received {
		// "Ukraine received tanks from Poland": the giver after "from" acts,
		// the clause subject receives
		if g := receivedFrom(toks, ms, m.end, s.End); g != nil {
			for k := range ms {
				if &ms[k] == g {
					for _, j := range coordinated(toks, ms, k, 1, s.End) {
						dr.actors = append(dr.actors, &ms[j])
					}
				}
			}
		}
		dr.recips = subject(toks, ms, m.start, a)
	} else if verbal && nounUse(toks, head, s.Start) {
		// "pro-democracy protests", "the killing of": a verb form used as a noun
		dr.nounUse = true
		c.nominalArgs(d, dr, ms, a, stop)
	} else if verbal {
		if c.isPassive(toks, head, a, s.End) {
			dr.passive = true
			dr.actors = agent(toks, ms, head+1, s.End)
			if len(dr.actors) == 0 && r.Type == "ASSAULT" {
				if sa := strikeAgent(toks, ms, head, s.End); sa != nil {
					dr.actors = []*actor.Mention{sa}
				}
			}
			dr.agentless = len(dr.actors) == 0
			if dr.agentless && fromActs[toks[head].Lower] {
				// "released from the US camp", "expelled from the Zanu PF
				// party": the institution acts
				for x := head + 1; x < m.end+3 && x+1 < s.End; x++ {
					if toks[x].Lower == "from" {
						for k := range ms {
							if ms[k].Start > x && ms[k].Start <= x+2 && ms[k].Keyed() {
								dr.actors = []*actor.Mention{&ms[k]}
								dr.agentless = false
								break
							}
						}
						break
					}
				}
			}
			dr.recips = subject(toks, ms, m.start, a)
			if len(dr.recips) == 0 && targetTypes[r.Type] {
				// "A Ukrainian village was shelled": the country of the
				// thing struck undergoes a material act
				dr.recips = weakSubject(toks, ms, a, head)
			}
			if len(dr.recips) == 0 && judgedTypes[r.Type] {
				dr.recips = ownedSubject(toks, ms, a, head)
			}
			if rel := relativeAntecedent(toks, ms, head, a); rel >= -1 {
				// "a clinic for women who were raped": the antecedent of
				// "who" undergoes the act, named or not; the clause's
				// subject is someone else
				dr.recips = nil
				if rel >= 0 {
					dr.recips = []*actor.Mention{&ms[rel]}
				}
			} else if pw := toks[head-1]; head-1 >= a && !pw.Punct && !beForms[pw.Lower] && !adverbs[pw.Lower] && !strings.HasSuffix(pw.Lower, "ly") && pw.Lower != "and" && pw.Lower != "or" && pw.Lower != "as" && pw.Lower != "stand" && pw.Lower != "stands" && pw.Lower != "stood" {
				// "the case of four men accused of doping": a participle right
				// after its noun befalls that noun, named or not; the
				// clause's subject is someone else
				dr.recips = nil
				for k := range ms {
					// ("appeared in court accused of": a bare noun after
					// "in" is where, not who)
					if ms[k].End == head && !(ms[k].End-ms[k].Start == 1 && ms[k].Start > 0 && toks[ms[k].Start-1].Lower == "in") {
						dr.recips = []*actor.Mention{&ms[k]}
					}
				}
			} else if pw.Text == "," {
				// "the release of the engineer Tom Reyes, kidnapped in
				// Yemen": the name just before the comma
				// (unkeyed, it still is who was kidnapped: no one else is)
				for k := range ms {
					if ms[k].End == head-1 && objectPosition(toks, ms[k].Start) {
						dr.recips = nil
						if ms[k].Keyed() {
							dr.recips = []*actor.Mention{&ms[k]}
						}
					}
				}
			}
			if len(dr.recips) == 0 {
				dr.recips, _ = objects(toks, ms, m.end, stop, false)
			}
		} else {
			dr.actors = subject(toks, ms, m.start, a)
			if head-2 >= a && victimWord(toks, head-2) {
				// "women are victims of rape": a verb form after "victims
				// of" names what the subject undergoes
				dr.recips, dr.actors = dr.actors, nil
			}
			if frontComma > 0 {
				dr.actors = mainSubject(toks, ms, frontComma+1, s.End)
			}
			if head > s.Start+1 && toks[head-1].Text == "," && strings.HasSuffix(toks[head].Lower, "ing") {
				// "Bennett highlighted the Taliban's curbs, demanding they be
				// reversed": a participle clause has the main clause's subject
				if ms := mainSubject(toks, ms, s.Start, head); len(ms) > 0 {
					dr.actors = ms
				}
			}
			if !r.NoRecip {
				// "urged the Haitian government to": the object may stand inside the pattern
				dr.recips, _ = objects(toks, ms, head+1, stop, true)
			}
			if last := toks[m.toks[len(m.toks)-1]].Lower; len(m.toks) > 1 && (last == "at" || last == "against" || last == "with" || last == "on" || last == "to" || last == "by" && activeBy[toks[head].Lower]) && !r.NoRecip {
				// "lashed out at Washington", "sided with Kyiv": the pattern's
				// own preposition governs the first name after it
				for k := range ms {
					mk := &ms[k]
					if (mk.Start == m.end || mk.Start == m.end+1 && determiners[toks[m.end].Lower]) && !containsMention(dr.recips, mk) {
						dr.recips = append([]*actor.Mention{mk}, dr.recips...)
						break
					}
				}
			}
			if r.Type == "REQUEST" || r.Type == "THREATEN" {
				// "called on China to end its support for Russia's war against
				// Ukraine": the addressee inside the pattern is the recipient;
				// the names after it belong to what is asked
				inner := false
				for _, rm := range dr.recips {
					if rm.Start > head && rm.End <= m.end && rm.Keyed() {
						inner = true
					}
				}
				if inner {
					kept := dr.recips[:0]
					for _, rm := range dr.recips {
						if rm.Start < m.end {
							kept = append(kept, rm)
						}
					}
					dr.recips = kept
				}
			}
			if r.Type == "CONSULT" && topicVerbs[toks[head].Lower] {
				// "discussed China's role": what is discussed is a topic; the
				// other party comes with "with"
				kept := dr.recips[:0]
				for _, rm := range dr.recips {
					if p, ok := precededByPrep(toks, rm, head+1); ok && (p == "with" || p == "between" || p == "among") {
						kept = append(kept, rm)
					}
				}
				dr.recips = kept
			}
		}
	} else {
		c.nominalArgs(d, dr, ms, a, stop)
		// "The American journalist was released": a pattern that opens
		// with its patient noun and goes on with "be" has the modified
		// noun as recipient
		if t := m.toks[0]; len(m.toks) > 1 && t+1 < s.End && beForms[toks[t+1].Lower] && toks[t+1].Lower != "'s" && len(dr.recips) == 0 {
			if pm := patientHead(d.Mentions[si], t); pm != nil {
				dr.recips = []*actor.Mention{pm}
			}
		}
	}
	if len(dr.actors) == 1 && dr.actors[0].Kind == actor.KPronoun && !dr.actors[0].Keyed() {
		// "Ireland and Spain announced they would recognise": an
		// unresolved pronoun right after a report verb is its subject
		x := dr.actors[0].Start - 1
		if x > a && toks[x].Lower == "that" {
			x--
		}
		// (the pronoun must be the trigger's own subject: "they suspect
		// the package agreed with the US" is not)
		near := true
		for y := dr.actors[0].End; y < head; y++ {
			if w := toks[y].Lower; !auxWords[w] && !adverbs[w] && w != "to" && w != "not" {
				near = false
			}
		}
		if x > a && near && reportVerb(toks[x]) {
			if sm := subject(toks, ms, x, a); len(sm) > 0 && sm[0].Keyed() {
				dr.actors = sm
			}
		}
	}
	if r.Type == "COOPERATE" && !m.p.verbal && len(dr.actors) == 0 {
		flowSource(toks, ms, dr)
	}
	if r.Type == "AID" && m.p.verbal && toks[m.toks[len(m.toks)-1]].Lower == "with" {
		lenderFirst(dr)
	}
	if m.p.verbal && !dr.passive && !dr.nounUse && len(dr.actors) == 0 {
		dr.actors = titledDemonyms(toks, ms, a, head)
	}
	if r.Type == "ACCUSE" && m.p.verbal && len(dr.recips) == 0 && toks[m.toks[len(m.toks)-1]].Lower == "by" {
		// "documenting abuses by Sudanese forces": whose deeds are
		// looked into stands after the pattern's "by"
		for k := range ms {
			if mk := &ms[k]; (mk.Start == m.end || mk.Start == m.end+1 && determiners[toks[m.end].Lower]) && mk.Keyed() {
				dr.recips = []*actor.Mention{mk}
				break
			}
		}
	}
	if r.Type == "RETREAT" && r.Mode == "release" && !m.p.verbal {
		heldBy(toks, ms, d.Mentions[si], dr)
	}
	if r.Type == "REQUEST" && m.p.verbal && m.end+1 < s.End && toks[m.end].Lower == "from" {
		// "sought military help from Japan": the one asked gives
		for k := range ms {
			if mk := &ms[k]; (mk.Start == m.end+1 || mk.Start == m.end+2 && determiners[toks[m.end+1].Lower]) && mk.Keyed() {
				dr.recips = []*actor.Mention{mk}
				break
			}
		}
	}
	if x := pronounSubjectAt(toks, a, head); x > a {
		// "in light of Japan's announcement it will disburse credit": the
		// "it" of a statement noun is the statement's owner
		y := x - 1
		if toks[y].Lower == "that" {
			y--
		}
		if y > a && statementNouns[toks[y].Lower] {
			for k := range ms {
				if mk := &ms[k]; mk.Poss && mk.Keyed() && mk.End < y && y-mk.End <= 3 {
					dr.actors = []*actor.Mention{mk}
				}
			}
		}
	}
	// "the prime minister's wife praised": a relative of a party acts for
	// no one but herself
	dr.actors = slices.DeleteFunc(dr.actors, func(am *actor.Mention) bool {
		return am.Poss && am.End+1 < s.End && am.End+1 < head && kinNouns[toks[am.End+1].Lower]
	})
	gp := head - 1
	for gp > s.Start && (adverbs[toks[gp].Lower] || toks[gp].Lower == "first" || toks[gp].Lower == "then") {
		gp--
	}
	// (but "displaced by fighting between": a passive's agent)
	if gp > s.Start && gerundAdverbial[toks[gp].Lower] && strings.HasSuffix(toks[head].Lower, "ing") && !toks[head].Cap && !(toks[gp].Lower == "by" && passiveBefore(toks, gp, s.Start)) {
		// "Suga will visit India after meeting with Biden", "Erdogan
		// spoke to reporters before meeting Putin": the gerund after a
		// preposition has the main clause's subject, not the nearest name
		if sm := mainSubject(toks, ms, s.Start, gp); len(sm) > 0 {
			dr.actors = sm
			dr.recips = slices.DeleteFunc(dr.recips, func(rm *actor.Mention) bool { return rm.Start < head })
		}
	}
	// "the measure has enough votes, with support from France, Greece and
	// Italy": who the support comes from gives it
	if t := r.Type; (t == "SUPPORT" || t == "AID" && (receiveBefore(toks, m.start, a) || (!m.p.verbal || dr.nounUse) && clauseOpening(toks, a, m.start)) || t == "REQUEST" && (!m.p.verbal || dr.nounUse)) && !seekBefore(toks, m.start, a) && (!m.p.verbal || dr.nounUse || head > s.Start && (toks[head-1].Lower == "with" || determiners[toks[head-1].Lower])) && m.end+1 < s.End && toks[m.end].Lower == "from" {
		for k := range ms {
			if ms[k].Start == m.end+1 || ms[k].Start == m.end+2 && determiners[toks[m.end+1].Lower] {
				dr.actors = nil
				for _, j := range coordinated(toks, ms, k, 1, s.End) {
					dr.actors = append(dr.actors, &ms[j])
				}
				break
			}
		}
	}

	// "postponed the deadline at the request of the European Commission":
	// who asks comes after "of"; the clause's subject is asked
	if (!m.p.verbal || dr.nounUse) && m.start-2 >= s.Start && toks[m.start-1].Lower == "the" && (toks[m.start-2].Lower == "at" || toks[m.start-2].Lower == "upon") && m.end+1 < s.End && toks[m.end].Lower == "of" {
		for k := range ms {
			if ms[k].Start == m.end+1 || ms[k].Start == m.end+2 && determiners[toks[m.end+1].Lower] {
				dr.actors = nil
				for _, j := range coordinated(toks, ms, k, 1, s.End) {
					dr.actors = append(dr.actors, &ms[j])
				}
				dr.recips = subject(toks, ms, m.start-2, a)
				dr.passive, dr.agentless = false, false
				break
			}
		}
	}
	// "angered by a Turkish court ruling on Wednesday to continue to
	// imprison Topuz": the maker of a decision carries out its act
	if m.p.verbal && !dr.passive && !dr.nounUse && head > s.Start && toks[head-1].Lower == "to" {
		for x := head - 2; x > s.Start && x >= head-9; x-- {
			if decisionNouns[toks[x].Lower] {
				for k := range ms {
					if ms[k].End == x && ms[k].Keyed() {
						dr.actors = []*actor.Mention{&ms[k]}
						break
					}
				}
				break
			}
			if toks[x].Punct || beForms[toks[x].Lower] || isMentionEnd(ms, x+1) && x+1 < head-1 {
				break
			}
		}
	}
	if vm := reducedRelative(toks, ms, m, head, s.End); (m.p.verbal || len(m.toks) == 1 && strings.HasSuffix(toks[head].Lower, "ed")) && !dr.passive && !dr.nounUse && vm != nil {
		// "270 schoolgirls kidnapped in Zamfara state were freed": a
		// participle right after the victims tells what was done to them
		dr.passive = true
		dr.recips = []*actor.Mention{vm}
		dr.actors = agent(toks, ms, m.end, s.End)
		dr.agentless = len(dr.actors) == 0
	}
	// "has written to two men freed from prison", "aid for villagers
	// wounded in the raids": a participle after an unnamed object of a
	// preposition tells what befell that object; the clause's subject did
	// not do it
	if t := r.Type; (t == "ASSAULT" || t == "COERCE" || t == "RETREAT" && (toks[head].Lower == "freed" || toks[head].Lower == "released")) && verbal && !dr.passive && !dr.nounUse && head-1 > a && participle(toks[head].Lower) && (head+1 >= s.End || preps[toks[head+1].Lower] || toks[head+1].Punct || toks[head+1].Lower == "last" || toks[head+1].Lower == "earlier" || dayWords[toks[head+1].Lower]) && unnamedObject(toks, ms, head-1) {
		dr.passive = true
		dr.recips = nil
		for k := range ms {
			// "a Kenyan engineer kidnapped": the demonym names the victim
			if ms[k].Kind == actor.KAdj && ms[k].End >= head-3 && ms[k].End < head {
				dr.recips = []*actor.Mention{&ms[k]}
			}
		}
		dr.actors = agent(toks, ms, m.end, s.End)
		dr.agentless = len(dr.actors) == 0
	}
	// "the deal", "the bid": the remembered acquirer
	if len(dr.recips) == 0 && deals.acquirer != nil && !r.NoRecip {
		for x := m.end; x < stop && x < m.end+4; x++ {
			if dealNouns[toks[x].Lower] {
				e := deals.ent
				dr.ev.Recipient = append(dr.ev.Recipient, e)
				dr.ev.Facts = setFact(dr.ev.Facts, "acquirer", e.Name)
				break
			}
		}
	}
	if orFace(toks, m) {
		// "The EU told Britain to pay or face tariffs": who is told is
		// threatened, who tells threatens; with no one told ("exporters
		// must register or face penalties") it is a rule, not a threat
		dr.actors, dr.recips = nil, nil
		for x := m.start - 1; x > a; x-- {
			if !demandVerbs[toks[x].Lower] {
				continue
			}
			for k := range ms {
				if ms[k].Start > x && ms[k].Start <= x+3 && ms[k].End <= m.start {
					dr.recips = []*actor.Mention{&ms[k]}
					break
				}
			}
			dr.actors = subject(toks, ms, x, a)
			break
		}
		if len(dr.actors) == 0 || len(dr.recips) == 0 {
			return nil
		}
		dr.agentless, dr.weakActor = false, false
	}
	// "Russian strikes on Kyiv", "Israeli strikes": a state's or an army's
	// strike is an attack, not a walkout
	if r.Type == "PROTEST" && r.Mode == "strike" && len(dr.actors) > 0 && strings.HasPrefix(toks[m.toks[0]].Lower, "strike") {
		state := true
		for _, am := range dr.actors {
			sec := am.Entity.Sector
			if !(am.Kind == actor.KAdj || am.Kind == actor.KCountry || am.Kind == actor.KCapital || sec == "MIL" || sec == "GOV" || sec == "REB") || sec == "LAB" || sec == "CVL" {
				state = false
			}
		}
		foreign := false
		for _, rm := range dr.recips {
			if rm.Keyed() && rm.Entity.Country != "" && rm.Entity.Country != dr.actors[0].Entity.Country {
				foreign = true
			}
		}
		if state && (foreign || dr.actors[0].Entity.Sector == "MIL") {
			ev.Type, ev.Mode = "ASSAULT", ""
			ev.Context = []string{"military"}
		}
	}
	if ev.Type == "PROTEST" && r.Mode == "strike" && len(m.toks) == 1 && len(dr.actors) > 0 && dr.actors[0].Kind == actor.KAdj && !laborCue(toks, s.Start, s.End) {
		// "after a Russian strike on Sunday": a state's strike is an
		// attack more often than a walkout; with no sign of labour, none
		return nil
	}
	// "Balladur's policies have come under increasing criticism": what is
	// under the act undergoes it, whoever the clause names
	if !m.p.verbal || dr.nounUse {
		for x := m.start - 1; x >= a && x >= m.start-3; x-- {
			if toks[x].Lower == "under" {
				for _, am := range dr.actors {
					if !containsMention(dr.recips, am) {
						dr.recips = append(dr.recips, am)
					}
				}
				dr.actors = nil
				dr.agentless = true
				// "came under heavy attack from rebels"
				if m.end+1 < len(toks) && toks[m.end].Lower == "from" {
					for k := range ms {
						if ms[k].Start > m.end && ms[k].Start <= m.end+3 && !containsMention(dr.recips, &ms[k]) {
							for _, j := range coordinated(toks, ms, k, 1, stop) {
								dr.actors = append(dr.actors, &ms[j])
							}
							dr.agentless = false
							break
						}
					}
				}
				break
			}
			if toks[x].Punct || toks[x].Cap || beForms[toks[x].Lower] {
				break
			}
		}
	}
	// "a call by the parliament on Tuesday to impose tariffs": the
	// agent inside the pattern's gap
	if len(dr.actors) == 0 && len(m.toks) > 1 && m.toks[0]+1 < m.end && toks[m.toks[0]+1].Lower == "by" {
		by := m.toks[0] + 1
		if ag := agent(toks, ms, by, m.end); len(ag) > 0 && (ag[0].Start-by <= 2 || ag[0].Start-by == 3 && determiners[toks[by+1].Lower]) {
			dr.actors = ag
			dr.agentless = false
		}
	}
	// "North Korea is seeking trade and military assistance from Russia":
	// aid asked for is a request to the giver
	if r.Type == "AID" && (!m.p.verbal || dr.nounUse) {
		for x := m.start - 1; x >= a && x >= m.start-5; x-- {
			if seekVerbs[toks[x].Lower] {
				ev.Type, ev.Mode, ev.Kind = "REQUEST", "assist", ""
				break
			}
			if toks[x].Punct && toks[x].Text != "-" {
				break
			}
		}
	}
	// "warned in July of a possible IS resurgence", "warned that U.S.
	// buyers would not": a bare "warn" threatens only whom it addresses,
	// its direct object
	// (in the passive the subject is whom it addresses: "Israel was
	// warned by Iran")
	if r.Type == "THREATEN" && m.p.verbal && len(m.toks) == 1 && strings.HasPrefix(toks[head].Lower, "warn") && !dr.passive {
		var kept []*actor.Mention
		for k := range ms {
			if rm := &ms[k]; rm.Start > head && (rm.Start == head+1 || rm.Start == head+2 && determiners[toks[head+1].Lower]) {
				// "warned France and Germany"
				for _, j := range coordinated(toks, ms, k, 1, stop) {
					if containsMention(dr.recips, &ms[j]) {
						kept = append(kept, &ms[j])
					}
				}
				break
			}
		}
		dr.recips = kept
		if len(dr.recips) == 0 {
			return nil
		}
	}
	// "transfers of munitions from North Korea to Russia": the sender is
	// named by "from", whoever reports the transfer
	if r.Kind == "arms_sale" && ev.Type == "AID" && (!m.p.verbal || dr.nounUse) && (dr.weakActor || len(dr.actors) == 0) {
		for k := range ms {
			mm := &ms[k]
			if mm.Start < m.end || mm.Start >= stop || !mm.Keyed() {
				continue
			}
			if p, _, ok := prepBefore(toks, mm, m.end); ok && p == "from" {
				dr.actors = []*actor.Mention{mm}
				dr.weakActor = false
				kept := dr.recips[:0]
				for _, rm := range dr.recips {
					if rm != mm {
						kept = append(kept, rm)
					}
				}
				dr.recips = kept
				break
			}
		}
	}
	// "2.8 million Chinese tourists visited Vietnam": leisure travel
	if r.Type == "CONSULT" && m.start > s.Start && leisureActors[toks[m.start-1].Lower] {
		return nil
	}
	if r.Type == "CONSULT" && len(dr.actors) > 0 {
		leisure := true
		for _, am := range dr.actors {
			words := strings.Fields(strings.ToLower(am.Entity.Name))
			if len(words) == 0 || !leisureActors[words[len(words)-1]] {
				leisure = false
			}
		}
		if leisure {
			return nil
		}
	}
	_, loc := objects(toks, ms, m.end, b, false)
	if last := toks[m.end-1].Lower; loc == nil && m.end > m.start+1 && (last == "in" || last == "at" || last == "outside" || last == "near" || last == "inside") {
		// "demonstrated in Jakarta": the pattern's own preposition
		// names the place
		for k := range ms {
			if mk := &ms[k]; (mk.Start == m.end || mk.Start == m.end+1 && determiners[toks[m.end].Lower]) && (mk.Kind == actor.KCapital || mk.Kind == actor.KCountry || mk.Kind == actor.KActor && mk.Entity.Sector == "") {
				loc = mk
				break
			}
		}
	}
	if loc != nil {
		e := mentionEntity(d, loc)
		ev.Location = &attache.Location{Name: e.Name, Country: e.Country, Span: e.Span}
		e.Via = "place"
		if placeOfObject(toks, ms, m, loc) {
			e.Via = "place of object"
		}
		dr.place = &e
	}
	c.status(d, dr, a)
	if !reversal(d, dr, a) {
		return nil
	}
	if r.Speaker && !c.speakerArgs(d, dr, si, ms) {
		return nil
	}
	conditionalThreat(d, dr)
	if ev.Type == "THREATEN" && dr.asked && !orFace(toks, m) {
		// "require President Reagan to retaliate": no threat is made
		return nil
	}
	if ev.Type == "THREATEN" && (ev.Status == attache.Hypothetical || ev.Status == attache.Planned) {
		// "Russia said it would retaliate if NATO deployed missiles": the
		// threat is made whatever its condition
		ev.Status = attache.Threatened
	}
	if ev.Type == "SANCTION" && ev.Status == attache.Proposed {
		// "the council was recommending trade sanctions against Japan": a
		// sanction held over a country is a threat of restriction
		ev.Facts = setFact(ev.Facts, "threatened_type", ev.Type)
		ev.Type, ev.Mode, ev.Kind = "THREATEN", "restrict", ""
	}
	refusal(d, dr)
	futureType(ev)
	c.refineKind(d, dr, a, b)
	if ev.Kind == "investment_block" {
		acquirerOnly(d, dr)
	}
	fa, fb := a, b
	if lo > fa {
		fa = lo
	}
	if hi < fb {
		fb = hi
	}
	c.facts(d, dr, si, fa, fb, a, b)
	// "when the Irish parliament meets next Tuesday": an act dated after
	// the story is still to come
	if ev.Status == attache.Occurred && ev.DatePrecision == "day" && !d.Date.IsZero() && ev.Date > d.Date.Format("2006-01-02") {
		ev.Status = attache.Planned
		futureType(ev)
	} else if ev.Status == attache.Occurred && ev.DatePrecision != "day" && futureWords(d.Toks, m, s.Start, s.End) {
		// "Bush visits Canada next week" in an undated story
		ev.Status = attache.Planned
		futureType(ev)
	}
	if moneyKinds[ev.Kind] && !hasMoney(ev.Quantities) {
		// "rejected a takeover proposal from Deutsche Boerse - the offer
		// valued the exchange at about £1.35bn": the deal's value may follow
		// in the next clause of the sentence
		for _, q := range d.Quants[si] {
			if q.Kind == attache.Money && q.Start >= b && q.End <= hi {
				ev.Quantities = append(ev.Quantities, q.Quantity)
			}
		}
	}
	c.attribution(d, dr, si, ms)
	ev.Trigger = attache.Trigger{Text: d.Text(m.start, m.end), Span: d.Span(m.start, m.end)}
	ev.Span = d.Span(s.Start, s.End)
	ev.Sentence = si
	ev.Evidence = d.Text(s.Start, s.End)
	ev.Doc = d.ID
	if reactionTypes[ev.Type] && verbal && !dr.nounUse && !dr.passive {
		// "condemned the killing of its general by the United States",
		// "welcomed the release of the prisoners by Belarus": a reaction to
		// a named act is addressed to the act's agent
		if ag := nominalAgent(toks, ms, m.end, stop); ag != nil {
			dr.recips = ag
		}
	}
	refineRecipients(d, dr, ms, stop)
	place := ev.Location
	if place == nil {
		// "activists in Minsk", "aid workers in Nigeria": the place named
		// with a group is where the event is
		for _, rm := range dr.recips {
			if (rm.Kind == actor.KNoun || rm.Kind == actor.KTitle) && rm.Entity.Country != "" && strings.Contains(rm.Entity.Name, " in ") {
				place = &attache.Location{Country: rm.Entity.Country}
				break
			}
		}
	}
	for _, am := range dr.actors {
		ev.Actor = append(ev.Actor, placeKey(mentionEntity(d, am), am, place))
	}
	for _, rm := range dr.recips {
		if len(dr.recips) > 1 && locative(toks, rm, s.Start) {
			// "killed 18 soldiers on Mindanao island", "struck targets
			// east of Sidon": beside a party, a place is where, not whom
			continue
		}
		if rm.Kind == actor.KPerson && rm.End < len(toks) && nameModifiedHeads[toks[rm.End].Lower] {
			// "the issue of Reagan bonds", "Trump supporters": a name
			// modifying a noun is no party
			continue
		}
		e := mentionEntity(d, rm)
		e = placeKey(e, rm, ev.Location)
		e = victimPlace(toks, ms, e, rm, ev.Type)
		e = ownersParty(toks, e, rm)
		e = proModifier(toks, e, rm, ev)
		if e.Country == "" && e.Org == "" && rm.Home != "" && r.Type != "CONSULT" {
			// "Geza was expelled", "Maasai protesters": an unknown name
			// undergoing an act in a story about one country
			e.Country, e.Via = rm.Home, "home"
		}
		ev.Recipient = append(ev.Recipient, e)
	}
	if ev.Type == "RETREAT" && ev.Mode == "resign" {
		// "he was forced to step down after court actions brought by
		// CODELCO": a resignation has no recipient
		ev.Recipient = nil
		dr.recips = nil
	}
	if len(dr.recips) > 0 {
		// "voiced concern over the violence, with Jake Sullivan speaking
		// by phone with his counterpart": the subject of an absolute
		// clause is no recipient
		kept := ev.Recipient[:0]
		for i, e := range ev.Recipient {
			if i < len(dr.recips) {
				if rm := dr.recips[i]; rm.Start >= 2 && rm.End < s.End && toks[rm.Start-1].Lower == "with" && toks[rm.Start-2].Text == "," && strings.HasSuffix(toks[rm.End].Lower, "ing") {
					continue
				}
				rm := dr.recips[i]
				p, _ := precededByPrep(toks, rm, s.Start)
				// "migrants sent to Guantanamo Bay": a place named as where
				// is no party, beside a party
				if len(dr.recips) > 1 && rm.Kind == actor.KActor && rm.Entity.Sector == "" && rm.Entity.Org == "" && (p == "to" || p == "in" || p == "at" || p == "near" || p == "from" || p == "into") {
					continue
				}
				// "deported 173 women and children to Turkey": where the
				// deported are sent is no recipient
				if len(dr.recips) > 1 && ev.Mode == "deport" && p == "to" && namedBeside(dr.recips, rm) {
					continue
				}
			}
			kept = append(kept, e)
		}
		ev.Recipient = kept
	}
	if len(ev.Recipient) > 1 {
		// "sentenced Dodik ... over his separatist activities": an
		// unresolved pronoun beside a named recipient adds no one
		kept := ev.Recipient[:0]
		for _, e := range ev.Recipient {
			if e.Country == "" && e.Org == "" && pronounWords[strings.ToLower(e.Text)] {
				continue
			}
			kept = append(kept, e)
		}
		ev.Recipient = kept
	}
	if ev.Type == "CONSULT" && ev.Mode == "visit" && len(attache.Keys(ev.Recipient)) == 0 && len(ev.Actor) > 0 && ev.Actor[0].Country != "" {
		// "coinciding with his visit, the Bundesbank ...": a visit with no
		// place named is to the country the story is about
		if h := homeCountry(d, si, ev.Actor[0].Country); h != "" {
			ev.Recipient = append(ev.Recipient, attache.Entity{Name: h, Country: h, Sector: "GOV", Via: "home"})
		}
	}
	if ev.Type == "SANCTION" && len(ev.Actor) > 0 && ev.Actor[0].Sector == "BUS" && ev.Kind != "tariff" {
		// "Wal-Mart has suspended gun sales": a firm's business decision
		return nil
	}
	// "Bush and Kerry clashed over Iraq", "the Oval Office clash between
	// Trump and Zelenskyy": politicians clash in words, not arms
	if ev.Type == "ASSAULT" && strings.HasPrefix(toks[head].Lower, "clash") && verbalParties(dr) {
		return nil
	}
	// ("at least 14 villagers have been killed by the flood": with no one
	// named, a disaster after the trigger too)
	if ev.Type == "ASSAULT" && (disasterBefore(toks, actorEnd(dr, s.Start), m.start) || disasterSubject(toks, s) || len(attache.Keys(ev.Actor)) == 0 && disasterBefore(toks, m.end, min(s.End, m.end+12))) {
		// "the heaviest rains in decades killed at least 40 people", "a
		// bus collided with a truck, killing 12": deaths, not attacks
		return nil
	}
	if ev.Type == "PROTEST" && len(ev.Actor) == 0 {
		// "Algeria suffered violent protests against government plans": the
		// protesters are the people of the country the protest is in
		country := ""
		if subj := subject(toks, ms, m.start, a); len(subj) > 0 && subj[0].Kind == actor.KCountry {
			country = subj[0].Entity.Country
		} else if len(ev.Recipient) > 0 && strings.HasPrefix(ev.Recipient[0].Via, "coref") {
			// "protests against government plans": the story's own government
			country = ev.Recipient[0].Country
		}
		if country != "" {
			ev.Actor = []attache.Entity{{Name: "protesters", Text: ev.Trigger.Text, Span: ev.Trigger.Span, Country: country, Sector: "CVL", Via: "implied by protest"}}
		}
	}
	homeGuessNamed(toks, s.Start, ev, dr.actors)
	ev.Recipient = dropSame(ev.Recipient, ev.Actor)
	reciprocal(toks, m.start, m.end, stop, ev)
	if ev.Type == "CONSULT" && visitingGuest(d, head, s.Start, ev) {
		// "Blinken assured visiting Australian Foreign Minister Marise
		// Payne": the one "visiting" modifies is the visitor, the
		// subject the host
		ev.Actor, ev.Recipient = ev.Recipient, ev.Actor
	}
	// (a riot is no statement: "supporters clashed with the police"
	// stays a clash whoever the supporters follow)
	if ev.Type == "PROTEST" && m.p.verbal && len(ev.Actor) > 0 && ev.Actor[0].Sector == "GOV" && ev.Mode != "riot" && ev.Mode != "vandalize" {
		// a government that boycotts imposes an embargo; one that protests
		// disapproves: "Arab states boycotted Israeli goods", "Mexico
		// protested the U.S. decision"
		if strings.HasPrefix(toks[head].Lower, "boycott") {
			ev.Type, ev.Mode = "SANCTION", "discontinue"
		} else {
			ev.Type, ev.Mode = "ACCUSE", "disapprove"
		}
	}
	ah := -1
	for x := m.start; x < m.end; x++ {
		if strings.HasPrefix(toks[x].Lower, "attack") {
			ah = x
		}
	}
	if ev.Type == "ASSAULT" && ah >= 0 && m.end-m.start <= 3 && (m.p.verbal && len(m.toks) == 1 && verbalAttack(toks, ev.Recipient, ah, s.End) || attackOnWords(toks, ah, s.End)) {
		// "Trump attacked The Wall Street Journal for refusing to support
		// his plans": an attack on a newspaper, or one made for what its
		// target did, is words
		ev.Type, ev.Mode, ev.Kind = "ACCUSE", "disapprove", ""
		ev.Context = nil
	}
	if ev.Type == "PROTEST" && len(attache.Keys(ev.Recipient)) == 0 && len(ev.Actor) > 0 && ev.Actor[0].Country != "" && ev.Actor[0].Sector != "GOV" {
		// a protest with no named target is directed at the protesters'
		// own government: "Maasai protesters in the capital"
		ev.Recipient = append(ev.Recipient, attache.Entity{Name: "government", Text: ev.Trigger.Text, Span: ev.Trigger.Span, Country: ev.Actor[0].Country, Sector: "GOV", Via: "implied by protest"})
	}
	recallB(d, dr)
	ev.Mentions = []attache.Mention{{Sentence: si, Span: ev.Trigger.Span, Trigger: ev.Trigger.Text, Rule: ev.Rule}}
	return dr
}

// nameModifiedHeads are nouns a person's name modifies: "Reagan bonds",
// "the Trump era", "Putin loyalists".
var nameModifiedHeads = lexicon.List("name_modified_heads")

// notVisitingModifier: words before "visiting" that make it a verb or a
// gerund ("is visiting China", "while visiting Japan", "began visiting").
var notVisitingModifier = map[string]bool{"is": true, "was": true, "were": true, "are": true, "am": true, "be": true, "been": true, "'s": true, "'re": true,
	"while": true, "when": true, "after": true, "before": true, "since": true, "during": true, "by": true, "of": true, "for": true, "and": true, "or": true, "to": true,
	"began": true, "begin": true, "begins": true, "started": true, "start": true, "starts": true, "continued": true, "continue": true, "continues": true,
	"kept": true, "keep": true, "keeps": true, "stopped": true, "stop": true, "avoid": true, "avoided": true, "enjoy": true, "enjoyed": true, "from": true, "without": true, "about": true}

// visitingGuest: "visiting" used as a modifier of a person or group right
// after it ("met visiting German Chancellor Olaf Scholz"), with the actor
// before it, names the visitor in the recipient slot.
func visitingGuest(d *Doc, head, floor int, ev *attache.Event) bool {
	toks := d.Toks
	if toks[head].Lower != "visiting" || head <= floor || head+1 >= len(toks) || len(ev.Actor) == 0 || len(ev.Recipient) == 0 {
		return false
	}
	if p := toks[head-1]; p.Punct || notVisitingModifier[p.Lower] {
		return false
	}
	r := ev.Recipient[0]
	switch r.Via {
	case "country", "capital", "actor":
		return false
	}
	if r.Sector == "" || r.Span[0] != d.Span(head+1, head+2)[0] {
		return false
	}
	return ev.Actor[0].Span[1] <= d.Span(head, head+1)[0]
}

// acquirerOnly: the recipient of a blocked acquisition is the acquirer
// ("by Nippon Steel"); the company to be bought is kept as a fact.
func acquirerOnly(d *Doc, dr *draft) {
	var acq, rest []*actor.Mention
	for _, r := range dr.recips {
		if p, pi, ok := prepBefore(d.Toks, r, 0); ok && p == "by" && dealBefore(d.Toks, pi, 0) {
			acq = append(acq, r)
		} else {
			rest = append(rest, r)
		}
	}
	if len(acq) == 0 {
		return
	}
	dr.recips = acq
	for _, r := range rest {
		dr.ev.Facts = setFact(dr.ev.Facts, "target", r.Entity.Name)
	}
	dr.ev.Facts = setFact(dr.ev.Facts, "acquirer", acq[0].Entity.Name)
}

func setFact(f map[string]string, k, v string) map[string]string {
	if f == nil {
		f = map[string]string{}
	}
	f[k] = v
	return f
}

// placeOfObject says whether the place loc says where the act's object is
// ("the executions in Iran", "the violence in Israel"), rather than where
// the actor spoke or met ("pledged in Paris", "agreed to meet in Geneva"),
// or what money is in ("transactions in US dollars").
func placeOfObject(toks []text.Token, ms []actor.Mention, m match, loc *actor.Mention) bool {
	p, pi, ok := prepBefore(toks, loc, m.toks[0]+1)
	if !ok || p != "in" && p != "inside" || pi-1 <= m.toks[0] || !placeNoun(toks[pi-1]) || toks[pi-2].Lower == "to" {
		return false
	}
	// (a noun that ends another party's name, "leaders in Lisbon", is
	// that party's place, unless it is the pattern's own object)
	if isMentionEnd(ms, pi) && pi > m.end {
		return false
	}
	return !(loc.End < len(toks) && notOwnerNouns[toks[loc.End].Lower])
}

// placeNoun: a word that a place after it may belong to ("violence in",
// "conditions in"), not a verb, a name or a time.
func placeNoun(t text.Token) bool {
	w := t.Lower
	if t.Cap || t.Num || t.Punct || strings.HasSuffix(w, "ed") || notOwnerNouns[w] || determiners[w] || preps[w] {
		return false
	}
	return true
}

// notOwnerNouns: times, after which a place is where something happened,
// not whose; and money ("transactions in US dollars").
var notOwnerNouns = map[string]bool{"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "day": true, "days": true,
	"dollars": true, "euros": true, "yen": true, "pounds": true, "currency": true, "currencies": true,
	"today": true, "yesterday": true, "tonight": true, "morning": true, "afternoon": true, "evening": true, "night": true, "weekend": true}

// clauseOpening: toks[a:x] holds only determiners and modifiers, so the
// noun at x opens its clause ("Humanitarian aid from Jordan reached Gaza").
func clauseOpening(toks []text.Token, a, x int) bool {
	for y := a; y < x; y++ {
		if !determiners[toks[y].Lower] && !(isModifier(toks[y]) && !toks[y].Cap) && !toks[y].Punct {
			return false
		}
	}
	return true
}

// laborCue says whether a sentence speaks of labour: a strike there is a
// walkout.
func laborCue(toks []text.Token, a, b int) bool {
	for x := a; x < b; x++ {
		switch toks[x].Lower {
		case "workers", "union", "unions", "walkout", "pay", "wages", "wage", "staff", "employees", "miners", "drivers", "teachers", "doctors", "nurses", "dockers", "pickets", "picket", "strikers", "industrial", "general", "rail", "transport", "pension", "pensions":
			return true
		}
	}
	return false
}

// adjectiveLike: a lowercase word that reads as an adjective by its ending
// or is a common news adjective.
func adjectiveLike(t text.Token) bool {
	if t.Cap || t.Punct || t.Num {
		return false
	}
	w := t.Lower
	switch w {
	case "apparent", "alleged", "suspected", "brutal", "deadly", "recent", "latest", "new", "fresh", "major", "massive", "failed", "attempted", "possible", "planned", "surprise", "daring", "bloody", "fatal", "second", "third", "first", "last", "big", "huge", "large", "small", "brief", "short":
		return true
	}
	if strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "dent") {
		// (government, agreement, president: nouns)
		return false
	}
	for _, suf := range []string{"al", "ent", "ant", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ish"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// toPrepHeads take "to" as a preposition: "in addition to", "due to".
var toPrepHeads = map[string]bool{"addition": true, "response": true, "due": true, "according": true, "thanks": true, "prior": true, "contrary": true,
	"opposed": true, "subject": true, "regard": true, "relation": true, "close": true, "next": true, "similar": true, "compared": true, "owing": true,
	"pursuant": true, "reference": true, "alternative": true, "exposure": true}

// relativeClauseEnd finds the comma closing a relative clause ", who ..."
// that holds the trigger at [start, end); -1 when there is none.
func relativeClauseEnd(toks []text.Token, a, start, end, sEnd int) int {
	open := false
	for x := start - 1; x > a && x >= start-8; x-- {
		w := toks[x].Lower
		if toks[x].Punct {
			break
		}
		if (w == "who" || w == "which") && toks[x-1].Text == "," {
			open = true
			break
		}
	}
	if !open {
		return -1
	}
	for x := end; x < sEnd; x++ {
		if toks[x].Text == "," {
			return x
		}
		if clauseBreak(toks, x) {
			return -1
		}
	}
	return -1
}

// isAux: an auxiliary or modal, which never heads a noun.
func isAux(w string) bool { return auxWords[w] || beForms[w] }

// responseWords take "to" before what they answer.
var responseWords = map[string]bool{"responded": true, "responds": true, "respond": true, "responding": true, "response": true, "reacted": true, "reacts": true,
	"react": true, "reacting": true, "reaction": true, "replied": true, "reply": true, "retaliated": true, "retaliation": true, "retaliating": true}

// statementNouns report what their owner says it will do.
var statementNouns = lexicon.List("statement_nouns")

// pronounSubjectAt finds "it" or "they" as the subject of the verb at
// head, with only auxiliaries and adverbs between; it returns -1 when there
// is none.
func pronounSubjectAt(toks []text.Token, a, head int) int {
	for x := head - 1; x > a; x-- {
		w := toks[x].Lower
		if w == "it" || w == "they" {
			return x
		}
		if !auxWords[w] && !adverbs[w] && w != "not" {
			return -1
		}
	}
	return -1
}

// activeBy verbs take "by" as their own preposition, not an agent's:
// "Turkey stood by Azerbaijan".
var activeBy = map[string]bool{"stood": true, "stand": true, "stands": true, "standing": true, "abide": true, "abided": true, "abides": true, "abiding": true}

// kinNouns name a party's relatives.
var kinNouns = lexicon.List("kin_nouns")

// passiveBefore: a participle or "be" stands within three words before
// "by" at x ("displaced this week by fighting").
func passiveBefore(toks []text.Token, x, floor int) bool {
	for y := x - 1; y >= floor && y >= x-3; y-- {
		if participleLike(toks[y].Lower) || beForms[toks[y].Lower] {
			return true
		}
		if toks[y].Punct {
			return false
		}
	}
	return false
}

// gerundAdverbial prepositions open a gerund clause whose subject is the
// main clause's.
var gerundAdverbial = map[string]bool{"after": true, "before": true, "while": true, "since": true, "upon": true, "by": true}

// homeGuessNamed drops the story's country from an actor that had no
// country of its own ("the diplomats", "officials") when the recipient names
// that country: "diplomats called for Russia to reciprocate" in a story about
// Russia are someone else's diplomats.
func homeGuessNamed(toks []text.Token, floor int, ev *attache.Event, ams []*actor.Mention) {
	for i := range ev.Actor {
		a := &ev.Actor[i]
		// (the home country's own opposition, courts or unions do act on
		// it: "opposition politicians called on the government")
		if a.Via != "coref:home" || a.Sector != "GOV" && a.Sector != "MIL" {
			continue
		}
		// ("Democratic leaders called for a summit with the White House":
		// a party's name before the noun says whose they are)
		if len(ams) == len(ev.Actor) && ams[i].Start > floor && toks[ams[i].Start-1].Cap && !toks[ams[i].Start-1].Punct && !determiners[toks[ams[i].Start-1].Lower] {
			continue
		}
		for _, r := range ev.Recipient {
			if r.Country == a.Country && r.Org == "" && (r.Via == "country" || r.Via == "capital") {
				a.Country = ""
				break
			}
		}
	}
}

// dropSame removes recipients that are the actor itself, and duplicates.
func dropSame(rec, act []attache.Entity) []attache.Entity {
	out := rec[:0]
	for _, r := range rec {
		same := false
		for _, a := range act {
			// "Trump reaffirmed ties between the United States and Japan":
			// the actor's own country restated is no recipient
			if a.Country == r.Country && a.Org == r.Org && (a.Name == r.Name || (a.Sector == r.Sector && r.Via == "country")) {
				same = true
			}
		}
		for _, o := range out {
			if o.Country == r.Country && o.Org == r.Org && o.Sector == r.Sector {
				same = true
			}
		}
		if !same {
			out = append(out, r)
		}
	}
	return out
}

// lightVerbs carry a noun event: "to have a meeting", "to hold talks".
var lightVerbs = map[string]bool{"have": true, "hold": true, "attend": true, "host": true, "make": true, "sign": true, "reach": true, "begin": true, "resume": true, "join": true, "conduct": true, "launch": true, "stage": true, "carry": true, "impose": true, "pay": true,
	"put": true, "slap": true, "place": true, "levy": true, "introduce": true, "extend": true, "tighten": true, "expand": true, "offer": true, "provide": true, "send": true, "deliver": true}

// endsInPrep: "talks with", "meeting with": the first mention after the
// pattern is its object.
func endsInPrep(toks []text.Token, m match) bool {
	return len(m.toks) > 1 && recipPreps[toks[m.toks[len(m.toks)-1]].Lower]
}

// nounUse says whether a verb form at v stands as a noun: after a
// determiner or preposition, or in a hyphenated compound.
func nounUse(toks []text.Token, v, floor int) bool {
	w := toks[v].Lower
	if v <= floor {
		return false
	}
	p := toks[v-1]
	// "his visit", "the attack", "a ban"
	if determiners[p.Lower] && p.Lower != "that" && p.Lower != "all" && p.Lower != "both" {
		return true
	}
	// "against any attack", "another strike"
	if p.Lower == "any" || p.Lower == "another" || p.Lower == "every" || p.Lower == "each" {
		return true
	}
	// "remain under terrorism sanctions.", "evaded U.S. sanctions for
	// years", "Russian strikes on Kyiv": a plural noun, not a verb, when
	// a preposition or the clause's end follows
	if pluralActs[w] && v+1 < len(toks) {
		n := toks[v+1].Lower
		if n == "on" || n == "against" && w != "protests" || n == "for" || n == "over" || n == "." || n == "," || n == ";" || n == "were" || n == "are" || n == "have" || n == "had" {
			return true
		}
	}
	// "Saddam Hussein's arrest"
	if p.Lower == "'s" {
		return true
	}
	// "cases of rape", "reports of torture"
	if p.Lower == "of" && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return true
	}
	// "the apparent murder", "a brutal attack": an adjective after an
	// article; "a car-bomb explosion": the second half of a compound
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") && v-2 >= floor {
		pp := toks[v-2].Lower
		// (after a verb, "made a new appeal", "conducting a fierce
		// assault", the verb reading finds the same parties)
		if determiners[pp] && pp != "that" && adjectiveLike(p) && !(v-3 >= floor && (lightVerbs[toks[v-3].Lower] || strings.HasSuffix(toks[v-3].Lower, "ed") || strings.HasSuffix(toks[v-3].Lower, "ing") || pastIrregular[toks[v-3].Lower])) {
			return true
		}
		// "the Bouake attack", "a Hamas raid": a name between an article
		// and the word modifies a noun
		// (a verb would take an object: "The Tories accuse Labour")
		if p.Cap && !p.Punct && (pp == "the" || pp == "a" || pp == "an") && !isAux(w) && !pastIrregular[w] && v+1 < len(toks) {
			if n := toks[v+1]; n.Lower != "'s" && n.Text != "'" && (n.Punct || preps[n.Lower] && n.Lower != "to" || isAux(n.Lower) || n.Lower == "and") {
				return true
			}
		}
		if p.Text == "-" && p.Joined && !toks[v-2].Cap && !toks[v-2].Num && !toks[v-2].Punct && pp != "re" && pp != "co" && pp != "counter" && pp != "non" && pp != "anti" && pp != "pre" && pp != "post" && pp != "self" {
			return true
		}
	}
	// "the four-day visit", "a two-nation tour": a hyphenated modifier
	// before the word makes it a noun
	if v-3 >= floor && p.Joined && toks[v-2].Text == "-" && toks[v-2].Joined && (toks[v-3].Num || numberWords[toks[v-3].Lower]) {
		return true
	}
	// "the train hijacking by armed militants": an -ing form with an agent
	// right after it is a noun; a verb would take its object there
	if strings.HasSuffix(w, "ing") && v+2 < len(toks) && toks[v+1].Lower == "by" && !toks[v+2].Num {
		return true
	}
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") {
		return false
	}
	if p.Joined && v-2 >= floor && toks[v-2].Text == "-" {
		return true
	}
	// "despite Iranian charges that", "amid Chinese threats": a demonym
	// after such a preposition modifies a noun
	if p.Cap && !p.Punct && v-2 >= floor && reactionPreps[toks[v-2].Lower] {
		return true
	}
	pw := p.Lower
	return determiners[pw] || pw == "of" || pw == "after" || pw == "against" || pw == "amid" || pw == "during" || pw == "'s" || pw == "violent" || pw == "mass" || pw == "new" || pw == "recent" || pw == "further" || pw == "more" || pw == "fresh" || pw == "tougher" || pw == "additional" || pw == "economic" || pw == "possible" || pw == "harsh" || pw == "sweeping"
}

// fromActs are passives whose "from X" names the institution that acts.
var fromActs = map[string]bool{"released": true, "freed": true, "expelled": true, "dismissed": true, "ousted": true, "suspended": true, "banned": true, "barred": true, "deported": true, "evicted": true, "removed": true, "sacked": true, "fired": true, "discharged": true}

// topicVerbs take the topic of a meeting as their object.
var topicVerbs = map[string]bool{"discuss": true, "discussed": true, "discusses": true, "discussing": true, "debate": true, "debated": true, "debates": true, "debating": true}

// forceSectors act through their forces: "China's military buildup".
var forceSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "REB": true, "SPY": true}

// undergoVerbs make their subject the target of their object noun.
var undergoVerbs = map[string]bool{"drew": true, "draws": true, "draw": true, "drawing": true, "faced": true, "faces": true,
	"face": true, "facing": true, "received": true, "receives": true, "sparked": true, "sparks": true, "triggered": true,
	"triggers": true, "prompted": true, "prompts": true, "provoked": true, "provokes": true, "attracted": true, "suffered": true,
	"suffers": true, "endured": true, "died": true, "die": true, "dies": true, "perished": true, "survived": true, "survive": true,
	"escaped": true, "remain": true, "remains": true, "remained": true}

// victimWords between a subject and a noun of an act make the subject its
// target: "subject to attacks", "victims of abuse", "exposed to violence".
// The value is the word that has to follow, if any.
var victimWords = map[string]string{"subject": "to", "subjected": "to", "victim": "of", "victims": "of", "vulnerable": "to",
	"exposed": "to", "suffer": "", "suffering": "", "endure": "", "enduring": "", "endures": ""}

func victimWord(toks []text.Token, x int) bool {
	next, ok := victimWords[toks[x].Lower]
	return ok && (next == "" || x+1 < len(toks) && toks[x+1].Lower == next)
}

// patientNouns name an act whose possessor undergoes it ("his arrest").
var patientNouns = lexicon.List("patient_nouns")

// nominalArgs fills the arguments of a noun trigger ("Japan's commitment",
// "talks between X and Y", "the imposition by the United States of tariffs
// on Japan", "a meeting with Ishiba").
func (c *Coder) nominalArgs(d *Doc, dr *draft, ms []actor.Mention, a, stop int) {
	toks := d.Toks
	m := dr.trig
	// X-Y talks / X and Y talks / X's commitment / Iraqi airstrike
	var pre []*actor.Mention
	for k := len(ms) - 1; k >= 0; k-- {
		mm := &ms[k]
		if mm.Start < m.start && mm.End > m.start && mm.Start >= a && forceSectors[mm.Entity.Sector] {
			// a mention that holds the pattern's first word: "China's military
			// buildup"
			pre = append(pre, mm)
			break
		}
		if mm.End > m.start || mm.End < m.start-4 || mm.Start < a {
			continue
		}
		gap := true
		for x := mm.End; x < m.start; x++ {
			w := toks[x].Lower
			if w == "'s" || w == "'" || w == "-" || determiners[w] || (!toks[x].Punct && isModifier(toks[x]) && !preps[w] && !toks[x].Num) {
				continue
			}
			// "the U.S.-led invasion": the leader named before "-led"
			if ledAfterHyphen(toks, x) {
				continue
			}
			if toks[x].Num || w == "%" || w == "$" || w == "billion" || w == "million" {
				continue
			}
			gap = false
		}
		if !gap {
			break
		}
		if audience(toks, ms, mm, a) || atrocityPlace(toks, mm, m.toks[len(m.toks)-1]) {
			break
		}
		possPron := mm.Kind == actor.KPronoun && (mm.Pron == "his" || mm.Pron == "her") && mm.Keyed()
		if !(mm.Poss || mm.Weak || possPron || mm.Kind == actor.KCountry || mm.Kind == actor.KOrg || mm.Kind == actor.KPerson || mm.Kind == actor.KActor || mm.Kind == actor.KCapital || mm.Kind == actor.KName) {
			break
		}
		// ("voiced understanding for a U.S. attack": the country right
		// before the act names its doer whatever governs the phrase)
		if p, pi, pp := prepBefore(toks, mm, a); pp && !mm.Poss && !possPron && !(mm.End+1 < m.start && ledAfterHyphen(toks, mm.End+1)) && !(p == "to" && infinitive(toks, pi+1, a)) && !((reactionPreps[p] || responsePreps[p] && mm.End == m.start) && mm.Kind == actor.KAdj) && !(p == "for" && mm.End == m.start && (mm.Kind == actor.KAdj || mm.Kind == actor.KCountry)) && !(m.p.rule.Type == "ASSAULT" && strikeDemonym(toks, mm, m.toks[len(m.toks)-1])) {
			// (but "despite Iranian charges", "against Iraqi attacks": the
			// demonym names who acts)
			// ("to increase UK bilateral aid": UK modifies the noun)
			break
		}
		for _, j := range coordinated(toks, ms, k, -1, 0) {
			pre = append(pre, &ms[j])
		}
		// "Trump-Ishiba discussions": a second name joined by a hyphen
		if k > 0 && ms[k-1].End == mm.Start-1 && toks[mm.Start-1].Text == "-" {
			pre = append(pre, &ms[k-1])
		}
		break
	}
	if len(m.toks) > 1 && toks[m.toks[1]].Lower == "by" && participleLike(toks[m.toks[0]].Lower) && !activeBy[toks[m.toks[0]].Lower] {
		// "soldiers backed by African Union troops": the agent after "by"
		// acts, the noun phrase before undergoes
		for k := range ms {
			if ms[k].Start > m.toks[1] && ms[k].Start <= m.toks[1]+3 {
				dr.actors = []*actor.Mention{&ms[k]}
				break
			}
		}
		dr.recips = subject(toks, ms, m.start, a)
		dr.agentless = len(dr.actors) == 0
		return
	}
	// "the four-day visit of West German President Weizsaecker": who
	// comes after "of" is the visitor
	if last := toks[m.toks[len(m.toks)-1]].Lower; len(pre) == 0 && (last == "visit" || last == "visits" || last == "trip" || last == "tour") && m.end+1 < len(toks) && toks[m.end].Lower == "of" {
		for k := range ms {
			if ms[k].Start == m.end+1 || ms[k].Start == m.end+2 && determiners[toks[m.end+1].Lower] {
				for _, j := range coordinated(toks, ms, k, 1, stop+4) {
					pre = append(pre, &ms[j])
				}
				break
			}
		}
	}
	if len(pre) > 0 && pre[0].Poss && patientNouns[toks[m.toks[0]].Lower] {
		// "Saddam Hussein's arrest", "the journalist's release": the
		// possessor undergoes the act
		dr.recips = append(dr.recips, pre...)
		pre = nil
	}
	if len(pre) > 0 {
		dr.actors = pre
	}
	// "the withdrawal of Russian troops", "the deployment of NATO forces":
	// the armed force closing the pattern moves itself, so the country
	// or body that modifies it is the actor
	if last := m.toks[len(m.toks)-1]; len(dr.actors) == 0 && len(m.toks) > 1 && movingForces[toks[last].Lower] {
		for k := range ms {
			if mm := &ms[k]; mm.Start > m.toks[0] && mm.Start <= last && mm.End <= last+1 && mm.Keyed() && !mm.Poss {
				dr.actors = []*actor.Mention{mm}
				break
			}
		}
	}
	// "protesters", "strikers": the noun names the actors themselves
	if dr.trig.p.rule.Type == "PROTEST" {
		all := d.Mentions[dr.sent]
		for k := range all {
			mm := &all[k]
			if mm.Kind == actor.KNoun && mm.Start <= m.toks[0] && m.toks[0] < mm.End {
				dr.actors = []*actor.Mention{mm}
			}
		}
	}
	if ag := agent(toks, ms, m.end, stop); len(ag) > 0 && (len(dr.actors) == 0 || len(pre) == 1 && (pre[0].Kind == actor.KName || pre[0].Kind == actor.KCapital || pre[0].Kind == actor.KActor && pre[0].Entity.Sector == "") && !pre[0].Poss) {
		// ("the Bouake attack by Ivorian jets": a place before the noun
		// says where; the agent after "by" acts)
		dr.actors = ag
	}
	// "the detention of the Australian writer by China": the agent after
	// a longer "of" phrase
	if len(dr.actors) == 0 && m.end+1 < stop && toks[m.end].Lower == "of" {
		if ag := nominalAgent(toks, ms, m.end+1, stop); len(ag) > 0 {
			dr.actors = ag
		}
	}
	// between X and Y ("talks between" holds its own "between")
	for x := m.toks[0] + 1; x < stop && x < m.end+3; x++ {
		if toks[x].Lower == "between" {
			for k := range ms {
				if ms[k].Start > x && ms[k].Start <= x+3 {
					for _, j := range coordinated(toks, ms, k, 1, stop+4) {
						dr.actors = append(dr.actors, &ms[j])
					}
					break
				}
			}
		}
	}
	if !dr.trig.p.rule.NoRecip {
		// "tariffs on Canada and Mexico were delayed": the pattern's own gap
		// holds the recipients
		inner, _ := objects(toks, ms, m.toks[0]+1, m.end, false)
		rec, _ := objects(toks, ms, m.end, stop, endsInPrep(toks, m))
		rec = append(inner, rec...)
		for _, r := range rec {
			dup := false
			for _, x := range dr.actors {
				if x == r {
					dup = true
				}
			}
			if !dup {
				dr.recips = append(dr.recips, r)
			}
		}
	}
	// "Three farmers were shot dead by border guards": a participle
	// pattern after "be" is passive; its subject undergoes the act
	if x := m.start - 1; x > a && participleLike(toks[m.start].Lower) && len(dr.recips) == 0 {
		for x > a && adverbs[toks[x].Lower] {
			x--
		}
		if beForms[toks[x].Lower] && toks[x].Lower != "'s" {
			dr.recips = subject(toks, ms, x, a)
			dr.passive = true
			if len(dr.actors) == 0 {
				dr.agentless = true
				return
			}
		}
	}
	if len(dr.actors) == 0 && dr.trig.p.rule.Type != "PROTEST" {
		// the clause subject: "Trump made the announcement following a meeting",
		// but not across an infinitive: "Japan is spending more to counter threats"
		subj := subject(toks, ms, m.start, a)
		// "Mhlanga's arrest": the possessor inside the noun phrase is no subject
		if len(subj) > 0 && subj[0].Poss && m.start-subj[0].End <= 2 {
			subj = nil
		}
		// "a warning to Iran against escalating attacks on shipping",
		// "despite charges that": an act named after such a preposition is
		// what the clause responds to, not what its subject does
		for x := m.start - 1; len(subj) > 0 && x >= subj[len(subj)-1].End && x >= m.start-4; x-- {
			// ("France responded to the Bouake attack by ...": what one
			// responds to is another's act)
			if reactionPreps[toks[x].Lower] || toks[x].Lower == "to" && x > 0 && responseWords[toks[x-1].Lower] {
				subj = nil
				break
			}
			if toks[x].Punct || !isModifier(toks[x]) && !determiners[toks[x].Lower] && !strings.HasSuffix(toks[x].Lower, "ing") {
				break
			}
		}
		// "urged an investigation of the attack on Afghan journalists", "the
		// anniversary of the bombing": an act named after "of" belongs to
		// the noun before it, not to the clause subject (but "a wave of
		// attacks", "a series of strikes" are the subject's own)
		if len(subj) > 0 {
			// ("news broke of the Mombasa bombings": a place name may
			// modify the act)
			x := m.start - 1
			for x > subj[len(subj)-1].End && (determiners[toks[x].Lower] || !toks[x].Punct && !toks[x].Cap && isModifier(toks[x]) && !preps[toks[x].Lower] || toks[x].Cap && x > subj[len(subj)-1].End+1 && toks[x-1].Lower != "of" && determiners[toks[x-1].Lower]) {
				x--
			}
			if x > subj[len(subj)-1].End && toks[x].Lower == "of" && (ofHeads[toks[x-1].Lower] || toks[x-1].Lower == "broke" && x-2 >= 0 && toks[x-2].Lower == "news") {
				subj = nil
			}
		}
		// "Insurgents hammered central Baghdad with rocket barrages": an
		// instrument after "with" is the clause subject's; the nearest name
		// before it is the verb's object
		for x := m.start - 1; len(subj) > 0 && x >= subj[len(subj)-1].End && x >= m.start-8; x-- {
			if toks[x].Punct {
				break
			}
			if (dr.trig.p.rule.Type == "ASSAULT" || dr.trig.p.rule.Type == "COERCE") && toks[x].Lower == "with" && x > subj[len(subj)-1].End && verbObject(toks, subj[0].Start, subj[len(subj)-1].End, x) {
				obj := subj
				subj = mainSubject(toks, ms, a, x)
				if len(subj) > 0 && subj[0] == obj[0] {
					break
				}
				for _, om := range obj {
					if !containsMention(dr.recips, om) && !containsMention(subj, om) {
						dr.recips = append(dr.recips, om)
					}
				}
				break
			}
		}
		// "Taliban leaders remain under international sanctions", "the
		// city came under attack": what is under the act undergoes it
		for x := m.start - 1; len(subj) > 0 && x >= subj[len(subj)-1].End && x >= m.start-3; x-- {
			if toks[x].Lower == "under" {
				for _, sm := range subj {
					if !containsMention(dr.recips, sm) {
						dr.recips = append(dr.recips, sm)
					}
				}
				subj = nil
				break
			}
			if toks[x].Punct || !isModifier(toks[x]) && !determiners[toks[x].Lower] {
				break
			}
		}
		// "Iran's attack on Israel drew condemnation", "the plan faced
		// criticism": the subject of such a verb undergoes the noun's act,
		// it does not do it
		if len(subj) > 0 {
			for x := subj[0].End; x < m.start; x++ {
				if undergoVerbs[toks[x].Lower] {
					subj = nil
					break
				}
				// "people are subject to attacks, abductions", "women are
				// victims of rape": the subject undergoes the act
				if victimWord(toks, x) {
					for _, sm := range subj {
						if !containsMention(dr.recips, sm) {
							dr.recips = append(dr.recips, sm)
						}
					}
					subj = nil
					break
				}
			}
		}
		if len(subj) > 0 {
			for x := subj[0].End; x+1 < m.start; x++ {
				if toks[x].Lower == "to" && !determiners[toks[x+1].Lower] && !toks[x+1].Cap && !toks[x+1].Num && !lightVerbs[toks[x+1].Lower] {
					subj = nil
					break
				}
				// "X has said the island's import tariffs were unacceptable":
				// the speaker is not the actor of what is reported
				if speechish(toks[x].Lower) && toks[x].Lower != "announced" || describeVerbs[toks[x].Lower] {
					subj = nil
					break
				}
				// "hundreds of people have been killed in suicide attacks":
				// the subject of a passive undergoes the act
				if beForms[toks[x].Lower] && toks[x].Lower != "'s" && participleLike(toks[x+1].Lower) && !stative[toks[x+1].Lower] {
					subj = nil
					break
				}
			}
		}
		// "X was sentenced for the murder of Y": X did the murder
		if y := chargedDoer(toks, m.start, a); len(subj) == 0 && y >= 0 && dr.trig.p.rule.Type == "ASSAULT" {
			subj = subject(toks, ms, y, a)
		}
		dr.actors = subj
		dr.weakActor = true
	}
	dr.agentless = len(dr.actors) == 0
}

var modalPlanned = map[string]bool{"will": true, "'ll": true, "shall": true, "would": true}
var modalHyp = map[string]bool{"could": true, "can": true, "might": true, "may": true, "should": true, "must": true}
var planners = map[string]bool{"moving": true, "voted": true, "votes": true, "willingness": true, "readiness": true, "willing": true, "intention": true, "intent": true, "determination": true, "plans": true, "plan": true, "planned": true, "planning": true, "intends": true, "intend": true, "intended": true, "aims": true, "expected": true, "due": true, "set": true, "scheduled": true, "going": true, "wants": true, "want": true, "seeks": true, "seek": true, "inclined": true, "hopes": true, "ready": true, "prepared": true,
	// "a U.S. commitment to use all military assets", "vowed to retaliate":
	// what is pledged is not yet done
	"commitment": true, "commitments": true, "pledge": true, "pledges": true, "pledged": true, "promise": true, "promises": true,
	"promised": true, "vow": true, "vows": true, "vowed": true, "committed": true,
	// "wanted to meet", "were supposed to sign", "plotted to kill":
	// intended, not (yet) done ("decided to ban" and "tried to kill" are
	// left as done: a decision and an attempt are acts)
	"wanted": true, "wanting": true, "supposed": true, "plotted": true, "plotting": true}

// attempters make what follows their "to" an aim, not a deed or a
// commitment: "Britain is seeking to finalize a deal", "trying to reach an
// agreement".
var attempters = map[string]bool{"seeking": true, "trying": true, "tries": true, "try": true, "attempting": true, "aiming": true, "aim": true,
	"striving": true, "strives": true, "looking": true, "keen": true, "eager": true, "anxious": true,
	// "sought to overturn the ruling", "conspiring to commit murder"
	"sought": true, "conspiring": true, "conspired": true, "conspiracy": true, "plot": true}

var proposers = map[string]string{
	"recommending": attache.Proposed, "recommended": attache.Proposed, "recommend": attache.Proposed, "recommends": attache.Proposed,
	"proposing": attache.Proposed, "proposes": attache.Proposed, "propose": attache.Proposed,
	"considering": attache.Hypothetical, "consider": attache.Hypothetical, "considers": attache.Hypothetical,
	"weighing": attache.Hypothetical, "mulling": attache.Hypothetical, "contemplating": attache.Hypothetical,
	// "offering unconditional talks", "offered a ceasefire"
	"offering": attache.Proposed, "offered": attache.Proposed, "offers": attache.Proposed,
}

// desireVerbs take a wished-for noun act as their object: "wants talks".
var desireVerbs = map[string]bool{"want": true, "wants": true, "wanted": true, "wanting": true, "seek": true, "seeks": true, "seeking": true, "sought": true}

// desireFor take it after "for": "hoping for talks", "pressed for a truce".
var desireFor = map[string]bool{"hope": true, "hopes": true, "hoped": true, "hoping": true, "hopeful": true, "wait": true, "waits": true, "waited": true, "waiting": true,
	"push": true, "pushes": true, "pushed": true, "pushing": true, "press": true, "presses": true, "pressed": true, "pressing": true,
	"call": true, "calls": true, "called": true, "calling": true, "appeal": true, "appeals": true, "appealed": true, "appealing": true,
	"ask": true, "asks": true, "asked": true, "asking": true, "plea": true, "pleas": true, "lobby": true, "lobbied": true, "lobbying": true,
	"campaign": true, "campaigned": true, "campaigning": true, "prepare": true, "prepares": true, "prepared": true, "preparing": true}

// bareVerb says whether w can be the bare form of a verb that a modal
// governs (not "attacked", "attacking", "attacks", "met").
func bareVerb(w string) bool {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || pastIrregular[w] || beForms[w] {
		return false
	}
	return !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")
}

// finiteVerb says whether w looks like a past or present-tense verb
// ("imposed", "met", "imposes"), which heads a phrase of its own.
func finiteVerb(w string) bool {
	return strings.HasSuffix(w, "ed") || pastIrregular[w] || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !beForms[w]
}

// sharedAux says whether the phrase before the conjunction at x opens
// with "be", "been" or "have" after a modal, which a participle after the
// conjunction shares.
func sharedAux(toks []text.Token, a, x int) bool {
	for y := x - 1; y >= a && y >= x-8; y-- {
		if w := toks[y].Lower; (w == "be" || w == "been" || w == "have") && y > a && (modalHyp[toks[y-1].Lower] || modalPlanned[toks[y-1].Lower] || toks[y-1].Lower == "not" || toks[y-1].Lower == "to") {
			return true
		}
	}
	return false
}

// deniers negate the act they govern: "Syria denied using chemical weapons".
var deniers = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true}

// banNouns forbid the act they govern: "a ban on rallies".
var banNouns = lexicon.List("ban_nouns")

// purposes introduce what something is for, not what happened.
var purposes = map[string]bool{"effort": true, "efforts": true, "bid": true, "attempt": true, "attempts": true, "order": true, "used": true, "designed": true, "meant": true, "intended": true, "aimed": true, "able": true, "unable": true}

// thingsNamedForPlaces: nouns a city's name labels ("the Paris accord",
// "the Doha agreement", "the Minsk talks"): the city is no party to them.
var thingsNamedForPlaces = lexicon.List("things_named_for_places")

// placeNamesThing says whether mention m is a city or capital used as the
// name of an agreement or meeting.
func placeNamesThing(toks []text.Token, m *actor.Mention, end int) bool {
	if m.End >= end || m.Poss {
		return false
	}
	city := m.Kind == actor.KCapital || m.Kind == actor.KActor && m.Entity.Sector == "" && m.Entity.Country != "" && m.Entity.Org == ""
	return city && thingsNamedForPlaces[toks[m.End].Lower]
}

// soilNouns make a country's adjective a place: "from Afghan soil".
var soilNouns = lexicon.List("soil_nouns")

// cooperative types name acts an opponent can oppose.
var cooperative = map[string]bool{"COOPERATE": true, "AID": true, "SUPPORT": true, "AGREE": true}

// opposeVerbs take a cooperative act as the object they oppose.
var opposeVerbs = map[string]bool{"opposes": true, "oppose": true, "opposed": true, "opposing": true, "rejects": true, "rejected": true, "rejecting": true,
	"condemned": true, "condemns": true, "criticized": true, "criticised": true, "criticizes": true, "blocked": true, "blocks": true, "against": true}

// seekVerbs ask for what follows: "seeking military assistance".
var seekVerbs = map[string]bool{"seek": true, "seeks": true, "seeking": true, "sought": true, "requested": true, "requesting": true, "requests": true, "appealed": true, "asked": true, "asking": true, "wants": true, "wanted": true}

// leisureActors travel for themselves: their visits are no diplomacy.
var leisureActors = lexicon.List("leisure_actors")

// pluralActs are plural nouns that are also a verb's third person.
var pluralActs = map[string]bool{"sanctions": true, "attacks": true, "strikes": true, "raids": true, "threats": true, "bans": true, "curbs": true, "arrests": true, "protests": true, "embargoes": true, "tariffs": true, "visits": true, "talks": true}

// violateVerbs break or evade a restriction already in place.
var violateVerbs = map[string]bool{"violate": true, "violates": true, "violated": true, "violating": true, "violation": true, "breach": true, "breached": true, "breaches": true, "breaching": true,
	"evade": true, "evaded": true, "evades": true, "evading": true, "evasion": true, "circumvent": true, "circumvented": true, "circumventing": true, "bypass": true, "bypassed": true, "bypassing": true,
	"defy": true, "defied": true, "defies": true, "defying": true, "flout": true, "flouted": true, "flouting": true, "skirt": true, "skirting": true, "bust": true, "busting": true}

// genericAdjectives say how often a kind of act happens, not that one did.
var genericAdjectives = map[string]bool{"rare": true, "common": true, "uncommon": true, "unusual": true, "frequent": true, "infrequent": true, "routine": true, "widespread": true, "commonplace": true, "unheard": true, "typical": true, "customary": true, "popular": true, "unpopular": true, "difficult": true, "impossible": true, "unlikely": true}

// genericPredicate says whether the predicate right of a noun trigger,
// within its clause, is generic: "is rare", "are common", "enjoy support".
func genericPredicate(toks []text.Token, from, to int) bool {
	for x := from; x < to && x < from+8; x++ {
		w := toks[x].Lower
		if w == "enjoy" || w == "enjoys" {
			return true
		}
		if beForms[w] && w != "'s" {
			y := x + 1
			for y < to && (adverbs[toks[y].Lower] || toks[y].Lower == "still" || toks[y].Lower == "very" || toks[y].Lower == "extremely" || toks[y].Lower == "relatively" || toks[y].Lower == "increasingly" || toks[y].Lower == "not") {
				y++
			}
			// ("the meeting is unlikely to produce measures" still meets)
			return y < to && genericAdjectives[toks[y].Lower] && !(y+1 < to && toks[y+1].Lower == "to" && !commonAdjectives[toks[y].Lower])
		}
		if modalPlanned[w] || modalHyp[w] {
			// "security cooperation will likely develop slowly": a forecast
			// of how a kind of act will evolve is commentary
			y := x + 1
			for y < to && (adverbs[toks[y].Lower] || hedges[toks[y].Lower]) {
				y++
			}
			return y < to && evolveVerbs[toks[y].Lower]
		}
		if toks[x].Punct && toks[x].Text != "-" {
			return false
		}
	}
	return false
}

// commonAdjectives are the generic adjectives that need no complement.
var commonAdjectives = map[string]bool{"rare": true, "common": true, "uncommon": true, "unusual": true, "frequent": true, "infrequent": true, "routine": true, "widespread": true, "commonplace": true, "unheard": true, "typical": true, "customary": true, "popular": true, "unpopular": true}

// reducedRelative: a violent act's participle that follows its victims
// directly and takes no object ("schoolgirls kidnapped in Zamfara",
// "civilians killed by the strike").
func reducedRelative(toks []text.Token, ms []actor.Mention, m match, head, end int) *actor.Mention {
	// "Mamoru Takuma, convicted for murdering eight children, has been
	// executed": a participle in apposition after a named person befalls
	// that person
	if t := m.p.rule.Type; (t == "SANCTION" || t == "ACCUSE" || t == "ASSAULT" || t == "COERCE") && head >= 2 && toks[head-1].Text == "," && participle(toks[head].Lower) && head+1 < end && (preps[toks[head+1].Lower] || toks[head+1].Lower == "last" || toks[head+1].Lower == "earlier") {
		for k := range ms {
			if ms[k].End == head-1 && (ms[k].Kind == actor.KPerson || ms[k].Kind == actor.KName || ms[k].Kind == actor.KTitle) {
				return &ms[k]
			}
		}
	}
	// (and a release: "the military rescued all the passengers freed so far")
	if t := m.p.rule.Type; t != "ASSAULT" && t != "COERCE" && !(t == "RETREAT" && (toks[head].Lower == "freed" || toks[head].Lower == "released")) {
		return nil
	}
	var am *actor.Mention
	for k := range ms {
		// (a named object of any sector: "the body of a soldier killed in",
		// but not a place, "car bombs in Baghdad killed", nor a participle
		// with an object of its own, "reported Israeli forces fired tear gas")
		if ms[k].End == head && (ms[k].Entity.Sector == "CVL" || ms[k].Entity.Sector == "REF" || objectPosition(toks, ms[k].Start) && ms[k].Kind != actor.KCountry && ms[k].Kind != actor.KCapital && ms[k].Kind != actor.KAdj && head+1 < end && (preps[toks[head+1].Lower] || dayWords[toks[head+1].Lower]) && !(toks[head+1].Lower == "at" && head+2 < end && (toks[head+2].Lower == "least" || toks[head+2].Lower == "most"))) {
			am = &ms[k]
		}
		// "three UN workers abducted last month are still held", "the
		// four Britons freed from US custody are expected to": a captive's
		// participle phrase before the clause's own verb
		if ms[k].End == head && captiveParticiples[toks[head].Lower] && ms[k].Kind != actor.KCountry && ms[k].Kind != actor.KCapital && (ms[k].Kind != actor.KAdj || strings.HasSuffix(toks[head-1].Lower, "s")) && ms[k].Kind != actor.KPronoun && head+1 < end && (preps[toks[head+1].Lower] || toks[head+1].Lower == "last" || toks[head+1].Lower == "nearly" || toks[head+1].Lower == "hostage") && laterFiniteVerb(toks, head+1, end) {
			am = &ms[k]
		}
	}
	if am == nil {
		// "school children can still be attacked or kidnapped": the second
		// of two passive participles
		if x := head - 1; x-2 >= 0 && (toks[x].Lower == "or" || toks[x].Lower == "and") && strings.HasSuffix(toks[x-1].Lower, "ed") && beForms[toks[x-2].Lower] {
			for k := range ms {
				if ms[k].End <= x-2 && ms[k].End >= x-6 && (ms[k].Entity.Sector == "CVL" || ms[k].Entity.Sector == "REF") {
					am = &ms[k]
				}
			}
			return am
		}
		return nil
	}
	w := toks[head].Lower
	if !strings.HasSuffix(w, "ed") && w != "held" && w != "taken" && w != "shot" && w != "hit" && w != "beaten" {
		return nil
	}
	if m.end >= end {
		return am
	}
	n := toks[m.end].Lower
	if preps[n] || toks[m.end].Punct || beForms[n] || n == "during" || n == "last" || n == "this" || n == "earlier" || n == "so" || n == "yesterday" || n == "today" || n == "nearly" || n == "hostage" || dayWords[n] {
		return am
	}
	return nil
}

// describedNoun says whether a plural noun phrase of people or forces
// starts at x: "monks", "Buddhist monks", "government troops".
func describedNoun(toks []text.Token, x, end int) bool {
	for y := x; y < end && y < x+3; y++ {
		w := toks[y].Lower
		if toks[y].Punct || preps[w] || determiners[w] {
			return false
		}
		if describedHeads[w] {
			return true
		}
	}
	return false
}

// describedHeads are nouns an -ing modifier describes: "protesting monks".
var describedHeads = lexicon.List("described_heads")

// futureWords says whether "next week", "next Tuesday" or "tomorrow"
// stands near the trigger m in its clause (and does not modify a noun:
// "next week's summit").
func futureWords(toks []text.Token, m match, start, end int) bool {
	lo, hi := m.start-6, m.end+8
	if lo < start {
		lo = start
	}
	if hi > end {
		hi = end
	}
	// (a conjunction opens another verb phrase: "will join up next year
	// and already have held talks")
	for x := m.start - 1; x >= lo; x-- {
		if toks[x].Punct || toks[x].Lower == "and" || toks[x].Lower == "but" {
			lo = x + 1
			break
		}
	}
	for x := m.end; x < hi; x++ {
		if toks[x].Punct && toks[x].Text != "-" || toks[x].Lower == "and" || toks[x].Lower == "but" {
			hi = x
			break
		}
	}
	// (the trigger's own words count: "beginning next week for talks")
	for x := lo; x < hi; x++ {
		w := toks[x].Lower
		poss := x+1 < end && toks[x+1].Lower == "'s" || x+2 < end && toks[x+2].Lower == "'s"
		if w == "tomorrow" && !poss {
			return true
		}
		if w == "next" && x+1 < hi && nextUnits[toks[x+1].Lower] && !poss {
			return true
		}
		// "NBC's aid concert later this month" (a noun: "is blamed for a
		// deficit later this year" blames now)
		if w == "later" && !m.p.verbal && x+2 < hi && (toks[x+1].Lower == "this" || toks[x+1].Lower == "in") && nextUnits[toks[x+2].Lower] {
			return true
		}
	}
	return false
}

var nextUnits = map[string]bool{"week": true, "month": true, "year": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "weekend": true}

// relativeAntecedent finds the antecedent of a passive relative clause
// ("women who were raped", "the ship which had been seized"): the index of
// the mention just before the pronoun, -1 when the antecedent is unnamed,
// and -2 when the participle at head is no such clause.
func relativeAntecedent(toks []text.Token, ms []actor.Mention, head, a int) int {
	x := head - 1
	for x > a && (beForms[toks[x].Lower] || toks[x].Lower == "been" || toks[x].Lower == "being" || toks[x].Lower == "had" || toks[x].Lower == "has" || toks[x].Lower == "have" || adverbs[toks[x].Lower]) {
		x--
	}
	if x <= a || x == head-1 || toks[x].Lower != "who" && toks[x].Lower != "which" {
		return -2
	}
	end := x
	if toks[end-1].Text == "," {
		end--
	}
	for k := range ms {
		if ms[k].End == end {
			return k
		}
	}
	// (an unnamed thing before "which", "the offer, which was
	// rejected", leaves the recipient to the owner found otherwise)
	if toks[x].Lower == "which" {
		return -2
	}
	return -1
}

// unnamedObject says whether the word at x ends a noun phrase that is the
// object of a preposition and names no actor: "to two men", "for villagers".
func unnamedObject(toks []text.Token, ms []actor.Mention, x int) bool {
	w := toks[x].Lower
	if toks[x].Punct || toks[x].Cap || toks[x].Num || beForms[w] || preps[w] || auxWords[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || len(w) < 3 {
		return false
	}
	for k := range ms {
		if ms[k].Start <= x && ms[k].End > x {
			return false
		}
	}
	// (a demonym inside the phrase is part of it: "of a Kenyan engineer")
	demonym := func(y int) bool {
		for k := range ms {
			if ms[k].Start <= y && ms[k].End > y && ms[k].Kind == actor.KAdj {
				return true
			}
		}
		return false
	}
	p := x - 1
	article := false
	for p > 0 && p >= x-3 && (determiners[toks[p].Lower] || toks[p].Num || demonym(p) || !toks[p].Punct && !toks[p].Cap && !preps[toks[p].Lower] && !auxWords[toks[p].Lower] && !strings.HasSuffix(toks[p].Lower, "ed") && len(toks[p].Lower) > 2 && !speechish(toks[p].Lower)) {
		if w := toks[p].Lower; w == "a" || w == "an" {
			article = true
		}
		p--
	}
	// a singular head needs "a"/"an": "wrote to a man freed from prison"
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "men") && w != "people" && !article {
		return false
	}
	return p >= 0 && preps[toks[p].Lower] && toks[p].Lower != "than" && !clauseOpener[toks[p].Lower] && !subordinators[toks[p].Lower]
}

// participle says whether w looks like a past participle: "freed", "held".
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 4 || w == "held" || w == "taken" || w == "shot" || w == "beaten" || w == "hit" || w == "struck"
}

// dayWords date a participle phrase: "an engineer kidnapped Tuesday in".
var dayWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "yesterday": true, "today": true}

// captiveParticiples tell what befell a captive: "workers abducted in".
var captiveParticiples = map[string]bool{"abducted": true, "kidnapped": true, "held": true, "seized": true, "detained": true, "arrested": true, "taken": true, "freed": true, "released": true, "jailed": true}

// laterFiniteVerb says whether an auxiliary or a form of "be" follows in
// the clause from x: the finite verb of a subject that a participle phrase
// modifies ("workers abducted last month are still held").
func laterFiniteVerb(toks []text.Token, x, end int) bool {
	for y := x; y < end && y < x+12; y++ {
		w := toks[y].Lower
		if toks[y].Punct || w == "and" || w == "but" || w == "that" || w == "which" || w == "who" || w == "when" || w == "after" || w == "before" {
			return false
		}
		if (beForms[w] && w != "'s" && w != "be" && w != "been" && w != "being") || w == "have" || w == "has" || w == "will" || w == "would" || w == "could" || w == "may" || w == "might" {
			return y > x
		}
	}
	return false
}

// objectPosition says whether the noun phrase starting at x stands after a
// preposition or a past verb ("the body of a soldier killed in", "visited
// soldiers wounded in"): an object, so a participle after it cannot be its
// finite verb.
func objectPosition(toks []text.Token, x int) bool {
	p := x - 1
	for p >= 0 && (determiners[toks[p].Lower] || toks[p].Num) {
		p--
	}
	if p < 0 || toks[p].Cap || toks[p].Punct {
		return false
	}
	w := toks[p].Lower
	if clauseOpener[w] || speechish(w) || thatVerbs[w] {
		// "after troops opened fire", "reported Israeli forces fired"
		return false
	}
	return preps[w] && w != "than" || strings.HasSuffix(w, "ed") && len(w) > 4 || pastIrregular[w]
}

// termsSubject says whether the verb at v has a document or plan for its
// subject: "the plan calls for", "the new budget also calls for", "That
// law, named after three senators, calls for".
func termsSubject(toks []text.Token, v, floor int) bool {
	x := v - 1
	for x > floor && (adverbs[toks[x].Lower] || strings.HasSuffix(toks[x].Lower, "ly")) {
		x--
	}
	// "the paper, which called for comments": a relative pronoun stands
	// for the noun before it
	if x > floor+1 && (toks[x].Lower == "which" || toks[x].Lower == "that") {
		x--
		if toks[x].Text == "," && x > floor {
			x--
		}
		return termNouns[toks[x].Lower]
	}
	if x > floor && toks[x].Text == "," {
		// skip an appositive back to its opening comma
		y := x - 1
		for y > floor && toks[y].Text != "," && x-y < 20 {
			y--
		}
		if y > floor && toks[y].Text == "," {
			x = y - 1
		}
	}
	return x >= floor && termNouns[toks[x].Lower]
}

// termNouns name documents and plans whose terms "call for" things.
var termNouns = lexicon.List("term_nouns")

// thatVerbs are past verbs of saying and knowing whose object may be a
// whole clause: "reported Israeli forces fired".
var thatVerbs = map[string]bool{"reported": true, "claimed": true, "confirmed": true, "alleged": true, "warned": true, "noted": true, "believed": true,
	"feared": true, "thought": true, "found": true, "showed": true, "insisted": true, "argued": true, "complained": true, "suggested": true, "denied": true,
	"wrote": true, "knew": true, "estimated": true, "charged": true, "stressed": true, "explained": true, "acknowledged": true, "admitted": true, "learned": true}

// seekBefore: a seek verb shortly before a trigger ("is seeking trade and
// military assistance from Russia").
func seekBefore(toks []text.Token, start, floor int) bool {
	for x := start - 1; x >= floor && x >= start-5; x-- {
		if seekVerbs[toks[x].Lower] || toks[x].Lower == "asked" || toks[x].Lower == "asking" || toks[x].Lower == "requested" || toks[x].Lower == "requesting" {
			return true
		}
	}
	return false
}

// receiveBefore: a verb of receiving shortly before a trigger ("the rebels
// receive military aid from Iran").
func receiveBefore(toks []text.Token, start, floor int) bool {
	for x := start - 1; x >= floor && x >= start-4; x-- {
		switch toks[x].Lower {
		case "receive", "receives", "received", "receiving", "get", "gets", "got", "getting", "obtain", "obtained", "obtains", "accept", "accepted", "accepts", "accepting":
			return true
		}
	}
	return false
}

// thingNouns name markets and measures, which cannot be asked to act.
var thingNouns = lexicon.List("thing_nouns")

// adjectivalIng are -ing forms that also serve as adjectives.
var adjectivalIng = map[string]bool{"demanding": true, "supporting": true, "promising": true, "accusing": true, "rewarding": true, "challenging": true, "engaging": true, "compelling": true}

// namedBeside: another recipient than rm is keyed by its own name, not by
// the story's home country.
func namedBeside(rs []*actor.Mention, rm *actor.Mention) bool {
	for _, o := range rs {
		if o != rm && o.Keyed() && !strings.HasPrefix(o.Entity.Via, "coref") && o.Entity.Via != "home" {
			return true
		}
	}
	return false
}

// askVerbs ask, order or allow their object to act.
var askVerbs = map[string]bool{"require": true, "requires": true, "required": true, "requiring": true, "allow": true, "allows": true, "allowed": true, "allowing": true,
	"permit": true, "permits": true, "permitted": true, "authorize": true, "authorizes": true, "authorized": true, "authorise": true, "authorised": true, "empower": true, "empowers": true, "empowered": true,
	"urge": true, "urges": true, "urged": true, "urging": true, "ask": true, "asks": true, "asked": true, "asking": true, "order": true, "orders": true, "ordered": true, "ordering": true,
	"encourage": true, "encouraged": true, "encourages": true, "encouraging": true, "invite": true, "invited": true, "invites": true, "press": true, "pressed": true, "pressing": true,
	"directed": true, "direct": true, "directs": true, "instructed": true, "instruct": true, "instructs": true, "told": true, "tell": true, "tells": true, "assigned": true,
	// "to pressure them to block", "persuade Iran to", "force Japan to open"
	"pressure": true, "pressured": true, "pressuring": true, "pressures": true, "persuade": true, "persuaded": true, "persuading": true,
	"convince": true, "convinced": true, "convincing": true, "force": true, "forcing": true, "compel": true, "compelled": true, "compelling": true, "push": true, "pushing": true}

// wordBetween: the word w stands between x and y ("would prefer Turkey to
// admit that the killing of Armenians was genocide": the act after "that"
// is no part of what is asked).
func wordBetween(toks []text.Token, x, y int, w string) bool {
	for z := x + 1; z < y; z++ {
		if toks[z].Lower == w {
			return true
		}
	}
	return false
}

// prepBetween: a preposition that attaches a noun elsewhere ("its
// challenge to Florida's ban", "despite a pledge") stands between x and y;
// "place suspects under house arrest" keeps the act in the verb phrase.
func prepBetween(toks []text.Token, x, y int) bool {
	for z := x + 1; z < y; z++ {
		if detachPreps[toks[z].Lower] {
			return true
		}
	}
	return false
}

var detachPreps = map[string]bool{"to": true, "of": true, "against": true, "despite": true, "over": true, "about": true, "after": true, "before": true, "since": true, "for": true}

// wantVerbs wish an act of their object: "wants the police to investigate",
// "would prefer Russia to withdraw" (and "would like", in askedBefore).
var wantVerbs = map[string]bool{"want": true, "wants": true, "wanted": true, "wanting": true, "prefer": true, "prefers": true, "preferred": true}

// askedBefore: the "to" at x follows an asked party right after an ask verb
// ("require President Reagan to", "urged the Iranian government to").
func askedBefore(toks []text.Token, x, floor int) bool {
	// ("urging Lord Chief Justice Woolf and Lord Justice Rix to": a few
	// names asked)
	for y := x - 1; y >= floor && y >= x-9; y-- {
		t := toks[y]
		if (t.Lower == "press" || t.Lower == "order") && y+1 < x && pressNouns[toks[y+1].Lower] {
			// "a press conference to discuss", "a court order to": nouns
			return false
		}
		if askVerbs[t.Lower] || wantVerbs[t.Lower] || t.Lower == "like" && y > floor && (toks[y-1].Lower == "would" || toks[y-1].Lower == "'d") {
			return y < x-1
		}
		// "called for the police to investigate", "pressed for Western
		// allies to supply": what is called for is asked of the party
		if t.Lower == "for" && y > floor && desireFor[toks[y-1].Lower] {
			return y < x-1
		}
		// "wants Iran and its proxies to stop": a list of those asked
		// (but "allowed and continues to" is another verb phrase)
		// ("told town officials and police chiefs to draft": lowercase
		// nouns on both sides)
		if (t.Lower == "and" || t.Lower == "or") && y < x-1 && y > floor && (toks[y+1].Cap || determiners[toks[y+1].Lower] || askedNoun(toks[y+1].Lower)) && (toks[y-1].Cap || askedNoun(toks[y-1].Lower)) {
			continue
		}
		// "will ask the governor on 9 or 10 May to dissolve": a date between
		if isNumber(t.Lower) || monthNames[t.Lower] || (t.Lower == "on" || t.Lower == "in") && y+1 < x && (isNumber(toks[y+1].Lower) || monthNames[toks[y+1].Lower] || weekdays[toks[y+1].Lower]) || weekdays[t.Lower] || t.Lower == "or" && y > floor && isNumber(toks[y-1].Lower) {
			continue
		}
		// ("ordered its military to seal", "directed administration
		// officials to consult": a lowercase noun phrase is asked too)
		if t.Punct && t.Text != "." && t.Text != "-" || !t.Cap && !determiners[t.Lower] && !t.Punct && !askedNoun(t.Lower) {
			return false
		}
	}
	return false
}

// pressNouns follow "press" or "order" as a noun: "press conference".
var pressNouns = lexicon.List("press_nouns")

// monthNames and weekdays date an act: "on 4 or 5 April", "on Friday".
var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true}
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// movingForces name armed forces that move themselves.
var movingForces = lexicon.List("moving_forces")

// expectVerbs forecast their object's act: "expect Iran to retaliate".
var expectVerbs = map[string]bool{"expect": true, "expects": true, "expected": true, "expecting": true, "predict": true, "predicts": true, "predicted": true, "predicting": true,
	"forecast": true, "forecasts": true, "anticipate": true, "anticipates": true, "anticipated": true, "anticipating": true}

// expectedBefore: the "to" at x follows a party right after a verb of
// expectation ("are expecting North Korea to"); "is expected to" has no
// party between and is left to the planners.
func expectedBefore(toks []text.Token, x, floor int) bool {
	for y := x - 1; y >= floor && y >= x-6; y-- {
		t := toks[y]
		if expectVerbs[t.Lower] {
			return y < x-1
		}
		if t.Punct && t.Text != "." && t.Text != "-" || !t.Cap && !determiners[t.Lower] && !t.Punct && !askedNoun(t.Lower) {
			return false
		}
	}
	return false
}

// askedNoun says whether w can stand in the noun phrase of those asked to
// act: not a preposition, "that", a form of "be" or a verb form.
func askedNoun(w string) bool {
	return !preps[w] && w != "that" && w != "and" && w != "or" && !beForms[w] && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !auxWords[w] && len(w) > 2
}

// deterVerbs take a hostile act as what they resist.
var deterVerbs = map[string]bool{"resist": true, "resisting": true, "resists": true, "deter": true, "deterring": true, "deters": true, "counter": true, "countering": true, "counters": true,
	"confront": true, "confronting": true, "repel": true, "repelling": true, "prevent": true, "preventing": true, "prevents": true, "combat": true, "combating": true, "combatting": true, "thwart": true, "thwarting": true}

// decisionNouns name a decision whose maker stands right before them.
var decisionNouns = map[string]bool{"ruling": true, "decision": true, "verdict": true, "order": true}

// failVerbs deny the act they govern: "failed to agree".
var failVerbs = map[string]bool{"inability": true, "failed": true, "fail": true, "fails": true, "failing": true, "refused": true, "failure": true, "refusal": true, "reluctance": true, "reluctant": true, "unwilling": true, "unwillingness": true}

// hopeVerbs put the act they introduce in hope, not in fact.
var hopeVerbs = map[string]bool{"hope": true, "hopes": true, "hoped": true, "hoping": true, "hopeful": true}

// memoryWords name the remembrance of a past act: "the anniversary of the
// attacks", "commemorating the invasion".
var memoryWords = lexicon.List("memory_words")

// hedges soften a forecast: "will likely", "would probably".
var hedges = map[string]bool{"likely": true, "probably": true, "possibly": true, "only": true, "eventually": true, "gradually": true, "certainly": true}

// evolveVerbs describe how a kind of act develops, not an act.
var evolveVerbs = map[string]bool{"develop": true, "evolve": true, "grow": true, "deepen": true, "expand": true, "improve": true, "progress": true, "slow": true, "stall": true, "weaken": true, "strengthen": true, "flourish": true, "suffer": true, "struggle": true, "remain": true}

// orFace: a trigger "or face sanctions".
func orFace(toks []text.Token, m match) bool {
	return len(m.toks) > 1 && toks[m.toks[0]].Lower == "or" && m.p.rule.Type == "THREATEN"
}

// demandVerbs address a demand to their object: "told Britain to pay".
var demandVerbs = map[string]bool{"told": true, "tells": true, "tell": true, "urged": true, "urges": true, "urge": true, "asked": true, "asks": true, "ordered": true, "orders": true, "warned": true, "warns": true, "on": true, "pressed": true, "pressing": true, "pressured": true, "demanded": true, "demands": true, "gave": true, "given": true, "giving": true}

// negSubjects open a negative subject: "No country has", "None of them".
var negSubjects = map[string]bool{"no": true, "none": true, "neither": true, "nobody": true, "nor": true}

var negators = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "without": true, "cannot": true}

// status reads modality, future and negation before the trigger, then the
// frame that governs it (governedStatus, governed.go).
func (c *Coder) status(d *Doc, dr *draft, a int) {
	c.statusCues(d, dr, a)
	governedStatus(d, dr)
}

// statusCues reads modality, future and negation next to the trigger.
func (c *Coder) statusCues(d *Doc, dr *draft, a int) {
	toks := d.Toks
	m := dr.trig
	ev := &dr.ev
	sentHasIf := false
	s := d.Sents[dr.sent]
	for x := s.Start; x < s.End; x++ {
		if toks[x].Lower == "if" || toks[x].Lower == "unless" || provisoAt(toks, x, s.End) {
			sentHasIf = true
		}
	}
	// "sanctions should be imposed", "the sanctions would be lifted": a
	// modal inside the pattern
	for x := m.start + 1; x < m.end; x++ {
		if w := toks[x].Lower; modalHyp[w] {
			ev.Status = attache.Hypothetical
			return
		} else if modalPlanned[w] {
			ev.Status = attache.Planned
			if w == "would" && sentHasIf {
				ev.Status = attache.Hypothetical
			}
			return
		}
	}
	// "economic cooperation between the United States and Ukraine could
	// resume", "a free trade pact could spur growth": a noun act whose verb
	// is a modal of possibility is not done
	if !m.p.verbal || dr.nounUse {
		for x := m.end; x < s.End && x < m.end+10; x++ {
			w := toks[x].Lower
			if modalHyp[w] && x+1 < s.End && !toks[x+1].Punct && !monthMay(toks, x) {
				ev.Status = attache.Hypothetical
				return
			}
			// "sanctions were likely to take effect on April 17"
			if beForms[w] && w != "'s" && x <= m.end+4 && x+2 < s.End && (toks[x+1].Lower == "likely" || toks[x+1].Lower == "expected" || toks[x+1].Lower == "due" || toks[x+1].Lower == "set" || toks[x+1].Lower == "scheduled") && toks[x+2].Lower == "to" {
				ev.Status = attache.Planned
				return
			}
			// (a conjunction outside a list of names opens another clause:
			// "attacked an Iranian platform on Monday and said it should")
			if toks[x].Punct && toks[x].Text != "-" || w == "that" || w == "which" || w == "who" || beForms[w] && w != "'s" || w == "has" || w == "have" || w == "had" || pastIrregular[w] || speechish(w) || strings.HasSuffix(w, "ed") && !toks[x].Cap || (w == "and" || w == "but" || w == "or") && !isMentionEnd(d.Mentions[dr.sent], x) {
				break
			}
		}
	}
	// "made no concessions", "reached no agreement": a negator inside the
	// pattern's gap negates it
	for x := m.start + 1; x < m.end; x++ {
		if w := toks[x].Lower; w == "no" || w == "never" {
			ev.Status = attache.Denied
			return
		}
	}
	// "No country has recognized the Taliban", "Neither side attacked": a
	// negative subject negates its clause
	for x := a; m.p.verbal && x < m.start && x < a+4 && m.start-x <= 8; x++ {
		w := toks[x].Lower
		if negSubjects[w] && (x == a || toks[x-1].Punct || toks[x-1].Lower == "that") {
			clean := true
			for y := x + 1; y < m.start; y++ {
				if toks[y].Punct || toks[y].Lower == "and" || toks[y].Lower == "or" || toks[y].Lower == "that" || toks[y].Lower == "which" || toks[y].Lower == "who" {
					clean = false
				}
			}
			if clean {
				ev.Status = attache.Denied
				return
			}
		}
		if toks[x].Punct && x > a {
			break
		}
	}
	// "Ukraine insisted that Russia pull out its troops": a bare verb
	// after a demand "that" is what is asked for, not what was done
	if m.p.verbal && !dr.nounUse && bareVerb(toks[m.start].Lower) && mandativeThat(toks, m.start, s.Start) {
		ev.Status = attache.Hypothetical
		return
	}
	// "Unless the U.S. puts concessions on the table, ...": the clause of
	// an "unless" states a condition
	if a > s.Start && toks[a-1].Lower == "unless" {
		ev.Status = attache.Hypothetical
		return
	}
cues:
	for x := m.start - 1; x >= a && x >= m.start-8; x-- {
		w := toks[x].Lower
		// "said the plan could fail and imposed sanctions": a finite verb
		// after "and" heads its own phrase (but "could be arrested and
		// charged" shares "could be")
		if (w == "and" || w == "or" || w == "but") && m.p.verbal && !dr.nounUse && finiteVerb(toks[m.start].Lower) && !sharedAux(toks, a, x) {
			break
		}
		// "feared computers would flood markets after Washington imposed
		// tariffs": a past verb after a subordinator is told as done
		if clauseOpeners[w] && dr.verbal() && (pastIrregular[toks[m.start].Lower] || pastForm(toks[m.start])) {
			break
		}
		// "Reporters Without Borders welcomed", "the detention without
		// trial is unlawful": "without" in a name, or with its own noun,
		// negates no act
		if w == "without" && (toks[x].Cap && x > s.Start && toks[x-1].Cap || !withoutReaches(toks, x, m.start)) {
			continue
		}
		switch {
		case (negators[w] || deniers[w]) && x >= m.start-3:
			if w == "not" && x+1 < len(toks) && (toks[x+1].Lower == "only" || toks[x+1].Lower == "just" || toks[x+1].Lower == "merely") {
				// "has not only invested heavily ... but also pledged": an
				// addition, not a negation
				continue
			}
			if w == "not" && x+2 < m.start && ignoreVerbs[toks[x+1].Lower] {
				// "should not ignore the need to reform": a double
				// negation asserts the need
				break cues
			}
			if (w == "not" || w == "n't" || w == "never") && x+2 < m.start && allowVerbs[toks[x+1].Lower] {
				// "would not oppose accession talks", "will not rule out
				// sanctions": what is not opposed is possible, not denied
				// ("did not oppose the sanctions": they stand)
				if x > a && (modalHyp[toks[x-1].Lower] || modalPlanned[toks[x-1].Lower]) {
					ev.Status = attache.Hypothetical
					return
				}
				break cues
			}
			ev.Status = attache.Denied
			return
		case modalHyp[w] && !monthMay(toks, x):
			ev.Status = attache.Hypothetical
			return
		case modalPlanned[w]:
			if w == "would" && sentHasIf {
				ev.Status = attache.Hypothetical
			} else {
				ev.Status = attache.Planned
			}
			return
		case w == "to" && x > a && planners[toks[x-1].Lower]:
			// "Japan has no plans to take new measures"
			if x-2 >= a && (toks[x-2].Lower == "no" || toks[x-2].Lower == "not" || toks[x-2].Lower == "n't") {
				ev.Status = attache.Denied
				return
			}
			// "if the two governments had intended to coordinate"
			for y := x - 1; y >= a; y-- {
				if toks[y].Lower == "if" || toks[y].Lower == "unless" || toks[y].Lower == "whether" {
					ev.Status = attache.Hypothetical
					return
				}
			}
			ev.Status = attache.Planned
			return
		case w == "to" && x > a && attempters[toks[x-1].Lower]:
			// "Japan is not trying to block the sale"
			if x-2 >= a && (toks[x-2].Lower == "no" || toks[x-2].Lower == "not" || toks[x-2].Lower == "n't") {
				ev.Status = attache.Denied
				return
			}
			ev.Status = attache.Hypothetical
			return
		case w == "to" && x > a && askedBefore(toks, x, a) && !wordBetween(toks, x, m.start, "that") && (dr.verbal() || !prepBetween(toks, x, m.start)):
			// (a noun act behind another preposition is no part of what
			// is asked: "asked the court to hear its challenge to
			// Florida's ban on adoptions")
			// "legislation to require President Reagan to retaliate",
			// "urged Iran to release the prisoners": what someone is asked
			// or allowed to do is not done
			ev.Status = attache.Hypothetical
			dr.asked = true
			return
		case w == "to" && x > a && expectedBefore(toks, x, a) && !wordBetween(toks, x, m.start, "that"):
			// "analysts expect North Korea to launch a missile": a forecast
			// about someone else's act, like "likely to", is not a fact
			ev.Status = attache.Hypothetical
			return
		case w == "to" && x > a && failVerbs[toks[x-1].Lower]:
			// "producers and consumers failed to agree"
			ev.Status = attache.Denied
			return
		case w == "to" && x > a+2 && failedBy(toks, x, a):
			// "a failure by the major nations to agree"
			ev.Status = attache.Denied
			return
		case w == "to" && x > a+1 && (toks[x-1].Lower == "have" || toks[x-1].Lower == "has") && x+1 < m.start && toks[x+1].Lower == "be":
			// "the proposals have to be agreed by member governments"
			ev.Status = attache.Hypothetical
			return
		case w == "to" && x > a && (toks[x-1].Lower == "likely" || toks[x-1].Lower == "unlikely"):
			// "Japan is likely to approve the loan": a forecast
			ev.Status = attache.Hypothetical
			return
		case w == "for" && x-2 >= a && (toks[x-1].Lower == "plans" || toks[x-1].Lower == "plan") && (toks[x-2].Lower == "no" || x-3 >= a && toks[x-3].Lower == "no"):
			// "no immediate plans for meetings with the union"
			ev.Status = attache.Denied
			return
		case (w == "consider" || w == "considering" || w == "considers" || w == "contemplating" || w == "weighing") && x == m.start-1:
			// "would consider granting access", "is weighing imposing"
			ev.Status = attache.Hypothetical
			return
		case w == "at" && x > a && toks[x-1].Lower == "aimed" && strings.HasSuffix(toks[m.start].Lower, "ing"):
			// "talks aimed at reaching a final accord"
			ev.Status = attache.Hypothetical
			return
		case w == "to" && x > a && purposes[toks[x-1].Lower] && !(x-2 >= a && beForms[toks[x-2].Lower] && (toks[x-2].Lower != "'s" || x != m.start-1)):
			// "a plane used to help troops share intelligence": a purpose
			ev.Status = attache.Hypothetical
			return
		case w == "to" && x > a+1 && toks[x-1].Lower == "is" || w == "to" && x > a && (toks[x-1].Lower == "are"):
			ev.Status = attache.Planned
			return
		}
		if toks[x].Punct && w != "-" {
			break
		}
	}
	// "could either keep fighting for months or accept a deal", "will
	// raise tariffs and then ban imports": a bare verb after "or"/"and"
	// shares the modal of the first verb phrase
	if m.p.verbal && !dr.nounUse && bareVerb(toks[m.start].Lower) {
		p := m.start - 1
		for p > a && (adverbs[toks[p].Lower] || toks[p].Lower == "then" || toks[p].Lower == "instead" || toks[p].Lower == "even" || toks[p].Lower == "perhaps") {
			p--
		}
		if p > a && (toks[p].Lower == "or" || toks[p].Lower == "and") {
			for x := p - 1; x >= a && x >= p-25; x-- {
				w := toks[x].Lower
				if w == ";" || w == ":" || w == "\"" || w == "that" || w == "which" || w == "who" || w == "said" || w == "says" || w == "because" || w == "while" || w == "but" {
					break
				}
				if modalHyp[w] && !monthMay(toks, x) {
					ev.Status = attache.Hypothetical
					return
				}
				if modalPlanned[w] {
					ev.Status = attache.Planned
					if w == "would" && sentHasIf {
						ev.Status = attache.Hypothetical
					}
					return
				}
				if w == "to" && x > a && planners[toks[x-1].Lower] {
					ev.Status = attache.Planned
					return
				}
				if w == "to" && x > a && attempters[toks[x-1].Lower] {
					ev.Status = attache.Hypothetical
					return
				}
				// (a finite verb of the first phrase: "attacked the port and
				// seize" cannot occur, but "has attacked ... and" can)
				if beForms[w] && w != "be" || w == "has" || w == "have" || w == "had" || pastIrregular[w] || strings.HasSuffix(w, "ed") && x > a && !modalHyp[toks[x-1].Lower] && !modalPlanned[toks[x-1].Lower] && toks[x-1].Lower != "be" {
					break
				}
			}
		}
	}
	// "if the Kremlin agrees", "when (and if) they strike a deal"
	for x := m.start - 1; x >= a; x-- {
		// "the effects, if any, of a suit filed": no condition
		if toks[x].Lower == "if" && x+1 < len(toks) && (toks[x+1].Lower == "any" || toks[x+1].Lower == "ever" || toks[x+1].Lower == "anything") {
			continue
		}
		if w := toks[x].Lower; w == "if" || w == "whether" || w == "unless" {
			ev.Status = attache.Hypothetical
			return
		}
	}
	// "she hopes the United States and Britain can coordinate their
	// efforts", "Ankara is looking to Trump to veto": a hoped-for act
	// (a named occasion, "hopes his visit will help", still takes place)
	for x := m.start - 1; m.p.verbal && !nounUse(toks, m.toks[0], s.Start) && x >= s.Start && x >= m.start-12; x-- {
		w := toks[x].Lower
		if hopeVerbs[w] || (w == "looking" || w == "counting" || w == "relying") && x+1 < m.start && toks[x+1].Lower == "to" || w == "looks" && x+1 < m.start && toks[x+1].Lower == "to" {
			ev.Status = attache.Hypothetical
			return
		}
		if w == "\"" || w == ";" || w == "said" || w == "says" || w == "but" || w == "while" {
			break
		}
	}
	// "sanctions against Turkey are in Congress awaiting ratification": a
	// measure that waits for approval is proposed
	if !m.p.verbal || nounUse(toks, m.toks[0], s.Start) {
		for x := m.end; x < m.end+10 && x < s.End; x++ {
			w := toks[x].Lower
			if w == "awaiting" || w == "await" || w == "awaits" || w == "pending" && x+1 < s.End && (toks[x+1].Lower == "approval" || toks[x+1].Lower == "ratification" || toks[x+1].Lower == "a") {
				ev.Status = attache.Proposed
				return
			}
			if toks[x].Punct && w != "-" {
				break
			}
		}
	}
	// "a ceasefire could take place": a modal after a noun trigger
	if !m.p.verbal {
		for x := m.end; x < m.end+5 && x < s.End; x++ {
			w := toks[x].Lower
			if modalHyp[w] && !monthMay(toks, x) {
				ev.Status = attache.Hypothetical
				return
			}
			if modalPlanned[w] {
				ev.Status = attache.Planned
				return
			}
			if toks[x].Punct || beForms[w] || w == "has" || w == "have" || w == "had" {
				break
			}
		}
	}
	// "U.N. sanctions, threatened over the killings, would": a noun act
	// that is threatened has not been carried out
	if (!m.p.verbal || dr.nounUse) && m.end+1 < s.End && (toks[m.end].Lower == "threatened" || toks[m.end].Text == "," && toks[m.end+1].Lower == "threatened") {
		ev.Status = attache.Hypothetical
		return
	}
	// "hoping for talks with", "wants a ceasefire", "pushed for a new round
	// of negotiations": a noun act someone wishes or asks for has not
	// (yet) taken place
	// ("want the embargo lifted" wishes an end to one in force)
	// ("is seeking military assistance from Russia" was made a REQUEST: the
	// seeking is the act)
	if (!m.p.verbal || dr.nounUse) && !(m.end < s.End && liftVerbs[toks[m.end].Lower]) && ev.Type != "REQUEST" {
		// ("Ishiba's call for a collective security arrangement like an
		// Asian NATO and nuclear deployment": a long noun phrase, with no
		// verb of its own)
		for x := m.start - 1; x >= a && x >= m.start-12; x-- {
			w := toks[x].Lower
			if x < m.start-6 && (pastForm(toks[x]) || pastIrregular[w] || auxWords[w] || finiteVerb(w) && !toks[x].Cap && !strings.HasSuffix(w, "ss") && x+1 < m.start && determiners[toks[x+1].Lower]) {
				break
			}
			if desireVerbs[w] || w == "for" && x > a && desireFor[toks[x-1].Lower] {
				ev.Status = attache.Hypothetical
				return
			}
			if w == "\"" || w == "“" {
				// 'was seeking "memorandums of understanding"'
				continue
			}
			// "call for an Asian NATO and nuclear deployment": a list of
			// what is called for (but "and France announced a deployment"
			// opens a clause)
			if w == "and" && plainModifiers(toks, x+1, m.start) {
				continue
			}
			if w == "of" && x > a && (toks[x-1].Lower == "round" || toks[x-1].Lower == "resumption" || toks[x-1].Lower == "start") || w == "like" {
				continue
			}
			if toks[x].Punct || preps[w] || beForms[w] || w == "and" || w == "or" || w == "that" || w == "which" || w == "who" {
				break
			}
		}
	}
	// "recommending trade sanctions", "considering tariffs": not (yet) done
	for x := m.start - 1; x >= a && x >= m.start-4; x-- {
		w := toks[x].Lower
		if status, ok := proposers[w]; ok {
			ev.Status = status
			return
		}
		if toks[x].Punct || preps[w] {
			break
		}
	}
	// "lifted the ban on opposition rallies": what is banned does not happen
	if !m.p.verbal {
		for x := m.start - 1; x >= a && x >= m.start-4; x-- {
			w := toks[x].Lower
			// ("the limits of a 1961 pledge" is its reach, no ban)
			if (w == "on" || w == "of" && !limitNouns[toks[x-1].Lower]) && x > a && banNouns[toks[x-1].Lower] {
				ev.Status = attache.Hypothetical
				return
			}
			if toks[x].Punct || w == "the" && x < m.start-2 {
				break
			}
		}
	}
	// "warned Israel against any attack", "without any talks": an act
	// named with "any" is none in particular
	if !dr.verbal() && m.start > a && (toks[m.start-1].Lower == "any" || m.start-1 > a && toks[m.start-2].Lower == "any" && !toks[m.start-1].Punct) {
		ev.Status = attache.Hypothetical
		return
	}
	// "upcoming talks", "the planned sanctions", "proposed"
	// ("an expected assault", "a possible U.S.-Soviet summit meeting", "a
	// possible 10 year jail sentence": across names, numbers and modifiers)
	// (a verb pattern after a determiner and the adjective is a noun: "an
	// expected assault")
	// (but "the proposed ban" of a verb pattern is left to its own verb:
	// "should not add")
	nominal := !dr.verbal() || m.start-2 >= a && determiners[toks[m.start-2].Lower] && toks[m.start-2].Lower != "that" && toks[m.start-1].Lower != "proposed"
	for x := m.start - 1; nominal && x >= a && x >= m.start-4; x-- {
		w := toks[x].Lower
		if w == "planned" || w == "upcoming" || w == "proposed" || w == "future" || w == "possible" || w == "expected" {
			ev.Status = attache.Planned
			if w == "proposed" {
				ev.Status = attache.Proposed
			}
			break
		}
		if !(toks[x].Cap || toks[x].Text == "-" || isNumber(w) || isModifier(toks[x]) && !preps[w] && !toks[x].Punct && !determiners[w] && !auxWords[w]) {
			break
		}
	}
	// "talks ... scheduled for Thursday"
	for x := m.end; !m.p.verbal && x < m.end+4 && x < s.End; x++ {
		if toks[x].Lower == "scheduled" || toks[x].Lower == "planned" {
			ev.Status = attache.Planned
		}
	}
}

// isNumber: a token of digits ("10", "39,250", "3.4").
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// withoutReaches: "without" at x governs the trigger at v: right before
// it or across determiners, adverbs and a gerund's subject ("without any
// talks", "without first negotiating with", "without them facing
// torture"); not across a noun of its own ("without trial is unlawful").
func withoutReaches(toks []text.Token, x, v int) bool {
	for y := x + 1; y < v; y++ {
		w := toks[y].Lower
		if !determiners[w] && !adverbs[w] && w != "any" && w != "first" && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") && w != "them" && w != "him" && w != "her" && w != "it" && w != "us" {
			return false
		}
	}
	return true
}

// monthMay: the "May" at x is the month ("last May", "in May", "May 5"),
// not the modal.
func monthMay(toks []text.Token, x int) bool {
	if toks[x].Lower != "may" || !toks[x].Cap {
		return false
	}
	if x+1 < len(toks) && isNumber(toks[x+1].Lower) {
		return true
	}
	if x == 0 {
		return false
	}
	switch toks[x-1].Lower {
	case "last", "next", "in", "since", "until", "by", "early", "late", "mid", "of", "this", "from", "through", "during", "before", "after", "on":
		return true
	}
	return isNumber(toks[x-1].Lower)
}

// allowVerbs, negated, leave what they take possible: "not oppose talks".
var allowVerbs = map[string]bool{"oppose": true, "object": true, "resist": true, "block": true, "rule": true, "exclude": true, "veto": true}

// ignoreVerbs negate what they take: "not ignore the need" asserts it.
var ignoreVerbs = map[string]bool{"ignore": true, "neglect": true, "overlook": true, "forget": true, "underestimate": true, "dismiss": true}

// plainModifiers: the words from i to j are lowercase noun modifiers only
// ("nuclear"), no verb and no name.
func plainModifiers(toks []text.Token, i, j int) bool {
	for y := i; y < j; y++ {
		if toks[y].Cap || toks[y].Punct || !isModifier(toks[y]) || preps[toks[y].Lower] || auxWords[toks[y].Lower] || strings.HasSuffix(toks[y].Lower, "s") {
			return false
		}
	}
	return true
}

// liftVerbs undo a restriction: "may lift sanctions", "lifted orders".
var liftVerbs = map[string]bool{"lift": true, "lifts": true, "lifted": true, "lifting": true, "ease": true, "eases": true, "eased": true, "easing": true,
	"remove": true, "removes": true, "removed": true, "removing": true, "scrap": true, "scraps": true, "scrapped": true, "scrapping": true,
	"waive": true, "waived": true, "waives": true, "waiving": true, "relax": true, "relaxed": true, "relaxes": true, "relaxing": true,
	"rescind": true, "rescinded": true, "revoke": true, "revoked": true, "overturn": true, "overturned": true, "quash": true, "quashed": true}

// breakOffVerbs end talks: "broke off talks with", "suspended negotiations".
var breakOffVerbs = map[string]bool{"broke": true, "broken": true, "breaking": true, "break": true, "breaks": true, "suspended": true, "suspend": true, "suspends": true, "halted": true, "halt": true,
	"ended": true, "end": true, "ends": true, "abandoned": true, "abandon": true, "quit": true, "cancelled": true, "canceled": true, "cancel": true}

// reversal: a restriction that is lifted ("may lift 84 mln dlrs in trade
// sanctions against Japan", "a court lifted orders blocking the swearing-in",
// "asked for sanctions relief") is a concession, and talks broken off are a
// rejection.
func reversal(d *Doc, dr *draft, a int) bool {
	toks := d.Toks
	ev := &dr.ev
	m := dr.trig
	switch ev.Type {
	case "SANCTION", "REJECT", "COERCE":
		if ev.Type == "SANCTION" && m.end < len(toks) && (toks[m.end].Lower == "relief" || toks[m.end].Lower == "waiver" || toks[m.end].Lower == "waivers" || toks[m.end].Lower == "exemption" || toks[m.end].Lower == "exemptions") {
			// "asked Trump for sanctions relief": relief asked for is not
			// given (the asking is the event)
			for x := m.start - 1; x >= a && x >= m.start-3; x-- {
				if w := toks[x].Lower; w == "for" || seekVerbs[w] {
					return false
				}
			}
			ev.Facts = setFact(ev.Facts, "lifted_type", ev.Type)
			ev.Type, ev.Mode, ev.Kind = "CONCEDE", "", ""
			return true
		}
		for x := m.start - 1; x >= a && x >= m.start-9; x-- {
			w := toks[x].Lower
			if liftVerbs[w] {
				ev.Facts = setFact(ev.Facts, "lifted_type", ev.Type)
				ev.Type, ev.Mode = "CONCEDE", ""
				if ev.Kind == "tariff" {
					ev.Kind = "tariff_relief"
				} else {
					ev.Kind = ""
				}
				// "may lift": the lifting's own modality
				for y := x - 1; y >= a && y >= x-3; y-- {
					if v := toks[y].Lower; modalHyp[v] {
						ev.Status = attache.Hypothetical
					} else if modalPlanned[v] || v == "to" && y > a && planners[toks[y-1].Lower] {
						ev.Status = attache.Planned
					} else if negators[v] {
						ev.Status = attache.Denied
					}
				}
				return true
			}
			if toks[x].Punct && w != "-" && w != "$" || clauseBreak(toks, x) || w == "that" || w == "which" || w == "and" {
				return true
			}
		}
	case "CONSULT":
		if dr.verbal() {
			return true
		}
		for x := m.start - 1; x >= a && x >= m.start-4; x-- {
			w := toks[x].Lower
			// ("ended his tour of Asia": a visit that ends took place)
			if breakOffVerbs[w] && !(ev.Mode == "visit" && (w == "end" || w == "ends" || w == "ended" || w == "ending")) {
				ev.Facts = setFact(ev.Facts, "refused_type", ev.Type)
				ev.Type, ev.Mode, ev.Kind = "REJECT", "meet", ""
				return true
			}
			if toks[x].Punct || !(determiners[w] || isModifier(toks[x]) || w == "off" || w == "out" || w == "of") {
				return true
			}
		}
	}
	return true
}

// refusal: a cooperative act that the actor says it will not do is a
// rejection ("the premier says she will not apologise for the raid", "Iran will
// never give up enrichment"): REJECT, the refused type kept in facts.
func refusal(d *Doc, dr *draft) {
	ev := &dr.ev
	if ev.Status != attache.Denied || dr.passive {
		return
	}
	mode, ok := refusedModes[ev.Type]
	if !ok {
		return
	}
	toks := d.Toks
	// "Russia declined to attend the talks": a cooperative act declined
	// ("declined to discuss specifics" is no comment, no rejection)
	for x := dr.trig.start - 1; !observeVerbs[toks[dr.trig.start].Lower] && x > dr.clauseA && x >= dr.trig.start-4; x-- {
		if toks[x].Lower == "to" && declineWords[toks[x-1].Lower] {
			ev.Facts = setFact(ev.Facts, "refused_type", ev.Type)
			ev.Type, ev.Mode, ev.Kind, ev.Status = "REJECT", mode, "", attache.Occurred
			return
		}
		if toks[x].Punct {
			break
		}
	}
	if !dr.trig.p.verbal {
		return
	}
	for x := dr.trig.start - 1; x > dr.clauseA && x >= dr.trig.start-3; x-- {
		if negators[toks[x].Lower] && x > 0 {
			p := toks[x-1].Lower
			if p == "will" || p == "would" || p == "wo" || p == "shall" || p == "'ll" || p == "ca" || p == "can" {
				ev.Facts = setFact(ev.Facts, "refused_type", ev.Type)
				ev.Type, ev.Mode, ev.Kind, ev.Status = "REJECT", mode, "", attache.Occurred
			}
			return
		}
	}
}

// refusedModes: the REJECT mode of a refused cooperative type.
var refusedModes = map[string]string{"CONCEDE": "yield", "RETREAT": "yield", "AGREE": "", "CONSULT": "meet", "SUPPORT": "", "AID": "assist"}

// threatModes maps a conflictual type to the THREATEN mode of its threat.
var threatModes = map[string]string{
	"SANCTION": "restrict", "ASSAULT": "violence", "COERCE": "arrest", "MOBILIZE": "violence", "REJECT": "relations",
}

// conditionalThreat: "Washington would impose tariffs unless Tokyo opens its
// market" is a threat (PLOVER THREATEN), not a hypothetical sanction.
func conditionalThreat(d *Doc, dr *draft) {
	ev := &dr.ev
	mode, ok := threatModes[ev.Type]
	if !ok || ev.Status != attache.Hypothetical || !dr.trig.p.verbal {
		return
	}
	s := d.Sents[dr.sent]
	cond, modal := false, false
	for x := dr.trig.end; x < s.End; x++ {
		if w := d.Toks[x].Lower; w == "unless" || w == "if" {
			cond = true
		}
	}
	for x := dr.trig.start - 1; x >= s.Start && x >= dr.trig.start-3; x-- {
		if w := d.Toks[x].Lower; w == "would" || w == "will" {
			modal = true
		}
	}
	if cond && modal {
		ev.Facts = setFact(ev.Facts, "threatened_type", ev.Type)
		ev.Type, ev.Mode, ev.Status = "THREATEN", mode, attache.Threatened
	}
}

// futureType codes future cooperation as AGREE and a future withdrawal as
// CONCEDE (EVENTS.md coding rule 2), keeping the original in facts.
func futureType(ev *attache.Event) {
	if ev.Status == attache.Planned || ev.Status == attache.Proposed {
		switch ev.Type {
		case "CONSULT", "COOPERATE", "AID", "SUPPORT":
			ev.Facts = setFact(ev.Facts, "planned_type", ev.Type)
			ev.Type = "AGREE"
			ev.Mode = ""
		case "RETREAT":
			ev.Facts = setFact(ev.Facts, "planned_type", ev.Type)
			ev.Type = "CONCEDE"
			ev.Mode = ""
		}
	}
}

func containsSeq(toks []text.Token, a, b int, seq []string) bool {
	for x := a; x+len(seq) <= b; x++ {
		ok := true
		for k, w := range seq {
			if toks[x+k].Lower != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func (c *Coder) refineKind(d *Doc, dr *draft, a, b int) {
	ev := &dr.ev
	lo, hi := dr.trig.start-6, dr.trig.end+8
	if lo < a {
		lo = a
	}
	if hi > b {
		hi = b
	}
	for _, kr := range c.kinds {
		if kr.rule.Type != ev.Type {
			continue
		}
		if kr.rule.Kind != "" && ev.Kind != "" {
			continue
		}
		hit := false
		for _, w := range kr.words {
			if containsSeq(d.Toks, lo, hi, w) {
				hit = true
				break
			}
		}
		if !hit {
			continue
		}
		if ev.Kind == "" {
			ev.Kind = kr.rule.Kind
		}
		if ev.Mode == "" {
			ev.Mode = kr.rule.Mode
		}
		for _, cx := range kr.rule.Contexts {
			if !contains(ev.Context, cx) {
				ev.Context = append(ev.Context, cx)
			}
		}
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// facts attaches quantities, dates, deadline, topics and kind facts.
func (c *Coder) facts(d *Doc, dr *draft, si, a, b, ca, cb int) {
	ev := &dr.ev
	for _, q := range d.Quants[si] {
		if q.Start >= a && q.End <= b {
			if q.Kind == attache.Count && ev.Kind != "" {
				continue
			}
			ev.Quantities = append(ev.Quantities, q.Quantity)
		}
	}
	best := -1
	bestDist := 1 << 30
	for k, x := range d.Times[si] {
		if x.Start < ca || x.End > cb {
			continue
		}
		if x.Deadline {
			if ev.Deadline == "" && x.Start >= a && x.End <= b {
				ev.Deadline = x.Format()
			}
			continue
		}
		dist := x.Start - dr.trig.end
		if dist < 0 {
			dist = dr.trig.start - x.End
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		x := d.Times[si][best]
		ev.Date, ev.DatePrecision = x.Format(), x.Precision
	} else if !d.Date.IsZero() {
		ev.Date, ev.DatePrecision = d.Date.Format("2006-01-02"), "document"
	}
	// "in his final weeks in office": the end of the actor's term
	toks := d.Toks
	for x := ca; x+2 < cb; x++ {
		if toks[x].Lower == "in" && toks[x+1].Lower == "office" && x-3 >= ca && (toks[x-2].Lower == "final" || toks[x-2].Lower == "last" || toks[x-3].Lower == "final" || toks[x-3].Lower == "last") {
			for _, am := range dr.actors {
				if end := c.gaz.TermEnd(am.Entity.Name, d.Date); end != "" {
					if t, err := time.Parse("2006-01-02", end); err == nil {
						ev.Date, ev.DatePrecision = t.Format("2006-01")+"-01", "month"
						c.gaz.ResolvePersonAt(&am.Entity, t.AddDate(0, 0, -1))
					}
				}
			}
		}
	}
	if ev.Type == "CONSULT" {
		ev.Topics = c.topicsFor(d, si)
	}
	lowTrig := lowerJoin(toks, dr.trig.start, dr.trig.end)
	clause := lowerJoin(toks, a, b)
	switch ev.Kind {
	case "arms_sale":
		for _, st := range []string{"approv", "notif", "deliver", "sign", "clear"} {
			if strings.Contains(clause, st) {
				ev.Facts = setFact(ev.Facts, "stage", map[string]string{"approv": "approved", "notif": "notified", "deliver": "delivered", "sign": "signed", "clear": "approved"}[st])
				break
			}
		}
	case "tariff_relief":
		if strings.Contains(clause, "temporar") {
			ev.Facts = setFact(ev.Facts, "temporary", "true")
		}
		ev.Facts = setFact(ev.Facts, "relief", lowTrig)
	case "investment_block":
		sent := lowerJoin(toks, d.Sents[si].Start, d.Sents[si].End)
		if strings.Contains(sent, "national security") {
			ev.Facts = setFact(ev.Facts, "reason", "national security")
		}
	}
}

// topicsFor reads meeting topics from the sentence, the list it introduces
// ("covered:" and bullets) and the heading above it.
func (c *Coder) topicsFor(d *Doc, si int) []string {
	sents := []int{si}
	s := d.Sents[si]
	if d.Toks[s.End-1].Text == ":" {
		for k := si + 1; k < len(d.Sents) && k <= si+8; k++ {
			if d.Toks[d.Sents[k].Start].Text != "*" {
				break
			}
			sents = append(sents, k)
		}
	}
	if si > 0 {
		h := d.Sents[si-1]
		last := d.Toks[h.End-1].Text
		if h.End-h.Start <= 12 && last != "." && last != "\"" && last != ":" && d.Toks[s.Start].ParaStart {
			sents = append(sents, si-1)
		}
	}
	var out []string
	for _, k := range sents {
		ss := d.Sents[k]
		for _, tr := range c.topics {
			if contains(out, tr.topic) {
				continue
			}
			for _, w := range tr.words {
				if containsSeq(d.Toks, ss.Start, ss.End, w) {
					out = append(out, tr.topic)
					break
				}
			}
		}
	}
	return out
}

// attribution: quotes, "X said", "according to X".
func (c *Coder) attribution(d *Doc, dr *draft, si int, ms []actor.Mention) {
	toks := d.Toks
	s := d.Sents[si]
	ev := &dr.ev
	if q := inQuote(d.Quotes, dr.trig.start); q != nil && q.Speaker != nil {
		sp := mentionEntity(d, q.Speaker)
		ev.Attribution = &attache.Attribution{Speaker: &sp, Quote: true}
		if len(ev.Actor) == 0 && (sp.Country != "" || sp.Org != "") && sp.Sector != "" && sp.Sector != "MED" && sp.Sector != "BUS" && sp.Sector != "CVL" && sp.Sector != "EDU" && firstPersonSubject(toks, q.Start, dr.trig.start) {
			// "'We urge Pakistan to focus ...,' the Taliban spokesman
			// said": the speaker's "we" acts
			ev.Actor = []attache.Entity{sp}
			ev.Recipient = dropSame(ev.Recipient, ev.Actor)
		}
		return
	}
	for x := s.Start; x < s.End; x++ {
		w := toks[x].Lower
		if w == "according" && x+1 < s.End && toks[x+1].Lower == "to" {
			for k := range ms {
				if ms[k].Start > x+1 && ms[k].Start <= x+6 {
					sp := mentionEntity(d, &ms[k])
					att := &attache.Attribution{Speaker: &sp}
					if sp.Sector == "MED" {
						att.Via = sp.Name
						if e := ms[k].End; e+2 < s.End && toks[e].Text == "(" && toks[e+2].Text == ")" {
							att.Via = toks[e+1].Text
						} else if sp.ID != "" {
							att.Via = sp.ID
						}
					}
					ev.Attribution = att
					return
				}
			}
		}
		if !speechAt(toks, x, s.End) {
			continue
		}
		// the event must be reported by the speech verb, not be its subject
		var spk []*actor.Mention
		if x < dr.trig.start {
			spk = subject(toks, ms, x, s.Start)
		} else if x > dr.trig.end {
			spk = subject(toks, ms, x, dr.trig.end)
			if len(spk) == 0 && x+1 < s.End {
				for k := range ms {
					if ms[k].Start == x+1 {
						spk = []*actor.Mention{&ms[k]}
					}
				}
			}
		}
		if len(spk) == 0 {
			continue
		}
		for _, am := range dr.actors {
			if am == spk[0] {
				return
			}
		}
		sp := mentionEntity(d, spk[0])
		ev.Attribution = &attache.Attribution{Speaker: &sp}
		return
	}
}

// firstPersonSubject says whether "we" or "I" opens the quote at qa and
// stands right before the trigger at t ("[We] urge", "we strongly
// condemn", "I will not accept").
func firstPersonSubject(toks []text.Token, qa, t int) bool {
	for x := t - 1; x >= qa && x >= t-4; x-- {
		switch w := toks[x].Lower; w {
		case "we", "i":
			// only a quote opened by its "we": "[We] urge Pakistan"
			for y := x - 1; y >= qa; y-- {
				if !toks[y].Punct {
					return false
				}
			}
			return true
		case "[", "]", "will", "would", "must", "strongly", "also", "again", "firmly", "hereby", "therefore", "once", "have", "had", "do", "did", "fully", "totally", "never", "always", "shall", "can", "all":
			continue
		default:
			return false
		}
	}
	return false
}

func quoteSpeech(w string) bool { return quote.SpeechVerbs[w] && w != "announced" }

// speechAt says whether the word at x reports speech: "added" and "noted"
// only when what follows is what was said ("added that", "he added.").
func speechAt(toks []text.Token, x, end int) bool {
	w := toks[x].Lower
	if !quoteSpeech(w) {
		return false
	}
	switch w {
	case "added", "adds", "noted", "continued", "stressed", "argued", "acknowledged", "explained", "claimed", "posted", "responded", "replied":
		if x+1 >= end {
			return true
		}
		n := toks[x+1].Text
		return n == "that" || n == "," || n == ":" || n == "\"" || n == "." || n == "on"
	}
	return true
}

// speakerArgs codes a statement trigger ("is unacceptable", "makes a
// mockery of", "should"): the speaker is the actor, what the words are about
// (the arguments found so far) the recipients, and the statement was made
// whatever the modality of its content ("could be unconstitutional").
// It reports false when no speaker is found.
func (c *Coder) speakerArgs(d *Doc, dr *draft, si int, ms []actor.Mention) bool {
	m := dr.trig
	toks := d.Toks
	s := d.Sents[si]
	// "Should the talks fail", questions: no statement of a view
	if m.start == s.Start || toks[s.End-1].Text == "?" || toks[s.Start].Lower == "should" || toks[s.Start].Lower == "if" {
		return false
	}
	// "should have done", "must have been": a judgment of the past or a guess
	if m.end < s.End && (toks[m.end].Lower == "have" || toks[m.end].Lower == "'ve") && dr.ev.Type == "REQUEST" {
		return false
	}
	spk := c.speakerOf(d, si, m, ms)
	if spk != nil && !spk.Keyed() && spk.Home != "" && dr.ev.Type != "REQUEST" {
		// "Mhike said his client's arrest could be unconstitutional": an
		// unknown speaker in a story about one country is of that country
		h := *spk
		h.Entity.Country, h.Entity.Via = spk.Home, "home"
		spk = &h
	}
	if spk == nil || !spk.Keyed() {
		return false
	}
	// a speaker's "should" is a request only to someone named right before
	// it: "X said Japan should open its market", not "there should be"
	if dr.ev.Type == "REQUEST" && (dr.weakActor || len(dr.actors) == 0 || !dr.actors[0].Keyed()) {
		return false
	}
	// "the Frankfurt bond market should not be seriously hurt", "no
	// decision yet on whether Norway should join": a "should" about
	// a thing, or in an open question, asks no one to act
	if dr.ev.Type == "REQUEST" {
		for x := m.start - 1; x >= s.Start && x >= m.start-8; x-- {
			if w := toks[x].Lower; w == "whether" || w == "if" {
				return false
			}
		}
		if m.start > s.Start && thingNouns[toks[m.start-1].Lower] {
			return false
		}
	}
	// approval needs something approved of: a party, or an act of
	// diplomacy ("the talks had been constructive"), not an outlook
	if dr.ev.Type == "SUPPORT" && !approvable(toks, dr, s.Start) {
		return false
	}
	var about []*actor.Mention
	if len(dr.actors) > 0 {
		about = dr.actors
	} else {
		about = dr.recips
	}
	dr.recips = nil
	for _, r := range about {
		if r.Start == spk.Start || (r.Kind == actor.KPronoun && r.Entity.Name == spk.Entity.Name) {
			continue
		}
		dr.recips = append(dr.recips, r)
	}
	dr.actors = []*actor.Mention{spk}
	dr.weakActor, dr.agentless, dr.passive = false, false, false
	if dr.ev.Type == "SUPPORT" {
		// "it will continue to be very successful": a forecast, not praise
		for x := m.start - 1; x >= dr.clauseA && x >= m.start-5; x-- {
			if w := toks[x].Lower; modalPlanned[w] || modalHyp[w] || w == "if" || w == "whether" {
				return false
			}
		}
	}
	if dr.ev.Type == "ACCUSE" && !anyKeyed(dr.recips) && !repressionBefore(toks, dr.clauseA, m.start) && modalBefore(toks, dr.clauseA, m.start) {
		// "a further dollar fall would be counterproductive": a judgment of
		// what may happen blames no one
		return false
	}
	if dr.ev.Type == "ACCUSE" && !anyKeyed(dr.recips) && repressionBefore(toks, dr.clauseA, m.start) {
		// "his client's arrest could be unconstitutional", "the killing of
		// demonstrators is unacceptable": aimed at the authorities who did it
		if h := homeCountry(d, si, ""); h != "" {
			dr.ev.Recipient = append(dr.ev.Recipient, attache.Entity{Name: "authorities", Country: h, Sector: "GOV", Via: "implied by " + repressionWord(toks, dr.clauseA, m.start)})
		}
	}
	if dr.ev.Status != attache.Denied {
		dr.ev.Status = attache.Occurred
	}
	return true
}

// speakerOf finds who says the words at a trigger: the speaker of the quote
// holding it, the subject of a speech verb before it ("X said (that) Y
// should"), or the speaker named after it ("..., X said").
func (c *Coder) speakerOf(d *Doc, si int, m match, ms []actor.Mention) *actor.Mention {
	if q := inQuote(d.Quotes, m.start); q != nil {
		if q.Speaker == nil && d.Headliner != nil && (q.End >= d.Sents[si].End-2 || q.End >= len(d.Toks)-2) {
			// an unattributed quote under "UN Chief: ..." is the headliner's
			return d.Headliner
		}
		return q.Speaker
	}
	toks := d.Toks
	s := d.Sents[si]
	for x := m.start - 1; x >= s.Start; x-- {
		if speechAt(toks, x, s.End) {
			if sp := subject(toks, ms, x, s.Start); len(sp) > 0 {
				return sp[0]
			}
			return nil
		}
	}
	for x := m.end; x < s.End; x++ {
		if speechAt(toks, x, s.End) {
			if sp := subject(toks, ms, x, m.end); len(sp) > 0 {
				return sp[0]
			}
			for k := range ms {
				if ms[k].Start == x+1 || (ms[k].Start == x+2 && determiners[toks[x+1].Lower]) {
					return &ms[k]
				}
			}
			return nil
		}
		if clauseBreak(toks, x) {
			break
		}
	}
	return nil
}

// placeSectors are the groups that belong to the place where they act.
var placeSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "LEG": true, "JUD": true, "CVL": true, "REB": true, "OPP": true, "PTY": true, "LAB": true, "NGO": true, "MED": true, "REL": true, "REF": true, "SPY": true}

// placeKey gives an unnamed group the country of the place of the event:
// "Police arrested 20 activists in Minsk", "Rebels kidnapped three aid
// workers in Nigeria".
func placeKey(e attache.Entity, m *actor.Mention, loc *attache.Location) attache.Entity {
	if loc == nil || loc.Country == "" || e.Country != "" || e.Org != "" {
		return e
	}
	if (m.Kind == actor.KNoun || m.Kind == actor.KTitle) && placeSectors[e.Sector] && !m.Qual {
		e.Country, e.Via = loc.Country, "place"
	}
	return e
}

func containsMention(l []*actor.Mention, m *actor.Mention) bool {
	for _, x := range l {
		if x == m || x.Start == m.Start {
			return true
		}
	}
	return false
}

// disasters name deaths that no one inflicts.
var disasters = lexicon.List("disasters")

// disasterBefore says whether a disaster or accident is named in the
// sentence before the trigger ("gas explosion" and "mine explosion" too).
func disasterBefore(toks []text.Token, a, b int) bool {
	for x := a; x < b; x++ {
		w := toks[x].Lower
		if w == "fall" && x > a && toks[x-1].Lower == "rock" {
			return true
		}
		if (disasters[w] || (w == "waves" || w == "quakes" || w == "earthquakes" || w == "storms" || w == "hurricanes" || w == "typhoons") && !(x+1 < len(toks) && toks[x+1].Lower == "of")) && !(w == "fire" && x+1 < b && (toks[x+1].Lower == "on" || toks[x+1].Lower == "at")) {
			return true
		}
		if (w == "explosion" || w == "blast") && x > a && (toks[x-1].Lower == "gas" || toks[x-1].Lower == "mine" || toks[x-1].Lower == "boiler" || toks[x-1].Lower == "factory") {
			return true
		}
	}
	return false
}

// firstWord is the sentence's first word after a dateline and openers
// ("But", "And").
func firstWord(toks []text.Token, s text.Sentence) int {
	x := s.Start
	for y := s.Start; y < s.End && y < s.Start+12; y++ {
		if t := toks[y].Text; t == "--" || t == "—" || t == "-" && !toks[y].Joined || t == ":" {
			x = y + 1
			break
		}
	}
	for x < s.End && (toks[x].Punct || openers[toks[x].Lower]) {
		x++
	}
	return x
}

// verbObject says whether the noun phrase [a, b) is a past verb's object
// and no verb stands between it and x: "hammered central Baghdad on Sunday
// with", not "the United States would go ahead with".
func verbObject(toks []text.Token, a, b, x int) bool {
	for y := b; y < x; y++ {
		w := toks[y].Lower
		if auxWords[w] || pastIrregular[w] || strings.HasSuffix(w, "ed") && !toks[y].Cap {
			return false
		}
	}
	p := a - 1
	for p >= 0 && (determiners[toks[p].Lower] || !toks[p].Cap && !toks[p].Punct && isModifier(toks[p]) && !strings.HasSuffix(toks[p].Lower, "ed")) {
		p--
	}
	if p < 0 || toks[p].Cap || toks[p].Punct {
		return false
	}
	w := toks[p].Lower
	return (strings.HasSuffix(w, "ed") || pastIrregular[w]) && !thatVerbs[w] && !speechish(w)
}

// disasterSubject says whether a disaster opens the sentence as its
// subject: "An earthquake rocked Indonesia's island of Bali, killing one".
func disasterSubject(toks []text.Token, s text.Sentence) bool {
	x := s.Start
	for y := s.Start; y < s.End && y < s.Start+10; y++ {
		if t := toks[y].Text; t == "--" || t == "—" || t == "-" && !toks[y].Joined || t == ":" {
			x = y + 1
			break
		}
	}
	for y := x; y < s.End && y < x+4; y++ {
		w := toks[y].Lower
		// ("The rocket fire originated from Gaza" is an attack)
		if (disasters[w] || w == "quakes" || w == "earthquakes" || w == "storms" || w == "floods") && !(w == "fire" && y > x && weaponWords[toks[y-1].Lower]) {
			return true
		}
		if !(determiners[w] || isModifier(toks[y]) && !toks[y].Cap) {
			break
		}
	}
	return false
}

// locative says whether mention m is a place in a locative phrase: "on
// Mindanao island", "in Baghdad", "east of Sidon".
func locative(toks []text.Token, m *actor.Mention, floor int) bool {
	place := m.Kind == actor.KCapital || m.Entity.Sector == "" && m.Entity.Org == "" && m.Entity.Country != "" && m.Kind != actor.KAdj && m.Kind != actor.KCountry && m.Kind != actor.KPerson && m.Kind != actor.KPronoun && m.Kind != actor.KNoun
	if !place || m.Poss {
		return false
	}
	p, pi, ok := prepBefore(toks, m, floor)
	if !ok {
		return false
	}
	switch p {
	case "in", "on", "at", "near", "outside", "inside", "across", "around", "throughout":
		return true
	case "of":
		if pi > floor {
			switch toks[pi-1].Lower {
			case "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "outskirts", "town", "city", "village", "province", "region", "district", "capital":
				return true
			}
		}
	}
	return false
}

// failedBy says whether the "to" at x follows "failure/refusal by X" or
// "failure of X": "a failure by the major nations to agree".
func failedBy(toks []text.Token, x, floor int) bool {
	for y := x - 2; y >= floor && y >= x-8; y-- {
		if toks[y].Punct {
			return false
		}
		if (toks[y+1].Lower == "by" || toks[y+1].Lower == "of") && (toks[y].Lower == "failure" || toks[y].Lower == "refusal" || toks[y].Lower == "inability" || toks[y].Lower == "unwillingness") {
			return true
		}
	}
	return false
}

// numberWords open hyphenated measures: "four-day", "two-nation".
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "several": true, "multi": true, "half": true}

// ofHeads are nouns about an act named after "of", which a third party
// reports, probes or judges: "an investigation of the attack".
var ofHeads = lexicon.List("of_heads")

// verbalParties says whether every party of a draft is a politician, an
// official body or a firm: none that bears arms.
func verbalParties(dr *draft) bool {
	n := 0
	for _, ms := range [][]*actor.Mention{dr.actors, dr.recips} {
		for _, m := range ms {
			switch m.Entity.Sector {
			case "MIL", "REB", "COP", "CVL", "LAB", "REF":
				return false
			}
			if m.Kind == actor.KCountry || m.Kind == actor.KAdj {
				return false
			}
			n++
		}
	}
	return n > 0
}

// weaponWords make "fire" gunfire: "rocket fire", "sniper fire".
var weaponWords = lexicon.List("weapon_words")

// actorEnd is where the actor's words end (the sentence start without one).
func actorEnd(dr *draft, start int) int {
	end := start
	for _, a := range dr.actors {
		if a.End > end && a.End <= dr.trig.start {
			end = a.End
		}
	}
	return end
}

// approvedActs are what a statement of approval is about.
var approvedActs = lexicon.List("approved_acts")

func approvable(toks []text.Token, dr *draft, floor int) bool {
	for _, a := range dr.actors {
		if a.Keyed() {
			return true
		}
	}
	lo := dr.clauseA
	if lo < floor {
		lo = floor
	}
	for x := lo; x < dr.trig.start; x++ {
		if approvedActs[toks[x].Lower] {
			return true
		}
	}
	return false
}

// homeCountry is the country named most often in the document up to
// sentence si, other than not (the latest on a tie), else the headline's.
func homeCountry(d *Doc, si int, not string) string {
	n := map[string]int{}
	best, bn := "", 0
	for k := 0; k <= si && k < len(d.Mentions); k++ {
		for _, m := range d.Mentions[k] {
			e := m.Entity
			if e.Country == "" || e.Country == not || e.Sector == "MED" || strings.HasPrefix(e.Via, "coref") || m.Weak {
				continue
			}
			n[e.Country]++
			if n[e.Country] >= bn {
				best, bn = e.Country, n[e.Country]
			}
		}
	}
	if best == "" && d.TitleCountry != not {
		best = d.TitleCountry
	}
	return best
}

// Headliner picks the speaker a headline names: its first actor with a key
// (not a bare nationality), when it opens the headline ("UN Chief: ...",
// "Afghan Taliban Chief Hails Troop Exit"). The mention's token positions
// are cleared: they belong to the headline, not the text.
func Headliner(toks []text.Token, s text.Sentence, ms []actor.Mention) *actor.Mention {
	for i := range ms {
		m := ms[i]
		if m.Start > s.Start+3 {
			return nil
		}
		if !m.Keyed() || m.Weak {
			continue
		}
		e := m.Entity
		if e.Name == "" {
			e.Name = m.Entity.Text
		}
		e.Via = "headline"
		return &actor.Mention{Start: -1, End: -1, Kind: m.Kind, Entity: e}
	}
	return nil
}

func anyKeyed(ms []*actor.Mention) bool {
	for _, m := range ms {
		if m.Keyed() {
			return true
		}
	}
	return false
}

// repressionNouns are acts of the authorities a statement can condemn.
var repressionNouns = lexicon.List("repression_nouns")

func repressionBefore(toks []text.Token, a, b int) bool { return repressionWord(toks, a, b) != "" }

func repressionWord(toks []text.Token, a, b int) string {
	for x := a; x < b; x++ {
		if repressionNouns[toks[x].Lower] {
			return toks[x].Lower
		}
	}
	return ""
}

// moneyKinds are fact kinds whose ledger holds an amount.
var moneyKinds = map[string]bool{"arms_sale": true, "investment_block": true, "investment": true, "tariff": true, "sanctions": true, "trade_deal": true}

func hasMoney(qs []attache.Quantity) bool {
	for _, q := range qs {
		if q.Kind == attache.Money {
			return true
		}
	}
	return false
}

// modalBefore says whether a modal of possibility or future governs the
// words just before b.
func modalBefore(toks []text.Token, a, b int) bool {
	for x := b - 1; x >= a && x >= b-4; x-- {
		if w := toks[x].Lower; modalHyp[w] || modalPlanned[w] {
			return true
		}
	}
	return false
}

// openers are sentence adverbs and conjunctions before a main clause.
var openers = map[string]bool{"but": true, "and": true, "yet": true, "however": true, "so": true, "meanwhile": true, "still": true, "now": true, "also": true}

// mainSubject is the subject of a sentence's main clause: the mention that
// opens it, after a dateline ("BAGHDAD, Iraq -", "Reuters -") and an
// introductory phrase ("In one of his assessments,"); nil when the clause
// opens with no actor ("Two car bombs shook the capital").
func mainSubject(toks []text.Token, ms []actor.Mention, start, end int) []*actor.Mention {
	at := start
	for x := start; x < end && x < start+12; x++ {
		if t := toks[x]; t.Text == "--" || t.Text == "—" || t.Text == "-" && !t.Joined || t.Text == ":" {
			at = x + 1
			break
		}
	}
	if at < end && preps[toks[at].Lower] {
		for x := at; x < end; x++ {
			if toks[x].Text == "," {
				at = x + 1
				break
			}
		}
	}
	for at < end && (determiners[toks[at].Lower] || toks[at].Punct || openers[toks[at].Lower]) {
		at++
	}
	for k := range ms {
		m := &ms[k]
		if m.Start < at || m.End > end || m.Entity.Sector == "MED" {
			continue
		}
		if m.Start > at {
			return nil
		}
		var out []*actor.Mention
		for _, j := range coordinated(toks, ms, k, 1, end) {
			out = append(out, &ms[j])
		}
		return out
	}
	return nil
}

// verbalAttack says whether "attacked" after head is criticism: its target
// is a medium, or "for" + a verb form gives the reason ("attacked the Fed
// for raising rates").
func verbalAttack(toks []text.Token, rec []attache.Entity, head, end int) bool {
	for _, e := range rec {
		if e.Sector == "MED" {
			return true
		}
	}
	for x := head + 1; x+1 < end && x <= head+14; x++ {
		w := toks[x].Lower
		if w == "for" {
			n := toks[x+1].Lower
			return strings.HasSuffix(n, "ing") && len(n) > 5 && n != "during" && n != "morning" && n != "evening"
		}
		if w == ";" || w == "and" && x+1 < end && (toks[x+1].Lower == "killed" || toks[x+1].Lower == "wounded") {
			return false
		}
	}
	return false
}

// attackOnWords says whether an attack's object is a plan, a policy or a
// statement ("attacked Labour's pledges as vacuous", "launched an attack on
// Conservative spending plans"), or is branded "as" something: words, not
// force.
func attackOnWords(toks []text.Token, head, end int) bool {
	for x := head + 1; x < end && x <= head+8; x++ {
		w := toks[x].Lower
		if wordObjects[w] {
			return true
		}
		if w == "as" && x+1 < end && (toks[x+1].Text == "\"" || toks[x+1].Lower == "a" && x+2 < end && toks[x+2].Text == "\"") {
			return true
		}
		if toks[x].Punct && toks[x].Text != "'s" && toks[x].Text != "\"" || w == "and" || w == "with" || w == "in" || w == "killing" {
			return false
		}
	}
	return false
}

// wordObjects are things attacked with words: plans, policies, remarks.
var wordObjects = lexicon.List("word_objects")

// reactionPreps govern an act that a clause responds to: "against", "despite",
// "amid", "over", "about".
var reactionPreps = map[string]bool{"against": true, "despite": true, "amid": true, "amidst": true, "over": true, "about": true}

// responsePreps before a demonym and an act noun: "responded to a
// Philippine request", "after a Russian strike": the demonym names the doer.
var responsePreps = map[string]bool{"to": true, "after": true, "following": true, "before": true, "since": true, "under": true, "with": true}

// targetTypes take their target after "on" or "against": "sanctions on
// Russia", "an attack on Iraq", "charges against Iran".
var targetTypes = map[string]bool{"SANCTION": true, "CONCEDE": true, "COERCE": true, "ASSAULT": true, "THREATEN": true, "ACCUSE": true}

// weakSubject returns a demonym that opens the subject noun phrase of a
// passive whose verb is at v ("A Ukrainian village was shelled"): only
// determiners before it, only plain words between it and the form of "be".
func weakSubject(toks []text.Token, ms []actor.Mention, a, v int) []*actor.Mention {
	x := v - 1
	for x > a && adverbs[toks[x].Lower] {
		x--
	}
	if x <= a || !beForms[toks[x].Lower] || toks[x].Lower == "'s" {
		return nil
	}
	for k := range ms {
		m := &ms[k]
		if !m.Weak || m.Poss || !m.Keyed() || m.Start < a || m.End >= x {
			continue
		}
		for y := a; y < m.Start; y++ {
			if !determiners[toks[y].Lower] {
				return nil
			}
		}
		for y := m.End; y < x; y++ {
			if t := toks[y]; t.Punct || t.Cap || preps[t.Lower] || !askedNoun(t.Lower) {
				return nil
			}
		}
		return []*actor.Mention{m}
	}
	return nil
}

// flowSource makes the source of a commodity the actor of its flow: in
// "Power from Georgia's grid began flowing into Armenia" the name right
// after the pattern's first word and "from" supplies, the rest receive.
func flowSource(toks []text.Token, ms []actor.Mention, dr *draft) {
	f := dr.trig.toks[0] + 1
	if f >= len(toks) || toks[f].Lower != "from" {
		return
	}
	for k, rm := range dr.recips {
		if rm.Keyed() && (rm.Start == f+1 || rm.Start == f+2 && determiners[toks[f+1].Lower]) {
			dr.actors = []*actor.Mention{rm}
			dr.recips = append(dr.recips[:k:k], dr.recips[k+1:]...)
			return
		}
	}
}

// lenderFirst orders the parties of a loan or grant agreement signed
// "with" someone: the lender gives ("Ghana signed a loan agreement with the
// World Bank" is the bank's aid to Ghana). Lenders are organizations; a
// state or government is the borrower when the other side is one. Between
// two states the text does not say who lends: the actors are dropped, and
// the rule (needactor) codes nothing.
func lenderFirst(dr *draft) {
	if len(dr.actors) == 0 || len(dr.recips) == 0 {
		return
	}
	orgActor, orgRecip := false, true
	for _, a := range dr.actors {
		if a.Entity.Org != "" {
			orgActor = true
		}
	}
	for _, r := range dr.recips {
		if r.Entity.Org == "" {
			orgRecip = false
		}
	}
	switch {
	case !orgActor && orgRecip:
		dr.actors, dr.recips = dr.recips, dr.actors
	case !orgActor:
		dr.actors = nil
	}
}

// holdVerbs keep captives: "teachers held by the junta".
var holdVerbs = map[string]bool{"held": true, "detained": true, "kidnapped": true, "abducted": true, "captured": true, "seized": true, "jailed": true, "imprisoned": true}

// heldBy gives the release of captives named by a noun ("Two French
// teachers held by the junta were released", "unless Taliban prisoners are
// released") its arguments: the captives' own mention (among all the
// sentence's mentions, since it holds the trigger's noun) receives, never
// acts; a holder named after "held by" acts.
func heldBy(toks []text.Token, ms, all []actor.Mention, dr *draft) {
	n := dr.trig.toks[0]
	var captives *actor.Mention
	for k := range all {
		if mk := &all[k]; mk.Start <= n && mk.End >= n && mk.End <= n+1 && mk.Keyed() {
			captives = mk
		}
	}
	if captives != nil {
		dr.actors = slices.DeleteFunc(dr.actors, func(am *actor.Mention) bool {
			return am.Start >= captives.Start && am.End <= captives.End
		})
		dr.recips = []*actor.Mention{captives}
	}
	if n+3 >= len(toks) || !holdVerbs[toks[n+1].Lower] || toks[n+2].Lower != "by" {
		return
	}
	for k := range ms {
		if mk := &ms[k]; mk.Start == n+3 || mk.Start == n+4 && determiners[toks[n+3].Lower] {
			dr.actors = []*actor.Mention{mk}
			return
		}
	}
}

// pluralTitles head a plural phrase of office holders: "prime ministers".
var pluralTitles = lexicon.List("plural_titles")

// titledDemonyms returns the coordinated nationality adjectives before a
// plural office title that is the subject of the verb at v ("The Thai and
// Cambodian prime ministers met", "Nordic and Baltic defence ministers
// gathered"): the actor stage keys no mention for such a title, so its
// demonyms stand for the office holders.
func titledDemonyms(toks []text.Token, ms []actor.Mention, a, v int) []*actor.Mention {
	x := v - 1
	for x > a && (isAux(toks[x].Lower) || adverbs[toks[x].Lower] || aspectVerbs[toks[x].Lower]) {
		x--
	}
	if x <= a {
		return nil
	}
	if !pluralTitles[toks[x].Lower] {
		return titledOf(toks, ms, a, x)
	}
	// the title's own words: "prime", "foreign", "defence"
	x--
	for k := 0; k < 2 && x > a && !toks[x].Cap && !toks[x].Punct && !preps[toks[x].Lower] && !determiners[toks[x].Lower] && toks[x].Lower != "and"; k++ {
		x--
	}
	var out []*actor.Mention
	for x >= a {
		var found *actor.Mention
		for k := range ms {
			if ms[k].End == x+1 && ms[k].Kind == actor.KAdj && ms[k].Keyed() {
				found = &ms[k]
			}
		}
		if found == nil {
			break
		}
		out = append(out, found)
		x = found.Start - 1
		if x > a && toks[x].Text == "," {
			x--
		}
		if x > a && (toks[x].Lower == "and" || toks[x].Lower == "or") {
			x--
			continue
		}
		if x >= a && toks[x+1].Text == "," {
			continue
		}
		break
	}
	return out
}

// bodyHeads are groups a body acts through: "a mission of the UN".
var bodyHeads = lexicon.List("body_heads")

// aspectVerbs stand between a subject and the verb form they govern:
// "began gathering", "started documenting".
var aspectVerbs = map[string]bool{"began": true, "begun": true, "begin": true, "begins": true, "started": true, "start": true, "starts": true, "continued": true, "continues": true, "resumed": true}

// titledOf returns the body named after a plural title ending at x
// ("Foreign ministers of the G20 gathered", "Defence ministers of the
// Nordic countries met"): its office holders act.
func titledOf(toks []text.Token, ms []actor.Mention, a, x int) []*actor.Mention {
	for k := range ms {
		mk := &ms[k]
		if mk.End != x+1 || !mk.Keyed() {
			continue
		}
		y := mk.Start - 1
		if y > a && determiners[toks[y].Lower] {
			y--
		}
		if y-1 >= a && toks[y].Lower == "of" && (pluralTitles[toks[y-1].Lower] || bodyHeads[toks[y-1].Lower]) {
			return []*actor.Mention{mk}
		}
		// "heads of state of the African Union"
		if y-3 >= a && toks[y].Lower == "of" && (toks[y-1].Lower == "state" || toks[y-1].Lower == "government") && toks[y-2].Lower == "of" && pluralTitles[toks[y-3].Lower] {
			return []*actor.Mention{mk}
		}
	}
	return nil
}

// judgedTypes are the reactions whose passive subject may be another's act:
// "The German plan was backed by Italy" supports Germany.
var judgedTypes = map[string]bool{"SUPPORT": true, "REJECT": true}

// ownedSubject returns the demonym of a passive's subject noun phrase when
// that phrase names an act it authors ("The German plan was endorsed by",
// "a French proposal was rejected by"): the country whose act is judged.
func ownedSubject(toks []text.Token, ms []actor.Mention, a, v int) []*actor.Mention {
	w := weakSubject(toks, ms, a, v)
	if len(w) == 0 {
		return nil
	}
	for y := w[0].End; y < v; y++ {
		if ownedActs[toks[y].Lower] {
			return w
		}
	}
	return nil
}

// patientHead returns the keyed mention whose modifier names the noun at t
// ("American journalist"), which the trigger's own words left out.
func patientHead(ms []actor.Mention, t int) *actor.Mention {
	for k := range ms {
		if m := &ms[k]; m.Start < t && m.End == t+1 && m.Keyed() && !m.Poss {
			return m
		}
	}
	return nil
}

// reactionTypes answer another party's act.
var reactionTypes = map[string]bool{"ACCUSE": true, "SUPPORT": true, "REJECT": true}

// nominalAgent returns the agent after "by" of the noun phrase object that
// starts at x ("the release of the prisoners by Belarus", "the raid on the
// camp by Israel"): only a determiner, nouns, names and "of", "on",
// "against" or "in" stand between.
func nominalAgent(toks []text.Token, ms []actor.Mention, x, stop int) []*actor.Mention {
	if x >= stop || !determiners[toks[x].Lower] && !isMentionStart(ms, x) {
		return nil
	}
	noun := false
	for y := x + 1; y < stop && y < x+10; y++ {
		w := toks[y].Lower
		if w == "by" {
			if !noun {
				return nil
			}
			for k := range ms {
				if ms[k].Start == y+1 || ms[k].Start == y+2 && determiners[toks[y+1].Lower] {
					if !ms[k].Keyed() {
						return nil
					}
					var out []*actor.Mention
					for _, j := range coordinated(toks, ms, k, 1, stop) {
						out = append(out, &ms[j])
					}
					return out
				}
			}
			return nil
		}
		if toks[y].Punct && toks[y].Text != "-" || w == "that" || w == "which" || w == "who" || w == "and" || w == "to" || beForms[w] || preps[w] && w != "of" && w != "on" && w != "against" && w != "in" || participle(w) && !isMentionStart(ms, y) && !determiners[toks[y-1].Lower] {
			return nil
		}
		noun = true
	}
	return nil
}

// mandativeVerbs demand that something be done: "insisted that Russia
// withdraw".
var mandativeVerbs = map[string]bool{"insist": true, "insists": true, "insisted": true, "insisting": true, "demand": true, "demands": true, "demanded": true, "demanding": true,
	"urge": true, "urges": true, "urged": true, "urging": true, "propose": true, "proposes": true, "proposed": true, "recommend": true, "recommends": true, "recommended": true,
	"require": true, "requires": true, "required": true, "ask": true, "asks": true, "asked": true, "request": true, "requests": true, "requested": true}

// mandativeThat: the clause whose verb is at v opens with "that" right
// after a mandative verb, its subject a short noun phrase between.
func mandativeThat(toks []text.Token, v, floor int) bool {
	for x := v - 1; x > floor && x >= v-6; x-- {
		w := toks[x].Lower
		if w == "that" {
			return mandativeVerbs[toks[x-1].Lower]
		}
		if toks[x].Punct && toks[x].Text != "-" || beForms[w] || auxWords[w] || modalHyp[w] || modalPlanned[w] {
			return false
		}
	}
	return false
}
