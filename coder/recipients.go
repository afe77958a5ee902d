package coder

// Recipient refinements of the round-11 precision review: once an event's
// type is known, drop names that stand inside what the act is about (the
// content of a rejected claim, a topic phrase, a historical qualifier) and
// add the addressee or target named outside the trigger's direct object
// (the listener of "told", the addressee of a message, the maker of the
// words answered, a demonym's border or vessel). The hooks are in args.go
// (objects, rightStop, prepBefore, subject) and event.go (draftEvent).

import (
	"slices"
	"strings"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/actor"
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/text"
)

// refineRecipients corrects the recipients found by position once the
// event's type is known: it drops names that stand inside what the act is
// about rather than whom it is aimed at, and adds an addressee or target
// named outside the trigger's object.
func refineRecipients(d *Doc, dr *draft, ms []actor.Mention, stop int) {
	toks := d.Toks
	head := dr.trig.toks[0]
	if lis, tellers := listenerActor(toks, ms, dr.actors, head, d.Sents[dr.sent].Start); len(tellers) > 0 && dr.ev.Mode != "visit" {
		// "Sheinbaum and Trudeau told Trump in phone calls": the
		// listener of the tell verb is no actor of the call
		dr.actors = tellers
		if len(dr.recips) == 0 {
			dr.recips = lis
		}
	}
	if len(dr.recips) == 0 && toldTypes[dr.ev.Type] {
		// "Japan told China it would resume talks": whom the actor tells
		// of the act is its addressee
		dr.recips = toldAddressee(toks, ms, dr.actors, head, d.Sents[dr.sent].Start)
	}
	if len(dr.recips) == 0 && anyKeyed(dr.actors) {
		// "In a letter to the Thai king, the premier expressed sympathy":
		// the addressee of the message that carries the act
		dr.recips = messageAddressee(toks, ms, head, d.Sents[dr.sent].Start)
	}
	if len(dr.recips) == 0 || len(dr.recips) == 1 && dr.recips[0].Entity.Country == "" && dr.recips[0].Entity.Org == "" {
		// "reached accords with four fishing nations - Norway, Iceland,
		// Chile and Peru": the members a group noun lists (which stand
		// for an unkeyed "producers" too)
		if l := listedGroup(toks, ms, dr.trig.end, d.Sents[dr.sent].End); len(l) > 0 {
			dr.recips = l
		}
	}
	if len(dr.recips) == 0 && dr.ev.Type == "SUPPORT" {
		// "welcomed the announcement that Ukraine had agreed": the one
		// the welcomed news is about
		dr.recips = newsSubject(toks, ms, dr.trig.end, stop)
	}
	if len(dr.recips) == 0 && (dr.ev.Type == "REJECT" || dr.ev.Type == "ACCUSE") {
		// "rejected the accusations while responding to the statement by
		// the Taliban leader": whose words are answered
		dr.recips = answeredSpeaker(toks, ms, dr.trig.end, d.Sents[dr.sent].End)
	}
	if len(dr.recips) == 0 && (dr.ev.Type == "REJECT" || dr.ev.Type == "SUPPORT" || dr.ev.Type == "ACCUSE") {
		// "vetoed the resolution at the Security Council": the body a
		// stance is taken in is whom it answers
		dr.recips = bodyAt(toks, ms, dr.trig.end, stop)
	}
	if len(dr.recips) == 0 && (dr.ev.Type == "MOBILIZE" || dr.ev.Type == "ASSAULT") {
		// "massed troops near the Polish border", "fired water cannon at a
		// Vietnamese fishing boat": the country named by a demonym on the
		// border faced or the thing aimed at
		dr.recips = demonymTarget(toks, ms, dr.trig.end, stop, dr.ev.Type == "ASSAULT")
		// (not the actor's own: "deployed troops near the Russian border")
		dr.recips = slices.DeleteFunc(dr.recips, func(rm *actor.Mention) bool {
			for _, am := range dr.actors {
				if am.Entity.Country == rm.Entity.Country {
					return true
				}
			}
			return false
		})
	}
	if len(dr.recips) == 0 && dr.ev.Type == "MOBILIZE" {
		// "scrambled jets after a Chinese plane entered its airspace":
		// the intruder a deployment answers
		dr.recips = intruder(toks, ms, dr.trig.end, d.Sents[dr.sent].End)
	}
	dr.recips = slices.DeleteFunc(dr.recips, func(rm *actor.Mention) bool {
		// "denied reports that its jets bombed Georgian villages",
		// "dismissed claims that British troops abused prisoners": the
		// content of a rejected claim is not whom the rejection answers
		if dr.ev.Type == "REJECT" && rm.Start > head && claimContent(toks, head, rm.Start) {
			return true
		}
		// "Sudan condemned a resolution calling on Khartoum": a reaction
		// is never aimed at the reactor's own capital
		if reactionTypes[dr.ev.Type] && rm.Kind == actor.KCapital {
			for _, am := range dr.actors {
				if am.Keyed() && am.Entity.Country == rm.Entity.Country && am.Entity.Org == "" && am.Entity.Sector == rm.Entity.Sector {
					return true
				}
			}
		}
		// "urged President Obama to force China to honour its pledge":
		// the addressee is whom a request is made to, not the object of
		// the act requested
		if dr.ev.Type == "REQUEST" && afterAddressee(toks, dr.recips, rm) {
			return true
		}
		// "voiced concern over the arrest of journalists": the victims
		// of a condemned act are not whom the condemnation is aimed at
		if dr.ev.Type == "ACCUSE" && rm.Start > head && victimOfRepression(toks, rm) {
			return true
		}
		// "opposed the Energy Security Bill": a named text is what a
		// stance is about, not a party
		if namedDocument(toks, rm) {
			return true
		}
		// "China asked for the return of 45 Uyghurs": the actor's own
		// people asked back are what is requested, not whom
		if dr.ev.Type == "REQUEST" && rm.Start > head && returnedOwn(toks, rm, dr.actors) {
			return true
		}
		// "promised an \"unremittingly New Labour\" manifesto": a pledge's
		// own party manifesto is no party it is made to
		if (dr.ev.Type == "AGREE" || dr.ev.Type == "CONCEDE") && rm.Entity.Sector == "PTY" && manifestoAfter(toks, rm.End) {
			return true
		}
		// "the former Soviet republic of Belarus": a historical qualifier
		// names no second party
		return formerQualifier(toks, rm)
	})
}

// namedClause says whether the subordinator at x opens a clause whose
// subject is a name followed by its verb ("after Witkoff returns", "once
// the minister has arrived"), or a possessor's act ("after Russia's
// invasion").
func namedClause(toks []text.Token, ms []actor.Mention, x int) bool {
	switch toks[x].Lower {
	case "after", "before", "until", "once", "while", "when", "since", "because", "although", "though", "as":
	default:
		return false
	}
	if x > 0 && notSubordinating[toks[x-1].Lower] {
		return false
	}
	for k := range ms {
		m := &ms[k]
		if !(m.Start == x+1 || m.Start == x+2 && determiners[toks[x+1].Lower]) || m.End >= len(toks) {
			continue
		}
		if m.Poss {
			// "after Russia's invasion of Ukraine": a dated act of
			// another party, whose own recipients are not these
			return toks[x].Lower != "as" && toks[x].Lower != "while"
		}
		v := m.End
		for v < len(toks) && v < m.End+3 && (auxWords[toks[v].Lower] || adverbs[toks[v].Lower]) {
			v++
		}
		if v >= len(toks) || toks[v].Cap || toks[v].Punct {
			return false
		}
		w := toks[v].Lower
		return v > m.End && auxWords[toks[v-1].Lower] || (strings.HasSuffix(w, "ed") || pastIrregular[w] || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !issueHeads[w]) && !preps[w] && !determiners[w]
	}
	return false
}

// reducedModifier says whether a participle and its preposition open
// toks[a:b] after a noun ("firms involved in", "banks based in"), not an
// agent ("held by") nor a destination ("arms bound for").
func reducedModifier(toks []text.Token, a, b int) bool {
	if b-a < 3 || a+1 >= len(toks) {
		return false
	}
	w := toks[a].Lower
	if toks[a].Cap || !participleLike(w) || destinedParticiples[w] {
		return false
	}
	p := toks[a+1].Lower
	if !preps[p] || p == "by" || p == "as" {
		return false
	}
	// the phrase ends at a comma: "hostages kidnapped in Afghanistan,
	// including a British woman" lists the object again
	for x := a + 2; x < b; x++ {
		if toks[x].Text == "," {
			return false
		}
	}
	return true
}

// destinedParticiples name where a thing goes, which is whom the act on it
// is aimed at: "arms destined for the rebels".
var destinedParticiples = map[string]bool{"destined": true, "bound": true, "headed": true, "sent": true, "shipped": true, "intended": true, "meant": true, "earmarked": true, "addressed": true, "directed": true, "aimed": true}

// toldAddressee finds the listener of a tell verb whose complement holds
// the trigger at head, when the actors are the teller: "Kenya told the AU
// council that it would withdraw, demanding that the mission go on".
func toldAddressee(toks []text.Token, ms []actor.Mention, actors []*actor.Mention, head, floor int) []*actor.Mention {
	if len(actors) == 0 {
		return nil
	}
	for x := head - 1; x >= floor && x >= head-25; x-- {
		t := toks[x]
		if clauseBreak(toks, x) || t.Text == "\"" || t.Text == "." {
			return nil
		}
		// (a participle clause after the comma shares the teller)
		if t.Text == "," && !(x == head-1 && strings.HasSuffix(toks[head].Lower, "ing")) {
			return nil
		}
		if !tellVerbs[t.Lower] {
			continue
		}
		for _, am := range actors {
			if am.Start >= x {
				return nil
			}
		}
		for k := range ms {
			y := &ms[k]
			if !(y.Start == x+1 || y.Start == x+2 && determiners[toks[x+1].Lower]) || y.End > head {
				continue
			}
			if !y.Keyed() || y.Entity.Sector == "MED" || containsMention(actors, y) {
				return nil
			}
			// "told the agencies to cut costs and vowed an audit":
			// an order, and a second verb of the teller, are no report
			if y.End < head && (toks[y.End].Lower == "to" || wordBetween(toks, y.End-1, head, "and")) {
				return nil
			}
			var out []*actor.Mention
			for _, j := range coordinated(toks, ms, k, 1, head) {
				out = append(out, &ms[j])
			}
			return out
		}
		return nil
	}
	return nil
}

// messageAddressee finds X in a sentence opening "In a letter to X," (or
// "In his message to X,") before the trigger at head.
func messageAddressee(toks []text.Token, ms []actor.Mention, head, start int) []*actor.Mention {
	if start+4 >= head || toks[start].Lower != "in" {
		return nil
	}
	x := start + 1
	for x < head && x <= start+4 && !messageNouns[toks[x].Lower] {
		if toks[x].Punct || toks[x].Cap {
			return nil
		}
		x++
	}
	if x >= head || !messageNouns[toks[x].Lower] || x+1 >= head || toks[x+1].Lower != "to" {
		return nil
	}
	for k := range ms {
		y := &ms[k]
		if !(y.Start == x+2 || y.Start == x+3 && determiners[toks[x+2].Lower]) || y.End >= head {
			continue
		}
		// the phrase closes with a comma before the trigger's clause
		if toks[y.End].Text != "," || !y.Keyed() {
			return nil
		}
		return []*actor.Mention{y}
	}
	return nil
}

// messageNouns carry what a sender says to an addressee.
var messageNouns = lexicon.List("message_nouns")

// demonymTarget finds, right of the trigger, a demonym or country before
// "border" after near/along/on/to ("near the Polish border"), or with at
// set (for attacks, whose border villages may be either side's), a demonym
// after "at" before a thing that is no place ("at a Vietnamese fishing
// boat").
func demonymTarget(toks []text.Token, ms []actor.Mention, from, stop int, at bool) []*actor.Mention {
	for k := range ms {
		y := &ms[k]
		if y.Start < from || y.Start >= stop || y.End >= len(toks) || !y.Keyed() || y.Poss {
			continue
		}
		if y.Kind != actor.KAdj && !(y.Kind == actor.KCountry && !at) {
			continue
		}
		p, _, ok := prepBefore(toks, y, from)
		if !ok {
			continue
		}
		next := toks[y.End].Lower
		switch {
		case !at && borderNouns[next] && (p == "near" || p == "along" || p == "on" || p == "to" || p == "toward" || p == "towards" || p == "at" || p == "across"):
			return []*actor.Mention{y}
		case at && p == "at" && !borderNouns[next] && !placeHeads[next] && !toks[y.End].Punct && !preps[next]:
			return []*actor.Mention{y}
		}
	}
	return nil
}

// borderNouns: "near the Polish border", "along the Lebanese frontier".
var borderNouns = map[string]bool{"border": true, "borders": true, "frontier": true, "frontiers": true, "boundary": true}

// placeHeads after a demonym name a place, where an act happens, not
// whom it is aimed at: "at the Egyptian resort", "at a Greek port".
var placeHeads = map[string]bool{"resort": true, "port": true, "city": true, "town": true, "village": true, "capital": true, "airport": true,
	"coast": true, "island": true, "islands": true, "side": true, "region": true, "province": true, "seaside": true, "embassy": true, "consulate": true}

// listenerEnd returns where the listener named right after the tell verb
// at x ends ("told Uganda", "told the AU council and Ethiopia"), before
// pos, or -1.
func listenerEnd(toks []text.Token, ms []actor.Mention, x, pos int) int {
	if !tellVerbs[toks[x].Lower] {
		return -1
	}
	for k := range ms {
		if y := &ms[k]; (y.Start == x+1 || y.Start == x+2 && determiners[toks[x+1].Lower]) && y.End < pos {
			grp := coordinated(toks, ms, k, 1, pos)
			e := ms[grp[len(grp)-1]].End
			// ("told the AU council that": the listener's head noun)
			for n := 0; n < 2 && e < pos && !toks[e].Cap && !toks[e].Punct && !preps[toks[e].Lower] && !determiners[toks[e].Lower] && !subjectPronouns[toks[e].Lower] && toks[e].Lower != "that" && isModifier(toks[e]); n++ {
				e++
			}
			// (only before the reported clause's opening: "told Reuters
			// that", "told Uganda it would", "told MPs the bill"; not
			// "told reporters after a meeting")
			if w := toks[e].Lower; e < pos && (w == "that" || w == "of" || subjectPronouns[w] || determiners[w] || isMentionStart(ms, e)) {
				return e
			}
			return -1
		}
	}
	return -1
}

// toldTypes are the verbal acts whose report to a listener is addressed
// to that listener (a purchase or an attack reported to someone is not).
var toldTypes = map[string]bool{"AGREE": true, "CONCEDE": true, "REQUEST": true, "THREATEN": true, "SUPPORT": true, "REJECT": true, "RETREAT": true}

// quotedVerbStart returns where a scare quote that closes after pos may
// open: up to three words before pos when a quote opens there after a
// word that is no determiner ('had "killed'), else pos.
func quotedVerbStart(toks []text.Token, pos int) int {
	for q := pos - 1; q >= 1 && q >= pos-3; q-- {
		if toks[q].Text == "\"" {
			if determiners[toks[q-1].Lower] || toks[q-1].Punct {
				return pos
			}
			return q
		}
	}
	return pos
}

// listenerActor: when the actors found are the listener right after a
// tell verb before the trigger, it returns them and the tell verb's
// subject.
func listenerActor(toks []text.Token, ms []actor.Mention, actors []*actor.Mention, head, floor int) ([]*actor.Mention, []*actor.Mention) {
	if len(actors) == 0 || actors[0].Start >= head {
		return nil, nil
	}
	x := actors[0].Start - 1
	for x > floor && determiners[toks[x].Lower] {
		x--
	}
	if x <= floor || !tellVerbs[toks[x].Lower] {
		return nil, nil
	}
	// (the trigger in a phrase on the listener: "told Trump in phone
	// calls", "told the council during talks"; not a reporter, and not a
	// clause further on)
	last := actors[len(actors)-1]
	if last.Entity.Sector == "MED" || last.End >= len(toks) || head-last.End > 4 {
		return nil, nil
	}
	switch toks[last.End].Lower {
	case "in", "during", "at", "over":
	default:
		return nil, nil
	}
	tellers := subject(toks, ms, x, floor)
	if !anyKeyed(tellers) {
		return nil, nil
	}
	return actors, tellers
}

// returnedOwn says whether mention m follows "the return of" (or
// extradition, repatriation, handover) and is of an actor's own country.
func returnedOwn(toks []text.Token, m *actor.Mention, actors []*actor.Mention) bool {
	p, pi, ok := prepBefore(toks, m, 0)
	if !ok || p != "of" || pi < 1 || !returnNouns[toks[pi-1].Lower] || m.Entity.Country == "" {
		return false
	}
	for _, am := range actors {
		if am.Entity.Country == m.Entity.Country {
			return true
		}
	}
	return false
}

// returnNouns ask a party's people back: "the return of", "the
// extradition of".
var returnNouns = map[string]bool{"return": true, "extradition": true, "repatriation": true, "handover": true, "deportation": true}

// tellVerbs address a listener, named right after them: "told Uganda",
// "assured Kyiv".
var tellVerbs = map[string]bool{"told": true, "tell": true, "tells": true, "telling": true, "informed": true, "briefed": true, "assured": true}

// lowerCompound says whether toks[k-2:k+1] is a lower-case hyphenated
// modifier of harm: "flood-hit", "war-torn", "quake-stricken".
func lowerCompound(toks []text.Token, k, floor int) bool {
	return k-2 >= floor && toks[k-1].Text == "-" && toks[k-1].Joined && toks[k].Joined && harmParticiples[toks[k].Lower] &&
		!toks[k-2].Cap && !toks[k-2].Punct && !toks[k-2].Num
}

// harmParticiples close a compound that says what befell a place:
// "flood-hit", "war-torn", "drought-stricken".
var harmParticiples = map[string]bool{"hit": true, "torn": true, "stricken": true, "ravaged": true, "affected": true, "battered": true, "devastated": true,
	"plagued": true, "wracked": true, "racked": true, "struck": true, "damaged": true, "scarred": true}

// placeApposition says whether mention m follows "in Town," (or at, near,
// outside): "in Djibo, Burkina Faso".
func placeApposition(toks []text.Token, m *actor.Mention, floor int) bool {
	x := m.Start - 1
	if x-2 < floor || toks[x].Text != "," || m.Kind != actor.KCountry && m.Kind != actor.KActor {
		return false
	}
	y := x - 1
	for y > floor && y >= x-4 && toks[y].Cap && !toks[y].Punct {
		y--
	}
	if y == x-1 {
		return false
	}
	switch toks[y].Lower {
	case "in", "at", "near", "outside", "inside":
		return true
	}
	return false
}

// victimPlace keys the unnamed victims of violence by the place named
// right after them rather than by the story's home country: "JNIM
// fighters killed dozens of villagers in Djibo, Burkina Faso" (a Malian
// group's story).
func victimPlace(toks []text.Token, ms []actor.Mention, e attache.Entity, m *actor.Mention, typ string) attache.Entity {
	if typ != "ASSAULT" || e.Via != "coref:home" || m.Kind != actor.KNoun || m.Qual || !(e.Sector == "CVL" || e.Sector == "MIL" || e.Sector == "REB" || e.Sector == "COP") {
		return e
	}
	if x := m.End; x+2 < len(toks) && (toks[x].Lower == "in" || toks[x].Lower == "near") {
		for k := range ms {
			if p := &ms[k]; p.Start > x+1 && p.Start <= x+6 && p.Kind == actor.KCountry && placeApposition(toks, p, x) && p.Entity.Country != "" {
				e.Country, e.Via = p.Entity.Country, "place"
				break
			}
		}
	}
	return e
}

// bodyAt finds an international body after "at" right of the trigger:
// "at the Security Council", "at the U.N.".
func bodyAt(toks []text.Token, ms []actor.Mention, from, stop int) []*actor.Mention {
	for k := range ms {
		y := &ms[k]
		if y.Start < from || y.Start >= stop || y.Entity.Org == "" || y.Entity.Sector != "IGO" {
			continue
		}
		if p, _ := precededByPrep(toks, y, from); p == "at" {
			return []*actor.Mention{y}
		}
	}
	return nil
}

// placeParts before "of" make the place after it where something
// happens: "on the outskirts of Athens", "in the suburbs of Kabul".
var placeParts = map[string]bool{"outskirts": true, "outskirt": true, "suburbs": true, "suburb": true, "environs": true, "vicinity": true, "heart": true,
	"edge": true, "periphery": true}

// topicPhrase says whether a topic noun and its "on/about" open the
// phrase between pos and x, with no comma after them.
func topicPhrase(toks []text.Token, pos, x int) bool {
	for y := pos; y+1 < x; y++ {
		if toks[y].Text == "," {
			return false
		}
		if topicHeads[toks[y].Lower] && (toks[y+1].Lower == "on" || toks[y+1].Lower == "about") {
			for z := y + 2; z < x; z++ {
				if toks[z].Text == "," || clauseBreak(toks, z) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// topicHeads are nouns whose "on/about" phrase names a topic.
var topicHeads = lexicon.List("topic_heads")

// newsSubject finds the subject of the "that" clause of a news noun
// right of the trigger: "welcomed the announcement that Ukraine had
// agreed", "welcomed reports that China would resume imports".
func newsSubject(toks []text.Token, ms []actor.Mention, from, stop int) []*actor.Mention {
	for x := from; x+1 < len(toks) && x <= from+5; x++ {
		w := toks[x].Lower
		if toks[x].Punct && w != "'s" || x > from && clauseBreak(toks, x) {
			return nil
		}
		if !(reportNouns[w] || statementNouns[w] || w == "news") || toks[x+1].Lower != "that" {
			continue
		}
		t := x + 1
		for k := range ms {
			y := &ms[k]
			if (y.Start == t+1 || y.Start == t+2 && determiners[toks[t+1].Lower]) && y.Keyed() && !y.Poss {
				var out []*actor.Mention
				for _, j := range coordinated(toks, ms, k, 1, len(toks)) {
					out = append(out, &ms[j])
				}
				return out
			}
		}
		return nil
	}
	return nil
}

// reciprocal makes the actors their own recipients when the act is
// mutual and no one else is named: "the U.S. and Brazil each laid the
// blame on the other", "producers and consumers accused each other".
func reciprocal(toks []text.Token, start, end, stop int, ev *attache.Event) {
	if len(attache.Keys(ev.Recipient)) > 0 || len(attache.Keys(ev.Actor)) < 2 {
		return
	}
	mutual := false
	for x := end; x+1 < stop && x+1 < len(toks) && x <= end+6; x++ {
		a, b := toks[x].Lower, toks[x+1].Lower
		if a == "each" && b == "other" || a == "one" && b == "another" {
			mutual = true
		}
		if a == "the" && b == "other" {
			for y := start - 1; y >= 0 && y >= start-4; y-- {
				if toks[y].Lower == "each" {
					mutual = true
				}
			}
		}
	}
	if !mutual {
		return
	}
	ev.Recipient = nil
	for _, a := range ev.Actor {
		a.Via = "reciprocal"
		ev.Recipient = append(ev.Recipient, a)
	}
}

// answeredSpeaker finds, right of the trigger, whose words a response
// answers: "responding to the statement by the Taliban leader", "in
// response to Iran's remarks".
func answeredSpeaker(toks []text.Token, ms []actor.Mention, from, end int) []*actor.Mention {
	for x := from; x+2 < end && x <= from+10; x++ {
		w := toks[x].Lower
		if !((w == "responding" || w == "response" || w == "reply" || w == "replying" || w == "reacting" || w == "reaction") && toks[x+1].Lower == "to") {
			continue
		}
		for y := x + 2; y < end && y <= x+6; y++ {
			if toks[y].Punct && toks[y].Lower != "'s" {
				return nil
			}
			n := toks[y].Lower
			if !(reportNouns[n] || statementNouns[n] || answeredNouns[n]) {
				continue
			}
			// the owner before the noun ("Iran's remarks") or after by/of
			for k := range ms {
				m := &ms[k]
				if m.Keyed() && (m.Poss && m.End >= y-2 && m.End <= y && m.Start > x+1 || y+1 < end && (toks[y+1].Lower == "by" || toks[y+1].Lower == "of") && (m.Start == y+2 || m.Start == y+3 && determiners[toks[y+2].Lower])) {
					return []*actor.Mention{m}
				}
			}
			return nil
		}
		return nil
	}
	return nil
}

// answeredNouns are words a response answers besides claims and
// statements: "remarks", "comments".
var answeredNouns = map[string]bool{"remarks": true, "comments": true, "criticism": true, "demands": true, "demand": true, "proposal": true, "letter": true, "message": true, "speech": true, "accusations": true}

// ownersParty: a person after "the party of" (or movement) stands for
// the party, which undergoes the act: "dissolved the party of former
// President Omar al-Bashir".
func ownersParty(toks []text.Token, e attache.Entity, m *actor.Mention) attache.Entity {
	y := m.Start - 1
	for y > 0 && (toks[y].Lower == "former" || toks[y].Lower == "late" || toks[y].Lower == "the") {
		y--
	}
	if m.Kind != actor.KPerson && m.Kind != actor.KTitle || y < 1 || toks[y].Lower != "of" {
		return e
	}
	switch toks[y-1].Lower {
	case "party", "movement":
		e.Name = toks[y-1].Lower + " of " + e.Name
		e.Sector, e.Role, e.Via = "PTY", "", "party of"
	}
	return e
}

// manifestoAfter says whether a manifesto noun follows x, past a
// possessive, a closing quote or an election word: "Labour's manifesto",
// "New Labour\" manifesto", "the Tory election manifesto".
func manifestoAfter(toks []text.Token, x int) bool {
	for y := x; y < len(toks) && y <= x+2; y++ {
		switch w := toks[y].Lower; w {
		case "manifesto", "manifestos", "platform":
			return true
		case "'s", "\"", "election", "party":
		default:
			return false
		}
	}
	return false
}

// claimContent says whether a "that" after a claim noun ("reports that",
// "allegations that") stands between the trigger at head and token x.
func claimContent(toks []text.Token, head, x int) bool {
	for y := head + 1; y < x; y++ {
		if toks[y].Lower == "that" && reportNouns[toks[y-1].Lower] {
			return true
		}
	}
	return false
}

// formerQualifier: a demonym after "former" that qualifies a state
// ("the former Soviet republic of Georgia", "former Yugoslav states").
func formerQualifier(toks []text.Token, m *actor.Mention) bool {
	if m.Kind != actor.KAdj || m.Start == 0 || toks[m.Start-1].Lower != "former" || m.End >= len(toks) {
		return false
	}
	return formerStates[toks[m.End].Lower]
}

// formerStates are the heads a "former" demonym dates: "the former Soviet
// republic", "former Portuguese colonies".
var formerStates = map[string]bool{"republic": true, "republics": true, "state": true, "states": true, "bloc": true, "satellite": true, "satellites": true,
	"colony": true, "colonies": true, "territory": true, "territories": true, "union": true, "empire": true}

// proModifier: a group named "pro-X" (a pro-Russian party, pro-Kurdish
// activists) is not of X. It is keyed by the place of the event, else by
// the story's home country, else, when a state acts on it at home (bans,
// arrests, sanctions), by the actor's country; failing all, it keeps no
// country.
func proModifier(toks []text.Token, e attache.Entity, m *actor.Mention, ev *attache.Event) attache.Entity {
	if m.Start < 2 || toks[m.Start-1].Text != "-" || toks[m.Start-2].Lower != "pro" || e.Org != "" {
		return e
	}
	x := e.Country
	e.Country, e.Via = "", "pro- modifier"
	switch {
	case ev.Location != nil && ev.Location.Country != "" && ev.Location.Country != x:
		e.Country = ev.Location.Country
	case m.Home != "" && m.Home != x:
		e.Country = m.Home
	case len(ev.Actor) > 0 && ev.Actor[0].Country != "" && ev.Actor[0].Country != x && stateSectors[ev.Actor[0].Sector] && (ev.Type == "COERCE" || ev.Type == "SANCTION" || ev.Type == "THREATEN"):
		e.Country = ev.Actor[0].Country
	}
	if e.Sector == "" && m.End < len(toks) && (toks[m.End].Lower == "party" || toks[m.End].Lower == "parties") {
		e.Sector = "PTY"
	}
	return e
}

// stateSectors act for a state at home: a ban by the government, an
// arrest by the police.
var stateSectors = map[string]bool{"GOV": true, "COP": true, "JUD": true, "MIL": true, "LEG": true}

// intruder finds, in a clause opened by after/when/as right of the
// trigger, a named party whose craft entered or crossed into the actor's
// space: "after a Chinese plane entered its airspace".
func intruder(toks []text.Token, ms []actor.Mention, from, end int) []*actor.Mention {
	for x := from; x+2 < end && x <= from+8; x++ {
		if w := toks[x].Lower; w != "after" && w != "when" && w != "as" {
			continue
		}
		for k := range ms {
			y := &ms[k]
			if y.Start <= x || y.Start > x+3 || !y.Keyed() || y.Kind == actor.KPronoun || y.Poss {
				continue
			}
			for v := y.End; v < end && v <= y.End+4; v++ {
				if intrusionVerbs[toks[v].Lower] {
					return []*actor.Mention{y}
				}
			}
		}
		return nil
	}
	return nil
}

// intrusionVerbs tell a craft entering another's space.
var intrusionVerbs = map[string]bool{"entered": true, "violated": true, "intruded": true, "crossed": true, "breached": true, "approached": true, "strayed": true, "entering": true, "violating": true, "crossing": true}

// homePossessor says whether "the country's" (or nation's) stands in
// toks[pos:x], a possessor that is the story's country and leaves the
// object further from its verb: "shot dead the country's most wanted
// terror suspect".
func homePossessor(toks []text.Token, pos, x int) bool {
	for y := pos; y+1 < x; y++ {
		if w := toks[y].Lower; (w == "country" || w == "nation") && toks[y+1].Lower == "'s" {
			return true
		}
	}
	return false
}

// listedGroup finds, right of the trigger, a group noun followed by a
// dash, colon or parenthesis that lists its members ("reached accords
// with four fishing nations - Norway, Iceland, Chile and Peru") and
// returns the listed members.
func listedGroup(toks []text.Token, ms []actor.Mention, from, end int) []*actor.Mention {
	for x := from + 1; x+1 < end && x <= from+8; x++ {
		t := toks[x].Text
		if t != "-" && t != "--" && t != "—" && t != "–" && t != ":" && t != "(" {
			if toks[x].Punct || clauseBreak(toks, x) {
				return nil
			}
			continue
		}
		if !listedGroups[toks[x-1].Lower] {
			return nil
		}
		for k := range ms {
			if ms[k].Start != x+1 || !ms[k].Keyed() || ms[k].Poss {
				continue
			}
			var out []*actor.Mention
			for _, j := range coordinated(toks, ms, k, 1, end) {
				out = append(out, &ms[j])
			}
			if len(out) < 2 {
				return nil
			}
			return out
		}
		return nil
	}
	return nil
}

// listedGroups are plural nouns whose members a list after them names.
var listedGroups = lexicon.List("listed_groups")

// afterAddressee says whether recipient rm stands after the "to" of an
// earlier recipient's infinitive ("urged X (immediately) to force Y"):
// Y is what the addressee is asked to act on.
func afterAddressee(toks []text.Token, recips []*actor.Mention, rm *actor.Mention) bool {
	for _, a := range recips {
		if a == rm || a.End >= rm.Start || !a.Keyed() && a.Kind != actor.KPerson && a.Kind != actor.KTitle {
			continue
		}
		x := a.End
		if x < len(toks) && adverbs[toks[x].Lower] {
			x++
		}
		if x+1 < rm.Start && toks[x].Lower == "to" && !toks[x+1].Cap && !determiners[toks[x+1].Lower] && !toks[x+1].Punct {
			return true
		}
	}
	return false
}

// victimOfRepression says whether group noun m follows "of" after an act
// of repression ("the arrest of Russian journalists", "intimidation of
// voters"): its victims, not a named party.
func victimOfRepression(toks []text.Token, m *actor.Mention) bool {
	if m.Kind != actor.KNoun {
		return false
	}
	p, pi, ok := prepBefore(toks, m, 0)
	return ok && p == "of" && pi >= 1 && repressionNouns[toks[pi-1].Lower]
}

// namedDocument says whether mention m is the name of a text ("the Energy
// Security Bill", "the Housing Act"): a capitalised name with no sector or
// organisation whose last word is a document head.
func namedDocument(toks []text.Token, m *actor.Mention) bool {
	if m.Entity.Sector != "" || m.Entity.Org != "" || m.End-m.Start < 2 || !toks[m.End-1].Cap {
		return false
	}
	return documentHeads[toks[m.End-1].Lower]
}

// documentHeads close the name of a text, not of a party.
var documentHeads = lexicon.List("document_heads")
