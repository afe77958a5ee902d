package coder

import (
	"strings"

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
	if !strings.HasPrefix(toks[m.toks[0]].Lower, "insist") || toks[m.end-1].Lower != "that" {
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
	return w.Punct || w.Cap || w.Num || auxWords[w.Lower] || modalHyp[w.Lower] || modalPlanned[w.Lower] || !bareVerb(w.Lower)
}

// vetoR11b drops a trigger match before it can claim or absorb the words
// around it, when its construction does not hold.
func vetoR11b(toks []text.Token, m match, s text.Sentence, ms []actor.Mention) bool {
	return m.p.rule.Type == "REQUEST" && insistNoDemand(toks, m, s, ms) ||
		m.p.rule.Type == "REJECT" && strings.Contains(m.p.rule.Src, "triggers_r11b") && ownedCall(toks, m, ms) ||
		// "warned against complacency", "warned musicians against": with
		// no party named between, "warn" and "warned against" of
		// triggers.tsv code it
		m.p.rule.Type == "THREATEN" && strings.Contains(m.p.rule.Src, "triggers_r11b") && len(m.toks) == 2 && toks[m.toks[1]].Lower == "against" && !namedWithin(ms, m.toks[0]+1, m.toks[1])
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

// fromR11b says whether a draft's rule comes from triggers_r11b.tsv.
func fromR11b(dr *draft) bool { return strings.Contains(dr.trig.p.rule.Src, "triggers_r11b") }

// recallB adjusts a finished draft for the round-11 constructions; false
// drops it.
func recallB(d *Doc, dr *draft) bool {
	ev := &dr.ev
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
	return true
}
