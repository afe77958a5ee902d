package coder

import (
	"strconv"
	"strings"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/text"
)

// This file holds the status cues that come from the predicate or noun
// governing a trigger rather than from the trigger's own tense (precision
// review round 9): "rejected the offer of mediating in talks", "threats to
// continue attacks", "for fear that China might retaliate".

// governedStatus revises the status read from the cues next to the trigger
// by the frame the trigger stands in. The checks run in order and the
// first that applies decides; reversals (an act that did take place)
// come first, then frames that put the act in doubt.
func governedStatus(d *Doc, dr *draft) {
	toks := d.Toks
	ev := &dr.ev
	s := d.Sents[dr.sent]
	m := dr.trig
	if frameStatus(d, dr) {
		return
	}
	if (ev.Status == attache.Hypothetical || ev.Status == attache.Planned) && dr.verbal() && pastRelative(toks, m.start, s.Start) {
		// "blamed parties for seeking to profit from the disaster that
		// killed 90 people": a past verb in a relative clause on a noun
		// tells a fact, whatever governs the noun
		ev.Status = attache.Occurred
		return
	}
	// (a verb pattern read as a verb: "a proposed meeting")
	if (ev.Status == attache.Occurred || ev.Status == attache.Planned) && m.start-2 >= s.Start && maybeAdjs[toks[m.start-1].Lower] && (!dr.verbal() || determiners[toks[m.start-2].Lower] || toks[m.start-2].Lower == "an") {
		// "no reason to join a proposed meeting", "a possible visit by
		// the Pope": an act put forward or considered, not held
		ev.Status = attache.Hypothetical
		return
	}
	if ev.Status == attache.Planned && cooperative[ev.Type] && ifOpened(toks, m.start, s) {
		// "If the benefits outweigh the costs, officials said they will
		// support the plan": a promise under a condition is not yet made
		// good, nor sure to be (a hostile act under a condition is a
		// threat, which conditionalThreat codes)
		ev.Status = attache.Hypothetical
		return
	}
	if ev.Status == attache.Occurred && !dr.verbal() && ev.Type == m.p.rule.Type && futurePredicate(toks, m.end, s.End) {
		// "the U.K. ban is going to be bad for hunters", "the ban will
		// take effect in May": a noun act whose own verb is future is
		// still to come
		ev.Status = attache.Planned
		return
	}
	if ev.Status == attache.Hypothetical && !dr.verbal() && ev.Type == m.p.rule.Type && brokenDownAfter(toks, m.end, s.End) {
		// "if negotiations with Japan break down": only the breakdown is
		// in doubt; the negotiations are under way
		ev.Status = attache.Occurred
		return
	}
	if ev.Status == attache.Occurred && dr.verbal() && m.start-1 >= s.Start && rareAdverbs[toks[m.start-1].Lower] {
		// "Najib seldom criticized China": a habit of not doing
		ev.Status = attache.Denied
		return
	}
	if ev.Status == attache.Occurred && dr.verbal() && m.start-2 >= s.Start && toks[m.start-1].Lower == "to" && pressedTo(toks, m.start-1, s.Start) {
		// "came under pressure to disarm", "has been asked to support
		// the bill": what a party is pressed or asked to do is not done
		ev.Status = attache.Hypothetical
		dr.asked = true
		return
	}
	if ev.Status == attache.Occurred && dr.verbal() && m.start-2 >= s.Start && toks[m.start-1].Lower == "to" && setOutTo(toks, m.start-1, s.Start) {
		// "left Brazil today to attend a weekend meeting": the purpose
		// of a departure is still ahead
		ev.Status = attache.Planned
		return
	}
	if ev.Status == attache.Occurred && !dr.verbal() && ev.Type == "COERCE" && ev.Mode == "arrest" && orderedNoun(toks, m.start, s.Start) {
		// "prosecutors ordered the arrest of Dodik": an order, not yet an
		// arrest
		ev.Status = attache.Hypothetical
		return
	}
	if ev.Status != attache.Denied && ev.Type == "REQUEST" && ev.Kind == "statement" && negatedOpinion(toks, m.start, s.Start) {
		// "I don't think the Fed should ease": a "should" under a
		// negated opinion asks for nothing
		ev.Status = attache.Denied
		return
	}
	if (ev.Status == attache.Occurred || ev.Status == attache.Planned) && !dr.verbal() && possibleAfter(toks, m.end, s.End) {
		// "New sanctions on Iran are possible", "a visit to Japan was
		// possible but had not been scheduled": an act said to be
		// possible is not done
		ev.Status = attache.Hypothetical
		return
	}
	if (ev.Status == attache.Planned || ev.Status == attache.Hypothetical) && pastYearBefore(d, m.start, s.Start) {
		// "would prefer Turkey to admit that the 1915 killing of
		// Armenians was genocide": an act dated in a past year took place
		ev.Status = attache.Occurred
		return
	}
	if (ev.Status == attache.Planned || ev.Status == attache.Hypothetical) && !dr.verbal() && m.start-1 >= s.Start && pastAdjs[toks[m.start-1].Lower] && modalBefore(toks, s.Start, m.start) {
		// "would undermine the ongoing talks with the IMF": a noun act
		// marked as under way or past is no part of the modal's future
		ev.Status = attache.Occurred
		return
	}
	if ev.Status == attache.Denied && counterfactual(toks, m.start, s.Start) {
		// "Without such an agreement, Baker would never have criticized
		// the policy so openly": the criticism took place
		ev.Status = attache.Occurred
		return
	}
	if feared(toks, m.start, s.Start) {
		// "for fear that China might retaliate": a feared act, and no
		// threat is made by the party feared (dr.asked drops a THREATEN)
		ev.Status = attache.Hypothetical
		dr.asked = true
		return
	}
	if (ev.Status == attache.Occurred || ev.Status == attache.Planned) && gerundSubject(toks, m, s.Start, s.End) {
		// "reaching an accord would be very difficult": an act named as
		// the subject of a modal predicate is only considered
		ev.Status = attache.Hypothetical
		return
	}
	if (ev.Status == attache.Occurred || ev.Status == attache.Planned) && neededBefore(toks, m.start, s.Start, dr.verbal()) {
		// "would require support from other parties": what is needed is
		// not (yet) given
		ev.Status = attache.Hypothetical
		return
	}
	if (ev.Status == attache.Occurred || ev.Status == attache.Planned) && ev.Type != "REQUEST" && m.start-2 >= s.Start && toks[m.start-1].Lower == "for" && desireFor[toks[m.start-2].Lower] {
		// "called for increased U.S.-EC cooperation", "pressed for
		// sanctions": what is called for is not done
		ev.Status = attache.Hypothetical
		return
	}
	if ev.Status == attache.Occurred && dr.verbal() && (askedChain(toks, m.start, s.Start) || demandedBare(toks, m.start, s.Start)) {
		// "called for the state auditors to be given a free hand to
		// investigate", "demanded the country immediately withdraw"
		ev.Status = attache.Hypothetical
		dr.asked = true
		return
	}
	if ev.Status == attache.Occurred && (framedBy(toks, m.start, s.Start) || waysOf(toks, m.start, s.Start)) {
		// "the offer of mediating in talks", "will look at ways of using
		// its gold reserves to provide debt relief"
		ev.Status = attache.Hypothetical
		return
	}
	if ev.Status == attache.Occurred && !dr.verbal() {
		// "Canada will ship 20,000 tonnes of rice to Haiti next month
		// as food aid": a noun after "as" takes the status of the verb
		// it completes
		if st, ok := asComplement(toks, m.start, s.Start, ev.Type == "CONSULT"); ok {
			ev.Status = st
			return
		}
	}
	if ev.Status == attache.Occurred && dr.verbal() && m.start-1 > s.Start {
		// "will hold an evening news conference in Geneva to discuss": a
		// purpose under a modal, however long the object before it
		if toks[m.start-1].Lower == "to" && bareVerb(toks[m.start].Lower) {
			if st, ok := modalAcross(toks, m.start-1, s.Start); ok {
				ev.Status = st
				return
			}
		}
		// 'could "support': a quote between the modal and its verb
		if toks[m.start-1].Text == "\"" || toks[m.start-1].Text == "“" {
			if w := toks[m.start-2].Lower; modalHyp[w] {
				ev.Status = attache.Hypothetical
				return
			} else if modalPlanned[w] {
				ev.Status = attache.Planned
				return
			}
		}
	}
	// "would make it harder for the Commission to launch": an act made
	// harder or easier is not done, whatever the modal
	if ev.Status == attache.Planned && dr.verbal() && m.start-1 > s.Start && toks[m.start-1].Lower == "to" && hardBefore(toks, m.start-1, s.Start) {
		ev.Status = attache.Hypothetical
		return
	}
	// "will act to prevent Iran from acquiring a nuclear weapon": what is
	// prevented does not happen, whatever the modal of the preventing
	if (ev.Status == attache.Occurred || ev.Status == attache.Planned) && dr.verbal() && m.start-1 > s.Start && toks[m.start-1].Lower == "from" && strings.HasSuffix(toks[m.start].Lower, "ing") && preventedBefore(toks, m.start-1, s.Start) {
		ev.Status = attache.Hypothetical
		return
	}
	if ev.Status == attache.Occurred {
		// "is expected visit India": a forecast whose "to" is missing
		if dr.verbal() && m.start-2 >= s.Start && toks[m.start-1].Lower == "expected" && beForms[toks[m.start-2].Lower] && bareVerb(toks[m.start].Lower) {
			ev.Status = attache.Planned
			return
		}
		// "to give the green light to accession talks": what is approved
		// is still to take place
		if !dr.verbal() && greenLit(toks, m.start, s.Start) {
			ev.Status = attache.Planned
			return
		}
		// "will also stress the voters' anger and call for a 'fair
		// approach'": the second of two verbs joined under one modal
		// shares it, across quotes in the first verb's object
		if dr.verbal() {
			if st, ok := modalJoined(toks, m.start, s.Start); ok {
				ev.Status = st
				return
			}
		}
		// "won a green light from Ottawa to host a summit", "was
		// preparing on Monday to land in India", "led moves to seize
		// farms": an act given leave, readied or pursued is still to
		// come
		if dr.verbal() && m.start-2 >= s.Start && toks[m.start-1].Lower == "to" {
			if st, ok := aimedTo(toks, m.start-1, s.Start); ok {
				ev.Status = st
				return
			}
		}
		// "an expected plan from Washington calling for Pyongyang to": a
		// participle after a planned noun
		if st, ok := plannedHead(toks, m.start, s.Start); ok {
			ev.Status = st
			return
		}
	}
	if ev.Status != attache.Denied && disputedReport(toks, m.start, s.Start) {
		// "termed as premature a report that it had agreed": a claim the
		// party disputes
		ev.Status = attache.Denied
		return
	}
	if ev.Status == attache.Planned || ev.Status == attache.Occurred {
		// "broke a promise made in 2001 to step down": a broken pledge
		if st, ok := pledgedBefore(toks, m.start, s.Start); ok {
			ev.Status = st
			return
		}
		// "were supposed to sign a deal": a plan in the past tense that
		// did not come about
		if m.start-3 >= s.Start && toks[m.start-1].Lower == "to" && toks[m.start-2].Lower == "supposed" && (toks[m.start-3].Lower == "was" || toks[m.start-3].Lower == "were") {
			ev.Status = attache.Hypothetical
			return
		}
		// "..., although that was called off", "the summit was cancelled"
		if calledOff(toks, m, s.End, ev.Status == attache.Planned || !dr.verbal()) {
			ev.Status = attache.Hypothetical
			return
		}
	}
	if ev.Status == attache.Occurred {
		// "are poised to attack Rafah", "on the brink of invading": an
		// act about to happen; "came close to signing", "nearly invaded",
		// "stopped short of invading": an act that did not happen
		if st, ok := imminence(toks, m.start, s.Start); ok {
			ev.Status = st
			return
		}
		// "declined to attend the talks", "has yet to impose sanctions",
		// "rather than attacking", "refrained from attacking": not done
		if notDone(toks, m.start, s.Start, dr.verbal()) {
			ev.Status = attache.Denied
			return
		}
	}
	if ev.Status == attache.Occurred && offeredTo(toks, m.start, s.Start) {
		// "offered to start membership talks with Turkey" (after the
		// frames: "has little new to offer to settle a dispute")
		ev.Status = attache.Planned
		return
	}
}

// waysVerbs look for a means: "will look at ways of using its gold".
var waysVerbs = map[string]bool{"look": true, "looks": true, "looking": true, "explore": true, "explores": true, "exploring": true, "examine": true, "examines": true, "examining": true,
	"study": true, "studies": true, "studying": true, "consider": true, "considers": true, "considering": true, "discuss": true, "discusses": true, "discussing": true,
	"seek": true, "seeks": true, "seeking": true, "find": true, "finding": true, "weigh": true, "weighing": true}

// waysOf: the trigger at x is the means looked for ("look at ways of
// using its gold reserves to provide debt relief", "exploring options to
// sanction").
func waysOf(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor && y >= x-10; y-- {
		w := toks[y].Lower
		if w == "ways" || w == "means" || w == "options" {
			p := y - 1
			if p > floor && (toks[p].Lower == "new" || toks[p].Lower == "other" || toks[p].Lower == "possible") {
				p--
			}
			if p > floor && toks[p].Lower == "at" {
				p--
			}
			return p >= floor && waysVerbs[toks[p].Lower]
		}
		if toks[y].Punct && toks[y].Text != "-" || w == "that" || w == "which" || w == "who" || w == "and" || w == "but" || auxWords[w] || beForms[w] && w != "being" || pastIrregular[w] {
			return false
		}
	}
	return false
}

// greenLit: a noun trigger at x is what "the green light" is given to.
func greenLit(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor+1 && y >= x-4; y-- {
		// ("the green light later today to accession talks")
		if toks[y].Lower == "to" || toks[y].Lower == "for" {
			for z := y - 1; z > floor && z >= y-3; z-- {
				if toks[z].Lower == "light" && toks[z-1].Lower == "green" {
					return true
				}
			}
		}
		if toks[y].Punct {
			return false
		}
	}
	return false
}

// plannedAdjs give the noun they modify a status: "an expected proposal".
var plannedAdjs = map[string]string{"expected": attache.Planned, "planned": attache.Planned, "upcoming": attache.Planned, "scheduled": attache.Planned, "future": attache.Planned,
	"proposed": attache.Proposed, "draft": attache.Proposed, "possible": attache.Hypothetical, "potential": attache.Hypothetical}

// plannedHead: a participle trigger at x ("calling for Tehran to abandon")
// modifies a noun that a planning adjective opens ("an expected proposal
// from Europe calling for ...").
func plannedHead(toks []text.Token, x, floor int) (string, bool) {
	if !strings.HasSuffix(toks[x].Lower, "ing") {
		return "", false
	}
	from := false
	for y := x - 1; y > floor && y >= x-6; y-- {
		w := toks[y].Lower
		if toks[y].Cap || determiners[w] && y < x-1 {
			continue
		}
		if (w == "from" || w == "by") && !from {
			from = true
			continue
		}
		if toks[y].Punct || preps[w] || auxWords[w] || beForms[w] {
			return "", false
		}
		// a noun: the head the participle modifies
		if st, ok := plannedAdjs[toks[y-1].Lower]; ok {
			return st, true
		}
		return "", false
	}
	return "", false
}

// cancelWords call an act off.
var cancelWords = map[string]bool{"cancelled": true, "canceled": true, "scrapped": true, "postponed": true, "shelved": true, "abandoned": true, "aborted": true}

// calledOff: the act of trigger m is called off in the same sentence:
// "the summit was cancelled" right after a noun trigger, or, for a planned
// act, a later "although that was called off".
func calledOff(toks []text.Token, m match, end int, later bool) bool {
	off := func(y int) bool {
		return y+1 < end && (cancelWords[toks[y].Lower] || toks[y].Lower == "called" && toks[y+1].Lower == "off" || toks[y].Lower == "put" && toks[y+1].Lower == "off")
	}
	// "was cancelled", "has been called off"
	cancelled := func(y int) bool {
		for z := y; z < end && z <= y+2; z++ {
			if off(z) {
				return true
			}
			if !beForms[toks[z].Lower] && toks[z].Lower != "has" && toks[z].Lower != "had" && toks[z].Lower != "have" && !adverbs[toks[z].Lower] {
				return false
			}
		}
		return false
	}
	// ("the summit between Japan and China was cancelled": the verb
	// after the noun's arguments)
	for y := m.end; !m.p.verbal && y < end && y < m.end+8; y++ {
		if beForms[toks[y].Lower] {
			return cancelled(y)
		}
		if toks[y].Punct || auxWords[toks[y].Lower] || !toks[y].Cap && !determiners[toks[y].Lower] && toks[y].Lower != "and" && !preps[toks[y].Lower] {
			break
		}
	}
	if !later {
		return false
	}
	for y := m.end; y+1 < end; y++ {
		if w := toks[y].Lower; w == "that" || w == "it" || w == "this" || w == "which" {
			if cancelled(y + 1) {
				return true
			}
		}
	}
	return false
}

// frameNouns hold an act as a prospect, not a fact: "the offer of
// mediating in talks", "its threats to continue attacks", "a chance of
// being tortured".
var frameNouns = lexicon.List("frame_nouns")

// framedBy: the trigger at x stands, within a few words and no clause
// break, after a frame noun and its "of"/"to"/"for" ("offer of mediating
// in talks", "threats to continue rocket attacks").
func framedBy(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor && y >= x-6; y-- {
		w := toks[y].Lower
		if (w == "of" || w == "to" || w == "for") && frameNouns[toks[y-1].Lower] {
			return true
		}
		// ("pinning hopes for a breakthrough on the trip", "extending its
		// offer for one week at the request of": another preposition
		// attaches the act elsewhere; but "a proposal for an accord on
		// withdrawing" nests one act in another)
		if toks[y].Punct && toks[y].Text != "-" || w == "that" || w == "which" || w == "who" || w == "and" && !toks[y+1].Cap || auxWords[w] || beForms[w] && w != "being" || pastIrregular[w] || preps[w] && w != "of" && w != "in" && w != "to" && !(w == "on" && strings.HasSuffix(toks[y+1].Lower, "ing")) {
			return false
		}
	}
	return false
}

// pledgeNouns bind their maker to a later act: "a promise to stand down".
var pledgeNouns = lexicon.List("pledge_nouns")

// breakWords break a pledge: "broke a promise", "reneged on its pledge".
var breakWords = map[string]bool{"broke": true, "broken": true, "break": true, "breaks": true, "breaking": true, "reneged": true, "renege": true, "reneging": true,
	"violated": true, "violates": true, "violating": true, "abandoned": true, "betrayed": true, "backtracked": true, "ditched": true, "dropped": true}

// pledgedBefore: a verb trigger at x after "to" is what a pledge binds its
// maker to, across a participle phrase ("a promise made in 2003 to stand
// down"); Denied when the pledge is broken, else Planned.
func pledgedBefore(toks []text.Token, x, floor int) (string, bool) {
	if x-1 <= floor || toks[x-1].Lower != "to" {
		return "", false
	}
	for y := x - 2; y > floor && y >= x-7; y-- {
		w := toks[y].Lower
		if pledgeNouns[w] {
			for z := y - 1; z >= floor && z >= y-4; z-- {
				v := toks[z].Lower
				if breakWords[v] {
					return attache.Denied, true
				}
				if !determiners[v] && v != "on" && v != "back" && !toks[z].Cap && !strings.HasSuffix(v, "'s") && v != "'s" && !isModifier(toks[z]) {
					break
				}
			}
			// only across a participle: "a promise made in 2003 to"
			// (a plain "promise to" is the planners' case)
			if y < x-2 {
				return attache.Planned, true
			}
			return "", false
		}
		if toks[y].Punct || w == "that" || w == "which" || w == "who" || w == "and" || auxWords[w] || beForms[w] {
			return "", false
		}
	}
	return "", false
}

// reportNouns carry a claim: "a report that it had agreed".
var reportNouns = lexicon.List("report_nouns")

// disputeWords reject a claim: "denied reports", "termed as premature".
var disputeWords = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true, "dismissed": true, "dismisses": true, "dismissing": true, "rejected": true, "rejects": true,
	"premature": true, "false": true, "baseless": true, "untrue": true, "unfounded": true, "groundless": true, "refuted": true, "refutes": true, "dismiss": true}

// disputedReport: the trigger at x stands in a "report that" clause which
// the sentence disputes before it ("Israel termed as premature a report
// that it had agreed", "denied claims that it had supplied drones"), or
// in the "that" clause of a denial ("denied that its soldiers were
// fighting").
func disputedReport(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor && y >= x-8; y-- {
		w := toks[y].Lower
		// ("The ministry denied that its aircraft had struck a clinic":
		// the denying verb itself before "that")
		if w == "that" && deniers[toks[y-1].Lower] {
			return true
		}
		// ("Moscow denied its jets had bombed the market": with no "that",
		// a clause subject and a finite verb)
		if deniers[w] && y+2 < x && (determiners[toks[y+1].Lower] || pronounWords[toks[y+1].Lower] || toks[y+1].Cap) && (pastIrregular[toks[x].Lower] || pastForm(toks[x]) || auxWords[toks[x-1].Lower]) {
			return true
		}
		if w == "that" && reportNouns[toks[y-1].Lower] {
			for z := y - 2; z >= floor && z >= y-10; z-- {
				if disputeWords[toks[z].Lower] {
					return true
				}
				if toks[z].Punct && toks[z].Text != "-" {
					return false
				}
			}
			return false
		}
		if toks[y].Punct && toks[y].Text != "-" || w == "that" || w == "which" {
			return false
		}
	}
	return false
}

// fearWords fear or worry about an act: "for fear that", "amid fears".
var fearWords = map[string]bool{"fear": true, "fears": true, "feared": true, "fearing": true, "afraid": true, "worried": true, "worries": true, "worry": true,
	"concern": true, "concerns": true, "concerned": true, "risk": true, "risks": true}

// feared: the trigger at x is what a fear clause fears: "for fear that
// China might retaliate", "amid fears Iran could strike". A modal before
// the trigger is needed: "fears grew after Russia attacked" reports an act,
// and "concerns that a resolution calling for a probe" fears its effect.
func feared(toks []text.Token, x, floor int) bool {
	modal := false
	for y := x - 1; y >= floor && y >= x-10; y-- {
		w := toks[y].Lower
		if (modalHyp[w] || modalPlanned[w]) && !monthMay(toks, y) {
			modal = true
		}
		if fearWords[w] && y+1 < x {
			return modal && (toks[y+1].Lower == "that" || toks[y+1].Cap || determiners[toks[y+1].Lower])
		}
		if toks[y].Punct && toks[y].Text != "-" || w == "which" || w == "who" || w == "but" || w == "said" || w == "says" || clauseOpeners[w] {
			return false
		}
	}
	return false
}

// gerundSubject: the trigger m is, or is the object of, a gerund that
// opens a clause and is the subject of a modal predicate ("holding a
// summit with Japan would not be provocative", "he said reaching an accord
// on the agreement would be very difficult").
func gerundSubject(toks []text.Token, m match, start, end int) bool {
	g := -1
	for y := m.start; y >= start && y >= m.start-4; y-- {
		w := toks[y].Lower
		if strings.HasSuffix(w, "ing") && len(w) > 4 {
			g = y
			break
		}
		if y < m.start && !(determiners[w] || isModifier(toks[y]) && !preps[w] && !toks[y].Punct || toks[y].Cap || toks[y].Text == "-") {
			return false
		}
	}
	if g < 0 {
		return false
	}
	// ("Boycotting opposition members will be willing": a bare participle
	// before a noun modifies it; a gerund takes its own object)
	if g == m.start && m.end == g+1 && (g+1 >= end || !determiners[toks[g+1].Lower]) {
		return false
	}
	// the gerund opens its clause
	if g > start {
		p := toks[g-1]
		if !(p.Punct && p.Text != "-" || p.Lower == "said" || p.Lower == "says" || p.Lower == "that" || p.Lower == "added") {
			return false
		}
	}
	// its predicate is the first verb after the noun phrase
	for y := m.end; y+1 < end && y < m.end+20; y++ {
		w := toks[y].Lower
		if modalHyp[w] || modalPlanned[w] {
			n := y + 1
			for n < end && (negators[toks[n].Lower] || adverbs[toks[n].Lower]) {
				n++
			}
			return n < end && !toks[n].Punct
		}
		if toks[y].Punct && toks[y].Text != "-" && toks[y].Text != "." || beForms[w] || auxWords[w] || w == "that" || w == "which" || w == "who" || pastIrregular[w] || strings.HasSuffix(w, "ed") && !toks[y].Cap {
			return false
		}
	}
	return false
}

// asComplement: a noun trigger at x after "as" or "into" ("as food aid",
// "into talks with") completes the verb before it; the status of a modal before that
// verb ("Will ship", "would send"), found across the verb's object.
func asComplement(toks []text.Token, x, floor int, meeting bool) (string, bool) {
	y := x - 1
	for y > floor && (determiners[toks[y].Lower] || toks[y].Cap || isModifier(toks[y]) && !preps[toks[y].Lower] && !toks[y].Punct && !auxWords[toks[y].Lower]) && y >= x-3 {
		y--
	}
	for z := y + 1; z < x; z++ {
		if clauseOpeners[toks[z].Lower] || toks[z].Lower == "despite" || toks[z].Lower == "amid" || toks[z].Lower == "without" {
			// "will not reverse its decision to accept Beijing as a member
			// despite protests"
			return "", false
		}
	}
	// ("will bring the warring parties into talks"; a meeting is what one
	// comes for, during or at: "will join Waltz for the Jeddah talks",
	// "is expected here on Friday for talks")
	if y <= floor || toks[y].Lower != "as" && toks[y].Lower != "into" && !(meeting && meetingPreps[toks[y].Lower]) {
		return "", false
	}
	// ("as long as Israeli attacks" compares; "support for the talks"
	// names what is supported: a meeting is gone to after a name, a time
	// or a verb of going)
	if p := toks[y-1]; toks[y].Lower == "as" && comparatives[p.Lower] || meetingPreps[toks[y].Lower] && !(p.Cap || goWords[p.Lower]) {
		return "", false
	}
	return modalAcross(toks, y, floor)
}

// comparatives open "as ... as": "as long as", "as soon as".
var comparatives = map[string]bool{"long": true, "soon": true, "well": true, "far": true, "much": true, "many": true, "quickly": true, "such": true, "same": true}

// goWords come before the meeting one goes to: "here on Friday for talks",
// "will travel to Moscow next week for talks".
var goWords = map[string]bool{"week": true, "month": true, "day": true, "days": true, "today": true, "tomorrow": true, "here": true, "there": true, "later": true,
	"come": true, "go": true, "travel": true, "fly": true, "arrive": true, "head": true, "return": true, "gather": true, "meet": true, "convene": true, "stay": true, "be": true, "join": true}

// meetingPreps introduce a meeting one goes to.
var meetingPreps = map[string]bool{"for": true, "during": true, "at": true, "in": true}

// modalAcross: the status of a modal, or of "is expected/due/set to",
// before the word at y across its verb's object ("will ship 39,250 tonnes
// of feed wheat to China this month"), stopping at a clause break or a
// finite verb.
func modalAcross(toks []text.Token, y, floor int) (string, bool) {
	for z := y - 1; z >= floor && z >= y-15; z-- {
		w := toks[z].Lower
		if modalPlanned[w] {
			return attache.Planned, true
		}
		if modalHyp[w] && !monthMay(toks, z) {
			return attache.Hypothetical, true
		}
		if hardWords[w] {
			// "would make it harder for the Commission to launch"
			return attache.Hypothetical, true
		}
		if (w == "expected" || w == "due" || w == "set" || w == "scheduled") && z > floor && beForms[toks[z-1].Lower] {
			return attache.Planned, true
		}
		if w == "'s" && z > floor && toks[z-1].Cap {
			// a possessive: "Sudan's warring government"
			continue
		}
		if toks[z].Punct && toks[z].Text != "-" || w == "that" || w == "which" || w == "who" || beForms[w] || w == "has" || w == "have" || w == "had" || pastIrregular[w] || pastForm(toks[z]) {
			return "", false
		}
	}
	return "", false
}

// pastForm: a lowercase word in -ed that can be a past verb ("shipped"),
// not "feed", "need" or "shed".
func pastForm(t text.Token) bool {
	return !t.Cap && len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed") && !strings.HasSuffix(t.Lower, "eed")
}

// limitNouns restrict only with "on": "limits on imports", but "the limits
// of a pledge" is the pledge's reach.
var limitNouns = map[string]bool{"limits": true, "restrictions": true, "curbs": true}

// counterfactual: the verb at x follows "would never have" or "would not
// have" in a sentence opened by "Without ...," or "But for ...,": what
// would not have happened without the condition did happen.
func counterfactual(toks []text.Token, x, floor int) bool {
	if x-3 < floor || toks[x-1].Lower != "have" || !negators[toks[x-2].Lower] || toks[x-3].Lower != "would" && toks[x-3].Lower != "could" {
		return false
	}
	for y := floor; y < x-3 && y < floor+3; y++ {
		w := toks[y].Lower
		if w == "without" || w == "but" && y+1 < x && toks[y+1].Lower == "for" {
			for z := y + 1; z < x-3; z++ {
				if toks[z].Text == "," {
					return true
				}
			}
			return false
		}
		if !toks[y].Punct {
			return false
		}
	}
	return false
}

// preventVerbs keep an act from happening: "prevent Iran from acquiring".
var preventVerbs = map[string]bool{"prevent": true, "prevents": true, "prevented": true, "preventing": true, "stop": true, "stops": true, "stopping": true,
	"bar": true, "bars": true, "barred": true, "barring": true, "block": true, "blocks": true, "blocked": true, "blocking": true,
	"deter": true, "deters": true, "deterred": true, "deterring": true, "keep": true, "keeps": true, "keeping": true, "discourage": true, "discouraged": true, "discouraging": true,
	"dissuade": true, "dissuaded": true, "dissuades": true, "dissuading": true}

// preventedBefore: the "from" at y follows a party right after a verb of
// prevention ("prevent Iran from", "barred the company from").
func preventedBefore(toks []text.Token, y, floor int) bool {
	for z := y - 1; z >= floor && z >= y-5; z-- {
		if preventVerbs[toks[z].Lower] {
			return z < y-1
		}
		if toks[z].Punct || preps[toks[z].Lower] || auxWords[toks[z].Lower] || beForms[toks[z].Lower] {
			return false
		}
	}
	return false
}

// hardWords make an act easier or harder, not done: "harder for X to".
var hardWords = map[string]bool{"harder": true, "easier": true, "difficult": true, "impossible": true, "hard": true, "easy": true}

// hardBefore: the "to" at y follows "harder for X" or "it hard".
func hardBefore(toks []text.Token, y, floor int) bool {
	for z := y - 1; z >= floor && z >= y-6; z-- {
		w := toks[z].Lower
		if hardWords[w] {
			return true
		}
		if toks[z].Punct || auxWords[w] || beForms[w] || w == "that" || w == "which" || w == "who" {
			return false
		}
	}
	return false
}

// provisoAt: the word at x opens a condition like "if": "provided
// (that) Turkey met European standards", "on condition that", "as long
// as" ("the U.S. provided Iraq with arms" is no condition).
func provisoAt(toks []text.Token, x, end int) bool {
	w := toks[x].Lower
	if x+1 >= end {
		return false
	}
	if w == "condition" && toks[x+1].Lower == "that" && x > 0 && toks[x-1].Lower == "on" {
		return true
	}
	if w != "provided" && w != "providing" {
		return false
	}
	if toks[x+1].Lower == "that" {
		return true
	}
	// "provided Turkey met": a subject and its finite verb
	y := x + 1
	for y < end && (toks[y].Cap || determiners[toks[y].Lower]) {
		y++
	}
	if y == x+1 || y >= end {
		return false
	}
	v := toks[y].Lower
	return pastIrregular[v] || modalHyp[v] || modalPlanned[v] || pastForm(toks[y]) || v == "agrees" || v == "meets" || v == "accepts" || v == "is" || v == "was"
}

// needVerbs need an act not yet done: "would require support".
var needVerbs = map[string]bool{"need": true, "needs": true, "require": true, "requires": true, "requiring": true, "needing": true}

// neededBefore: a noun trigger at x is the object of a verb of need, with
// only determiners and modifiers between.
// (a verb pattern is a noun right after the verb or a determiner: "would
// require support")
func neededBefore(toks []text.Token, x, floor int, verbal bool) bool {
	for y := x - 1; y >= floor && y >= x-4; y-- {
		w := toks[y].Lower
		if needVerbs[w] {
			return !verbal || y == x-1 || y == x-2 && determiners[toks[x-1].Lower]
		}
		if !(determiners[w] || toks[y].Cap || isModifier(toks[y]) && !preps[w] && !toks[y].Punct && !auxWords[w]) {
			return false
		}
	}
	return false
}

// clauseOpeners open an adverbial clause: the fear or frame before them
// does not reach the act after them ("feared ... would flood markets after
// Washington imposed tariffs").
var clauseOpeners = map[string]bool{"after": true, "before": true, "since": true, "when": true, "while": true, "because": true, "although": true, "though": true, "until": true, "whereas": true}

// askedChain: the trigger at x ends a chain of infinitives whose first
// "to" follows an asked party: "called for the National Audit Office to
// be given a free hand to investigate".
func askedChain(toks []text.Token, x, floor int) bool {
	if x-1 <= floor || toks[x-1].Lower != "to" {
		return false
	}
	for y := x - 2; y > floor && y >= x-14; y-- {
		w := toks[y].Lower
		if w == "to" {
			return askedBefore(toks, y, floor)
		}
		if toks[y].Punct && toks[y].Text != "-" && toks[y].Text != "\"" || w == "that" || w == "which" || w == "who" || w == "and" || w == "but" || pastIrregular[w] || auxWords[w] {
			return false
		}
	}
	return false
}

// demandedBare: a bare verb trigger at x after a party and a verb of
// demand, with no "that": "demanded the country immediately withdraw".
func demandedBare(toks []text.Token, x, floor int) bool {
	if !bareVerb(toks[x].Lower) {
		return false
	}
	party := false
	for y := x - 1; y >= floor && y >= x-6; y-- {
		w := toks[y].Lower
		if mandativeVerbs[w] && !strings.HasSuffix(w, "ing") {
			return party && y < x-1
		}
		if adverbs[w] || strings.HasSuffix(w, "ly") {
			continue
		}
		// ("to insist they withdraw": a pronoun party)
		if toks[y].Cap || determiners[w] || thirdPronouns[w] || w == "country" || w == "government" || w == "side" || w == "sides" || w == "troops" || w == "forces" {
			party = true
			continue
		}
		return false
	}
	return false
}

// offerVerbs offer a later act: "offered to start talks".
var offerVerbs = map[string]bool{"offered": true, "offers": true, "offer": true, "offering": true}

// offeredTo: the trigger at x, after "to", is what a party offered to do.
func offeredTo(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor && y >= x-4; y-- {
		if toks[y].Lower == "to" && offerVerbs[toks[y-1].Lower] && !(y-2 > floor && toks[y-2].Lower == "to") {
			return true
		}
		if toks[y].Punct || auxWords[toks[y].Lower] || beForms[toks[y].Lower] {
			return false
		}
	}
	return false
}

// pastAdjs mark a noun act as under way or done: "the ongoing talks".
var pastAdjs = map[string]bool{"ongoing": true, "continuing": true, "current": true, "recent": true, "existing": true, "previous": true, "earlier": true, "latest": true}

// pastYearBefore: a year before the story's own opens the trigger's noun
// phrase ("the 1915 killing of", "a 1961 pledge").
func pastYearBefore(d *Doc, x, floor int) bool {
	for y := x - 1; y >= floor && y >= x-2; y-- {
		w := d.Toks[y].Lower
		if len(w) == 4 && isNumber(w) {
			year, err := strconv.Atoi(w)
			if err != nil || year < 1800 {
				return false
			}
			if d.Date.IsZero() {
				return false
			}
			return year < d.Date.Year()
		}
		if !determiners[w] && !isModifier(d.Toks[y]) {
			return false
		}
	}
	return false
}

// imminence reads the words right before a trigger at x that put its act
// just ahead (Planned) or just missed (Denied).
func imminence(toks []text.Token, x, floor int) (string, bool) {
	at := func(k int, words ...string) bool {
		if x-k < floor {
			return false
		}
		for i, w := range words {
			if toks[x-k+i].Lower != w {
				return false
			}
		}
		return true
	}
	ing := strings.HasSuffix(toks[x].Lower, "ing")
	switch {
	case at(2, "poised", "to"), at(2, "about", "to"), at(4, "on", "the", "verge", "of") && ing, at(4, "on", "the", "brink", "of") && ing:
		return attache.Planned, true
	case at(3, "came", "close", "to") && ing, at(3, "come", "close", "to") && ing, at(3, "stopped", "short", "of") && ing, at(3, "stops", "short", "of") && ing,
		(at(1, "nearly") || at(1, "almost")) && (pastForm(toks[x]) || pastIrregular[toks[x].Lower]):
		return attache.Denied, true
	}
	return "", false
}

// declineWords leave the act they govern undone: "declined to attend".
var declineWords = map[string]bool{"declined": true, "declines": true, "decline": true, "declining": true}

// avoidWords keep their -ing act from happening: "refrained from
// attacking", "avoided criticizing".
var avoidWords = map[string]bool{"refrained": true, "refrain": true, "refrains": true, "refraining": true, "avoided": true, "avoids": true, "avoid": true, "avoiding": true}

// notDone: the trigger at x is governed by a verb or phrase that says its
// act is not (yet) done: "declined to attend the talks", "has yet to
// impose", "rather than attacking", "instead of attacking", "refrained
// from attacking", "avoided criticizing".
// (a noun act is undone only as the object of the undone verb: "declined
// to hear an appeal by" or "to comment on criticism by" leave the appeal
// and the criticism standing)
func notDone(toks []text.Token, x, floor int, verbal bool) bool {
	ing := strings.HasSuffix(toks[x].Lower, "ing")
	if x-2 >= floor {
		p, q := toks[x-2].Lower, toks[x-1].Lower
		if ing && (p == "rather" && q == "than" || p == "instead" && q == "of") {
			return true
		}
		if ing && q == "from" && avoidWords[p] {
			return true
		}
	}
	if ing && x-1 >= floor && avoidWords[toks[x-1].Lower] && toks[x-1].Lower != "from" {
		return true
	}
	for y := x - 1; y > floor && y >= x-5; y-- {
		w := toks[y].Lower
		if w == "to" {
			p := toks[y-1].Lower
			if !verbal && (y+1 < x && observeVerbs[toks[y+1].Lower] || prepBetween(toks, y, x)) {
				return false
			}
			return declineWords[p] || p == "yet" && y-2 >= floor && (toks[y-2].Lower == "has" || toks[y-2].Lower == "have" || toks[y-2].Lower == "had" || beForms[toks[y-2].Lower])
		}
		if toks[y].Punct || w == "that" || w == "which" || w == "who" || w == "and" || w == "or" || auxWords[w] || beForms[w] || pastIrregular[w] || pastForm(toks[y]) {
			return false
		}
	}
	return false
}

// observeVerbs take an act that exists already: "declined to hear an
// appeal", "to discuss the sanctions".
var observeVerbs = map[string]bool{"hear": true, "comment": true, "discuss": true, "confirm": true, "disclose": true, "reveal": true, "name": true, "identify": true,
	"specify": true, "address": true, "review": true, "consider": true, "examine": true, "investigate": true, "explain": true, "say": true}

// thirdPronouns stand for the party a demand is made of: "insist they
// withdraw" (not "I" or "we": "we insist we support" is a claim).
var thirdPronouns = map[string]bool{"they": true, "he": true, "she": true, "it": true}

// frameStatus holds the frames of the round-10 review: the noun or verb
// governing a trigger (a plan, a proposal, a condition, a question, a
// topic of talk) decides whether the act took place. It reports whether it set
// the status.
func frameStatus(d *Doc, dr *draft) bool {
	toks := d.Toks
	ev := &dr.ev
	s := d.Sents[dr.sent]
	m := dr.trig
	x := m.start
	verbal := dr.verbal()
	set := func(st string) bool { ev.Status = st; return true }
	// "If the provinces can't agree, ...", "will not attend if Ukraine
	// refuses": an act in a condition is not asserted, done or refused
	if ev.Status != attache.Hypothetical && ev.Status != attache.Threatened && conditionOpen(toks, x, s.Start) {
		return set(attache.Hypothetical)
	}
	// "issued a statement on the upcoming summit": the act named as the
	// topic of a statement is neither planned nor done by its author;
	// "was optimistic that talks would resume": what is hoped for
	// (a past act reported on stays done: "a speech on the report on the
	// arms sales")
	if ev.Status == attache.Planned && !verbal && statementTopic(toks, x, s.Start) || (ev.Status == attache.Planned || ev.Status == attache.Occurred) && hopedFor(toks, m, s.Start, s.End, verbal) {
		return set(attache.Hypothetical)
	}
	if !verbal {
		// "whether another summit is appropriate": an open question
		if (ev.Status == attache.Planned || ev.Status == attache.Occurred) && nounAfter(toks, x, s.Start, func(w string) bool { return w == "whether" }) {
			return set(attache.Hypothetical)
		}
		if ev.Status == attache.Occurred {
			// "announced plans for tariffs on chips": what is planned is
			// still to come
			if st, ok := plannedFor(toks, x, s.Start); ok {
				return set(st)
			}
			// "proposed a crackdown on smugglers": a proposal, no act
			if nounAfter(toks, x, s.Start, func(w string) bool { return proposeVerbs[w] }) {
				return set(attache.Proposed)
			}
			// "during next week's visit": a dated future act; "talks on a
			// new contract will open on July 27": a noun act whose own
			// verb is a future start
			if futurePossessive(toks, x, s.Start) || futureStart(toks, m.end, s.End) || comingSeason(d, x, s.Start) {
				return set(attache.Planned)
			}
			// "arrived for a trip that includes talks with Bush": a part
			// of a journey still to come
			if tripIncludes(toks, x, s.Start) {
				return set(attache.Planned)
			}
			// "spoke with the envoy about U.S. support for Taiwan": a
			// noun act named as a topic of talk is no fresh act
			if talkTopic(toks, x, s.Start) {
				return set(attache.Hypothetical)
			}
		}
		// "will discuss the sanctions on Russia": a measure already in
		// force, named as what the talks are about, is not what the
		// modal plans
		if ev.Status == attache.Planned && x-2 >= s.Start && (toks[x-1].Lower == "the" || toks[x-1].Lower == "its" || toks[x-1].Lower == "their") && discussVerbs[toks[x-2].Lower] && x-3 >= s.Start && (modalPlanned[toks[x-3].Lower] || toks[x-3].Lower == "to") {
			return set(attache.Occurred)
		}
		// "seeking to halt the UN investigation": what is to be halted is
		// under way; only the halting is in doubt
		if (ev.Status == attache.Hypothetical || ev.Status == attache.Planned) && haltedObject(toks, x, s.Start) {
			return set(attache.Occurred)
		}
		// "went back on his pledge": the pledge is broken, not made anew
		if ev.Status == attache.Occurred && pledgeNouns[toks[x].Lower] && brokenPledge(toks, x, s.Start) {
			return set(attache.Denied)
		}
	}
	// "talked about resuming stalled talks", "spoke about imposing
	// sanctions": an act in the topic of talk is only considered
	if ev.Status == attache.Occurred && aboutGerund(toks, x, s.Start) {
		return set(attache.Hypothetical)
	}
	// "may impose trade sanctions, cutting foreign aid": a participle
	// that elaborates a modal clause takes its modal
	if ev.Status == attache.Occurred && verbal {
		if st, ok := modalElaborated(toks, x, s.Start); ok {
			return set(st)
		}
	}
	// "called for new rules so landlords are only prosecuted if ...":
	// the purpose of a call is not done
	if (ev.Status == attache.Occurred || ev.Status == attache.Planned) && soAfterCall(toks, x, s.Start) {
		return set(attache.Hypothetical)
	}
	return false
}

// conditionOpen: the trigger at x stands in a clause opened by "if" or
// "unless", with no punctuation between (a comma closes the condition).
func conditionOpen(toks []text.Token, x, floor int) bool {
	for y := x - 1; y >= floor && y >= x-12; y-- {
		w := toks[y].Lower
		if w == "if" || w == "unless" {
			// "asked if", "as if": not a condition on an act ("see if"
			// and "ask if" are open questions, also not asserted)
			return y == floor || toks[y-1].Lower != "as"
		}
		if toks[y].Punct && toks[y].Text != "-" || w == "then" || w == "that" || w == "but" || w == "because" {
			return false
		}
	}
	return false
}

// proposeVerbs put forward a noun act: "proposed a crackdown".
var proposeVerbs = map[string]bool{"proposed": true, "proposes": true, "propose": true, "proposing": true, "suggested": true, "suggests": true, "suggesting": true, "floated": true}

// discussVerbs take what is talked about as their object.
var discussVerbs = map[string]bool{"discuss": true, "debate": true, "review": true, "assess": true, "examine": true}

// nounAfter: the noun trigger at x ends a short noun phrase right after a
// word for which is(w) holds: "whether another summit", "proposed a U.N.
// crackdown" (determiners, modifiers and names between, no verb).
func nounAfter(toks []text.Token, x, floor int, is func(string) bool) bool {
	for y := x - 1; y >= floor && y >= x-5; y-- {
		w := toks[y].Lower
		if is(w) {
			return y < x-1 || w == "whether"
		}
		if toks[y].Punct && toks[y].Text != "-" && toks[y].Text != "." || preps[w] || beForms[w] || auxWords[w] || w == "that" || w == "and" || w == "or" {
			return false
		}
	}
	return false
}

// plannedFor: the noun trigger at x is what "plans for" or "proposals
// for" name, across a measure ("plans for as much as 500 million dollars in
// tariffs").
func plannedFor(toks []text.Token, x, floor int) (string, bool) {
	for y := x - 1; y > floor && y >= x-9; y-- {
		w := toks[y].Lower
		if w == "for" {
			switch toks[y-1].Lower {
			case "plans", "plan", "preparations", "blueprint":
				return attache.Planned, true
			case "proposals", "proposal":
				return attache.Proposed, true
			}
			return "", false
		}
		if toks[y].Punct && toks[y].Text != "-" && toks[y].Text != "." || beForms[w] || auxWords[w] || w == "that" || w == "which" || w == "and" || w == "or" {
			return "", false
		}
	}
	return "", false
}

// futureUnits follow "next" in a possessive date: "next week's visit".
var futureUnits = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "summer": true, "autumn": true, "winter": true, "spring": true, "fall": true}

// futurePossessive: the noun trigger at x is dated by "next week's" or
// "tomorrow's" (a modifier may stand between: "next week's planned").
func futurePossessive(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor && y >= x-3; y-- {
		if toks[y].Lower != "'s" && toks[y].Lower != "’s" {
			continue
		}
		u := toks[y-1].Lower
		if u == "tomorrow" {
			return true
		}
		return futureUnits[u] && y-2 >= floor && (toks[y-2].Lower == "next" || toks[y-2].Lower == "coming")
	}
	return false
}

// aboutGerund: the trigger at x is a gerund after "talked about", or the
// object of one ("spoke about resuming stalled talks", "talked about
// imposing sanctions"), not "complained about being attacked".
func aboutGerund(toks []text.Token, x, floor int) bool {
	for y := x; y > floor+1 && y >= x-5; y-- {
		w := toks[y].Lower
		if strings.HasSuffix(w, "ing") && len(w) > 4 && toks[y-1].Lower == "about" {
			return w != "being" && talkWords[toks[y-2].Lower]
		}
		if y < x && (toks[y].Punct && toks[y].Text != "-" || preps[w] || beForms[w] || auxWords[w] || w == "that" || w == "and" || w == "or") {
			return false
		}
	}
	return false
}

// talkWords take a topic after "about": "spoke about", "questions about".
var talkWords = map[string]bool{"talk": true, "talks": true, "talked": true, "talking": true, "spoke": true, "speak": true, "speaks": true, "speaking": true, "spoken": true,
	"asked": true, "ask": true, "asking": true, "question": true, "questions": true, "think": true, "thinking": true, "thought": true, "discussion": true, "discussions": true,
	"conversation": true, "interview": true, "debate": true, "comments": true, "remarks": true, "wrote": true, "writes": true, "said": true, "says": true, "told": true, "tell": true, "hear": true,
	"optimistic": true, "hopeful": true, "cautious": true, "serious": true}

// brokenPledge: "went back on his pledge", "reneged on its pledge".
func brokenPledge(toks []text.Token, x, floor int) bool {
	for y := x - 1; y >= floor && y >= x-4; y-- {
		w := toks[y].Lower
		if breakWords[w] {
			return true
		}
		if w == "on" && y-2 >= floor && toks[y-1].Lower == "back" {
			switch toks[y-2].Lower {
			case "went", "go", "goes", "going", "gone":
				return true
			}
		}
		if !determiners[w] && w != "on" && !strings.HasSuffix(w, "'s") && w != "'s" && !isModifier(toks[y]) {
			return false
		}
	}
	return false
}

// soAfterCall: the trigger at x stands in a "so (that)" purpose clause
// after a call, a demand or a proposal earlier in the sentence.
func soAfterCall(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor && y >= x-10; y-- {
		w := toks[y].Lower
		if w == "so" {
			if next := toks[y+1].Lower; next == "far" || next == "much" || next == "many" || next == "long" || next == "as" {
				return false
			}
			for z := y - 1; z >= floor && z >= y-12; z-- {
				v := toks[z].Lower
				if v == "for" && z > floor && desireFor[toks[z-1].Lower] || mandativeVerbs[v] || wantVerbs[v] || v == "proposal" || v == "amendment" {
					return true
				}
				if toks[z].Punct && toks[z].Text != "-" {
					return false
				}
			}
			return false
		}
		if toks[y].Punct && toks[y].Text != "-" {
			return false
		}
	}
	return false
}

// startVerbs open a noun act's future: "talks will open on July 27".
var startVerbs = map[string]bool{"open": true, "start": true, "begin": true, "resume": true, "reopen": true, "convene": true, "take": true, "be": true,
	"kick": true, "get": true, "commence": true, "go": true}

// futureStart: the verb of the noun act ending at end is a future start
// ("negotiations with the union on a new contract will open July 27").
func futureStart(toks []text.Token, end, sEnd int) bool {
	// (across a relative clause: "negotiations on a new contract
	// covering workers who belong to the union will open July 27")
	for y := end; y < sEnd-1 && y < end+20; y++ {
		w := toks[y].Lower
		if w == "will" || w == "'ll" || w == "shall" {
			return startVerbs[toks[y+1].Lower]
		}
		if toks[y].Punct && toks[y].Text != "-" && toks[y].Text != "." || beForms[w] || w == "has" || w == "have" || w == "had" ||
			w == "and" || w == "but" || w == "or" || modalHyp[w] || w == "would" || strings.HasSuffix(w, "ed") && !toks[y].Cap {
			return false
		}
	}
	return false
}

// talkTopic: the noun trigger at x stands in the object of "about" after
// a verb or noun of talk, also in a list ("spoke with the envoy about
// U.S. support for Taiwan and China's aggression in the region").
func talkTopic(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor && y >= x-24; y-- {
		w := toks[y].Lower
		if w == "about" {
			for z := y - 1; z >= floor && z >= y-6; z-- {
				v := toks[z].Lower
				if talkWords[v] && v != "said" && v != "says" && v != "told" {
					return true
				}
				if toks[z].Punct || beForms[v] || v == "that" || v == "and" {
					return false
				}
			}
			return false
		}
		if toks[y].Punct && toks[y].Text != "," && toks[y].Text != "-" && toks[y].Text != "." && w != "'s" && w != "’s" || beForms[w] && w != "'s" || auxWords[w] || w == "that" || w == "which" || w == "who" ||
			pastForm(toks[y]) && !toks[y].Cap {
			return false
		}
	}
	return false
}

// modalElaborated: the verbal trigger at x is a participle after a comma
// that elaborates the clause before it; the modal of that clause
// ("may impose trade sanctions, cutting foreign aid") sets its status.
func modalElaborated(toks []text.Token, x, floor int) (string, bool) {
	if x-2 < floor || !strings.HasSuffix(toks[x].Lower, "ing") {
		return "", false
	}
	if toks[x-1].Lower == "and" {
		// "cutting foreign aid and strengthening the embargo": the
		// second of two participles
		for y := x - 2; y > floor && y >= x-8; y-- {
			if toks[y-1].Text == "," && strings.HasSuffix(toks[y].Lower, "ing") {
				return modalElaborated(toks, y, floor)
			}
			if toks[y].Punct {
				break
			}
		}
		return "", false
	}
	c := x - 1
	if toks[c].Text != "," {
		// ", with Japan and the United States pressing each other": an
		// absolute clause after the comma
		c = -1
		for y := x - 1; y > floor+1 && y >= x-8; y-- {
			w := toks[y].Lower
			if w == "with" {
				if toks[y-1].Text == "," && y < x-1 {
					c = y - 1
				}
				break
			}
			if toks[y].Punct && toks[y].Text != "." || !toks[y].Cap && !determiners[w] && w != "and" && !askedNoun(w) {
				break
			}
		}
		if c < 0 {
			return "", false
		}
	}
	for y := c - 1; y >= floor && y >= c-13; y-- {
		w := toks[y].Lower
		if modalHyp[w] && !monthMay(toks, y) {
			return attache.Hypothetical, true
		}
		if w == "will" || w == "'ll" || w == "shall" {
			return attache.Planned, true
		}
		if w == "would" {
			// "would be very difficult, with countries pressing each
			// other": a predicted state of affairs
			if y+1 < c && toks[y+1].Lower == "be" {
				return attache.Hypothetical, true
			}
			return attache.Planned, true
		}
		if toks[y].Punct && toks[y].Text != "-" && toks[y].Text != "." || w == "that" || w == "which" || w == "who" || pastForm(toks[y]) && !toks[y].Cap && y > floor && !auxWords[toks[y-1].Lower] && !beForms[toks[y-1].Lower] {
			return "", false
		}
	}
	return "", false
}

// haltVerbs end an act under way: "to halt the investigation".
var haltVerbs = map[string]bool{"halt": true, "halting": true, "stop": true, "stopping": true, "end": true, "ending": true, "suspend": true, "suspending": true,
	"derail": true, "derailing": true, "obstruct": true, "obstructing": true, "quash": true, "quashing": true, "impede": true, "impeding": true, "hamper": true, "hampering": true}

// haltedObject: the noun trigger at x heads the definite object of a verb
// that ends an act ("halt the special prosecutor's investigation"), with
// no planning word between ("stop the planned strike" stays planned).
func haltedObject(toks []text.Token, x, floor int) bool {
	definite := false
	for y := x - 1; y >= floor && y >= x-6; y-- {
		w := toks[y].Lower
		if haltVerbs[w] {
			return definite && y < x-1
		}
		switch {
		case w == "the" || w == "its" || w == "their" || w == "his" || w == "her" || w == "'s" || w == "’s":
			definite = true
		case w == "planned" || w == "proposed" || w == "possible" || w == "expected" || w == "threatened" || w == "upcoming" || w == "future" || w == "new":
			return false
		case toks[y].Punct && toks[y].Text != "." && toks[y].Text != "-" || preps[w] || beForms[w] || auxWords[w] || w == "and" || w == "or" || w == "that" || clauseSubordinators[w]:
			return false
		case y+1 < x && determiners[toks[y+1].Lower] && !determiners[w]:
			// a verb of its own before the object: "production will end
			// unless the union grants concessions"
			return false
		}
	}
	return false
}

// tripNouns name a journey whose parts are listed: "a tour that includes".
var tripNouns = lexicon.List("trip_nouns")

// tripIncludes: the noun trigger at x is listed, in the present or future,
// as part of a journey ("a foray that includes talks with Bush", "an
// itinerary that will include a summit"); "a visit that included talks"
// is past.
func tripIncludes(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor+1 && y >= x-4; y-- {
		w := toks[y].Lower
		if w == "includes" || w == "include" && (toks[y-1].Lower == "will" || toks[y-1].Lower == "would") {
			z := y - 1
			if w == "include" {
				z--
			}
			if z > floor && (toks[z].Lower == "that" || toks[z].Lower == "which") {
				for v := z - 1; v >= floor && v >= z-4; v-- {
					if tripNouns[toks[v].Lower] {
						return true
					}
				}
			}
			return false
		}
		if toks[y].Punct && toks[y].Text != "-" && toks[y].Text != "." || !determiners[toks[y].Lower] && !isModifier(toks[y]) && !toks[y].Cap {
			return false
		}
	}
	return false
}

// seasonStarts: the month a season of the story's year opens.
var seasonStarts = map[string]time.Month{"spring": time.March, "summer": time.June, "autumn": time.September, "fall": time.September, "winter": time.December}

// comingSeason: the noun trigger at x is dated by "the summer's" or "this
// summer's" in a story dated before that season opens ("during the
// summer's labor negotiations" in April).
func comingSeason(d *Doc, x, floor int) bool {
	toks := d.Toks
	if d.Date.IsZero() {
		return false
	}
	for y := x - 1; y > floor+1 && y >= x-4; y-- {
		if toks[y].Lower != "'s" && toks[y].Lower != "’s" {
			if toks[y].Punct || preps[toks[y].Lower] {
				return false
			}
			continue
		}
		start, ok := seasonStarts[toks[y-1].Lower]
		det := toks[y-2].Lower
		return ok && (det == "the" || det == "this") && d.Date.Month() < start
	}
	return false
}

// possibleAfter: the noun act ending at end is the subject of "is
// possible", "is on the table", "is an option", "is not ruled out", "is
// under consideration" or "is being considered". The scan stops where the
// noun phrase ends in another clause.
func possibleAfter(toks []text.Token, end, sEnd int) bool {
	for x := end; x < sEnd && x < end+10; x++ {
		w := toks[x].Lower
		if (beForms[w] && w != "'s" || w == "remains" || w == "remain" || w == "seems" || w == "seem") && x+1 < sEnd {
			y := x + 1
			for y < sEnd && (toks[y].Lower == "still" || toks[y].Lower == "also" || toks[y].Lower == "now" || toks[y].Lower == "quite" || toks[y].Lower == "very" || toks[y].Lower == "entirely") {
				y++
			}
			if y >= sEnd {
				return false
			}
			next := func(k int, v string) bool { return y+k < sEnd && toks[y+k].Lower == v }
			switch toks[y].Lower {
			case "possible", "conceivable", "likely", "probable":
				// (not "likely to V": the forecast's verb decides)
				return !next(1, "to")
			case "on":
				return next(1, "the") && next(2, "table")
			case "an":
				return next(1, "option")
			case "under":
				return next(1, "consideration") || next(1, "discussion")
			case "being":
				return next(1, "considered") || next(1, "discussed") || next(1, "weighed")
			case "not":
				return next(1, "ruled") && next(2, "out") || next(1, "excluded")
			}
			return false
		}
		if toks[x].Punct && toks[x].Text != "-" || w == "that" || w == "which" || w == "who" || w == "and" || w == "but" || speechish(w) {
			return false
		}
	}
	return false
}

// topicNouns name what is said or written on a subject: "a statement on
// the upcoming summit", "remarks about the talks".
var topicNouns = map[string]bool{"statement": true, "statements": true, "report": true, "reports": true, "comments": true, "remarks": true,
	"briefing": true, "commentary": true, "article": true, "editorial": true, "analysis": true, "note": true, "communique": true, "question": true, "questions": true}

// statementTopic: the noun trigger at x is the object of "on" or "about"
// after a statement noun, with only modifiers between ("a statement on
// the upcoming summit", "comments about next week's talks").
func statementTopic(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor && y >= x-5; y-- {
		w := toks[y].Lower
		if w == "on" || w == "about" || w == "regarding" {
			return topicNouns[toks[y-1].Lower]
		}
		if toks[y].Punct && toks[y].Text != "'s" && toks[y].Text != "-" || beForms[w] || auxWords[w] || preps[w] {
			return false
		}
	}
	return false
}

// hopeWords hope for what their clause says: "optimistic that talks
// would resume", "hoping the administration will make sure".
var hopeWords = map[string]bool{"optimistic": true, "hopeful": true, "confident": true, "hope": true, "hopes": true, "hoped": true, "hoping": true, "wish": true, "wishes": true, "wished": true}

// hopedStarts make a noun act begin: "talks would resume".
var hopedStarts = map[string]bool{"resume": true, "start": true, "begin": true, "happen": true, "occur": true, "open": true, "restart": true, "proceed": true}

// hopedFor: the trigger m stands in the clause a hope word governs, under
// a modal ("was optimistic that talks would resume", "hopes the
// administration will make sure Russia offers concessions"). A noun act
// must itself be what the modal brings about ("talks would resume"), for
// in "hoped the talks would succeed" the talks are under way.
func hopedFor(toks []text.Token, m match, floor, sEnd int, verbal bool) bool {
	hope := -1
	for y := m.start - 1; y >= floor && y >= m.start-14; y-- {
		w := toks[y].Lower
		if hopeWords[w] {
			hope = y
			break
		}
		if toks[y].Punct && toks[y].Text != "-" && toks[y].Text != "'s" || w == "but" || w == "if" || clauseOpeners[w] {
			return false
		}
	}
	// (the hope governs a clause: "optimistic that", "hoping the
	// administration will"; not "optimistic after Japan's announcement")
	if hope < 0 || hope+1 >= m.start {
		return false
	}
	if n := toks[hope+1]; n.Lower != "that" && !determiners[n.Lower] && !pronounWords[n.Lower] && !n.Cap {
		return false
	}
	if verbal {
		for y := hope + 1; y < m.start; y++ {
			// (not "hopes to sign a deal": an intention is a plan)
			if w := toks[y].Lower; modalHyp[w] || modalPlanned[w] {
				return true
			}
		}
		return false
	}
	for y := m.end; y+1 < sEnd && y < m.end+4; y++ {
		if w := toks[y].Lower; (modalHyp[w] || modalPlanned[w]) && hopedStarts[toks[y+1].Lower] {
			return true
		}
	}
	return false
}

// opinionVerbs hold a view: "I don't think", "we do not believe".
var opinionVerbs = map[string]bool{"think": true, "believe": true, "feel": true, "expect": true, "see": true}

// negatedOpinion: the trigger at x stands in the clause of a negated
// verb of opinion ("I don't think the Fed should ease").
func negatedOpinion(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor && y >= x-10; y-- {
		w := toks[y].Lower
		if opinionVerbs[w] {
			for z := y - 1; z >= floor && z >= y-2; z-- {
				if negators[toks[z].Lower] {
					return true
				}
			}
			return false
		}
		if toks[y].Punct && toks[y].Text != "-" && toks[y].Text != "'s" || w == "but" || w == "and" {
			return false
		}
	}
	return false
}

// rareAdverbs say an act seldom happens: "seldom criticized China".
var rareAdverbs = map[string]bool{"seldom": true, "rarely": true, "hardly": true, "scarcely": true, "barely": true}

// pressWords press or ask a party to act: "under pressure to", "was
// asked to", "urged to", "calls to".
var pressWords = map[string]bool{"pressure": true, "pressures": true, "pressured": true, "pressed": true, "urged": true, "asked": true,
	"calls": true, "appeals": true, "requests": true, "requested": true, "encouraged": true, "invited": true, "told": true, "ordered": true}

// pressedTo: the "to" at x follows a word of pressing or asking, with at
// most a named party between ("asked Baker to", "was pressed to", "under
// pressure from Washington to").
func pressedTo(toks []text.Token, x, floor int) bool {
	for y := x - 1; y >= floor && y >= x-5; y-- {
		w := toks[y].Lower
		if pressWords[w] {
			return true
		}
		if toks[y].Punct && toks[y].Text != "-" || beForms[w] || auxWords[w] || w == "that" || w == "and" || w == "who" || w == "which" {
			return false
		}
	}
	return false
}

// departVerbs set out for a purpose: "left Brazil to attend".
var departVerbs = map[string]bool{"left": true, "leaves": true, "leaving": true, "flew": true, "flies": true, "flying": true, "travelled": true, "traveled": true,
	"travels": true, "travelling": true, "traveling": true, "headed": true, "heads": true, "heading": true, "departed": true, "departs": true, "set": true, "sets": true}

// setOutTo: the "to" at x opens the purpose of a departure in the same
// clause ("left Brazil early today to attend").
func setOutTo(toks []text.Token, x, floor int) bool {
	for y := x - 1; y >= floor && y >= x-8; y-- {
		w := toks[y].Lower
		if departVerbs[w] {
			// ("set" only as "set off/out")
			return w != "set" && w != "sets" || y+1 < x && (toks[y+1].Lower == "off" || toks[y+1].Lower == "out")
		}
		if toks[y].Punct && toks[y].Text != "-" || beForms[w] || w == "that" || w == "and" || w == "who" || w == "which" || w == "to" {
			return false
		}
	}
	return false
}

// orderWords order an act: "ordered the arrest of".
var orderWords = map[string]bool{"ordered": true, "orders": true, "order": true, "ordering": true, "sought": true, "seeks": true, "seeking": true, "requested": true}

// orderedNoun: the noun trigger at x is the object of an order or a
// request ("ordered the arrest of", "issued an order for the arrest of",
// "sought the arrest of").
func orderedNoun(toks []text.Token, x, floor int) bool {
	for y := x - 1; y >= floor && y >= x-4; y-- {
		w := toks[y].Lower
		if orderWords[w] || w == "for" && y-1 >= floor && (toks[y-1].Lower == "warrant" || toks[y-1].Lower == "order" || toks[y-1].Lower == "warrants") {
			return true
		}
		if !determiners[w] && w != "an" {
			return false
		}
	}
	return false
}

// maybeAdjs put a noun act forward without holding it: "a proposed
// meeting", "a possible visit".
var maybeAdjs = map[string]bool{"proposed": true, "possible": true, "potential": true, "mooted": true, "suggested": true, "prospective": true, "eventual": true, "hypothetical": true}

// breakdownVerbs end or stall an act under way: "if the talks break down".
var breakdownVerbs = map[string]bool{"break": true, "breaks": true, "stall": true, "stalls": true, "fail": true, "fails": true, "collapse": true, "collapses": true,
	"falter": true, "falters": true, "founder": true, "founders": true, "drag": true, "drags": true, "deadlock": true, "deadlocks": true}

// brokenDownAfter: the verb of the noun act ending at end is one of
// breaking down or stalling ("negotiations with Japan on the site break
// down"), with only the noun's complements between.
func brokenDownAfter(toks []text.Token, end, sEnd int) bool {
	for x := end; x < sEnd && x < end+10; x++ {
		w := toks[x].Lower
		if breakdownVerbs[w] {
			// ("break" only as "break down/off")
			return w != "break" && w != "breaks" || x+1 < sEnd && (toks[x+1].Lower == "down" || toks[x+1].Lower == "off")
		}
		if toks[x].Punct && toks[x].Text != "-" || w == "that" || w == "which" || w == "who" || beForms[w] || auxWords[w] || w == "and" || w == "but" ||
			w == "if" || w == "unless" || clauseOpeners[w] || pronounWords[w] {
			return false
		}
	}
	return false
}

// ifOpened: the sentence opens with an "if" or "unless" clause that a
// comma closes before the trigger at x ("If the costs are too high, we
// will ...").
func ifOpened(toks []text.Token, x int, s text.Sentence) bool {
	first := firstWord(toks, s)
	if first >= x || toks[first].Lower != "if" && toks[first].Lower != "unless" {
		return false
	}
	for y := first + 1; y < x; y++ {
		if toks[y].Text == "," {
			return true
		}
	}
	return false
}

// futurePredicate: the verb of the noun act ending at end is a future
// ("is going to", "will"), with only the noun's complements between; an
// act said to continue or go on is under way.
func futurePredicate(toks []text.Token, end, sEnd int) bool {
	for x := end; x+1 < sEnd && x < end+8; x++ {
		w := toks[x].Lower
		if w == "will" || w == "'ll" || (w == "is" || w == "are") && toks[x+1].Lower == "going" && x+2 < sEnd && toks[x+2].Lower == "to" {
			v := toks[x+1].Lower
			if w == "is" || w == "are" {
				v = ""
				if x+3 < sEnd {
					v = toks[x+3].Lower
				}
			}
			return !ongoingVerbs[v]
		}
		if toks[x].Punct && toks[x].Text != "-" || w == "that" || w == "which" || w == "who" || beForms[w] || auxWords[w] || w == "and" || w == "but" ||
			w == "if" || w == "unless" || clauseOpeners[w] || pronounWords[w] || w == "said" || w == "says" {
			return false
		}
	}
	return false
}

// ongoingVerbs go on with an act under way: "the talks will continue".
var ongoingVerbs = map[string]bool{"continue": true, "remain": true, "stay": true, "last": true, "go": true, "keep": true, "resume": true, "end": true, "expire": true, "not": true, "still": true}

// licenseNouns give leave for an act still to come; aimWords pursue one.
var (
	licenseNouns = lexicon.List("license_nouns")
	aimWords     = lexicon.List("aim_words")
)

// aimedTo: the "to" at x opens an act that a leave ("a green light from
// Ottawa to", "won approval to"), a readying ("was preparing on Monday
// to") or a pursuit ("moves to", "in a bid to") governs, in the same
// clause: the leave and the readying make it planned, the pursuit only
// hypothetical.
func aimedTo(toks []text.Token, x, floor int) (string, bool) {
	for y := x - 1; y >= floor && y >= x-6; y-- {
		w := toks[y].Lower
		switch {
		case w == "light" && y-1 >= floor && toks[y-1].Lower == "green", licenseNouns[w]:
			return attache.Planned, true
		case aimWords[w] && (w == "preparing" || w == "prepares"):
			return attache.Planned, true
		case aimWords[w] && y == x-1:
			// a noun of pursuit right before "to", after a determiner
			// or a verb ("spearheaded moves to", "in a bid to"), not
			// the verb "move" ("will move to")
			if w == "moves" && y-1 >= floor && !auxWords[toks[y-1].Lower] && !beForms[toks[y-1].Lower] && !toks[y-1].Cap || y-1 >= floor && (determiners[toks[y-1].Lower] || toks[y-1].Lower == "a" || toks[y-1].Lower == "an") {
				return attache.Hypothetical, true
			}
			return "", false
		}
		if toks[y].Punct && toks[y].Text != "-" || beForms[w] || w == "that" || w == "and" || w == "who" || w == "which" || w == "to" {
			return "", false
		}
	}
	return "", false
}

// quoteMarks may sit inside the object of a verb: 'stress the anger of
// voters of "all classes"'.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "'": true, "‘": true, "’": true}

// modalJoined: the bare verb at x follows "and" ("and call for") and
// joins a verb that a modal opens earlier in the clause ("will also
// stress ... and call for"); the modal's status is the joined verb's.
// Any finite verb, relative word or stronger stop between ends the
// search: "he will speak, his aides said, and call" is not the case.
func modalJoined(toks []text.Token, x, floor int) (string, bool) {
	if x-3 < floor || toks[x-1].Lower != "and" || !bareVerb(toks[x].Lower) {
		return "", false
	}
	for y := x - 2; y >= floor && y >= x-25; y-- {
		w := toks[y].Lower
		if (modalPlanned[w] || modalHyp[w] && !monthMay(toks, y)) && y+1 < x {
			v := y + 1
			if v+1 < x && (toks[v].Lower == "also" || toks[v].Lower == "then" || toks[v].Lower == "probably" || toks[v].Lower == "likely") {
				v++
			}
			if !bareVerb(toks[v].Lower) || toks[v].Punct || toks[v].Lower == "not" || toks[v].Lower == "be" || toks[v].Lower == "have" {
				return "", false
			}
			if modalHyp[w] {
				return attache.Hypothetical, true
			}
			return attache.Planned, true
		}
		if toks[y].Punct && toks[y].Text != "," && toks[y].Text != "-" && !quoteMarks[toks[y].Text] || w == "that" || w == "which" || w == "who" || w == "if" || w == "when" || w == "after" || w == "before" || w == "because" ||
			(pastForm(toks[y]) || pastIrregular[w]) && y > floor && !modalPlanned[toks[y-1].Lower] && !modalHyp[toks[y-1].Lower] && !auxWords[toks[y-1].Lower] || beForms[w] || w == "said" || w == "says" || w == "told" {
			return "", false
		}
	}
	return "", false
}

// pastRelative: the verb at x is a simple past right after a relative
// pronoun that follows a noun ("the disaster that killed", "the raid
// which destroyed"), not a complement of saying ("said that killed" does
// not occur; "warned that" is a verb's clause).
func pastRelative(toks []text.Token, x, floor int) bool {
	if x-2 < floor {
		return false
	}
	r := toks[x-1].Lower
	if r != "that" && r != "which" && r != "who" {
		return false
	}
	v := toks[x].Lower
	if !pastForm(toks[x]) && !pastIrregular[v] {
		return false
	}
	n := toks[x-2]
	if n.Punct || n.Cap && x-2 == floor || thatVerbs[n.Lower] || talkWords[n.Lower] || beForms[n.Lower] || auxWords[n.Lower] || pastForm(n) || pastIrregular[n.Lower] || strings.HasSuffix(n.Lower, "ing") {
		return false
	}
	// ("will be remembered as the mayor who razed it": a role foreseen)
	for y := x - 3; y >= floor && y >= x-5; y-- {
		if toks[y].Lower == "as" {
			return false
		}
	}
	// (a noun: "tragedy", "attack", "raid"; not "so", "such", "now")
	return !preps[n.Lower] && !determiners[n.Lower] && n.Lower != "so" && n.Lower != "now" && n.Lower != "such" && n.Lower != "and"
}
