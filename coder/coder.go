package coder

import (
	"sort"
	"strings"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/actor"
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/text"
)

// Coder holds the compiled trigger patterns. It is built once per process and
// is safe for concurrent use.
type Coder struct {
	lx       *lexicon.Lexicon
	gaz      *actor.Gazetteer
	f        *forms
	patterns []pattern
	byFirst  map[string][]int
	vocab    map[string]int32 // every word of every pattern step
	kinds    []kindRule
	topics   []topicRule
}

type kindRule struct {
	rule  lexicon.KindRule
	words [][]string
}

type topicRule struct {
	topic string
	words [][]string
}

// New compiles the lexicon's triggers.
func New(lx *lexicon.Lexicon, gaz *actor.Gazetteer) *Coder {
	c := &Coder{lx: lx, gaz: gaz, f: newForms(lx), byFirst: map[string][]int{}}
	for _, t := range lx.Triggers {
		p := c.f.compile(t)
		if len(p.steps) == 0 {
			continue
		}
		p.vetted = strings.Contains(t.Src, vettedTriggers)
		c.patterns = append(c.patterns, p)
		if q, ok := c.f.invert(p); ok {
			c.patterns = append(c.patterns, q)
		}
		if q, ok := c.f.receive(p); ok {
			c.patterns = append(c.patterns, q)
		}
	}
	for i := range c.patterns {
		for w := range c.patterns[i].steps[0].words {
			c.byFirst[w] = append(c.byFirst[w], i)
		}
	}
	c.vocab = map[string]int32{}
	for i := range c.patterns {
		for _, st := range c.patterns[i].steps {
			for w := range st.words {
				if _, ok := c.vocab[w]; !ok {
					c.vocab[w] = int32(len(c.vocab))
				}
			}
		}
	}
	for i := range c.patterns {
		for k := range c.patterns[i].steps {
			st := &c.patterns[i].steps[k]
			if st.gap {
				continue
			}
			if len(st.words) <= 8 {
				for w := range st.words {
					st.few = append(st.few, c.vocab[w])
				}
				continue
			}
			st.bits = make([]uint64, (len(c.vocab)+63)/64)
			for w := range st.words {
				id := c.vocab[w]
				st.bits[id>>6] |= 1 << (uint(id) & 63)
			}
		}
	}
	for _, k := range lx.Kinds {
		kr := kindRule{rule: k}
		for _, w := range k.Words {
			kr.words = append(kr.words, text.TokenizeString(w))
		}
		c.kinds = append(c.kinds, kr)
	}
	for _, t := range lx.Topics {
		tr := topicRule{topic: t.Topic}
		for _, w := range t.Words {
			tr.words = append(tr.words, text.TokenizeString(w))
		}
		c.topics = append(c.topics, tr)
	}
	return c
}

// shieldConf: a pattern this unsure exists only to claim its words ("annual
// meeting", "strike price") so that a shorter trigger does not fire.
const shieldConf = 0.3

func (p *pattern) stop() bool { return p.rule.Type == "-" || p.rule.Conf < shieldConf }

// protesterNouns name the people of a protest.
var protesterNouns = lexicon.List("protester_nouns")

// repressive types may share their object noun with a PROTEST trigger.
var repressive = map[string]bool{"COERCE": true, "ASSAULT": true}

// Patterns reports how many trigger patterns are compiled.
func (c *Coder) Patterns() int { return len(c.patterns) }

// findTriggers matches patterns in a sentence; longer matches win and a
// token belongs to at most one trigger.
func (c *Coder) findTriggers(toks []text.Token, s text.Sentence, ms []actor.Mention) []match {
	// words inside a known name are not triggers: "General Agreement on
	// Tariffs and Trade", "Gulf Cooperation Council"
	// one flag per token of the sentence, for names and then for used words
	flags := make([]bool, 2*(s.End-s.Start))
	inName, used := flags[:s.End-s.Start], flags[s.End-s.Start:]
	for _, m := range ms {
		switch m.Kind {
		case actor.KOrg, actor.KActor, actor.KPerson, actor.KCapital, actor.KCountry:
			for k := m.Start; k < m.End; k++ {
				inName[k-s.Start] = true
			}
		}
	}
	ids := make([]int32, s.End-s.Start)
	for i := s.Start; i < s.End; i++ {
		id, ok := c.vocab[toks[i].Lower]
		if !ok {
			id = -1
		}
		ids[i-s.Start] = id
	}
	var all []match
	for i := s.Start; i < s.End; i++ {
		if inName[i-s.Start] {
			continue
		}
		for _, pi := range c.byFirst[toks[i].Lower] {
			if m, ok := c.patterns[pi].try(toks, ids, s.Start, i, s.End); ok && (!m.p.inverted || passiveAt(toks, m.toks[1], i)) && (!m.p.received || receivedFrom(toks, ms, m.end, s.End) != nil) && !vetoR11b(toks, m, s, ms) {
				all = append(all, m)
			}
		}
	}
	sort.SliceStable(all, func(a, b int) bool {
		if all[a].p.n != all[b].p.n {
			return all[a].p.n > all[b].p.n
		}
		if all[a].p.stop() != all[b].p.stop() {
			return all[a].p.stop()
		}
		if all[a].p.rule.Conf != all[b].p.rule.Conf {
			return all[a].p.rule.Conf > all[b].p.rule.Conf
		}
		return all[a].end-all[a].start < all[b].end-all[b].start
	})
	var out []match
	owner := make([]int, s.End-s.Start)
	for _, m := range all {
		clash := false
		// "police dispersed protesters": the protesters' noun is also a
		// PROTEST of its own, beside the repression that claims it
		shared := m.p.rule.Type == "PROTEST" && !m.p.verbal && len(m.toks) == 1 && protesterNouns[toks[m.toks[0]].Lower]
		for _, t := range m.toks {
			if used[t-s.Start] {
				o := out[owner[t-s.Start]]
				// "released a British aid worker": a shield ("aid worker")
				// that is the object noun phrase closing a longer pattern
				// keeps its words from firing alone, not from being that
				// pattern's object, when it names people ("first aid" names
				// no one and stays shielded)
				if o.p.stop() && len(m.toks) > 1 && t == m.toks[len(m.toks)-1] && t == o.toks[len(o.toks)-1] && o.start > m.toks[len(m.toks)-2] && coveredBy(ms, t) {
					continue
				}
				if !shared || o.p.stop() || !repressive[o.p.rule.Type] {
					clash = true
					break
				}
			}
		}
		if clash {
			continue
		}
		for _, t := range m.toks {
			if !used[t-s.Start] {
				owner[t-s.Start] = len(out)
			}
			used[t-s.Start] = true
		}
		out = append(out, m)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	kept := out[:0]
	for _, m := range out {
		if !m.p.stop() {
			kept = append(kept, m)
		}
	}
	return kept
}

// Code returns the events of a document.
func (c *Coder) Code(d *Doc) []attache.Event {
	var evs []*draft
	deals := &dealMemory{}
	listIntro := false // inside a bullet list introduced by "the talks covered:"
	for si, s := range d.Sents {
		ms := withoutDateline(d.Toks, s, d.Mentions[si])
		deals.observe(d, s, ms)
		trigs := c.findTriggers(d.Toks, s, ms)
		if d.Toks[s.Start].Text == "*" {
			if listIntro {
				continue
			}
		} else {
			listIntro = false
			if d.Toks[s.End-1].Text == ":" {
				for _, m := range trigs {
					if m.p.rule.Type == "CONSULT" {
						listIntro = true
					}
				}
			}
		}
		var sentEvs []*draft
		for ti, m := range trigs {
			if absorbed(d, trigs, ti) || demandedByMarch(d, trigs, ti) {
				continue
			}
			lo, hi := s.Start, s.End
			if ti > 0 {
				lo = trigs[ti-1].end
			}
			if ti+1 < len(trigs) {
				hi = trigs[ti+1].start
			}
			ev := c.draftEvent(d, si, m, ms, deals, lo, hi)
			if ev == nil {
				continue
			}
			sentEvs = append(sentEvs, ev)
		}
		sentEvs = dropObjectNouns(d, sentEvs)
		shareSubjects(d, sentEvs)
		c.inheritActors(d, si, sentEvs, evs)
		impliedAuthority(sentEvs)
		evs = append(evs, sentEvs...)
	}
	return c.finish(d, dropGenre(d, evs))
}

// shareSubjects gives a coordinated verb the subject of the verb before it:
// "Yamada met Carter in Tokyo and agreed to hold talks"; and a participle
// clause the subject of its main clause: "Rebels attacked a station,
// killing four officers".
func shareSubjects(d *Doc, evs []*draft) {
	for i := 1; i < len(evs); i++ {
		dr := evs[i]
		if !dr.verbal() {
			continue
		}
		x := dr.trig.start - 1
		for x > 0 && adverbs[d.Toks[x].Lower] {
			x--
		}
		if x < 0 {
			continue
		}
		w := d.Toks[x].Lower
		participle := (w == "," || w == "by") && strings.HasSuffix(d.Toks[dr.trig.start].Lower, "ing")
		if w != "and" && w != "but" && w != "then" && !participle {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			p := evs[k]
			if !p.verbal() {
				continue
			}
			if subordinateBetween(d.Toks, p.trig.end, dr.trig.start) {
				// "Passengers shared details as the military completed an
				// operation and killed 33 terrorists": the verbs of a clause
				// opened by "as" share its own subject, not the main one
				break
			}
			if !p.passive && (len(attache.Keys(p.ev.Actor)) > 0 || (participle && len(p.ev.Actor) > 0)) {
				dr.ev.Actor = append([]attache.Entity(nil), p.ev.Actor...)
				dr.ev.Recipient = dropSame(dr.ev.Recipient, dr.ev.Actor)
				break
			}
			if !p.passive && w == "and" && p.trig.end <= dr.trig.start {
				// "car bombings killed one American soldier and wounded 13
				// others": the first verb's object is not the second's subject
				dr.ev.Actor = append([]attache.Entity(nil), p.ev.Actor...)
				break
			}
		}
	}
}

// subordinateBetween says whether a clause opened by a subordinator and a
// determiner-led subject ("as the military") starts between a and b.
func subordinateBetween(toks []text.Token, a, b int) bool {
	for x := a; x+1 < b; x++ {
		if subordinators[toks[x].Lower] && x > 0 && !notSubordinating[toks[x-1].Lower] && !toks[x-1].Punct && !asPhrase(toks, x) {
			switch toks[x+1].Lower {
			case "the", "a", "an", "its", "their", "his", "her", "some", "several", "many", "two", "three":
				return true
			}
		}
	}
	return false
}

// Absorbing types take the clause after them as their content: "urged X to
// lift the ban" is one REQUEST, not also a CONCEDE.
// "accused Russia of attacking" is one ACCUSE: the act is only alleged.
var absorbing = map[string]bool{"REQUEST": true, "THREATEN": true, "AGREE": true, "REJECT": true, "ACCUSE": true}

func absorbed(d *Doc, trigs []match, ti int) bool {
	m := trigs[ti]
	if orFace(d.Toks, m) {
		// "urged Iran to comply or face sanctions": a threat of its own
		return false
	}
	for k := ti - 1; k >= 0; k-- {
		o := trigs[k]
		// "urging a full and independent investigation": a noun act that a
		// request asks for is asked for, not done
		if o.p.rule.Type == "REQUEST" && o.p.verbal && !m.p.verbal && m.start >= o.end && m.start-o.end <= 6 {
			np := true
			for x := o.end; x < m.start; x++ {
				t := d.Toks[x]
				if !(determiners[t.Lower] || t.Lower == "and" || t.Text == "," || t.Text == "\"" || t.Text == "“" || !t.Cap && !t.Punct && isModifier(t)) {
					np = false
					break
				}
			}
			if np {
				return true
			}
		}
		if investigated(d, o, m) {
			return true
		}
		// "a man convicted of stabbing five people": the act a verdict
		// names is only what the convict is charged with
		convict := o.p.verbal && passivePrep[d.Toks[o.end-1].Lower] == "of"
		if (!absorbing[o.p.rule.Type] || o.p.verbal == false && o.p.rule.Type != "REQUEST") && !convict {
			continue
		}
		if m.start-o.end > 12 {
			continue
		}
		// only through a complement: "to" or "that" after the absorbing trigger
		// (or ending it: "threatened to veto")
		// (or inside it: "threatened to impose" governs "tariffs on Canada")
		comp := false
		if o.p.rule.Type != "ACCUSE" && !convict {
			for _, t := range o.toks {
				if w := d.Toks[t].Lower; w == "to" || w == "that" {
					comp = true
				}
			}
			if w := d.Toks[o.end-1].Lower; w == "to" || w == "that" {
				comp = true
			}
		}
		for x := o.end; x < m.start && x < o.end+8; x++ {
			w := d.Toks[x].Lower
			if (w == "to" || w == "that" || w == "for") && o.p.rule.Type != "ACCUSE" && !convict {
				comp = true
			}
			if w == "of" && (o.p.rule.Type == "ACCUSE" || convict) {
				comp = true
			}
			if clauseBreak(d.Toks, x) && w != "that" {
				comp = false
				break
			}
			// "Threatening to kill the hostages, the Taliban demanded":
			// after an opening participle clause the main clause is no
			// complement
			if w == "," && strings.HasSuffix(d.Toks[o.toks[0]].Lower, "ing") && o.toks[0] == firstWord(d.Toks, d.Sents[d.SentOf(o.toks[0])]) {
				comp = false
				break
			}
		}
		if comp {
			return true
		}
	}
	return false
}

// investigated says whether noun trigger m stands inside the span of
// inquiry o after its "into" or "of" ("an investigation into the airport
// shooting was opened by French prosecutors"): the act looked into is
// neither done by the investigators nor an event of its own here.
func investigated(d *Doc, o, m match) bool {
	if o.p.rule.Type != "ACCUSE" || o.p.rule.Mode != "investigate" || m.p.verbal || m.start <= o.start || m.end > o.end {
		return false
	}
	for x := o.start; x < m.start; x++ {
		if w := d.Toks[x].Lower; w == "into" || w == "of" {
			return true
		}
	}
	return false
}

// clauseBreak says whether the token at x separates clauses.
func clauseBreak(toks []text.Token, x int) bool {
	t := toks[x]
	switch t.Lower {
	case ";", ":", "--", "but", "while", "although", "though", "whereas", "because", "unless", "since", "when":
		return true
	case "-":
		return !t.Joined
	}
	return false
}

// fields collects what is known of an event before it becomes a record.
type draft struct {
	ev        attache.Event
	sent      int
	trig      match
	actors    []*actor.Mention
	recips    []*actor.Mention
	passive   bool
	agentless bool
	weakActor bool            // a noun trigger whose actor is only the clause subject
	place     *attache.Entity // the place named as where the act happened ("in Mogadishu")
	clauseA   int
	clauseB   int
	nounUse   bool // a verb pattern used as a noun: "Mhlanga's arrest"
	asked     bool // the act is what someone is asked or allowed to do
}

// verbal says whether the event's trigger is used as a verb.
func (dr *draft) verbal() bool { return dr.trig.p.verbal && !dr.nounUse }

func mentionEntity(d *Doc, m *actor.Mention) attache.Entity {
	e := m.Entity
	e.Span = d.Span(m.Start, m.End)
	e.Text = d.T.Orig[e.Span[0]:e.Span[1]]
	if e.Name == "" {
		e.Name = e.Text
	}
	return e
}

func lowerJoin(toks []text.Token, a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[k].Lower)
	}
	return sb.String()
}

// authorityActs are passive participles whose unnamed agent is the state:
// "were accused Thursday of plotting a coup, court documents showed", "was
// arrested", "was charged with".
var authorityActs = map[string]string{
	"accused": "JUD", "charged": "JUD", "indicted": "JUD", "prosecuted": "JUD", "convicted": "JUD",
	"sentenced": "JUD", "tried": "JUD", "arrested": "COP", "detained": "COP", "jailed": "JUD",
	"imprisoned": "JUD", "deported": "GOV", "expelled": "GOV", "extradited": "GOV",
}

// impliedAuthority gives an agentless legal or police act the state of the
// place where it happens, or of the people it is done to.
func impliedAuthority(evs []*draft) {
	for _, dr := range evs {
		ev := &dr.ev
		if !dr.passive || !dr.agentless || len(attache.Keys(ev.Actor)) > 0 {
			continue
		}
		sector, ok := authorityActs[strings.ToLower(ev.Trigger.Text)]
		if tt := strings.ToLower(ev.Trigger.Text); !ok && (strings.Contains(tt, "jail") || strings.Contains(tt, "prison") || strings.Contains(tt, "custody") || strings.Contains(tt, "detention")) {
			// "released from jail": by the state that held them
			sector, ok = "GOV", true
		}
		if !ok {
			w := strings.Fields(strings.ToLower(ev.Trigger.Text))
			if len(w) == 0 {
				continue
			}
			if sector, ok = authorityActs[w[0]]; !ok {
				continue
			}
		}
		if sector == "JUD" && strings.HasPrefix(strings.ToLower(ev.Trigger.Text), "accused") && !legalCue(ev.Evidence) {
			// "the government has been accused of underfunding": by critics
			continue
		}
		country := ""
		if ev.Location != nil && ev.Location.Country != "" {
			country = ev.Location.Country
		} else {
			for _, r := range ev.Recipient {
				if r.Country != "" && r.Org == "" {
					country = r.Country
					break
				}
			}
		}
		if country == "" {
			continue
		}
		ev.Actor = []attache.Entity{{Name: "authorities", Country: country, Sector: sector, Via: "implied by " + ev.Trigger.Text}}
		ev.Confidence *= 0.8
	}
}

// legalCue says whether a sentence speaks of courts or the police.
func legalCue(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"court", "prosecut", "judge", "trial", "police", "charge", "indict", "tribunal", "documents"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// dropObjectNouns drops a noun event whose only actor is the clause subject
// when it is the object of a verb event: in "a court backed demands for an
// inquiry" and "Russia rejected calls for a ceasefire" the demands and the
// calls are someone else's.
func dropObjectNouns(d *Doc, evs []*draft) []*draft {
	out := evs[:0]
	for i, dr := range evs {
		drop := false
		if dr.weakActor && !dr.verbal() && i > 0 && len(dr.actors) > 0 {
			p := evs[i-1]
			if p.verbal() && !p.passive && dr.trig.start >= p.trig.end && dr.trig.start-p.trig.end <= 8 {
				// "Iran apologized to Saudi Arabia for the attack on its
				// embassy": within the verb's arguments
				drop = true
				for x := p.trig.end; x < dr.trig.start; x++ {
					t := d.Toks[x]
					inf := t.Lower == "to" && x+1 < len(d.Toks) && !d.Toks[x+1].Cap && !determiners[d.Toks[x+1].Lower]
					if t.Punct && t.Text != "-" || t.Lower == "and" || t.Lower == "that" || inf || t.Lower == "after" || t.Lower == "before" || clauseBreak(d.Toks, x) {
						drop = false
					}
				}
			}
		}
		if !drop {
			out = append(out, dr)
		}
	}
	return out
}

// withoutDateline drops the mentions of a dateline ("AP -", "MADRID,
// Spain There's been", "KABUL (Reuters) -"): the place and the agency that
// file a story take no part in its events.
func withoutDateline(toks []text.Token, s text.Sentence, ms []actor.Mention) []actor.Mention {
	end := datelineEnd(toks, s, ms)
	if end <= s.Start {
		return ms
	}
	for k := range ms {
		if ms[k].Start < end {
			kept := make([]actor.Mention, 0, len(ms))
			for j := range ms {
				if ms[j].Start >= end {
					kept = append(kept, ms[j])
				}
			}
			return kept
		}
	}
	return ms
}

// datelineEnd returns the token after a sentence's dateline, or s.Start.
func datelineEnd(toks []text.Token, s text.Sentence, ms []actor.Mention) int {
	// "AP -", "BAGHDAD, Iraq (Reuters) --", "TOKYO:": capitalized words,
	// commas, parentheses and dates up to a dash or colon
	for x := s.Start; x < s.End && x < s.Start+14; x++ {
		t := toks[x]
		if x > s.Start && (t.Text == "--" || t.Text == "—" || t.Text == "-" && !t.Joined || t.Text == ":") {
			return x + 1
		}
		if !(t.Cap || t.Punct || t.Num || t.Text == "&") {
			break
		}
	}
	// "MADRID, Spain There's": a city in capitals and its country, then
	// the sentence
	if s.Start+3 < s.End && toks[s.Start].AllCaps && toks[s.Start+1].Text == "," {
		for k := range ms {
			if m := &ms[k]; m.Start == s.Start+2 && m.Kind == actor.KCountry && m.End < s.End && toks[m.End].Cap {
				return m.End
			}
		}
	}
	return s.Start
}

// passiveAt: the participle at v follows a form of "be", perhaps across an
// adverb ("was formally recognized").
func passiveAt(toks []text.Token, v, floor int) bool {
	x := v - 1
	if x > floor && adverbs[toks[x].Lower] {
		x--
	}
	return x > floor && beForms[toks[x].Lower] && toks[x].Lower != "'s"
}

// receivedFrom returns the mention that follows "from" right after a
// receiving pattern ending at end: "received tanks from Poland".
func receivedFrom(toks []text.Token, ms []actor.Mention, end, stop int) *actor.Mention {
	if end >= stop || toks[end].Lower != "from" {
		return nil
	}
	for k := range ms {
		if ms[k].Start == end+1 || ms[k].Start == end+2 && determiners[toks[end+1].Lower] {
			return &ms[k]
		}
	}
	return nil
}

// coveredBy: a mention (a party) covers the token at x.
func coveredBy(ms []actor.Mention, x int) bool {
	for k := range ms {
		if ms[k].Start <= x && x < ms[k].End {
			return true
		}
	}
	return false
}
