package coder

import (
	"strings"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/actor"
	"github.com/attache/attache/nlp/text"
)

// Constructions of the round-11 recall families for CAMEO roots 10-20 that
// a trigger pattern cannot state on its own (the patterns are in
// nlp/lexicon/data/triggers_r11b.tsv).

// insistNoDemand says whether an "insisted that" trigger at m reports a
// claim rather than a demand: a demand names a party right after "that"
// and gives it a bare verb, "insisted that Russia withdraw its troops";
// "insisted that it had not attacked" or "that Sweden was harbouring"
// assert something.
func insistNoDemand(toks []text.Token, m match, s text.Sentence, ms []actor.Mention) bool {
	if !strings.HasPrefix(toks[m.toks[0]].Lower, "insist") || toks[m.end-1].Lower != "that" && m.end != m.toks[0]+1 {
		return false
	}
	x := m.end
	if x < s.End && toks[x].Lower == "the" {
		x++
	}
	end := -1
	for k := range ms {
		if ms[k].Start == x && ms[k].Keyed() {
			end = ms[k].End
			break
		}
	}
	if end < 0 {
		return true
	}
	// "Ethiopia and Eritrea": the named parties may be coordinated
	for end+1 < s.End && (toks[end].Lower == "and" || toks[end].Text == ",") {
		next := -1
		for k := range ms {
			if ms[k].Start == end+1 || toks[end+1].Lower == "the" && ms[k].Start == end+2 {
				next = ms[k].End
				break
			}
		}
		if next < 0 {
			break
		}
		end = next
	}
	if end < s.End && (toks[end].Lower == "immediately" || toks[end].Lower == "not") {
		end++
	}
	if end >= s.End {
		return true
	}
	w := toks[end]
	if sameInPast[w.Lower] {
		// "insisted that Greece cut its spending": a bare verb too
		return false
	}
	if w.Punct || w.Cap || w.Num || auxWords[w.Lower] || modalHyp[w.Lower] || modalPlanned[w.Lower] || !bareVerb(w.Lower) {
		return true
	}
	// with no "that", the word must be a verb the patterns know: "insists
	// the commissioner role would not" is a claim
	return toks[m.end-1].Lower != "that" && !verbLemmas.has(w.Lower)
}

// sameInPast are verbs whose past is their bare form.
var sameInPast = map[string]bool{"cut": true, "put": true, "set": true, "let": true, "shut": true, "quit": true, "hit": true, "spread": true, "cast": true}

// vetoR11b drops a trigger match before it can claim or absorb the words
// around it, when its construction does not hold.
func vetoR11b(toks []text.Token, m match, s text.Sentence, ms []actor.Mention) bool {
	r := m.p.rule
	head := m.toks[0]
	if r.Type == "REQUEST" && insistNoDemand(toks, m, s, ms) {
		return true
	}
	if r.Type == "PROTEST" && len(m.toks) == 1 && strings.HasPrefix(toks[head].Lower, "riot") && m.end < s.End && riotGear[toks[m.end].Lower] {
		// "riot police", "riot gear": police, no riot
		return true
	}
	if !m.p.vetted {
		return false
	}
	switch {
	case m.p.verbal && head > s.Start && determiners[toks[head-1].Lower] && toks[head-1].Lower != "that":
		// "the pause in aid", "during a march to demand": a noun, not the
		// verb these patterns open with
		return true
	case r.Type == "PROTEST" && head+1 < s.End && toks[head+1].Lower == "of":
		// "boycotts of parliament": the noun, whose object stays its
		// recipient under the shorter trigger
		return true
	case r.Type == "PROTEST" && head > s.Start && toks[head].Cap && !toks[head-1].Punct:
		// "strikes on March 9, to press demands": a capitalized word
		// inside the sentence is a name (a month), no march
		return true
	case r.Type == "ASSAULT" && (toks[m.end-1].Lower == "from" || strings.HasPrefix(toks[head].Lower, "fell") || strings.HasPrefix(toks[head].Lower, "fall")) && !armedAfter(toks, m, s, ms):
		// "came under fire from critics", "the index fell to 40 points from
		// the week before": words and figures, no force
		return true
	case r.Type == "COERCE" && r.Mode == "arrest" && m.end == head+2 && !passiveAt(toks, head, s.Start):
		// "rounded up the figures": a bare "round up" arrests only in
		// the passive
		return true
	case r.Type == "REJECT" && ownedCall(toks, m, ms):
		return true
	case r.Type == "THREATEN" && len(m.toks) == 2 && toks[m.toks[1]].Lower == "against" && !namedWithin(ms, head+1, m.toks[1]):
		// "warned against complacency", "warned musicians against": with
		// no party named between, "warn" and "warned against" of
		// triggers.tsv code it
		return true
	}
	return false
}

// namedWithin says whether a keyed mention lies inside [a, b): "warned
// Hezbollah against" names whom it warns, "warned musicians against" no
// party.
func namedWithin(ms []actor.Mention, a, b int) bool {
	for k := range ms {
		if ms[k].Start >= a && ms[k].End <= b && ms[k].Keyed() {
			return true
		}
	}
	return false
}

// ownedCall says whether the call or demand a rejection pattern claims has
// a named owner ("rejected the Tories' call for a quota", "a UN call"):
// that call is the owner's request, which the plain "reject" trigger leaves
// to be coded, so the longer pattern stands back.
func ownedCall(toks []text.Token, m match, ms []actor.Mention) bool {
	for _, t := range m.toks {
		switch toks[t].Lower {
		case "call", "calls", "demand", "demands", "appeal", "appeals":
		default:
			continue
		}
		if p := toks[t-1].Lower; p == "'s" || p == "'" {
			return true
		}
		for k := range ms {
			if ms[k].End == t && ms[k].Keyed() {
				return true
			}
		}
	}
	return false
}

// vettedTriggers names the trigger file whose patterns the checks of this
// file apply to: its patterns are wide ("v:insist that", "v:warn ... to")
// and hold only in the constructions checked here.
const vettedTriggers = "triggers_r11b"

// fromR11b says whether a draft's rule comes from triggers_r11b.tsv.
func fromR11b(dr *draft) bool { return dr.trig.p.vetted }

// recallB adjusts a finished draft for the round-11 constructions: who
// acts, and the type a construction gives the trigger.
func recallB(d *Doc, dr *draft) {
	ev := &dr.ev
	toks := d.Toks
	m := dr.trig
	if fromR11b(dr) && ev.Type == "SANCTION" && ev.Mode == "expel" && len(ev.Recipient) == 0 && len(m.toks) > 1 {
		// "gave the French ambassador 72 hours to leave": the diplomat
		// inside the pattern is whom it expels
		ms := d.Mentions[dr.sent]
		for k := range ms {
			if mm := &ms[k]; mm.Start <= m.toks[1] && mm.End > m.toks[1] && mm.Keyed() {
				e := mentionEntity(d, mm)
				ev.Recipient = append(ev.Recipient, e)
				dr.recips = append(dr.recips, mm)
				break
			}
		}
	}
	if ev.Type == "AID" && !dr.verbal() && stoppedBefore(toks, m.start, dr.clauseA) {
		// "paused all arms deliveries to Israel", "froze the aid
		// shipments": aid stopped is aid cut
		ev.Type, ev.Mode, ev.Kind = "SANCTION", "discontinue", ""
	}
	if fromR11b(dr) && ev.Type == "SANCTION" && strings.HasPrefix(toks[m.toks[0]].Lower, "retaliat") && ev.Status != attache.Occurred {
		// "could retaliate with tariffs": a retaliation to come is a threat
		ev.Type, ev.Mode, ev.Status = "THREATEN", "restrict", attache.Threatened
	}
	if fromR11b(dr) && ev.Mode == "cyber" && len(attache.Keys(ev.Actor)) == 0 {
		// "Chinese hackers breached", "hackers from North Korea stole":
		// the hackers' country acts
		if hm := hackersOf(d, dr); hm != nil {
			ev.Actor = []attache.Entity{mentionEntity(d, hm)}
			dr.actors = []*actor.Mention{hm}
			ev.Recipient = dropSame(ev.Recipient, ev.Actor)
		}
	}
	if fromR11b(dr) && ev.Type == "ASSAULT" && (toks[m.end-1].Lower == "from" || strings.HasPrefix(toks[m.toks[0]].Lower, "fell") || strings.HasPrefix(toks[m.toks[0]].Lower, "fall")) && len(ev.Actor) == 0 {
		// "positions came under fire from the army", "the town fell to
		// the rebels": the force named after the trigger acts, the
		// clause's subject undergoes
		ms := d.Mentions[dr.sent]
		ev.Actor, dr.actors = ev.Recipient, dr.recips
		ev.Recipient, dr.recips = nil, nil
		for _, sm := range subject(toks, ms, m.start, dr.clauseA) {
			if sm.Keyed() {
				ev.Recipient = append(ev.Recipient, mentionEntity(d, sm))
				dr.recips = append(dr.recips, sm)
			}
		}
		if len(dr.recips) == 0 {
			// ("Ukrainian positions came under fire": the modifier of
			// the subject noun)
			for k := range ms {
				if mm := &ms[k]; mm.Start >= dr.clauseA && mm.End <= m.start && mm.Keyed() {
					dr.recips = []*actor.Mention{mm}
				}
			}
			for _, rm := range dr.recips {
				ev.Recipient = append(ev.Recipient, mentionEntity(d, rm))
			}
		}
		if len(ev.Actor) == 0 && len(ev.Recipient) > 0 && ev.Recipient[0].Country != "" {
			// "the Syrian town fell to the rebels": a force named by what
			// it is, in the country of the place it takes or fires on
			prep := m.end - 1
			if toks[prep].Lower != "from" {
				prep = m.toks[0] + 1
			}
			if w := armedNounAfter(toks, prep, d.Sents[dr.sent].End); w != "" {
				ev.Actor = []attache.Entity{{Name: w, Text: w, Country: ev.Recipient[0].Country, Sector: armedNouns[w], Via: "home of " + ev.Recipient[0].Name}}
			}
		}
		ev.Recipient = dropSame(ev.Recipient, ev.Actor)
	}
	if fromR11b(dr) && ev.Mode == "torture" && len(ev.Actor) == 0 {
		// "subjected to beatings and electric shocks by intelligence
		// officers": the agent after the list of abuses
		ms := d.Mentions[dr.sent]
		s := d.Sents[dr.sent]
		for x := m.end; x < s.End && x < m.end+8 && !clauseBreak(toks, x); x++ {
			if toks[x].Lower != "by" {
				continue
			}
			for k := range ms {
				if mm := &ms[k]; mm.Start > x && mm.Start <= x+2 && mm.Keyed() {
					ev.Actor, dr.actors = []attache.Entity{mentionEntity(d, mm)}, []*actor.Mention{mm}
					break
				}
			}
			break
		}
	}
	if ev.Type == "SANCTION" && ev.Mode == "expel" && !contains(ev.Context, "diplomatic") && expelledPeople(toks, dr) {
		// "migrants were forcibly expelled": people driven out are
		// deported, diplomats expelled
		ev.Type, ev.Mode = "COERCE", "deport"
	}
	if fromR11b(dr) && ev.Type == "MOBILIZE" && ev.Mode == "police" && len(attache.Keys(ev.Actor)) == 0 {
		// "extra police were deployed in Nairobi": police deployed at
		// home are the police of the place they are sent to
		ms := d.Mentions[dr.sent]
		for k := range ms {
			mm := &ms[k]
			if mm.Start < m.end || mm.Start > m.end+10 || mm.Start >= dr.clauseB || mm.Entity.Country == "" || (mm.Kind != actor.KCapital && mm.Kind != actor.KCountry) {
				continue
			}
			if p := toks[mm.Start-1].Lower; p == "in" || p == "to" || p == "into" || p == "across" || p == "around" {
				ev.Actor = []attache.Entity{{Name: "police", Text: ev.Trigger.Text, Span: ev.Trigger.Span, Country: mm.Entity.Country, Sector: "COP", Via: "implied by deployment in " + mm.Entity.Name}}
				break
			}
		}
	}
	if fromR11b(dr) && (ev.Mode == "censor" || ev.Mode == "arrest") && len(attache.Keys(ev.Actor)) == 0 {
		// "the internet was shut down across Iran", "journalists were
		// rounded up in Addis Ababa": with no agent, the authorities of
		// the place
		if c := placeAfter(d, dr); c != "" {
			sector := "GOV"
			if ev.Mode == "arrest" {
				sector = "COP"
			}
			ev.Actor = []attache.Entity{{Name: "authorities", Country: c, Sector: sector, Via: "implied by " + ev.Trigger.Text}}
			ev.Confidence *= 0.8
		}
	}
	if r := m.p.rule; r.Type == "PROTEST" && (r.Mode == "strike" || r.Mode == "hunger") && ev.Type == "ACCUSE" && len(ev.Actor) > 0 && ev.Actor[0].Sector == "GOV" {
		// "Brazil's truckers held a nationwide strike": no government
		// strikes; the country named is its people's (the coder makes a
		// government's protest an ACCUSE)
		ev.Type, ev.Mode, ev.Kind = "PROTEST", r.Mode, r.Kind
		ev.Actor = append([]attache.Entity(nil), ev.Actor...)
		ev.Actor[0].Sector = "CVL"
		if len(attache.Keys(ev.Recipient)) == 0 {
			ev.Recipient = append(ev.Recipient, attache.Entity{Name: "government", Text: ev.Trigger.Text, Span: ev.Trigger.Span, Country: ev.Actor[0].Country, Sector: "GOV", Via: "implied by protest"})
		}
	}
	if blockadeAct(toks, dr) && len(ev.Actor) > 0 {
		// "farmers blockaded the border crossing", "the army sealed off
		// the roads", "Azerbaijan blockaded the corridor": who blocks the
		// way decides what it is, a protest by people, a restriction by
		// a state's forces
		switch ev.Actor[0].Sector {
		case "GOV", "MIL", "COP", "SPY":
			ev.Type, ev.Mode, ev.Kind = "COERCE", "restrict", ""
		case "CVL", "LAB", "OPP", "EDU", "AGR", "REL", "MED", "HLH":
			ev.Type, ev.Mode, ev.Kind = "PROTEST", "obstruct", ""
			ev.Context = nil
		}
	}
}

// blockadeAct says whether a draft is a way blocked or sealed off: a
// "blockade", "block" or "seal off" trigger coded as a protest, its
// government form (ACCUSE disapprove) or a discontinued trade.
func blockadeAct(toks []text.Token, dr *draft) bool {
	w := toks[dr.trig.toks[0]].Lower
	if !(strings.HasPrefix(w, "blockad") || strings.HasPrefix(w, "block") || strings.HasPrefix(w, "barricad") || strings.HasPrefix(w, "seal") || strings.HasPrefix(w, "cordon")) {
		return false
	}
	r := dr.trig.p.rule
	switch {
	case r.Type == "PROTEST" && r.Mode == "obstruct":
		return true
	case r.Type == "SANCTION" && r.Mode == "discontinue" && strings.HasPrefix(w, "blockad") && len(dr.trig.toks) == 1:
		return true
	case r.Type == "COERCE" && r.Mode == "restrict" && fromR11b(dr):
		return true
	}
	return false
}

// demandedByMarch says whether the trigger ti is what a march, an order
// or an insistence before it asks for: "marched in Tbilisi to demand the
// prime minister's resignation" resigns no one, in "ordered the charity to
// halt its operations and pull out its staff" the junta pulls out no one,
// and "insisted Kigali end its support for the rebels" reports no support.
func demandedByMarch(d *Doc, trigs []match, ti int) bool {
	m := trigs[ti]
	for k := ti - 1; k >= 0; k-- {
		o := trigs[k]
		if !o.p.vetted {
			continue
		}
		march := o.p.rule.Type == "PROTEST" && d.Toks[o.end-2].Lower == "to"
		order := o.p.rule.Type == "SANCTION" && strings.HasPrefix(d.Toks[o.toks[0]].Lower, "order")
		insist := o.p.rule.Type == "REQUEST" && strings.HasPrefix(d.Toks[o.toks[0]].Lower, "insist")
		if !march && !order && !insist {
			continue
		}
		if m.start < o.end || m.start-o.end > 8 {
			continue
		}
		for x := o.end; x < m.start; x++ {
			if clauseBreak(d.Toks, x) {
				return false
			}
		}
		return true
	}
	return false
}

// riotGear are the nouns "riot" modifies without a riot: "riot police".
var riotGear = map[string]bool{"police": true, "policemen": true, "policeman": true, "officer": true, "officers": true, "squad": true, "squads": true,
	"unit": true, "units": true, "gear": true, "shield": true, "shields": true, "van": true, "vans": true, "troops": true, "control": true}

// aidStopVerbs stop a flow: an aid noun they govern is cut, not given.
// ("block" is not one: "defeated a move to block military aid" is a vote
// lost, and the aid goes through.)
var aidStopVerbs = map[string]bool{"pause": true, "paused": true, "pauses": true, "pausing": true, "suspend": true, "suspended": true, "suspends": true, "suspending": true,
	"halt": true, "halted": true, "halts": true, "halting": true, "freeze": true, "froze": true, "frozen": true, "freezes": true, "freezing": true,
	"stop": true, "stopped": true, "stops": true, "stopping": true, "withhold": true, "withheld": true, "withholds": true, "withholding": true,
	"cut": true, "cuts": true, "cutting": true, "cancel": true, "cancelled": true, "canceled": true, "cancels": true}

// stoppedBefore says whether a stop verb governs the noun phrase that ends
// in the trigger at x: only modifiers and determiners stand between.
func stoppedBefore(toks []text.Token, x, floor int) bool {
	for y := x - 1; y >= floor && y >= x-4; y-- {
		w := toks[y].Lower
		if aidStopVerbs[w] {
			return true
		}
		if toks[y].Punct || !(determiners[w] || w == "all" || w == "further" || w == "new" || w == "planned" || w == "future" || !toks[y].Cap && isModifier(toks[y])) {
			return false
		}
	}
	return false
}

// hackersOf finds whose the hackers of a cyber trigger are: the mention
// that names them ("Chinese hackers", "North Korean hackers") or the
// country after "from", "in", "linked to", "backed by" or "working for".
func hackersOf(d *Doc, dr *draft) *actor.Mention {
	toks, s, ms := d.Toks, d.Sents[dr.sent], d.Mentions[dr.sent]
	for x := dr.clauseA; x < s.End; x++ {
		if w := toks[x].Lower; w != "hacker" && w != "hackers" {
			continue
		}
		for k := range ms {
			if mm := &ms[k]; mm.Start <= x && mm.End > x && mm.Keyed() {
				return mm
			}
		}
		for k := range ms {
			mm := &ms[k]
			if !mm.Keyed() || mm.Start <= x || mm.Start > x+4 {
				continue
			}
			if p := toks[mm.Start-1].Lower; p == "from" || p == "in" || p == "to" || p == "by" || p == "for" || p == "the" && mm.Start-2 > x && (toks[mm.Start-2].Lower == "from" || toks[mm.Start-2].Lower == "to" || toks[mm.Start-2].Lower == "by" || toks[mm.Start-2].Lower == "for") {
				return mm
			}
		}
		return nil
	}
	return nil
}

// expelledPeople says whether the recipients of an expulsion are people
// rather than envoys: a civilian group, or a noun for migrants or
// refugees.
func expelledPeople(toks []text.Token, dr *draft) bool {
	for _, rm := range dr.recips {
		if rm.Entity.Sector == "CVL" || rm.Entity.Sector == "REF" {
			return true
		}
		for x := rm.Start; x < rm.End; x++ {
			if displacedNouns[toks[x].Lower] {
				return true
			}
		}
	}
	return false
}

// armedSectors are the sectors of forces that fire and take towns.
var armedSectors = map[string]bool{"MIL": true, "REB": true, "COP": true, "SPY": true}

// armedAfter says whether the party a "came under fire from" or "fell to"
// trigger names after its preposition is an armed force, with no figure
// on the way ("the index fell to 40 points from the week before").
func armedAfter(toks []text.Token, m match, s text.Sentence, ms []actor.Mention) bool {
	prep := m.toks[0] + 1
	for prep < m.end && toks[prep].Lower != "to" && toks[prep].Lower != "from" {
		prep++
	}
	if toks[m.end-1].Lower == "from" {
		prep = m.end - 1
	}
	for x := prep + 1; x < m.end; x++ {
		if toks[x].Num {
			return false
		}
	}
	for k := range ms {
		mm := &ms[k]
		if mm.Start > prep && mm.Start <= prep+3 && mm.Keyed() {
			return armedSectors[mm.Entity.Sector] || mm.Entity.Org != ""
		}
	}
	// ("fell to the rebels": a force not named, which the coder keys by
	// the place)
	return armedNounAfter(toks, prep, s.End) != ""
}

// armedNouns name forces by what they are, with the sector they get when
// the place they act in keys them: "fell to the rebels".
var armedNouns = map[string]string{"rebels": "REB", "insurgents": "REB", "militants": "REB", "jihadists": "REB", "fighters": "REB", "militias": "REB", "militia": "REB",
	"troops": "MIL", "forces": "MIL", "soldiers": "MIL", "army": "MIL"}

// armedNounAfter returns the armed noun that heads the phrase after the
// preposition at prep ("to the rebels", "from government forces"), or "".
func armedNounAfter(toks []text.Token, prep, end int) string {
	for x := prep + 1; x < end && x <= prep+4; x++ {
		w := toks[x].Lower
		if armedNouns[w] != "" {
			return w
		}
		if toks[x].Punct || !(determiners[w] || w == "government" || w == "heavy" || w == "rebel" || !toks[x].Cap && isModifier(toks[x])) {
			return ""
		}
	}
	return ""
}

// displacedNouns name people who are deported or driven out, not envoys
// (as the "v:expel ... n:journalist" pattern of triggers.tsv has it).
var displacedNouns = map[string]bool{"migrants": true, "migrant": true, "refugees": true, "refugee": true, "immigrants": true,
	"asylum": true, "villagers": true, "civilians": true, "residents": true, "families": true, "journalists": true, "journalist": true,
	"correspondents": true, "correspondent": true, "reporters": true, "reporter": true, "workers": true, "foreigners": true, "students": true, "tourists": true}

// placeAfter returns the country of the place named after the trigger in
// its clause ("in Addis Ababa", "across Iran", "in the Tigray region of
// Ethiopia"), or "".
func placeAfter(d *Doc, dr *draft) string {
	toks, ms := d.Toks, d.Mentions[dr.sent]
	m := dr.trig
	for k := range ms {
		mm := &ms[k]
		if mm.Start < m.end || mm.Start > m.end+8 || mm.Start >= dr.clauseB || mm.Entity.Country == "" {
			continue
		}
		if mm.Kind != actor.KCapital && mm.Kind != actor.KCountry && mm.Kind != actor.KActor {
			continue
		}
		if p := toks[mm.Start-1].Lower; p == "in" || p == "across" || p == "throughout" || p == "of" {
			return mm.Entity.Country
		}
	}
	return ""
}
