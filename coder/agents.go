package coder

import (
	"strings"

	"github.com/attache/attache/nlp/actor"
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/text"
)

// realizeParticiples carry out the act a noun names ("a pledge was made
// by", "the curbs were imposed by"); their agent is the noun's doer, unlike
// that of a verb acting on the noun ("the conviction was quashed by").
var realizeParticiples = map[string]bool{"made": true, "given": true, "offered": true, "issued": true, "imposed": true,
	"announced": true, "extended": true, "signed": true, "delivered": true, "brought": true, "filed": true, "lodged": true,
	"levelled": true, "leveled": true, "voiced": true, "expressed": true, "reached": true, "proposed": true, "unveiled": true}

// passiveAfterPP finds the passive verb of a noun trigger whose phrase
// goes on past pos with a short complement: "a pledge of aid to Kenya was
// made by Qatar", "the curbs on imports from Japan were imposed by the
// EU". It returns the index of the be-form, or -1. Only a determiner,
// names, numbers, modifiers and the prepositions of a noun's complement
// may stand between, so that a clause of its own ("aid to Kenya, which
// was made ...") is not read as the trigger's.
func passiveAfterPP(toks []text.Token, ms []actor.Mention, pos, stop int) int {
	for x := pos; x < stop && x < pos+7; x++ {
		w := toks[x].Lower
		if beForms[w] && w != "being" && x+1 < stop && x > pos {
			if v := toks[x+1].Lower; realizeParticiples[v] || agentParticiples[v] {
				return x
			}
			return -1
		}
		// ("negotiations to take advantage": an infinitive, a clause of
		// its own)
		if w == "to" && x+1 < stop && !determiners[toks[x+1].Lower] && !toks[x+1].Cap && !toks[x+1].Num && !isMentionStart(ms, x+1) {
			return -1
		}
		if toks[x].Punct && toks[x].Text != "-" && toks[x].Text != "$" || w == "that" || w == "which" || w == "who" || w == "and" || w == "by" || auxWords[w] || beForms[w] {
			return -1
		}
		if preps[w] && w != "to" && w != "of" && w != "on" && w != "for" && w != "in" && w != "from" && w != "against" && w != "with" {
			return -1
		}
	}
	return -1
}

// reportedOwnSubject says whether the reported clause that opens at b
// (right after "X said") has a common-noun subject of its own before its
// auxiliary: "the minister said bondholders have agreed", "said the
// creditors had offered". The speaker is not that subject; an unnamed
// one leaves the actor empty rather than wrong.
func reportedOwnSubject(toks []text.Token, ms []actor.Mention, b, pos int) bool {
	x := b
	if x < pos && (toks[x].Lower == "that" || toks[x].Lower == "today" || toks[x].Lower == "yesterday") {
		x++
	}
	if x < pos && determiners[toks[x].Lower] {
		x++
	}
	n := 0
	for ; x < pos && n < 3; x++ {
		t := toks[x]
		if auxWords[t.Lower] {
			break
		}
		if t.Punct || t.Cap || t.Num || pronounWords[t.Lower] || adverbs[t.Lower] || isMentionStart(ms, x) || preps[t.Lower] {
			return false
		}
		n++
	}
	// the head is a plural noun ("bondholders", "the creditors") right
	// before the auxiliary
	if n == 0 || x >= pos || !auxWords[toks[x].Lower] || !strings.HasSuffix(toks[x-1].Lower, "s") || strings.HasSuffix(toks[x-1].Lower, "ss") {
		return false
	}
	// the trigger is that clause's own verb: only auxiliaries, "not" and
	// adverbs stand between ("have also agreed"); a passive ("had been
	// welcomed by") or copula ("are exorbitant, and had sought") is not
	for y := x; y < pos; y++ {
		w := toks[y].Lower
		if beForms[w] || !(auxWords[w] || adverbs[w] || w == "not") {
			return false
		}
	}
	return true
}

// nameBeforeTitle: "Li Wei, China's ambassador to the U.N., said": the
// name keyed by its appositive title is the subject, the title only
// describes it.
func nameBeforeTitle(name, title actor.Mention) bool {
	return name.Kind == actor.KName && name.Entity.Via == "apposition" && title.Kind == actor.KTitle
}

// ledAfterHyphen: toks[x] is "led" or "backed" after a hyphen, "the
// U.S.-led invasion", which names the act's leader before it.
func ledAfterHyphen(toks []text.Token, x int) bool {
	w := toks[x].Lower
	return (w == "led" || w == "backed" || w == "sponsored") && x > 0 && toks[x-1].Text == "-"
}

// regionNouns follow a place name that locates a group: "in Sudan's
// Darfur region".
var regionNouns = map[string]bool{"region": true, "province": true, "area": true, "state": true, "district": true, "valley": true, "enclave": true, "territory": true, "county": true}

// placeInPhrase: a place before a region noun, reached from a preposition
// over a possessive and modifiers ("a rebel group in Sudan's troubled
// Darfur region pledged"), locates the group before it; it is no subject.
func placeInPhrase(toks []text.Token, ms []actor.Mention, m *actor.Mention, lo int) bool {
	if m.End >= len(toks) || !regionNouns[toks[m.End].Lower] || m.Poss {
		return false
	}
	if m.Kind != actor.KActor && m.Kind != actor.KCapital && m.Kind != actor.KName || m.Entity.Org != "" {
		return false
	}
	x := m.Start - 1
	for n := 0; x >= lo && n < 3 && !toks[x].Punct && !toks[x].Cap && !preps[toks[x].Lower] && toks[x].Lower != "'s" && !determiners[toks[x].Lower]; n++ {
		x--
	}
	// a possessive place before: "Sudan's"
	if x >= lo && (toks[x].Lower == "'s" || toks[x].Text == "'") {
		for k := range ms {
			if ms[k].End == x {
				// ("a rebel group in Sudan's Darfur region": the group's
				// own phrase took the possessor)
				for y := ms[k].Start; y < ms[k].End; y++ {
					if toks[y].Lower == "in" {
						return true
					}
				}
				x = ms[k].Start - 1
				break
			}
		}
	}
	for x >= lo && determiners[toks[x].Lower] {
		x--
	}
	if x < lo {
		return false
	}
	switch toks[x].Lower {
	case "in", "of", "from", "near", "across", "inside":
		return true
	}
	return false
}

// whenWords make a short time or manner phrase between a report verb and
// its "that": "declared on Thursday that", "said in a statement that".
var whenWords = map[string]bool{"on": true, "in": true, "a": true, "an": true, "the": true, "today": true, "yesterday": true, "statement": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "earlier": true, "late": true, "last": true, "week": true, "night": true}

// reportedWhen: a report verb, then only such a phrase, before the "that"
// at x, with no verb of the main clause coordinated before pos ("the United States declared on Thursday that the killing
// amounted to genocide"): the clause after holds its own subject.
func reportedWhen(toks []text.Token, x, floor, pos int) bool {
	// ("declared that ... amounted to genocide and urged the world": the
	// verb after "and" goes back to the main clause)
	for y := x + 1; y+1 <= pos && y < len(toks)-1; y++ {
		if toks[y].Lower == "and" && y+1 <= pos && (reportVerb(toks[y+1]) || finiteVerb(toks[y+1].Lower)) {
			return false
		}
	}
	for y := x - 1; y > floor && y >= x-4; y-- {
		if !whenWords[toks[y].Lower] {
			return false
		}
		if y-1 > floor && reportVerb(toks[y-1]) && !whenWords[toks[y-1].Lower] {
			return true
		}
	}
	return false
}

// appositiveAdverbParticiple: an appositive participle after an adverb,
// "Omar Bakri, already detained in London on a request from Egypt, was
// arrested": the name before the comma undergoes the act; the appositive
// closes with a comma before the main verb.
func appositiveAdverbParticiple(toks []text.Token, v, floor, stop int) bool {
	if v-3 < floor || !adverbs[toks[v-1].Lower] || toks[v-1].Lower == "being" || toks[v-1].Lower == "been" || toks[v-2].Text != "," || !toks[v-3].Cap || toks[v-3].Punct || v+1 >= stop {
		return false
	}
	if n := toks[v+1]; !(preps[n.Lower] || n.Num || n.Punct) {
		return false
	}
	for x := v + 1; x < stop && x <= v+12; x++ {
		if toks[x].Text == "," {
			return x+1 < stop && !toks[x+1].Cap && !toks[x+1].Punct
		}
	}
	return false
}

// controlVerbs take "to/on Y to V" with Y the doer of V: "Ankara is
// looking to Trump to veto the bill", "counting on Beijing to rein in".
var controlVerbs = map[string]bool{"looking": true, "look": true, "looks": true, "looked": true, "counting": true, "count": true, "counts": true, "counted": true,
	"relying": true, "rely": true, "relies": true, "relied": true, "depending": true, "depend": true, "depends": true, "depended": true}

// lookedTo says whether mention m after the preposition at pi is the
// controller of the infinitive whose verb is at pos: "looking to Trump to
// veto".
func lookedTo(toks []text.Token, m *actor.Mention, pi, pos int) bool {
	if pi == 0 || !controlVerbs[toks[pi-1].Lower] || toks[pi].Lower != "to" && toks[pi].Lower != "on" || m.End >= pos || toks[m.End].Lower != "to" {
		return false
	}
	// ("to either veto", "to quickly curb")
	for x := m.End + 1; x < pos; x++ {
		if w := toks[x].Lower; !adverbs[w] && w != "either" && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return true
}

// strikeNouns name a military attack whose nationality adjective names
// the attacker.
var strikeNouns = lexicon.List("strike_nouns")

// strikeAgent finds the doer of an agentless passive of force in a
// nationality on the attack that did it: "three men were killed in an
// Israeli airstrike", "wounded during a Russian missile attack". The
// adjective is the only agent such a sentence names; it is the country's
// armed force. It returns nil when no such phrase follows the verb.
func strikeAgent(toks []text.Token, ms []actor.Mention, head, stop int) *actor.Mention {
	for x := head + 1; x < stop && x <= head+6; x++ {
		w := toks[x].Lower
		if toks[x].Punct && w != "-" || w == "and" || w == "who" || w == "which" || w == "that" || w == "after" || w == "before" {
			return nil
		}
		if w != "in" && w != "during" && w != "by" {
			continue
		}
		y := x + 1
		for y < stop && determiners[toks[y].Lower] {
			y++
		}
		for k := range ms {
			mm := &ms[k]
			if mm.Start != y || !(mm.Kind == actor.KAdj || mm.Kind == actor.KCountry) || mm.Poss || mm.Entity.Country == "" || mm.Entity.Org != "" {
				continue
			}
			// up to two plain modifiers: "a U.S. air strike", "an Israeli
			// helicopter missile strike"
			for z := mm.End; z < stop && z <= mm.End+2; z++ {
				if strikeNouns[toks[z].Lower] {
					c := *mm
					if c.Entity.Sector == "" || c.Entity.Sector == "GOV" {
						c.Entity.Sector = "MIL"
					}
					return &c
				}
				if toks[z].Punct || toks[z].Cap || preps[toks[z].Lower] || isMentionStart(ms, z) {
					break
				}
			}
		}
		return nil
	}
	return nil
}

// strikeDemonym: a bare nationality right before a military attack noun
// names its doer whatever preposition governs the phrase ("killed in a
// U.S. air strike").
func strikeDemonym(toks []text.Token, mm *actor.Mention, last int) bool {
	// (a place is where, not who: "the Gaza strikes")
	adj := mm.Kind == actor.KAdj || mm.Kind == actor.KCountry && mm.End-mm.Start == 1 && strings.ToUpper(toks[mm.Start].Text) == toks[mm.Start].Text
	return adj && !mm.Poss && mm.Entity.Org == "" && last < len(toks) && strikeNouns[toks[last].Lower] && last-mm.End <= 2
}

// subjectRelative: a participle right after a plural noun, followed by
// when or where and then the clause's own finite verb, is a reduced
// passive relative: "five soldiers wounded last month in Ramadi were
// flown home". The noun underwent the act; it did not do it.
// (an active verb of force takes its object at once: "soldiers killed
// three rebels")
func subjectRelative(toks []text.Token, v, floor, stop int) bool {
	if v-1 <= floor || v+2 >= stop || !strings.HasSuffix(toks[v].Lower, "ed") {
		return false
	}
	n := toks[v-1]
	plural := strings.HasSuffix(n.Lower, "s") && !strings.HasSuffix(n.Lower, "ss") || strings.HasSuffix(n.Lower, "men") || n.Lower == "people" || n.Lower == "children"
	if n.Punct || n.Cap || !plural || auxWords[n.Lower] || beForms[n.Lower] || adverbs[n.Lower] || pronounWords[n.Lower] {
		return false
	}
	switch toks[v+1].Lower {
	case "in", "during", "near", "at", "last", "earlier", "yesterday", "outside", "inside", "while":
	default:
		return false
	}
	for x := v + 2; x < stop && x <= v+12; x++ {
		t := toks[x].Lower
		if toks[x].Punct || t == "and" || t == "or" || t == "who" || t == "which" || t == "that" {
			return false
		}
		// ("... in Fallujah on Monday described the fighting": a past
		// verb after a day closes the relative)
		if beForms[t] && t != "'s" && t != "being" && t != "be" || t == "have" || t == "had" || t == "will" || t == "would" || strings.HasSuffix(t, "ed") && dayWords[toks[x-1].Lower] {
			return true
		}
	}
	return false
}

// describeVerbs tell of an act another did ("described the killing of
// X as", "heard the shelling"): their subject is not the act's doer.
var describeVerbs = lexicon.List("describe_verbs")

// chargeParticiples punish or charge someone for an act.
var chargeParticiples = lexicon.List("charge_participles")

// chargedDoer: the subject of a passive of punishment or charge did the
// act named after "for" or "of": "a gang leader was sentenced to life
// for the murder of three policemen" makes the gang leader the murderer.
// It returns the participle's index, or -1.
func chargedDoer(toks []text.Token, pos, floor int) int {
	x := pos - 1
	for x > floor && determiners[toks[x].Lower] {
		x--
	}
	if x <= floor || toks[x].Lower != "for" && toks[x].Lower != "of" {
		return -1
	}
	for y := x - 1; y > floor && y >= x-10; y-- {
		if toks[y].Punct {
			return -1
		}
		if chargeParticiples[toks[y].Lower] {
			// ("had been arrested and sentenced")
			for z := y - 1; z >= floor && z >= y-5; z-- {
				if beForms[toks[z].Lower] && toks[z].Lower != "'s" {
					return y
				}
				if !adverbs[toks[z].Lower] && toks[z].Lower != "and" && !chargeParticiples[toks[z].Lower] {
					return -1
				}
			}
			return -1
		}
	}
	return -1
}

// placeAtrocities are acts whose nationality adjective names where they
// happened, or who suffered them, when no "of" phrase follows: "the 1994
// Rwandan genocide", "the Armenian genocide" (but "the Chinese genocide
// of Uyghurs" names its doer).
var placeAtrocities = map[string]bool{"genocide": true, "genocides": true, "holocaust": true}

// atrocityPlace says whether demonym mm before the noun trigger ending at
// last is only the place or the victims of the atrocity.
func atrocityPlace(toks []text.Token, mm *actor.Mention, last int) bool {
	if mm.Kind != actor.KAdj || mm.Poss || !placeAtrocities[toks[last].Lower] {
		return false
	}
	return last+1 >= len(toks) || toks[last+1].Lower != "of" && toks[last+1].Lower != "by"
}
