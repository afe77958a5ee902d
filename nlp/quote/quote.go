// Package quote finds quotations and their speakers: `"...," Trump said`,
// `Trump said: "..."`, a quote introduced by "X stated:" on the line before,
// and a quote that continues the previous speaker's words.
package quote

import (
	"github.com/attache/attache/nlp/actor"
	"github.com/attache/attache/nlp/text"
)

// SpeechVerbs introduce reported speech.
var SpeechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "stated": true, "stating": true,
	"saying": true, "added": true, "adds": true, "noted": true, "wrote": true, "writes": true,
	"declared": true, "announced": true, "insisted": true, "explained": true, "continued": true,
	"tweeted": true, "posted": true, "argued": true, "stressed": true, "asserted": true, "claimed": true,
	"remarked": true, "replied": true, "responded": true, "acknowledged": true,
}

var preps = map[string]bool{"in": true, "at": true, "on": true, "of": true, "from": true, "to": true, "with": true, "for": true, "by": true, "about": true}

// Quote is a quotation over tokens (the inside, without the marks).
type Quote struct {
	Start, End int // tokens inside the quotation marks
	Speaker    *actor.Mention
}

// Find pairs quotation marks across the document and finds each quote's
// speaker among the mentions of each sentence.
func Find(toks []text.Token, sents []text.Sentence, mentions [][]actor.Mention) []Quote {
	sentOf := make([]int, len(toks))
	for si, s := range sents {
		for k := s.Start; k < s.End; k++ {
			sentOf[k] = si
		}
	}
	var out []Quote
	open := -1
	for i, t := range toks {
		if t.Text != "\"" {
			continue
		}
		opening := open < 0
		if opening {
			open = i
			continue
		}
		if i-open > 1 {
			out = append(out, Quote{Start: open + 1, End: i})
		}
		open = -1
	}
	var prev *actor.Mention
	prevEnd := -1
	for qi := range out {
		q := &out[qi]
		q.Speaker = speakerAfter(toks, q.End+1, sents, sentOf, mentions)
		if q.Speaker == nil && q.Start > 1 {
			q.Speaker = speakerBefore(toks, q.Start-1, sents, sentOf, mentions)
		}
		if q.Speaker == nil && prev != nil && q.Start-prevEnd <= 8 {
			q.Speaker = prev
		}
		if q.Speaker != nil {
			prev, prevEnd = q.Speaker, q.End+1
		}
	}
	return out
}

func mentionAt(ms []actor.Mention, a, b int) *actor.Mention {
	for k := range ms {
		if ms[k].Start >= a && ms[k].Start < b {
			return &ms[k]
		}
	}
	return nil
}

// speakerAfter reads `," Trump said` and `," said Trump`.
func speakerAfter(toks []text.Token, i int, sents []text.Sentence, sentOf []int, mentions [][]actor.Mention) *actor.Mention {
	if i < len(toks) && toks[i].Text == "," {
		i++
	}
	if i >= len(toks) {
		return nil
	}
	ms := mentions[sentOf[i]]
	// said X
	if SpeechVerbs[toks[i].Lower] {
		return mentionAt(ms, i+1, i+8)
	}
	// X [, who ...,] said
	for j := i; j < len(toks) && j < i+12; j++ {
		if SpeechVerbs[toks[j].Lower] {
			return mentionAt(ms, i, j)
		}
		if toks[j].Text == "." || toks[j].Text == "\"" {
			break
		}
	}
	return nil
}

// speakerBefore reads `Trump said: "` and a line "A Trump administration
// official stated:" standing before the quote.
func speakerBefore(toks []text.Token, i int, sents []text.Sentence, sentOf []int, mentions [][]actor.Mention) *actor.Mention {
	// i is the opening quote mark
	j := i - 1
	for j >= 0 && (toks[j].Text == ":" || toks[j].Text == ",") {
		j--
	}
	if j < 0 || !SpeechVerbs[toks[j].Lower] {
		return nil
	}
	s := sents[sentOf[j]]
	ms := mentions[sentOf[j]]
	// the sentence's subject: its first mention outside a prepositional
	// phrase ("Trump expressed his approval, stating:")
	for k := range ms {
		m := &ms[k]
		if m.Start < s.Start || m.End > j {
			continue
		}
		if m.Start > s.Start && preps[toks[m.Start-1].Lower] {
			continue
		}
		return m
	}
	return nil
}
