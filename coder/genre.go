package coder

import (
	"strings"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/actor"
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/text"
)

// Sport reports: in a match report "Ireland conceded a penalty", "Italy
// launched a series of attacks", "New Zealand headed to Wales to meet" and
// "Zambia will host Lesotho" are plays and fixtures between teams named
// after their countries, cities or clubs, and the lexicon keys those names
// as governments. The guard below recognises a sport document by the
// density of its sport vocabulary and drops the events whose parties
// include such a team name, unless the sentence speaks of politics (a
// minister, a boycott, racism, the police) or an authority takes part (a
// court, the police, a ministry): those are events even inside a sports
// story.

// sportWords are words that, several together, mark a sports story. Each
// is rare outside sport or, where it is not ("cup", "match"), needs the
// company of the others.
var sportWords = lexicon.List("sport_words")

// Thresholds of a sport document: at least sportMinDistinct different sport
// words, and sport words at least sportMinPermille of its tokens (a
// business story on a club's takeover has a few, a match report dozens).
const (
	sportMinDistinct = 4
	sportMinPermille = 10
)

// sportDoc says whether the document reads as a sports story.
func sportDoc(d *Doc) bool {
	hits, words := 0, 0
	distinct := map[string]bool{}
	for _, t := range d.Toks {
		if t.Punct {
			continue
		}
		words++
		if sportWords[t.Lower] {
			hits++
			distinct[t.Lower] = true
		}
	}
	return len(distinct) >= sportMinDistinct && hits*1000 >= sportMinPermille*words
}

// politicalCues are words that make a sentence in a sports story about
// something other than the game: "the sports minister condemned the racist
// chants", "the government will boycott the Games".
var politicalCues = lexicon.List("political_cues")

// authoritySectors are sectors whose members act as the state or against
// it, not as players.
var authoritySectors = map[string]bool{"JUD": true, "COP": true, "MIL": true, "REB": true, "IGO": true}

// teamVias are the ways a name resolves that, in a sports story, usually
// name a team: a country ("Ireland"), its capital, a demonym ("the
// Italians"), a city ("Liverpool").
var teamVias = map[string]bool{"country": true, "capital": true, "demonym": true, "demonym+name": true}

// teamLike says whether an entity in a sports story is probably a team: a
// country, capital or demonym, or a name with no sector (a city or club:
// "Liverpool", "Millwall", "Arsenal"). An office holder found by surname
// alone is, in a sports story, a player or coach who shares the name
// ("Vieira", "Burnley", "Conte"), no party to a political event.
func teamLike(e attache.Entity) bool {
	if teamVias[e.Via] || personVia(e.Via) && !fullName(e) {
		return true
	}
	switch e.Via {
	case "actor", "name", "home":
		return e.Sector == "" && e.Org == ""
	}
	return false
}

// authority says whether an entity acts as an institution: a court, the
// police, the armed forces, an international or non-governmental body, or
// an office named by a title or a noun ("the sports minister", "the
// ministry").
func authority(e attache.Entity) bool {
	if authoritySectors[e.Sector] && !strings.HasPrefix(e.Via, "coref:") {
		return true
	}
	if strings.HasPrefix(e.Via, "implied by") {
		return true
	}
	// a body of the lexicon's organizations: "the International Olympic
	// Committee banned Russia" (clubs, as companies, are no authority)
	if e.Via == "org" && e.Org != "" && e.Sector == "NGO" {
		return true
	}
	switch e.Via {
	case "title", "title+name", "noun", "institution":
		return e.Sector != ""
	}
	// an office holder named in full: "Tony Blair congratulated Ireland"
	return personVia(e.Via) && fullName(e) && (e.Sector == "GOV" || e.Sector == "LEG")
}

// personVia says whether an entity was found as a person of the lexicon
// (in office at the story's date or not: an undated story has no office).
func personVia(via string) bool { return via == "person" || via == "person (out of office)" }

// fullName says whether the mention gives more than a surname.
func fullName(e attache.Entity) bool { return strings.Contains(strings.TrimSpace(e.Text), " ") }

// dropGenre drops the events a document's genre makes no events: in a
// sports story the plays between teams (those with a team-like party, no
// authority among the actors and no political cue in the sentence); in
// any story the deaths a named storm causes ("Hurricane Ivan ... Ivan has
// killed 60 people") and what a film, novel or series depicts ("the
// thriller follows a terrorist who plans to bomb a plane"); a news
// outlet's interviews coded as consultations; deals between firms;
// stances on a kind of act ("it condemns torture"); and comments that
// judge no one's act ("those fears are unfounded").
func dropGenre(d *Doc, evs []*draft) []*draft {
	if len(evs) == 0 {
		return evs
	}
	sport := sportDoc(d)
	storms := stormNames(d)
	depicted := map[int]int{} // sentence -> first token of what a work depicts
	reviews := workDoc(d)
	out := evs[:0]
	for _, dr := range evs {
		retype(d, dr)
		x, ok := depicted[dr.sent]
		if !ok {
			x = depictionStart(d, d.Sents[dr.sent], reviews)
			depicted[dr.sent] = x
		}
		if sport && sportPlay(d, dr) || stormAct(d, dr, storms) || x >= 0 && dr.trig.start >= x || mediaInterview(dr) || marketAct(d, dr) || generalStance(d, dr) || commentary(d, dr) || nounAfterTo(d, dr) || celebration(d, dr) || toldHome(d, dr) {
			continue
		}
		out = append(out, dr)
	}
	return dropAgentNouns(d, out)
}

// agentNouns name who does a violent act.
var agentNouns = lexicon.List("agent_nouns")

// dropAgentNouns drops the events an agent noun alone triggers ("a
// Palestinian gunman", "kidnappers") in a sentence where a verb or noun of
// violence tells the act: "soldiers shot a Palestinian gunman" is one
// shooting, by the soldiers, and the gunman fired no shot; "kidnappers
// seized two Americans" is one abduction.
func dropAgentNouns(d *Doc, evs []*draft) []*draft {
	violent := map[int]bool{}
	agent := func(dr *draft) bool {
		return len(dr.trig.toks) == 1 && agentNouns[d.Toks[dr.trig.toks[0]].Lower]
	}
	for _, dr := range evs {
		if (dr.ev.Type == "ASSAULT" || dr.ev.Type == "COERCE") && !agent(dr) {
			violent[dr.sent] = true
		}
	}
	out := evs[:0]
	for _, dr := range evs {
		if agent(dr) && violent[dr.sent] {
			continue
		}
		out = append(out, dr)
	}
	return out
}

// mediaInterview says whether a consultation is a news outlet's interview:
// every actor is a medium ("VOA spoke with the former envoy", "CNN
// talked to the minister"). A newsroom questioning a source consults
// nobody on anything; the story it gathers holds the events.
func mediaInterview(dr *draft) bool {
	if dr.ev.Type != "CONSULT" || len(dr.ev.Actor) == 0 {
		return false
	}
	for _, e := range dr.ev.Actor {
		if e.Sector != "MED" {
			return false
		}
	}
	return true
}

// stormWords name weather systems that get a given name.
var stormWords = lexicon.List("storm_words")

// stormNames returns the lower-cased names the document gives a storm:
// "Ivan" in "Hurricane Ivan".
func stormNames(d *Doc) map[string]bool {
	var names map[string]bool
	for i := 0; i+1 < len(d.Toks); i++ {
		if stormWords[d.Toks[i].Lower] && d.Toks[i+1].Cap && !d.Toks[i+1].Punct {
			if names == nil {
				names = map[string]bool{}
			}
			names[d.Toks[i+1].Lower] = true
		}
	}
	return names
}

// stormSkip are the words between a storm's name and its verb: "Ivan, which
// has already killed".
var stormSkip = map[string]bool{",": true, "which": true, "that": true, "has": true, "have": true, "had": true, "already": true, "now": true, "reportedly": true, "so": true, "far": true}

// stormAct says whether an attack without a keyed actor is a named storm's
// doing: the name stands right before the verb.
func stormAct(d *Doc, dr *draft, storms map[string]bool) bool {
	if len(storms) == 0 || dr.ev.Type != "ASSAULT" || len(attache.Keys(dr.ev.Actor)) > 0 {
		return false
	}
	x := dr.trig.start - 1
	for x >= 0 && x > dr.trig.start-5 && stormSkip[d.Toks[x].Lower] {
		x--
	}
	return x >= 0 && storms[d.Toks[x].Lower]
}

// sportPlay says whether an event of a sports story is a play between
// teams.
func sportPlay(d *Doc, dr *draft) bool {
	team := false
	for _, e := range dr.ev.Actor {
		if authority(e) {
			return false
		}
		team = team || teamLike(e)
	}
	for _, e := range dr.ev.Recipient {
		team = team || teamLike(e)
	}
	if !team {
		return false
	}
	s := d.Sents[dr.sent]
	for x := s.Start; x < s.End; x++ {
		if politicalCues[d.Toks[x].Lower] {
			return false
		}
	}
	return true
}

// workNouns name works of fiction or record whose content a sentence may
// summarise. Words news uses in other senses stay out: "play" (a role),
// "series" (of attacks), "drama" and "episode" (an incident).
var workNouns = lexicon.List("work_nouns")

// depictionVerbs introduce what a work shows.
var depictionVerbs = lexicon.List("depiction_verbs")

// workDoc says whether a document is about works (a review, an arts
// story): it names films, books or series at least three times, so a
// title alone can stand for the work ("Dirty War depicts ...").
func workDoc(d *Doc) bool {
	n := 0
	for _, t := range d.Toks {
		if workNouns[t.Lower] {
			n++
		}
	}
	return n >= 3
}

// depictionStart returns the token where a sentence starts to tell what a
// work shows ("The thriller follows ...", "Dirty War depicts ...", "the
// novel is set in Rome as ..."), or -1. A work noun must come first, so
// "the ban follows the attack" and "the report chronicles abuses" are no
// depictions, unless the document is about works and the verb can only
// tell a work's content (depicts, portrays, is set in).
func depictionStart(d *Doc, s text.Sentence, reviews bool) int {
	work := reviews
	for x := s.Start; x < s.End; x++ {
		w := d.Toks[x].Lower
		if work {
			switch {
			case depictionVerbs[w]:
				return x
			case (w == "follows" || w == "shows" || w == "tells") && x > s.Start && workNouns[d.Toks[x-1].Lower]:
				return x
			case w == "set" && x+1 < s.End && (d.Toks[x+1].Lower == "in" || d.Toks[x+1].Lower == "mainly" || d.Toks[x+1].Lower == "largely") && beForms[d.Toks[x-1].Lower]:
				return x
			}
		}
		if workNouns[w] {
			work = true
			// "a documentary about the assassination of X premiered":
			// what a work is about is told, not reported
			if x+2 < s.End && d.Toks[x+1].Lower == "about" {
				return x + 1
			}
		}
	}
	return -1
}

// marketTypes are the event types a firm's business takes the shape of:
// deals agreed, talks held, ventures formed ("Nucor agreed to buy LTV",
// "Qwest met MCI", "the two companies will collaborate").
var marketTypes = map[string]bool{"AGREE": true, "COOPERATE": true, "CONSULT": true}

// marketWordTypes are the types that are market acts only when the
// sentence speaks of a deal: "rejected the takeover offer", "withdrew its
// bid", "signed a merger agreement" (but "the firm denied the fraud
// charges" is a legal matter).
var marketWordTypes = map[string]bool{"REJECT": true, "SUPPORT": true, "CONCEDE": true, "RETREAT": true}

// marketDealWords name the objects of company deals.
var marketDealWords = lexicon.List("market_deal_words")

// marketAct says whether an event is a transaction between companies:
// every party with a sector is a business, and at least one is ("the
// offer by Deutsche Boerse was rejected", with its rejecter unnamed, or
// "the two Japanese companies will collaborate", named in the sentence
// before). EVENTS.md rule 7 leaves market moves uncoded; a firm dealing
// with a government, a union or a court stays an event.
func marketAct(d *Doc, dr *draft) bool {
	ev := &dr.ev
	if !marketTypes[ev.Type] && !marketWordTypes[ev.Type] {
		return false
	}
	// (a state blocking a takeover, "Biden blocked the acquisition",
	// is an event even when the blocker's office has lapsed and left him
	// no sector; a board refusing a bid is a firm's business)
	if ev.Kind == "investment_block" && (len(ev.Actor) == 0 || ev.Actor[0].Sector != "BUS") {
		return false
	}
	bus := 0
	for i, es := range [][]attache.Entity{ev.Actor, ev.Recipient} {
		for _, e := range es {
			switch {
			case e.Sector == "BUS":
				bus++
			case e.Sector != "" || e.Org != "":
				return false
			case i == 0 && e.Country != "":
				// a doer keyed by country alone may be a person whose
				// office the lexicon does not date ("Biden rejected
				// the offer")
				return false
			}
		}
	}
	if bus == 0 || industryParty(d, dr) {
		return false
	}
	// a firm dealing with a firm of another country invests abroad
	// (EVENTS.md kind investment: investor and host country), which
	// users of the ledger follow: "the LSE rejected a takeover proposal
	// from German rival Deutsche Boerse"
	countries := map[string]bool{}
	for _, es := range [][]attache.Entity{ev.Actor, ev.Recipient} {
		for _, e := range es {
			if e.Country != "" {
				countries[e.Country] = true
			}
		}
	}
	if len(countries) > 1 {
		return false
	}
	// "plans to build a second plant in India": an investment in a
	// country, which becomes its recipient (placeTarget)
	if ev.Type != "CONSULT" && len(attache.Keys(ev.Recipient)) == 0 && dr.place != nil && dr.place.Country != "" && dr.place.Via == "place of object" {
		return false
	}
	s := d.Sents[dr.sent]
	deal := marketTypes[ev.Type]
	for x := s.Start; x < s.End; x++ {
		w := d.Toks[x].Lower
		if settlementWords[w] {
			return false
		}
		deal = deal || marketDealWords[w]
	}
	return deal
}

// settlementWords mark a firm's act before the law: "agreed to pay a
// fine", "agreed to a censure to settle charges".
var settlementWords = lexicon.List("settlement_words")

// industryParty says whether a business party is a whole industry, a
// plural noun with no number before it ("the Swiss banks pledged not to
// sell shares", "Japanese chipmakers agreed to curb exports"): an
// industry's undertaking is trade policy, not one firm's deal (but "the
// two Japanese companies" are two firms).
func industryParty(d *Doc, dr *draft) bool {
	for _, ms := range [][]*actor.Mention{dr.actors, dr.recips} {
		for _, m := range ms {
			if m.Entity.Sector != "BUS" || !m.Plural || m.Kind != actor.KNoun {
				continue
			}
			counted := false
			for x := m.Start; x < m.End && x < len(d.Toks); x++ {
				if w := d.Toks[x].Lower; isNumber(w) || numberWords[w] || w == "both" || w == "several" || w == "some" {
					counted = true
				}
			}
			if x := m.Start - 1; x >= 0 && (isNumber(d.Toks[x].Lower) || numberWords[d.Toks[x].Lower] || d.Toks[x].Lower == "both") {
				counted = true
			}
			if !counted {
				return true
			}
		}
	}
	return false
}

// stanceVerbs take a position on a kind of act; practiceNouns name kinds
// of conduct condemned in general.
var (
	stanceVerbs   = lexicon.List("stance_verbs")
	practiceNouns = lexicon.List("practice_nouns")
)

// generalStance says whether an event is a stance on a kind of act
// rather than an act: "the government said it condemned and prohibited
// torture" is neither an accusation of anyone (no target, a bare practice
// noun) nor torture done; "Moscow opposed sanctions on Sudan" imposes no
// sanctions (the opposition itself stays coded).
func generalStance(d *Doc, dr *draft) bool {
	toks := d.Toks
	s := d.Sents[dr.sent]
	m := dr.trig
	ev := &dr.ev
	if (ev.Type == "ACCUSE" || ev.Type == "SANCTION") && dr.verbal() && stanceVerbs[toks[m.end-1].Lower] && len(attache.Keys(ev.Recipient)) == 0 {
		// "condemns torture", "condemned and prohibited torture", "has
		// banned torture"
		x := m.end
		for x < s.End && (stanceVerbs[toks[x].Lower] || toks[x].Lower == "and" || toks[x].Lower == "or" || toks[x].Text == ",") {
			x++
		}
		return x < s.End && practiceNouns[toks[x].Lower]
	}
	if m.start-1 < s.Start {
		return false
	}
	// the noun stands bare after the stance verb, with at most a few
	// modifiers and no article ("opposes oil sanctions on Sudan",
	// "opposed new U.N. sanctions"; "opposed the sanctions" may name
	// sanctions in force)
	x := m.start - 1
	for x > s.Start && x >= m.start-4 && !stanceVerbs[toks[x].Lower] && (isModifier(toks[x]) || toks[x].Cap) && !determiners[toks[x].Lower] && !preps[toks[x].Lower] {
		x--
	}
	v := toks[x].Lower
	if !stanceVerbs[v] {
		return false
	}
	// (a verb pattern right after "condemns" is a noun: "torture")
	head := toks[m.toks[0]].Lower
	switch {
	case (ev.Type == "ASSAULT" || ev.Type == "COERCE") && practiceNouns[head] && len(attache.Keys(ev.Recipient)) == 0:
		return true
	case ev.Type == "SANCTION" && !dr.verbal():
		return strings.HasPrefix(v, "oppos") || strings.HasPrefix(v, "reject")
	}
	return false
}

// fearNouns name a fear, a view or a rumour.
var fearNouns = lexicon.List("fear_nouns")

// commentary says whether an evaluation reports no act of anyone:
//   - "Fears of a trade war are unfounded", "concerns that banks would
//     dominate were unfounded": dismissing a fear reassures, it blames no
//     one;
//   - "If the deficit is not tackled, everything else is
//     counterproductive": a judgment on a case that may not come;
//   - "Apple is to be congratulated": the writer's verdict, with no one
//     who congratulates.
func commentary(d *Doc, dr *draft) bool {
	toks := d.Toks
	s := d.Sents[dr.sent]
	m := dr.trig
	ev := &dr.ev
	if ev.Type == "ACCUSE" && ev.Kind == "statement" && beForms[toks[m.start].Lower] {
		first := firstWord(toks, s)
		if first < m.start && (toks[first].Lower == "if" || toks[first].Lower == "unless") {
			return true
		}
		for x := m.start - 1; x >= first && x >= m.start-14; x-- {
			if fearNouns[toks[x].Lower] && (x == first || determiners[toks[x-1].Lower] || toks[x-1].Lower == "such") {
				return true
			}
			if toks[x].Punct && toks[x].Text != "-" {
				break
			}
		}
	}
	// (only praise: "Labour is to be investigated by a watchdog" is a
	// planned act)
	if m.p.rule.Type == "SUPPORT" && dr.verbal() && len(attache.Keys(ev.Actor)) == 0 && m.start-3 >= s.Start &&
		toks[m.start-1].Lower == "be" && toks[m.start-2].Lower == "to" && beForms[toks[m.start-3].Lower] {
		return true
	}
	return false
}

// nounAfterTo says whether a verb pattern opening with "to" ("to
// v:demand") met a noun: "bowed to demands to recognise Cyprus" has no
// infinitive, since an infinitive's verb is bare ("to demand"), and the
// demands it names are someone else's, whom the sentence does not name.
func nounAfterTo(d *Doc, dr *draft) bool {
	m := dr.trig
	if !strings.HasPrefix(m.p.rule.Pattern, "to v:") || len(m.toks) < 2 || d.Toks[m.toks[0]].Lower != "to" {
		return false
	}
	w := d.Toks[m.toks[1]].Lower
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || bareVerb(w) {
		return false
	}
	// ("linked to demands by militants": the demander is named)
	if e := m.toks[1] + 1; e < len(d.Toks) && (d.Toks[e].Lower == "by" || d.Toks[e].Lower == "from") {
		return false
	}
	return true
}

// nonstateTargets are who a border is sealed against at home; courtWords
// show a court at work.
var (
	nonstateTargets = lexicon.List("nonstate_targets")
	courtWords      = lexicon.List("court_words")
)

// retype corrects the type a trigger's word gives when its frame shows
// another act:
//   - "the army removed the president and jailed him": jailing by an
//     armed force or the police, with no court, sentence or term in the
//     sentence, is a detention (COERCE arrest), not a conviction;
//   - "kidnappers seized two Americans and a Briton": seizing people is
//     an abduction (ASSAULT abduct); COERCE seize takes property, ground
//     or ships;
//   - "ordered to seal the border areas against the rebels": sealing a
//     border against rebels, smugglers or migrants restricts movement at
//     home (COERCE restrict); it cuts no relations with a state.
func retype(d *Doc, dr *draft) {
	toks := d.Toks
	s := d.Sents[dr.sent]
	ev := &dr.ev
	m := dr.trig
	switch {
	case ev.Type == "SANCTION" && ev.Mode == "convict" && (strings.HasPrefix(toks[m.toks[0]].Lower, "jail") || strings.HasPrefix(toks[m.toks[0]].Lower, "imprison")):
		for x := s.Start; x < s.End; x++ {
			if courtWords[toks[x].Lower] {
				return
			}
		}
		// (the jailer is an armed force or the police: "Britain jailed
		// three activists" tells a sentence in short)
		armed := len(ev.Actor) > 0
		for _, e := range ev.Actor {
			if e.Sector != "MIL" && e.Sector != "COP" && e.Sector != "REB" {
				armed = false
			}
		}
		if !armed {
			return
		}
		ev.Type, ev.Mode = "COERCE", "arrest"
		ev.Context = nil
	case ev.Type == "ASSAULT" && attackWord(d, dr) && policyAttacked(d, dr):
		ev.Type, ev.Mode, ev.Kind = "ACCUSE", "disapprove", ""
		ev.Context = nil
	case ev.Type == "COERCE" && ev.Mode == "seize" && m.p.verbal && seizedPeople(d, dr):
		ev.Type, ev.Mode, ev.Kind = "ASSAULT", "abduct", ""
		ev.Context = nil
	case ev.Type == "SANCTION" && strings.Contains(m.p.rule.Pattern, "n:border"):
		for x := m.end; x+1 < s.End && x < m.end+6; x++ {
			if toks[x].Lower == "against" {
				for y := x + 1; y < s.End && y <= x+4; y++ {
					if nonstateTargets[toks[y].Lower] {
						ev.Type, ev.Mode, ev.Kind = "COERCE", "restrict", ""
						ev.Context = nil
						return
					}
				}
				return
			}
		}
	}
}

// captiveNouns name people who may be seized.
var captiveNouns = lexicon.List("captive_nouns")

// seizedPeople says whether what a seizure takes, right after its verb,
// is people: a demonym standing for persons ("two Americans and a
// Briton") or a noun of people ("three Indian truck drivers").
func seizedPeople(d *Doc, dr *draft) bool {
	toks := d.Toks
	s := d.Sents[dr.sent]
	for _, rm := range dr.recips {
		if rm.Start < dr.trig.end || rm.Start > dr.trig.end+3 {
			continue
		}
		x := rm.End
		for x < s.End && x < rm.End+4 && (!toks[x].Punct || toks[x].Text == "-") && !captiveNouns[toks[x].Lower] && !preps[toks[x].Lower] && toks[x].Lower != "and" {
			x++
		}
		if x < s.End && captiveNouns[toks[x].Lower] {
			return true
		}
		// (not "the American-owned factory")
		if rm.Entity.Via == "demonym" && (rm.End >= s.End || toks[rm.End].Punct && toks[rm.End].Text != "-" || preps[toks[rm.End].Lower] || toks[rm.End].Lower == "and") {
			return true
		}
	}
	return false
}

// celebrationWords tell a crowd out to rejoice.
var celebrationWords = lexicon.List("celebration_words")

// celebration says whether a demonstration is a celebration: the sentence
// has a crowd "in celebration of the new constitution" or "celebrating", and no
// word of protest or opposition ("against", "protested"). A crowd
// cheering a decision protests nothing.
func celebration(d *Doc, dr *draft) bool {
	if dr.ev.Type != "PROTEST" || dr.ev.Mode != "demo" {
		return false
	}
	s := d.Sents[dr.sent]
	joy := false
	for x := s.Start; x < s.End; x++ {
		switch w := d.Toks[x].Lower; {
		case celebrationWords[w]:
			joy = true
		case w == "against" || w == "protest" || w == "protests" || w == "protested" || w == "protesting" || strings.HasPrefix(w, "demand") || strings.HasPrefix(w, "anti"):
			return false
		}
	}
	return joy
}

// toldHome says whether a meeting is only the audience a statement was
// told to at home: "the general told a gathering of his own party that",
// "the bank's head told a session of fund managers that". The statement is the
// event; a speaker's own party, government or country's firms make no
// meeting with him. A meeting of other states' ministers or of an
// international body ("told a meeting of Arab League ministers") stays
// a multilateral consultation, and so does a summit.
func toldHome(d *Doc, dr *draft) bool {
	ev := &dr.ev
	if ev.Type != "CONSULT" || ev.Mode != "multilateral" || !dr.verbal() {
		return false
	}
	if w := d.Toks[dr.trig.toks[0]].Lower; w != "told" && w != "tell" && w != "tells" && w != "telling" {
		return false
	}
	for _, t := range dr.trig.toks {
		if d.Toks[t].Lower == "summit" {
			return false
		}
	}
	home := ""
	for _, e := range ev.Actor {
		if e.Org != "" {
			return false
		}
		if e.Country != "" {
			home = e.Country
		}
	}
	for _, e := range ev.Recipient {
		if e.Org != "" || e.Country != "" && e.Country != home {
			return false
		}
	}
	return true
}

// attackWord says whether the trigger holds a word of attack ("attacked",
// "launched an attack").
func attackWord(d *Doc, dr *draft) bool {
	for _, t := range dr.trig.toks {
		if strings.HasPrefix(d.Toks[t].Lower, "attack") {
			return true
		}
	}
	return false
}

// policyNouns name what only words can attack; hardwareWords what arms can.
var (
	policyNouns   = lexicon.List("policy_nouns")
	hardwareWords = lexicon.List("hardware_words")
)

// policyAttacked says whether what an "attack" word strikes, right after
// it ("attacked the Tories' new levies", "an attack on the cost of the
// prison service"), is a measure, a record or words: a verbal attack,
// which criticizes (ACCUSE). A target arms can strike ("an attack on
// a nuclear programme", "attacked the party's offices") stays an
// assault.
func policyAttacked(d *Doc, dr *draft) bool {
	toks := d.Toks
	s := d.Sents[dr.sent]
	x := dr.trig.end
	if x < s.End && (toks[x].Lower == "on" || toks[x].Lower == "against") {
		x++
	} else if w := toks[x-1].Lower; w != "on" && w != "against" && !strings.HasPrefix(w, "attack") {
		return false
	}
	for y := x; y < s.End && y < x+9; y++ {
		w := toks[y].Lower
		if hardwareWords[w] {
			return false
		}
		if policyNouns[w] {
			// ("the cost of the prison service", "the way the treaty
			// was won": the head comes first)
			return true
		}
		// ('"unfair" and complex taxes': adjectives joined, not two
		// objects)
		joined := w == "and" && y+1 < s.End && !determiners[toks[y+1].Lower] && !toks[y+1].Cap
		if toks[y].Punct && !quoteMarks[toks[y].Text] || preps[w] && w != "of" || w == "and" && !joined {
			return false
		}
	}
	return false
}
