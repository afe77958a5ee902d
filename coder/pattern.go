package coder

import (
	"strings"

	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/text"
)

// step is one position of a compiled pattern.
type step struct {
	words map[string]bool
	// few or bits hold the words as vocabulary ids (Coder.vocab), which
	// matching tests instead of hashing each token once per pattern: a
	// short list for a few words, a bit set for many
	few  []int32
	bits []uint64
	gap  bool // "...": up to maxGap tokens
}

// has says whether the word with vocabulary id id is one of the step's.
func (st *step) has(id int32) bool {
	if id < 0 {
		return false
	}
	if st.bits == nil {
		for _, f := range st.few {
			if f == id {
				return true
			}
		}
		return false
	}
	return st.bits[id>>6]&(1<<(uint(id)&63)) != 0
}

// pattern is a compiled trigger.
type pattern struct {
	rule   lexicon.Trigger
	steps  []step
	verbal bool
	// inverted: the passive of a "v:V ... n:N" pattern, matched as
	// "N ... was V-ed by" ("Kosovo's independence was recognized by Kenya")
	inverted bool
	// received: the receiving side of a giving pattern, "v:receive ... N
	// from" ("Ukraine received tanks from Poland"): the giver follows "from"
	received bool
	// vetted: the rule comes from the trigger file whose constructions
	// recall_checks.go checks (vetoR11b, recallB), decided once here rather
	// than by reading the rule's source at every match
	vetted bool
	n      int // non-gap steps, for precedence
}

const maxGap = 6

// forms expands the lexicon's v:/n: notation.
type forms struct {
	irregular map[string]lexicon.Verb
	// participles are the forms that can head a passive: "blocked", "held"
	participles map[string]bool
}

func newForms(lx *lexicon.Lexicon) *forms {
	f := &forms{irregular: map[string]lexicon.Verb{}, participles: map[string]bool{}}
	for _, v := range lx.Verbs {
		f.irregular[strings.ToLower(v.Lemma)] = v
		for _, p := range v.Part {
			f.participles[strings.ToLower(p)] = true
		}
	}
	return f
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func (f *forms) verb(lemma string) []string {
	l := strings.ToLower(lemma)
	out := []string{l}
	n := len(l)
	if n == 0 {
		return out
	}
	last := l[n-1]
	// third person
	switch {
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "o"):
		out = append(out, l+"es")
	case last == 'y' && n > 1 && !isVowel(l[n-2]):
		out = append(out, l[:n-1]+"ies")
	default:
		out = append(out, l+"s")
	}
	var past, ing []string
	switch {
	case last == 'e':
		past = append(past, l+"d")
		if strings.HasSuffix(l, "ee") || strings.HasSuffix(l, "ye") || strings.HasSuffix(l, "oe") {
			ing = append(ing, l+"ing")
		} else if strings.HasSuffix(l, "ie") {
			ing = append(ing, l[:n-2]+"ying")
		} else {
			ing = append(ing, l[:n-1]+"ing")
		}
	case last == 'y' && n > 1 && !isVowel(l[n-2]):
		past = append(past, l[:n-1]+"ied")
		ing = append(ing, l+"ing")
	default:
		past = append(past, l+"ed")
		ing = append(ing, l+"ing")
		// consonant doubling: ban → banned, admit → admitted
		if n >= 2 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(l[n-2]) && (n < 3 || !isVowel(l[n-3])) {
			past = append(past, l+string(last)+"ed")
			ing = append(ing, l+string(last)+"ing")
		}
	}
	if v, ok := f.irregular[l]; ok {
		past = nil
		for _, p := range v.Past {
			past = append(past, strings.ToLower(p))
		}
		for _, p := range v.Part {
			out = append(out, strings.ToLower(p))
		}
	}
	for _, p := range past {
		f.participles[p] = true
	}
	out = append(out, past...)
	out = append(out, ing...)
	return out
}

func noun(lemma string) []string {
	l := strings.ToLower(lemma)
	n := len(l)
	out := []string{l}
	switch {
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh"):
		out = append(out, l+"es")
	case n > 1 && l[n-1] == 'y' && !isVowel(l[n-2]):
		out = append(out, l[:n-1]+"ies")
	default:
		out = append(out, l+"s")
	}
	return out
}

// compile turns a trigger's pattern into steps; its tokens are split the
// way text is tokenized, so "cease-fire" and "U.S.-led" line up.
func (f *forms) compile(t lexicon.Trigger) pattern {
	p := pattern{rule: t}
	single := len(strings.Fields(t.Pattern)) == 1
	for i, raw := range strings.Fields(t.Pattern) {
		if raw == "..." {
			if i > 0 {
				p.steps = append(p.steps, step{gap: true})
			}
			continue
		}
		// a plain word may tokenize into several tokens ("cease-fire")
		alts := strings.Split(raw, "/")
		plain := len(alts) == 1 && !strings.Contains(raw, ":")
		if plain && i == 0 && single && strings.HasSuffix(raw, "ed") && !strings.Contains(raw, "-") {
			p.verbal = true
		}
		if plain {
			for _, tok := range text.TokenizeString(raw) {
				p.steps = append(p.steps, step{words: map[string]bool{tok: true}})
				p.n++
			}
			continue
		}
		st := step{words: map[string]bool{}}
		// "bombed", "freed/released", "shelled/shelling": plain past forms
		// are verbs (subject, object, passive) unless used as nouns
		// ("pressed/pressing/presses ... to": so are such forms opening a
		// longer pattern, whose object then stands in its gap)
		if i == 0 && !strings.Contains(raw, ":") && strings.HasSuffix(alts[0], "ed") && (single || inflections(alts)) {
			p.verbal = true
		}
		for _, a := range alts {
			switch {
			case strings.HasPrefix(a, "v:"):
				vs := f.verb(a[2:])
				for _, w := range vs {
					st.words[w] = true
				}
				// the base and third-person forms double as nouns ("talks",
				// "attack", "support"); only unambiguous forms are verbs
				var only []string
				for _, w := range vs {
					if w != strings.ToLower(a[2:]) && !strings.HasSuffix(w, "s") {
						only = append(only, w)
					}
				}
				verbWords.add(only)
				verbLemmas.add([]string{strings.ToLower(a[2:])})
				if i == 0 {
					p.verbal = true
				}
			case strings.HasPrefix(a, "n:"):
				for _, w := range noun(a[2:]) {
					st.words[w] = true
				}
			default:
				st.words[strings.ToLower(a)] = true
			}
		}
		p.steps = append(p.steps, st)
		p.n++
	}
	return p
}

// match is one pattern matched over tokens.
type match struct {
	p          *pattern
	start, end int   // token range including gaps
	toks       []int // the tokens the pattern's words matched
}

func stopsGap(t text.Token) bool {
	switch t.Text {
	case ".", ";", ":", "?", "!":
		return true
	}
	return false
}

// secondPredicate says whether "or"/"but" at x opens a second verb phrase
// ("could return to threats of strikes or accept a poor deal"): a gap does
// not run from one predicate into the other (but "lift or ease sanctions"
// share the object).
func secondPredicate(toks []text.Token, x, end int) bool {
	if w := toks[x].Lower; (w != "or" && w != "but") || x+1 >= end {
		return false
	}
	n := toks[x+1]
	return !n.Cap && (verbWords.has(n.Lower) || verbLemmas.has(n.Lower) && x+2 < end && !preps[toks[x+2].Lower] && !toks[x+2].Punct)
}

// try matches p at toks[i], within [.., end).
// ids are the vocabulary ids of toks[base:end] (-1 for words no pattern
// has).
func (p *pattern) try(toks []text.Token, ids []int32, base, i, end int) (match, bool) {
	m := match{p: p, start: i}
	// most tries fail at their second step: the token positions are kept
	// on the stack until the whole pattern has matched
	var buf [16]int
	found := buf[:0]
	j := i
	for k := 0; k < len(p.steps); k++ {
		st := p.steps[k]
		if st.gap {
			continue
		}
		gapBefore := k > 0 && p.steps[k-1].gap
		limit := j
		if gapBefore {
			limit = j + maxGap
		}
		at := -1
		for x := j; x <= limit && x < end; x++ {
			if st.has(ids[x-base]) {
				at = x
				break
			}
			if gapBefore && (stopsGap(toks[x]) || (x > j || i > 0 && !strings.HasSuffix(toks[i].Lower, "ing") && (preps[toks[i-1].Lower] || determiners[toks[i-1].Lower])) && secondPredicate(toks, x, end)) {
				break
			}
			// "declared that America was winning the war": a verb's gap
			// does not run into a clause it opens
			// "intensified attacks, inflicting heavy casualties on
			// government forces": nor into a participle clause
			if gapBefore && toks[x].Text == "," && x+1 < end && strings.HasSuffix(toks[x+1].Lower, "ing") && !toks[x+1].Cap {
				break
			}
			// (but "warned that it would suspend": what is warned of)
			if gapBefore && p.verbal && k == 2 && x == j && toks[x].Lower == "that" && !contentVerb(toks[i].Lower) {
				break
			}
			if !gapBefore {
				break
			}
		}
		if at < 0 {
			return m, false
		}
		found = append(found, at)
		j = at + 1
	}
	m.toks = append([]int(nil), found...)
	m.end = j
	return m, true
}

// invert builds the passive of a verb-object pattern "v:V ... n:N": the
// object noun first, then the participle and "by" ("the envoy was received
// by the president"). Only patterns of exactly that shape are inverted.
func (f *forms) invert(p pattern) (pattern, bool) {
	fields := strings.Fields(p.rule.Pattern)
	if len(p.steps) != 3 || !p.steps[1].gap || !p.verbal || len(fields) != 3 || fields[1] != "..." {
		return pattern{}, false
	}
	for _, a := range strings.Split(fields[0], "/") {
		if !strings.HasPrefix(a, "v:") {
			return pattern{}, false
		}
	}
	// (object words may be nouns or plain words: "v:approve ... aid")
	for _, a := range strings.Split(fields[2], "/") {
		if strings.HasPrefix(a, "v:") || strings.Contains(a, ":") && !strings.HasPrefix(a, "n:") {
			return pattern{}, false
		}
	}
	part := step{words: map[string]bool{}}
	for w := range p.steps[0].words {
		if f.participles[w] {
			part.words[w] = true
		}
	}
	if len(part.words) == 0 {
		return pattern{}, false
	}
	q := pattern{rule: p.rule, inverted: true, n: 3}
	q.steps = []step{p.steps[2], {gap: true}, part, {gap: true}, {words: map[string]bool{"by": true}}}
	return q, true
}

// giveVerbs hand something over; their AID patterns have a receiving side.
var giveVerbs = map[string]bool{"supply": true, "deliver": true, "provide": true, "send": true, "ship": true, "transfer": true, "give": true, "grant": true, "extend": true, "donate": true, "lend": true}

// receive builds the receiving side of an AID pattern whose verbs give:
// "v:send ... n:tank" also matches "received ... tanks" (the giver must
// follow "from", see receivedFrom).
func (f *forms) receive(p pattern) (pattern, bool) {
	fields := strings.Fields(p.rule.Pattern)
	if p.rule.Type != "AID" || !p.verbal || len(fields) < 3 || fields[1] != "..." || len(p.steps) < 3 {
		return pattern{}, false
	}
	gives := false
	for _, a := range strings.Split(fields[0], "/") {
		if !strings.HasPrefix(a, "v:") {
			return pattern{}, false
		}
		gives = gives || giveVerbs[a[2:]]
	}
	if !gives {
		return pattern{}, false
	}
	st := step{words: map[string]bool{}}
	for _, v := range []string{"receive", "get", "obtain", "accept"} {
		for _, w := range f.verb(v) {
			st.words[w] = true
		}
	}
	q := pattern{rule: p.rule, received: true, verbal: true, n: p.n}
	q.steps = append([]step{st}, p.steps[1:]...)
	return q, true
}

// inflections says whether alternatives are all inflected forms of a verb
// ("pressed/pressing/presses"), which no noun reading shares.
func inflections(alts []string) bool {
	if len(alts) < 2 {
		return false
	}
	for _, a := range alts {
		if !strings.HasSuffix(a, "ed") && !strings.HasSuffix(a, "ing") && !strings.HasSuffix(a, "es") {
			return false
		}
	}
	return true
}

// contentVerb says whether a verb's "that" clause holds the act itself:
// "warned that it would", "demanded that", "vowed that".
func contentVerb(w string) bool {
	for _, stem := range []string{"warn", "threat", "demand", "insist", "urg", "vow", "pledg", "promis", "ask", "request", "agree", "announc", "decid", "order"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}
