package coder

import (
	"github.com/attache/attache"
	"github.com/attache/attache/nlp/text"
)

// This file holds the status cues that come from the predicate or noun
// governing a trigger rather than from the trigger's own tense (precision
// review round 9): "rejected the offer of mediating in talks", "threats to
// continue attacks", "for fear that China might retaliate".

// governedStatus revises the status read from the cues next to the trigger
// by the frame the trigger stands in.
func governedStatus(d *Doc, dr *draft, a int) {
	toks := d.Toks
	ev := &dr.ev
	s := d.Sents[dr.sent]
	if ev.Status == attache.Occurred {
		if framedBy(toks, dr.trig.start, s.Start) {
			ev.Status = attache.Hypothetical
			return
		}
	}
}

// frameNouns hold an act as a prospect, not a fact: "the offer of
// mediating in talks", "its threats to continue attacks", "a chance of
// being tortured".
var frameNouns = map[string]bool{"offer": true, "offers": true, "proposal": true, "proposals": true, "idea": true, "prospect": true, "prospects": true,
	"possibility": true, "chance": true, "chances": true, "likelihood": true, "risk": true, "risks": true, "danger": true, "threat": true, "threats": true,
	"fear": true, "fears": true, "hope": true, "hopes": true}

// framedBy: the trigger at x stands, within a few words and no clause
// break, after a frame noun and its "of"/"to"/"for" ("offer of mediating
// in talks", "threats to continue rocket attacks").
func framedBy(toks []text.Token, x, floor int) bool {
	for y := x - 1; y > floor && y >= x-6; y-- {
		w := toks[y].Lower
		if (w == "of" || w == "to" || w == "for") && frameNouns[toks[y-1].Lower] {
			return true
		}
		if toks[y].Punct && toks[y].Text != "-" || w == "that" || w == "which" || w == "who" || w == "and" && !toks[y+1].Cap || auxWords[w] || beForms[w] && w != "being" || pastIrregular[w] {
			return false
		}
	}
	return false
}
