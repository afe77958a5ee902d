package coder

import (
	"strings"
	"sync"

	"github.com/attache/attache/nlp/actor"
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/quote"
	"github.com/attache/attache/nlp/text"
)

var preps = map[string]bool{
	"in": true, "at": true, "on": true, "of": true, "from": true, "to": true, "with": true, "for": true,
	"against": true, "over": true, "about": true, "by": true, "into": true, "toward": true, "towards": true,
	"near": true, "across": true, "through": true, "after": true, "before": true, "during": true,
	"under": true, "between": true, "among": true, "including": true, "amid": true, "like": true,
	"than": true, "as": true, "within": true, "outside": true, "inside": true, "via": true,
}

var recipPreps = map[string]bool{
	"to": true, "with": true, "on": true, "against": true, "from": true, "toward": true, "towards": true,
	"into": true, "over": true, "for": true, "including": true, "of": true, "upon": true,
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "this": true,
	"that": true, "these": true, "those": true, "some": true, "all": true, "multiple": true, "several": true,
	"other": true, "two": true, "three": true, "both": true, "fellow": true, "many": true, "our": true,
}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "get": true, "got": true, "gets": true, "'s": true}

var adverbs = map[string]bool{
	"also": true, "not": true, "temporarily": true, "reportedly": true, "recently": true, "already": true,
	"allegedly": true, "just": true, "now": true, "still": true, "then": true, "later": true, "being": true,
	"been": true, "repeatedly": true, "effectively": true, "briefly": true, "formally": true, "officially": true,
	"never": true, "n't": true, "further": true, "initially": true, "finally": true, "eventually": true,
	"immediately": true, "quickly": true, "strongly": true, "jointly": true, "publicly": true, "previously": true,
}

// precededByPrep says whether mention m sits in a prepositional phrase.
func precededByPrep(toks []text.Token, m *actor.Mention, floor int) (string, bool) {
	p, _, ok := prepBefore(toks, m, floor)
	return p, ok
}

// prepBefore is precededByPrep that also gives the preposition's index.
func prepBefore(toks []text.Token, m *actor.Mention, floor int) (string, int, bool) {
	k := m.Start - 1
	// "in US-Japan relations": a hyphenated compound shares its first part's preposition
	for k-1 >= floor && toks[k].Text == "-" && toks[k].Joined {
		k -= 2
	}
	skipped := 0
	// lowercase modifiers stand before common nouns ("on multiple countries"),
	// not before pronouns and names ("in the past he has")
	mods := m.Kind != actor.KPronoun && m.Kind != actor.KPerson && m.Kind != actor.KName
	// a determiner opens the noun phrase: no modifier stands before it
	// ("During the operation the government seized")
	sawDet := false
	for k >= floor && skipped < 3 && (determiners[toks[k].Lower] || (!sawDet && mods && !toks[k].Punct && !preps[toks[k].Lower] && !toks[k].Cap && isModifier(toks[k])) || !sawDet && mods && lowerCompound(toks, k, floor)) {
		if !sawDet && mods && lowerCompound(toks, k, floor) {
			// "to flood-hit eastern Libya": a hyphenated modifier
			k -= 3
			skipped++
			continue
		}
		if determiners[toks[k].Lower] {
			sawDet = true
		}
		k--
		skipped++
	}
	if k >= floor && preps[toks[k].Lower] {
		// "at least 12 Syrians", "more than 60 people", "up to 300
		// workers": a quantity, not a preposition
		// (as a subject only: "killing at least 10 people and wounding"
		// keeps its object out of the next verb's subject)
		w := toks[k].Lower
		// ("Over 200 rebels handed in their weapons": a quantity that
		// opens the sentence is its subject's, whatever verb follows)
		if (w == "at" && k+1 < len(toks) && (toks[k+1].Lower == "least" || toks[k+1].Lower == "most") ||
			w == "than" && k > 0 && (toks[k-1].Lower == "more" || toks[k-1].Lower == "fewer" || toks[k-1].Lower == "less") ||
			w == "to" && k > 0 && toks[k-1].Lower == "up" && k+1 < len(toks) && toks[k+1].Num ||
			(w == "over" || w == "about" || w == "around" || w == "nearly" || w == "almost") && k+1 < len(toks) && toks[k+1].Num) && (auxAfter(toks, m.End) || quantityOpens(toks, k, floor)) {
			return "", -1, false
		}
		return w, k, true
	}
	return "", -1, false
}

// quantityOpens says whether the quantity word at k ("Over", "than" of
// "More than") opens the sentence.
func quantityOpens(toks []text.Token, k, floor int) bool {
	if toks[k].Lower == "than" {
		k--
	}
	return k == floor
}

// isModifier: a lowercase word that can stand inside a noun phrase before
// its head ("multiple", "special", "northern"); verbs ending in -ed or -ing
// are left out so the search does not run past a clause's verb.
func isModifier(t text.Token) bool {
	w := t.Lower
	if verbWords.has(w) {
		// "to increase UK bilateral aid": a verb the triggers know
		return false
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || beForms[w] || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" || w == "said" {
		return false
	}
	return true
}

// listComma says whether mention n is joined by a bare comma to the one
// before it ("Japan, South Korea, and Taiwan").
func listComma(toks []text.Token, ms []actor.Mention, n int) bool {
	if n < 1 {
		return false
	}
	a, b := ms[n-1].End, ms[n].Start
	if b-a < 1 || b-a > 2 || toks[a].Text != "," {
		return false
	}
	return b-a == 1 || determiners[toks[a+1].Lower]
}

// coordinatedLeft extends a chosen mention with those joined to it by "and"
// or commas on its left: "Canada and Belgium", "Japan, Korea and Taiwan".
func coordinated(toks []text.Token, ms []actor.Mention, k int, dir int, limit int) []int {
	out := []int{k}
	conj := false // an "and"/"or" seen: "Japan, Korea and Taiwan"
	for {
		n := k + dir
		if n < 0 || n >= len(ms) {
			break
		}
		var a, b int
		if dir < 0 {
			a, b = ms[n].End, ms[k].Start
		} else {
			a, b = ms[k].End, ms[n].Start
		}
		if dir > 0 && ms[n].Start >= limit {
			break
		}
		ok := b-a >= 1 && b-a <= 3
		linkConj, linkComma := false, false
		for x := a; x < b && ok; x++ {
			w := toks[x].Lower
			// ("the United Nations and international rights groups": a
			// modifier of the next member after the conjunction)
			mod := x > a && (toks[x-1].Lower == "and" || toks[x-1].Lower == "or") && listModifiers[w]
			if !(w == "and" || w == "," || w == "or" || w == "as" || w == "well" || determiners[w] || mod) {
				ok = false
			}
			if w == "and" || w == "or" {
				linkConj = true
			}
			if w == "," {
				linkComma = true
			}
		}
		// ", and" closes a list of three or more; two clauses joined by it
		// are no list: "before Russia invaded Ukraine, and the U.S. and
		// Europe imposed sanctions"
		if ok && linkConj && linkComma && (dir < 0 && conj || dir > 0 && len(out) < 2) {
			break
		}
		if ok && linkConj && linkComma && dir < 0 && !listComma(toks, ms, n) {
			break
		}
		if ok && dir > 0 && conj {
			break
		}
		// leftward, a bare comma joins a list only after its "and":
		// "Beyond Ukraine, G7 ministers" is no list
		if !ok || (dir < 0 && !linkConj && !conj) {
			break
		}
		conj = conj || linkConj
		out = append(out, n)
		k = n
	}
	return out
}

// subject finds the actor mentions left of pos within [floor, pos).
func subject(toks []text.Token, ms []actor.Mention, pos, floor int) []*actor.Mention {
	// a speech verb between is a soft barrier: "X said Y did Z"
	barrier := floor
	for x := pos - 1; x > floor; x-- {
		if speechish(toks[x].Lower) {
			barrier = x + 1
			// "Kenya told Uganda it would withdraw": the reported clause
			// starts after the listener
			if e := listenerEnd(toks, ms, x, pos); e > barrier {
				barrier = e
			}
			break
		}
	}
	// "Pakistan complained that planes from Afghanistan attacked": a
	// complement clause opened by "that" after a verb holds its own
	// subject; the one who complains does not do what is complained of
	for x := pos - 1; x > floor+1; x-- {
		if toks[x].Lower == "that" && (reportVerb(toks[x-1]) || reportedTo(toks, ms, x, floor) || reportedWhen(toks, x, floor, pos)) && !pronounWords[toks[x+1].Lower] {
			floor = x + 1
			if barrier < floor {
				barrier = floor
			}
			break
		}
	}
	// "Passengers shared details as the military killed 33 terrorists": a
	// clause opened by as/after/before/until/once holds its own subject;
	// the main clause's subject does not do what that clause tells
	if x := openedClause(toks, pos, floor); x > floor {
		floor = x + 1
		if barrier < floor {
			barrier = floor
		}
	}
	// a new clause with a common-noun subject is a hard barrier: "France
	// remained hopeful that ... would be freed and a religious fatwa issued
	// in Iraq demanded their release"
	for x := pos - 2; x > floor; x-- {
		w := toks[x].Lower
		if (w == "and" || w == "but" || w == "while") && (toks[x+1].Lower == "a" || toks[x+1].Lower == "an") && !isMentionStart(ms, x+1) && !isMentionStart(ms, x+2) {
			floor = x + 1
			if barrier < floor {
				barrier = floor
			}
			break
		}
	}
	// "Mexico's president, who met Biden in Washington, praised", "Hamas,
	// the militant group that controls Gaza, fired": a relative clause or
	// appositive set off by commas holds no subject
	relA, relB := -1, -1
	// (auxiliaries may stand between: "Scholz, who met Xi last year, has
	// also called for", "Sanchez, who ..., will meet")
	p := pos - 1
	for p > floor && (auxWords[toks[p].Lower] || adverbs[toks[p].Lower]) {
		p--
	}
	// (but not ", the ministry said, refusing to": a speaker's tag, whose
	// speaker is the participle's subject)
	if p > floor && toks[p].Text == "," && !speechish(toks[p-1].Lower) {
		for x := p - 1; x > floor && x > p-25; x-- {
			if toks[x].Text == "," {
				if n := toks[x+1].Lower; n == "who" || n == "which" || n == "whose" || n == "the" || n == "a" || n == "an" || (n == "one" || n == "part" || n == "home" || n == "among") && x+2 < p && (toks[x+2].Lower == "of" || toks[x+2].Lower == "to" || n == "among") {
					relA, relB = x, p
				}
				break
			}
			if clauseBreak(toks, x) || toks[x].Text == "\"" {
				break
			}
		}
	}
	// "Palestinian demonstrators, some of whom threw rocks": the antecedent
	// before "some/many/most of whom" is the subject
	if x := pos - 1; x-3 >= 0 && (toks[x].Lower == "whom" || toks[x].Lower == "which") && toks[x-1].Lower == "of" {
		q := x - 2
		if toks[q].Lower == "the" && q > 0 {
			q--
		}
		if c := q - 1; c > 0 && toks[c].Text == "," {
			for k := len(ms) - 1; k >= 0; k-- {
				if ms[k].End == c {
					return []*actor.Mention{&ms[k]}
				}
				if ms[k].End < c {
					break
				}
			}
		}
	}
	// "imposed sanctions on Iran for supplying drones to Russia", "praised
	// India for helping Sri Lanka": who is blamed or praised for an act is
	// its doer
	if pos-1 > floor && toks[pos-1].Lower == "for" && strings.HasSuffix(toks[pos].Lower, "ing") {
		for k := len(ms) - 1; k >= 0; k-- {
			m := &ms[k]
			if m.End > pos-1 || m.Start < floor {
				continue
			}
			if m.End < pos-7 {
				break
			}
			// (right before "for", and not an agent: "criticised by the
			// SNP for encouraging" blames the subject)
			if m.End == pos-1 && m.Keyed() && !m.Poss {
				if p := prepOf(toks, m, floor); p == "" || p == "on" || p == "against" || p == "over" {
					return []*actor.Mention{m}
				}
			}
			break
		}
	}
	// "talks with the IMF, with the United States pressing for a deal": the
	// noun after "with" is the subject of an -ing form that follows it
	if strings.HasSuffix(toks[pos].Lower, "ing") {
		for k := len(ms) - 1; k >= 0; k-- {
			m := &ms[k]
			if m.End == pos && m.Start > floor {
				w := m.Start - 1
				for w > floor && determiners[toks[w].Lower] {
					w--
				}
				// (not "with a firm undertaking to": an adjective)
				if toks[w].Lower == "with" && !(m.Kind == actor.KNoun && m.End-m.Start == 1 && (toks[m.Start-1].Lower == "a" || toks[m.Start-1].Lower == "an")) {
					return []*actor.Mention{m}
				}
			}
			if m.End < pos {
				break
			}
		}
	}
	// "American airstrikes that demolished homes": the relative pronoun's
	// antecedent is the subject
	if x := pos - 1; x > floor && (toks[x].Lower == "that" || toks[x].Lower == "which" || toks[x].Lower == "who") {
		for k := len(ms) - 1; k >= 0; k-- {
			m := &ms[k]
			if m.End <= x && m.End >= x-3 && m.Start >= floor {
				gap := true
				for y := m.End; y < x; y++ {
					if toks[y].Punct && toks[y].Text != "," || preps[toks[y].Lower] {
						gap = false
					}
				}
				// "a camp in the Sinai that killed 34": a place after "in"
				// locates the antecedent, it is not it
				if p, ok := precededByPrep(toks, m, floor); gap && ok && (p == "in" || p == "at" || p == "near" || p == "on" || p == "outside" || p == "inside") && (m.Kind == actor.KCountry || m.Kind == actor.KCapital || m.Entity.Sector == "" && m.Entity.Org == "") {
					return nil
				}
				if gap {
					return []*actor.Mention{m}
				}
			}
			if m.End < x-3 {
				break
			}
		}
		// "the political backlash that blocked the sale": a relative
		// clause whose antecedent is a common noun has no named subject
		if w := toks[x].Lower; (w == "that" || w == "which") && x-1 > floor && !toks[x-1].Punct && !toks[x-1].Cap && !reportVerb(toks[x-1]) && !isMentionEnd(ms, x) && isModifier(toks[x-1]) && !peopleNouns[toks[x-1].Lower] {
			return nil
		}
	}
	for _, lo := range []int{barrier, floor} {
		best := -1
		for k := len(ms) - 1; k >= 0; k-- {
			m := &ms[k]
			if m.End > pos || m.Start < lo {
				continue
			}
			if m.Start > relA && m.End <= relB {
				continue
			}
			// ("Israeli aircraft struck", "Israeli tanks fired": a demonym
			// before an armed platform names who fights)
			if m.Weak && !m.Poss && !(m.End < pos && armedHeads[toks[m.End].Lower]) {
				continue
			}
			if audience(toks, ms, m, lo) {
				continue
			}
			if placeInPhrase(toks, ms, m, lo) {
				continue
			}
			// "the Iraq crisis has destroyed ...": a country naming a crisis
			// modifies it
			if (m.Kind == actor.KCountry || m.Kind == actor.KCapital) && m.End < pos && !m.Poss && issueHeads[toks[m.End].Lower] {
				continue
			}
			if p, pi, pp := prepBefore(toks, m, lo); pp && !(p == "of" && pi > lo && quantityOf(toks[pi-1])) && !lookedTo(toks, m, pi, pos) && !(clauseOpener[p] && pi == m.Start-1 && m.End == pos) && !(p == "from" && pi > lo && forceNouns[toks[pi-1].Lower] && m.End == pos) {
				// ("before Russia invaded Ukraine": a conjunction, not a
				// preposition, opens the clause of its subject)
				continue
			}
			// a possessive modifies a head noun: "Japan's Defense Ministry"
			// was composed already; "Iraq's Anbar desert said" is rare
			best = k
			// "Germany, Poland's largest export market, has said":
			// an appositive's possessor is not the subject
			if k > 0 && ms[k-1].Start >= lo && ms[k-1].Keyed() && appositive(toks, ms[k-1].End, m.Start) && (m.Poss || !m.Keyed() || m.Kind == actor.KNoun || nameBeforeTitle(ms[k-1], *m)) {
				if _, pp := precededByPrep(toks, &ms[k-1], lo); !pp {
					best = k - 1
				}
			}
			break
		}
		if best >= 0 {
			var out []*actor.Mention
			for _, k := range coordinated(toks, ms, best, -1, 0) {
				out = append(out, &ms[k])
			}
			return out
		}
		if lo == floor {
			break
		}
		// "Authorities said the group was making bombs to carry out
		// attacks": a reported clause opened by a common noun phrase has a
		// subject of its own, unnamed; the speaker is not it
		if lo > floor && reportedOwnSubject(toks, ms, lo, pos) {
			return nil
		}
		if b := lo; b > floor && b+2 < pos {
			if toks[b].Lower == "that" {
				b++
			}
			if w := toks[b].Lower; (w == "the" || w == "a" || w == "an") && !isMentionStart(ms, b) && !isMentionStart(ms, b+1) && b+2 < pos && (beForms[toks[b+2].Lower] || beForms[toks[b+3].Lower] && b+3 < pos) {
				return nil
			}
			// "Annan said there were cases of rape": an existential clause
			// names no doer
			if toks[b].Lower == "there" && beForms[toks[b+1].Lower] {
				return nil
			}
		}
		// "X told a news conference Japanese shareholders agreed": a
		// reported clause whose subject is only a demonym's noun phrase
		// still has its own subject; the speaker is not it
		if lo == barrier && barrier > floor {
			for k := len(ms) - 1; k >= 0; k-- {
				m := &ms[k]
				if m.End > pos || m.Start < lo {
					continue
				}
				if m.Weak && !m.Poss && m.Keyed() && !audience(toks, ms, m, lo) {
					// ("a gathering of British and American businessmen":
					// the first of a list carries its preposition)
					grp := coordinated(toks, ms, k, -1, 0)
					first := &ms[grp[len(grp)-1]]
					if _, pp := precededByPrep(toks, first, lo); !pp && first.Start >= lo {
						return []*actor.Mention{m}
					}
				}
			}
		}
	}
	return nil
}

// auxAfter says whether an auxiliary follows x, past an inserted phrase
// set off by commas: "at least 22 people, including two children, were".
func auxAfter(toks []text.Token, x int) bool {
	if x < len(toks) && toks[x].Text == "," {
		for y := x + 1; y < len(toks) && y < x+12; y++ {
			if toks[y].Text == "," {
				x = y + 1
				break
			}
		}
	}
	return x < len(toks) && auxWords[toks[x].Lower]
}

// quantWords count the "others" of an elliptical passive.
var quantWords = map[string]bool{"several": true, "many": true, "two": true, "three": true, "four": true, "five": true, "six": true, "dozens": true, "hundreds": true, "scores": true, "thousands": true, "some": true, "few": true, "dozen": true}

// prepOf returns the preposition before mention m, or "".
func prepOf(toks []text.Token, m *actor.Mention, floor int) string {
	p, _ := precededByPrep(toks, m, floor)
	return p
}

// listModifiers may open the last member of a list of actors: "the
// United States, the United Nations and international rights groups".
var listModifiers = map[string]bool{"international": true, "foreign": true, "local": true, "regional": true, "allied": true, "various": true, "independent": true, "western": true}

// auxWords are the auxiliaries and modals between a subject and its verb.
var auxWords = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true, "is": true, "are": true, "was": true, "were": true,
	"can": true, "could": true, "may": true, "might": true, "must": true, "should": true, "shall": true, "did": true, "does": true, "do": true}

// subordinators open a clause with its own subject.
var subordinators = map[string]bool{"as": true, "after": true, "before": true, "until": true, "once": true}

// notSubordinating words before "as" make it a preposition or a comparison:
// "such as", "as well as", "served as", "seen as".
var notSubordinating = map[string]bool{"such": true, "well": true, "so": true, "same": true, "just": true, "much": true, "many": true, "soon": true, "long": true, "far": true,
	"served": true, "serves": true, "serve": true, "serving": true, "act": true, "acts": true, "acted": true, "acting": true, "known": true, "seen": true, "regarded": true,
	"described": true, "viewed": true, "considered": true, "named": true, "appointed": true, "elected": true, "chosen": true, "sees": true, "saw": true, "see": true, "describes": true,
	"identified": true, "listed": true, "designated": true, "treated": true, "branded": true, "labeled": true, "labelled": true, "used": true, "remains": true, "remained": true, "shortly": true, "immediately": true, "soon after": true, "day": true, "days": true, "weeks": true, "months": true, "years": true, "hours": true}

// pastIrregular are past forms of irregular verbs common in events.
var pastIrregular = map[string]bool{"met": true, "held": true, "made": true, "took": true, "sent": true, "struck": true, "fought": true, "began": true, "gave": true,
	"told": true, "led": true, "sought": true, "won": true, "shot": true, "hit": true, "cut": true, "broke": true, "threw": true, "froze": true, "stole": true, "seized": true, "bought": true, "sold": true}

// asPhrase says whether the subordinator at x opens a fixed phrase, not a
// clause: "as a result", "as a whole", "after a while".
func asPhrase(toks []text.Token, x int) bool {
	if x+2 >= len(toks) {
		return false
	}
	switch toks[x+2].Lower {
	case "result", "whole", "consequence", "condition", "means", "way", "gesture", "sign", "token", "part", "matter", "rule", "while", "precaution", "member", "partner", "reminder", "warning", "reward", "favor", "favour", "step":
		return true
	}
	return false
}

// openedClause returns the position of a subordinator that opens the
// clause holding pos with a determiner-led subject ("as the military
// killed"), or -1. The clause must run to pos without a comma, a
// clause break or an infinitive "to" (which belongs to the outer clause:
// "Japan agreed after the talks to sign").
func openedClause(toks []text.Token, pos, floor int) int {
	// only a finite past verb is surely the clause's own predicate ("after
	// his first meeting with" is a phrase, not a clause)
	if w := toks[pos].Lower; !strings.HasSuffix(w, "ed") && !pastIrregular[w] {
		return -1
	}
	for x := pos - 3; x > floor && x >= pos-12; x-- {
		if t := toks[x+1]; t.Punct || clauseBreak(toks, x+1) || t.Lower == "to" || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" {
			return -1
		}
		if !subordinators[toks[x].Lower] || notSubordinating[toks[x-1].Lower] || toks[x-1].Punct || asPhrase(toks, x) {
			continue
		}
		switch toks[x+1].Lower {
		case "the", "a", "an", "its", "their", "his", "her", "some", "several", "many", "two", "three":
			return x
		}
		// "because Burlington chairman Frank Greenberg had called": a
		// name opens the clause too
		if toks[x+1].Cap && !toks[x+1].Punct && x+1 < pos {
			return x
		}
		return -1
	}
	return -1
}

// forceNouns name armed forces by their origin: "planes from Afghanistan
// attacked", "troops from Rwanda crossed".
var forceNouns = lexicon.List("force_nouns")

// armedHeads are weapons and platforms whose demonym names the side that
// fights with them.
var armedHeads = lexicon.List("armed_platforms")

// platforms are where things are said: "on Twitter", "on X".
var platforms = lexicon.List("platforms")

// affinity adjectives tie a noun to a patron: "loyal to", "linked to".
var affinity = map[string]bool{"loyal": true, "linked": true, "allied": true, "affiliated": true, "tied": true, "close": true, "related": true, "belonging": true, "aligned": true, "connected": true, "sympathetic": true}

// clauseOpener: prepositions that are also conjunctions opening a clause.
var clauseOpener = map[string]bool{"before": true, "after": true, "until": true, "since": true, "as": true}

// audience says whether a mention is who a speaker talks to ("Survivors told
// VOA the attackers ...", "in an interview with Reuters"): a listener, never
// the actor of what is told.
func audience(toks []text.Token, ms []actor.Mention, m *actor.Mention, floor int) bool {
	x := m.Start - 1
	for x > floor && (toks[x].Lower == "the" || toks[x].Lower == "a") {
		x--
	}
	if x < floor || x < 0 {
		return false
	}
	// "in an interview with Reuters and Visnews": the listeners' list
	if w := toks[x].Lower; w == "and" || w == "," {
		for k := range ms {
			if ms[k].End == x && ms[k].Start < m.Start {
				return audience(toks, ms, &ms[k], floor)
			}
		}
		return false
	}
	switch toks[x].Lower {
	case "told", "tell", "tells", "telling", "informed", "briefed", "assured":
		return true
	case "with":
		return x > floor && (toks[x-1].Lower == "interview" || toks[x-1].Lower == "interviews")
	}
	return false
}

// reportVerb: a verb that takes a "that" clause ("complained that",
// "said that", "warned that").
func reportVerb(t text.Token) bool {
	w := t.Lower
	if t.Cap || t.Punct {
		return false
	}
	if speechish(w) {
		return true
	}
	switch w {
	case "learnt", "heard", "understands", "understood", "says", "say", "claim", "claims", "allege", "alleges", "warn", "warns", "complain", "complains", "insist", "insists", "argue", "argues", "believe", "believes", "fear", "fears", "charge", "charges", "report", "reports", "note", "notes", "confirm", "confirms", "deny", "denies", "suggest", "suggests", "show", "shows", "showed", "shown", "found", "know", "knew", "known", "think", "thinks", "thought", "wrote", "writes", "hope", "hopes":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// pronounWords refer back to an earlier subject ("Iran said that it had
// attacked"): the complement clause's actor is found through them.
var pronounWords = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "its": true, "their": true, "his": true, "her": true}

// reportedTo: "complained to the United Nations that", "told Reuters that":
// a listener between a report verb and its "that".
func reportedTo(toks []text.Token, ms []actor.Mention, x, floor int) bool {
	for k := range ms {
		if ms[k].End == x && ms[k].Start > floor+1 {
			y := ms[k].Start - 1
			for y > floor && determiners[toks[y].Lower] {
				y--
			}
			if toks[y].Lower == "to" && y > floor {
				y--
			}
			return y >= floor && reportVerb(toks[y])
		}
	}
	return false
}

func speechish(w string) bool {
	return w == "said" || w == "says" || w == "told" || w == "stated" || w == "announced" || w == "added"
}

// rightStop finds where the search for recipients right of pos ends.
func rightStop(toks []text.Token, ms []actor.Mention, pos, end int) int {
	lim := pos + 16
	if lim > end {
		lim = end
	}
	for x := pos; x < lim; x++ {
		t := toks[x]
		// a scare-quoted verb: 'Ukraine "welcomed" the U.S. proposal'
		if t.Text == "\"" && x == pos && t.Joined {
			continue
		}
		// a scare-quoted phrase inside the object: 'called for a "total
		// war" against al-Shabab'
		// ('had "killed and injured 1,000" Taliban fighters': the quote
		// may open before a verb trigger, not before a quoted noun phrase,
		// 'an "attack mongrel"')
		if t.Text == "\"" && scareQuote(toks, x, quotedVerbStart(toks, pos), lim) {
			continue
		}
		if clauseBreak(toks, x) || speechish(t.Lower) || t.Lower == "who" || t.Lower == "which" || t.Text == "\"" || t.Text == "(" {
			return x
		}
		// "cautioned against division and the opposition leader may raise
		// it too": "and" before a subject and its verb opens a clause
		// (but "talks with Russia and Saudi Arabia have dragged on": names
		// joined by "and" share the verb)
		if t.Lower == "and" && x > pos && x+1 < end && !isMentionEnd(ms, x) {
			for k := range ms {
				if (ms[k].Start == x+1 || ms[k].Start == x+2 && determiners[toks[x+1].Lower]) && ms[k].End < end {
					if auxWords[toks[ms[k].End].Lower] {
						return x
					}
				}
			}
		}
		// "invaded Ukraine, and the U.S. and Europe imposed": a ", and"
		// with no comma before it in the object joins clauses, not a list
		if t.Text == "," && x+1 < end && (toks[x+1].Lower == "and" || toks[x+1].Lower == "but") {
			list := false
			for y := pos; y < x; y++ {
				if toks[y].Text == "," {
					list = true
				}
			}
			if !list {
				return x
			}
		}
		// "continue climate talks in Madrid, experts say ...": a comment
		// clause after the comma names no recipient
		if t.Text == "," && x >= pos {
			for y := x + 1; y < end && y <= x+4; y++ {
				if w := toks[y].Lower; speechish(w) || w == "say" || w == "says" {
					return x
				}
				if toks[y].Punct {
					break
				}
			}
		}
		if t.Text == "," && x+1 < lim {
			nx := toks[x+1].Lower
			if strings.HasSuffix(nx, "ing") && nx != "including" || nx == "but" || nx == "while" || nx == "which" || nx == "who" || nx == "where" || nx == "although" {
				return x
			}
			// ", with the United States pressing for a deal": an absolute
			// phrase has its own subject
			if nx == "with" {
				for y := x + 2; y < end && y <= x+7; y++ {
					if strings.HasSuffix(toks[y].Lower, "ing") && !toks[y].Cap {
						return x
					}
					if toks[y].Punct {
						break
					}
				}
			}
		}
		if t.Lower == "to" && x+1 < lim && x > pos {
			n := toks[x+1]
			// "a suit seeks to stop U.S. officials from": the one to be
			// stopped is what the act is aimed at
			if stopVerbs[n.Lower] {
				continue
			}
			if !n.Cap && !n.Num && !n.Punct && !determiners[n.Lower] && !isMentionStart(ms, x+1) {
				return x
			}
		}
		if t.Lower == "that" && x > pos {
			return x
		}
		// "shot a man as he approached a fence between Israel and Gaza",
		// "because the talks with Iran failed": a subordinate clause has
		// parties of its own
		if x > pos && x+1 < end && (clauseSubordinators[t.Lower] || (t.Lower == "as" || t.Lower == "while" || t.Lower == "before" || t.Lower == "after" || t.Lower == "until") && subjectPronouns[toks[x+1].Lower]) {
			return x
		}
		// "raided homes as part of a search for the missing men": a
		// purpose adjunct names no one the act is aimed at
		if x > pos && t.Lower == "as" && x+2 < end && toks[x+1].Lower == "part" && toks[x+2].Lower == "of" {
			return x
		}
		// "will convene after Witkoff returns to Washington": a clause
		// opened with a named subject has parties of its own
		if x >= pos && namedClause(toks, ms, x) {
			return x
		}
		// "will visit India after meeting with Biden": a gerund clause has
		// parties of its own
		if x > pos && x+1 < end && (t.Lower == "after" || t.Lower == "before" || t.Lower == "while" || t.Lower == "since" || t.Lower == "upon") && strings.HasSuffix(toks[x+1].Lower, "ing") && !toks[x+1].Cap {
			return x
		}
		// "condemned Thailand for sending Uyghurs back to China": the
		// reason given names no further party
		if t.Lower == "for" && x > pos && x+1 < lim && strings.HasSuffix(toks[x+1].Lower, "ing") && !toks[x+1].Cap {
			return x
		}
	}
	return lim
}

// peopleNouns name people without naming who: "a group that hurled rocks"
// takes its actor from the people named before.
var peopleNouns = lexicon.List("people_nouns")

func isMentionEnd(ms []actor.Mention, x int) bool {
	for k := range ms {
		if ms[k].End == x {
			return true
		}
	}
	return false
}

func isMentionStart(ms []actor.Mention, x int) bool {
	for k := range ms {
		if ms[k].Start == x {
			return true
		}
	}
	return false
}

// objects finds recipient mentions right of pos, up to stop.
func objects(toks []text.Token, ms []actor.Mention, pos, stop int, direct bool) (recips []*actor.Mention, loc *actor.Mention) {
	accepted := -1
	for k := range ms {
		m := &ms[k]
		if m.Start < pos || m.Start >= stop {
			continue
		}
		if accepted >= 0 && ms[accepted].Keyed() && (ms[accepted].Poss || ownerModifier(toks, &ms[accepted])) {
			// "criticized the Taliban's curbs on women": the possessor is
			// whom the act is aimed at, the rest describes its deed (but
			// "Israel's and Iran's threats" lists two)
			ae := ms[accepted].End
			if ae < len(toks) && (toks[ae].Lower == "'s" || toks[ae].Text == "'") {
				ae++
			}
			// ("signed an agreement with Turkey's rival Greece": a name
			// right after the possessor's noun is the head)
			if m.Keyed() && m.Start-ae >= 1 && m.Start-ae <= 2 && len(recips) > 0 && recips[len(recips)-1] == &ms[accepted] {
				plain := true
				for x := ae; x < m.Start; x++ {
					if toks[x].Cap || toks[x].Punct || preps[toks[x].Lower] || determiners[toks[x].Lower] || toks[x].Lower == "and" || toks[x].Lower == "or" {
						plain = false
					}
				}
				if plain {
					recips[len(recips)-1] = m
					accepted = k
					continue
				}
			}
			if !joinedTo(toks, ae, m.Start) {
				break
			}
		}
		if accepted < 0 && m.Poss && m.Start > pos && (toks[m.Start-1].Lower == "and" || toks[m.Start-1].Lower == "or") && !isMentionEnd(ms, m.Start-1) {
			// "Washington's call for denuclearization and Pyongyang's
			// demand": a possessor after a coordinated noun phrase owns
			// another act
			break
		}
		if accepted >= 0 && !ms[accepted].Poss && !joinedTo(toks, ms[accepted].End, m.Start) {
			// "blamed the United States for the failure of talks between
			// Khartoum and the rebels": the reason names no further party
			reason := false
			for x := ms[accepted].End; x < m.Start; x++ {
				// (but "travel to Canada for meetings with G7 ministers":
				// the purpose is a meeting with more parties)
				if (toks[x].Lower == "for" || toks[x].Lower == "over") && !(x+1 < m.Start && meetingNouns[toks[x+1].Lower]) {
					reason = true
				}
			}
			if reason {
				break
			}
		}
		prep, pi, pp := prepBefore(toks, m, pos)
		if topicPhrase(toks, pos, m.Start) && !(pp && (prep == "with" || prep == "to" || prep == "between" || prep == "among")) {
			// "apologize for faulty evidence on Iraqi weapons": what a
			// document or a vote is about names no party (but "shared
			// intelligence on troops with China" goes on to one)
			continue
		}
		if !pp && placeApposition(toks, m, pos) {
			// "killed 12 soldiers in Mopti, Mali": the country after a
			// town says where, like the town
			if loc == nil && (m.Kind == actor.KCapital || m.Kind == actor.KCountry || m.Kind == actor.KActor) {
				loc = m
			}
			continue
		}
		if accepted >= 0 && reducedModifier(toks, ms[accepted].End, m.Start) {
			// "suing the firms involved in the sale of Yugansk": a
			// participle phrase describes the object; what it names is
			// no further party, though it may say where ("banks based in
			// Dubai")
			if pp && (prep == "in" || prep == "at" || prep == "near") && loc == nil && (m.Kind == actor.KCapital || m.Kind == actor.KCountry || m.Kind == actor.KActor) {
				loc = m
			}
			continue
		}
		// "slammed Moise for the jailbreak on Twitter": a platform is where
		if pp && prep == "on" && platforms[strings.ToLower(m.Entity.Text)] {
			continue
		}
		// "fighters loyal to the former president", "groups linked to
		// al-Qaida": a modifier of the noun before, not a recipient
		if pp && (prep == "to" || prep == "with") && pi > pos && affinity[toks[pi-1].Lower] && accepted >= 0 {
			continue
		}
		if pp && prep == "by" && dealBefore(toks, pi, pos) {
			// "bid by Japan's Nippon Steel": the acquirer, a recipient of a block
			prep = "of"
		}
		switch {
		case pp && prep == "at" && (m.Kind == actor.KNoun || m.Kind == actor.KTitle || m.Kind == actor.KPerson) && !strings.Contains(m.Entity.Name, "embassy"):
			// "fired tear gas at demonstrators", "hurled stones at police":
			// people are aimed at, places are where
		case pp && (prep == "in" || prep == "at" || prep == "near" || prep == "outside" || prep == "inside" || prep == "of" && pi > pos && placeParts[toks[pi-1].Lower]):
			// ("on the outskirts of Athens": a part of a place is where)
			if loc == nil && (m.Kind == actor.KCapital || m.Kind == actor.KCountry || m.Kind == actor.KActor || m.Kind == actor.KAdj && prep == "of") {
				loc = m
			}
			continue
		case accepted >= 0 && pp && prep == "of" && pi == ms[accepted].End && m.Keyed() && ms[accepted].Kind == actor.KNoun && len(recips) > 0 && recips[len(recips)-1] == &ms[accepted] && leadNouns[toks[ms[accepted].End-1].Lower]:
			// "praised the leadership of Paul Volcker": whose leadership
			recips[len(recips)-1] = m
			accepted = k
			continue
		case pp && recipPreps[prep]:
		case pp && prep == "about" && accepted < 0:
			// "expressed concern about China's security pact"
		case pp && prep == "between":
		case pp && prep == "by" && pi > pos && (reportNouns[toks[pi-1].Lower] || statementNouns[toks[pi-1].Lower]) && accepted < 0:
			// "rejected the accusations by Israel": who made the claim
			prep = "of"
		case pp && prep == "by" && pi > pos+1 && participleLike(toks[pi-1].Lower) && !toks[pi-2].Punct:
			// "the baseless allegations made by Pakistan", "the release of
			// women held by U.S.-led forces": the agent inside the object
			prep = "of"
		case accepted >= 0 && ms[accepted].End == m.Start && m.Keyed() && !ms[accepted].Keyed() && len(recips) > 0 && recips[len(recips)-1] == &ms[accepted]:
			// "20 opposition activists in Minsk": the later noun is the head
			recips[len(recips)-1] = m
			accepted = k
			continue
		case !pp && direct && (m.Start-pos <= 5 || m.Start-pos <= 7 && homePossessor(toks, pos, m.Start)) && accepted < 0:
		case accepted >= 0 && joinedTo(toks, ms[accepted].End, m.Start):
		default:
			continue
		}
		if prep == "by" {
			continue
		}
		recips = append(recips, m)
		accepted = k
	}
	return
}

// byMeans after "by" say how, not who: "spoke by phone with".
var byMeans = lexicon.List("by_means")

// issueHeads after a country name make it a modifier: "the Iraq crisis",
// "the US election" (but "the US war", "US policy" are the country's own).
var issueHeads = lexicon.List("issue_heads")

// placeOfMeeting: a place name before a meeting noun ("the Venice
// economic summit", "the Madrid conference").
func placeOfMeeting(toks []text.Token, m *actor.Mention) bool {
	if m.Kind != actor.KCapital && !(m.Kind == actor.KActor && m.Entity.Sector == "") {
		return false
	}
	for x := m.End; x < len(toks) && x <= m.End+2; x++ {
		if meetingNouns[toks[x].Lower] || toks[x].Lower == "conference" || toks[x].Lower == "communique" || toks[x].Lower == "declaration" {
			return true
		}
		if toks[x].Cap || toks[x].Punct || preps[toks[x].Lower] {
			return false
		}
	}
	return false
}

// leadNouns name a party's guidance, whose owner follows "of".
var leadNouns = map[string]bool{"leadership": true, "government": true, "administration": true, "regime": true, "authorities": true, "cabinet": true, "leaders": true}

// ownerModifier: a country or demonym right before the noun it modifies
// ("US sanctions against Yugoslavia", "the Israeli raid on Gaza") owns
// the thing; what follows the noun describes it.
func ownerModifier(toks []text.Token, m *actor.Mention) bool {
	if m.Kind != actor.KCountry && m.Kind != actor.KAdj && m.Kind != actor.KCapital || m.End+1 >= len(toks) {
		return false
	}
	return ownedActs[toks[m.End].Lower]
}

// ownedActs are nouns whose modifying country is their author: "US
// sanctions", "the Israeli raid", "a French proposal".
var ownedActs = lexicon.List("owned_acts")

// meetingNouns name meetings whose parties a purpose phrase may list.
var meetingNouns = lexicon.List("meeting_nouns")

// agentParticiples after an act noun name who did it: "called by",
// "carried out by".
var agentParticiples = map[string]bool{"called": true, "organised": true, "organized": true, "led": true, "staged": true, "launched": true, "mounted": true,
	"out": true, "conducted": true, "orchestrated": true, "perpetrated": true, "committed": true, "claimed": true, "ordered": true, "initiated": true}

// dealBefore: the "by" at pi belongs to a deal noun shortly before it
// ("the acquisition of U.S. Steel by Nippon Steel").
func dealBefore(toks []text.Token, pi, floor int) bool {
	for k := pi - 1; k >= floor && k >= pi-6; k-- {
		if dealNouns[toks[k].Lower] {
			return true
		}
		if toks[k].Punct && toks[k].Text != "$" && toks[k].Text != "-" {
			return false
		}
	}
	return false
}

func joinedTo(toks []text.Token, a, b int) bool {
	if b-a < 1 || b-a > 3 {
		return false
	}
	for x := a; x < b; x++ {
		w := toks[x].Lower
		if !(w == "and" || w == "," || w == "or" || determiners[w]) {
			return false
		}
	}
	return true
}

// agent finds "by X" right after pos.
func agent(toks []text.Token, ms []actor.Mention, pos, stop int) []*actor.Mention {
	// after "was signed", "were delivered to Yemen" the agent may stand further
	lim := pos + 4
	if pos+1 < len(toks) && beForms[toks[pos].Lower] && participleLike(toks[pos+1].Lower) {
		lim = pos + 8
	} else if v := passiveAfterPP(toks, ms, pos, stop); v > 0 {
		lim = v + 6
	}
	for x := pos; x < stop && x < lim; x++ {
		if toks[x].Lower != "by" || dealBefore(toks, x, 0) {
			continue
		}
		// "spoke by phone with the crown prince": a means, not an agent;
		// "by destroying its air force": a gerund, not an agent
		if x+1 < len(toks) && (byMeans[toks[x+1].Lower] || strings.HasSuffix(toks[x+1].Lower, "ing") && !toks[x+1].Cap) {
			continue
		}
		// "the release of sailors held by NATO-led forces": the agent of a
		// participle after the trigger, not of the trigger; but "the
		// agreement was signed by" is the trigger's own passive
		// ("the strike, called by the union", "an attack carried out by
		// rebels": these participles only say who did the act)
		if x > pos && participleLike(toks[x-1].Lower) && !agentParticiples[toks[x-1].Lower] && !(x-2 >= pos && (beForms[toks[x-2].Lower] || adverbs[toks[x-2].Lower])) && !(pos < len(toks) && beForms[toks[pos].Lower]) {
			return nil
		}
		for k := range ms {
			if ms[k].Start > x && ms[k].Start <= x+4 && ms[k].Start < stop+4 {
				// "endorsed by the Venice economic summit": a place naming
				// a meeting is where it met, not who acted
				if placeOfMeeting(toks, &ms[k]) {
					return nil
				}
				var out []*actor.Mention
				for _, j := range coordinated(toks, ms, k, 1, stop+6) {
					out = append(out, &ms[j])
				}
				return out
			}
		}
	}
	return nil
}

// isPassive says whether the verb at v is a passive participle:
// "were delayed", "was blocked by", "women held by".
// byDuration says whether the words at x measure a delay or change ("postponed
// by a month the tariffs", "cut by 10 percent"): after "by" they are no agent.
func byDuration(toks []text.Token, x int) bool {
	if x+1 >= len(toks) || !(toks[x].Num || numberWords[toks[x].Lower] || toks[x].Lower == "a" || toks[x].Lower == "an" || toks[x].Lower == "another" || toks[x].Lower == "several" || toks[x].Lower == "half") {
		return false
	}
	switch strings.TrimSuffix(toks[x+1].Lower, "s") {
	case "day", "week", "month", "year", "fortnight", "quarter", "decade", "hour", "percent", "per", "%":
		return true
	}
	return false
}

func (c *Coder) isPassive(toks []text.Token, v, floor, stop int) bool {
	w := toks[v].Lower
	// (literal trigger words are no lexicon verbs: "wounded", "jailed")
	if !(c.f.participles[w] || strings.HasSuffix(w, "ed") && len(w) > 4) || stative[w] || activeBy[w] {
		return false
	}
	// "spoke by phone": a means after "by"
	if v+2 < len(toks) && toks[v+1].Lower == "by" && (byMeans[toks[v+2].Lower] || byDuration(toks, v+2)) {
		return false
	}
	for x := v - 1; x >= floor && x >= v-4; x-- {
		t := toks[x].Lower
		if beForms[t] {
			return true
		}
		if !adverbs[t] {
			break
		}
	}
	// the later participles of a list after "be" or "remain": "civilians
	// remain unseen, unprotected, bombed, besieged, raped" (but "Iran was
	// angered and attacked Iraq" goes on to an object)
	if n := v + 1; n < len(toks) && (toks[n].Punct || toks[n].Lower == "and" || toks[n].Lower == "or" || toks[n].Lower == "by" || toks[n].Lower == "in") {
		list := false
		for x := v - 1; x >= floor && x >= v-14; x-- {
			t := toks[x].Lower
			if t == "," || t == "and" || t == "or" {
				list = true
				continue
			}
			if list && (beForms[t] && t != "'s" || t == "remain" || t == "remains" || t == "remained") {
				return true
			}
			if toks[x].Punct || toks[x].Cap || !(strings.HasSuffix(t, "ed") || strings.HasSuffix(t, "en") || strings.HasPrefix(t, "un")) {
				break
			}
		}
	}
	// a participle closing the sentence after its noun: "resulting in all
	// crew and CIA members killed."
	if v+1 < len(toks) && v > floor && (toks[v+1].Text == "." || toks[v+1].Text == "\"") && !toks[v-1].Punct && !beForms[toks[v-1].Lower] && toks[v-1].Lower != "has" && toks[v-1].Lower != "have" && toks[v-1].Lower != "had" && strings.HasSuffix(toks[v-1].Lower, "s") {
		return true
	}
	// an appositive participle: "Anwar Ibrahim, released from jail two
	// months ago, kicked off"
	// (with no object of its own: "Letwin, for the Tories, attacked
	// government red tape, dubbing" is the main verb)
	if v-2 >= floor && toks[v-1].Text == "," && toks[v-2].Cap && !toks[v-2].Punct && v+1 < stop && (preps[toks[v+1].Lower] || adverbs[toks[v+1].Lower] || toks[v+1].Num || toks[v+1].Punct) {
		// closed by a comma before the main verb
		for x := v + 1; x < stop && x <= v+10; x++ {
			if toks[x].Text == "," {
				if x+1 < stop && !toks[x+1].Cap && !toks[x+1].Punct {
					return true
				}
				break
			}
		}
	}
	if appositiveAdverbParticiple(toks, v, floor, stop) || subjectRelative(toks, v, floor, stop) {
		return true
	}
	// "four were killed and several others wounded": a participle after
	// "others" shares the passive of the clause before
	// ("37 people were killed and 52 wounded", "and scores wounded")
	if x := v - 1; x > floor {
		if toks[x].Lower == "others" || toks[x].Lower == "more" {
			x--
		}
		if x > floor && x < v && (toks[x].Num || quantWords[toks[x].Lower]) && (toks[x-1].Lower == "and" || toks[x-1].Lower == "or" || toks[x-1].Text == ",") {
			return true
		}
	}
	// "as demanded by the UN", "as called for by the Security Council": a
	// participle after "as" is passive
	if v-1 >= floor && toks[v-1].Lower == "as" {
		for x := v + 1; x < stop && x <= v+2; x++ {
			if toks[x].Lower == "by" {
				return true
			}
		}
	}
	// "officers accused of plotting", "a man charged with murder": these
	// participles take their object before the preposition when active, so
	// one followed at once by it is passive
	// ("the banks it had accused of" is active: its object went ahead)
	if v+1 < stop && v > floor {
		if pr, ok := passivePrep[w]; ok && toks[v+1].Lower == pr && !perfectBefore(toks, v, floor) {
			return true
		}
	}
	// "the commander is dead, killed in a raid": a participle set off by a
	// comma and followed by where, when or by whom tells what befell the
	// clause's subject
	// (only after a clause that has its verb: in "Cable, for the Liberal
	// Democrats, called on Brown" the participle is the main verb)
	if v+1 < stop && v-1 > floor && toks[v-1].Text == "," && strings.HasSuffix(w, "ed") {
		switch toks[v+1].Lower {
		case "in", "by", "at", "during", "near", "while", "when", "outside", "inside", "last", "earlier", "on":
			for x := v - 2; x >= floor; x-- {
				if t := toks[x].Lower; beForms[t] && t != "'s" || t == "has" || t == "have" || t == "had" || pastIrregular[t] || x > floor && strings.HasSuffix(t, "ed") && !toks[x].Cap && !determiners[toks[x-1].Lower] && !preps[toks[x-1].Lower] {
					return true
				}
			}
		}
	}
	// reduced relative: "women held by U.S.-led forces"
	if v+1 < stop && toks[v+1].Lower == "by" && v > floor {
		p := toks[v-1].Lower
		if p != "has" && p != "have" && p != "had" && !adverbs[p] {
			return true
		}
	}
	return false
}

// perfectBefore says whether has/have/had stands just before v (adverbs
// aside): "had accused", "has long accused".
func perfectBefore(toks []text.Token, v, floor int) bool {
	for x := v - 1; x >= floor && x >= v-3; x-- {
		switch t := toks[x].Lower; {
		case t == "has" || t == "have" || t == "had" || t == "having":
			return true
		case !adverbs[t] && !strings.HasSuffix(t, "ly"):
			return false
		}
	}
	return false
}

// passivePrep maps participles to the preposition that follows them at
// once only in the passive: "accused of", "charged with", "sentenced to".
var passivePrep = map[string]string{
	"accused": "of", "convicted": "of", "suspected": "of", "acquitted": "of", "cleared": "of",
	"stripped": "of", "deprived": "of", "robbed": "of", "charged": "with", "sentenced": "to",
}

// stative participles read as adjectives with an active subject:
// "Japan is committed to", "Russia is opposed to".
var stative = map[string]bool{
	"committed": true, "determined": true, "prepared": true, "expected": true, "supposed": true,
	"concerned": true, "interested": true, "involved": true, "opposed": true, "engaged": true,
	"pleased": true, "satisfied": true, "disappointed": true, "worried": true, "alarmed": true,
	"dedicated": true, "resolved": true, "poised": true, "inclined": true, "obliged": true,
}

// inQuote returns the quote holding token x.
func inQuote(qs []quote.Quote, x int) *quote.Quote {
	for i := range qs {
		if qs[i].Start <= x && x < qs[i].End {
			return &qs[i]
		}
	}
	return nil
}

// participleLike: a word that looks like a past participle.
func participleLike(w string) bool {
	switch w {
	case "held", "taken", "made", "led", "seen", "given", "kept", "built", "run", "sent", "brought", "caught", "shot", "hit", "put", "set", "won", "done", "known", "shown", "written", "driven", "chosen":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// quantityOf: the word before "of" in "Eight of 11 detainees", "some of the
// protesters", "thousands of workers": the phrase's head is the mention.
func quantityOf(t text.Token) bool {
	if t.Num {
		return true
	}
	switch t.Lower {
	case "some", "many", "most", "all", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"dozens", "hundreds", "thousands", "tens", "scores", "several", "none", "both", "each", "group", "groups", "members", "supporters":
		return true
	}
	return false
}

// appositive says whether toks[a:b] is the comma (and article) that opens
// an appositive: "Al-Shabab, a U.S.-designated terrorist group,".
func appositive(toks []text.Token, a, b int) bool {
	if b-a == 1 {
		return toks[a].Text == ","
	}
	return b-a == 2 && toks[a].Text == "," && (toks[a+1].Lower == "a" || toks[a+1].Lower == "an" || toks[a+1].Lower == "the")
}

// wordSet is a set of words shared by every Coder in the process: the verb
// forms the trigger lexicon knows, which never stand inside a noun phrase.
type wordSet struct {
	mu sync.RWMutex
	m  map[string]bool
}

var verbWords = &wordSet{m: map[string]bool{}}

func (s *wordSet) has(w string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[w]
}

func (s *wordSet) add(ws []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, w := range ws {
		s.m[w] = true
	}
}

var verbLemmas = &wordSet{m: map[string]bool{}}

// infinitive: "to increase UK aid": a verb lemma after "to" is no modifier.
func infinitive(toks []text.Token, k, floor int) bool {
	return k-1 >= floor && toks[k-1].Lower == "to" && verbLemmas.has(toks[k].Lower)
}

// scareQuote says whether the quote mark at x opens or closes a short quoted
// phrase (at most five words) attached to its words.
func scareQuote(toks []text.Token, x, lo, hi int) bool {
	if x+1 < hi && toks[x+1].Joined {
		for y := x + 2; y < hi && y <= x+6; y++ {
			if toks[y].Text == "\"" {
				return true
			}
		}
	}
	if toks[x].Joined {
		for y := x - 2; y >= lo && y >= x-6; y-- {
			if toks[y].Text == "\"" {
				return true
			}
		}
	}
	return false
}

// stopVerbs aim their infinitive at their object: "seeks to stop X".
var stopVerbs = map[string]bool{"stop": true, "block": true, "prevent": true, "bar": true, "force": true, "compel": true, "halt": true, "prohibit": true, "forbid": true}

// clauseSubordinators always open a clause with its own subject.
var clauseSubordinators = map[string]bool{"when": true, "because": true, "although": true, "though": true, "whereas": true, "whenever": true}

// subjectPronouns open a clause after "as", "while" or "after".
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}
