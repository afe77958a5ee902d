package coder

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"

	"github.com/attache/attache"
)

// inheritActors gives an agentless passive ("the tariffs on Canada were
// delayed") the actor of a recent event about the same recipients.
func (c *Coder) inheritActors(d *Doc, si int, cur, prev []*draft) {
	for _, dr := range cur {
		if !dr.agentless || len(attache.Keys(dr.ev.Actor)) > 0 {
			continue
		}
		rk := attache.Keys(dr.ev.Recipient)
		if len(rk) == 0 {
			continue
		}
		for k := len(prev) - 1; k >= 0; k-- {
			p := prev[k]
			if si-p.sent > 2 {
				break
			}
			if len(attache.Keys(p.ev.Actor)) == 0 || !overlap(rk, attache.Keys(p.ev.Recipient)) {
				continue
			}
			dr.ev.Actor = append([]attache.Entity(nil), p.ev.Actor...)
			for i := range dr.ev.Actor {
				dr.ev.Actor[i].Via = "inherited"
			}
			dr.ev.Rule += " +actor from sentence " + strconv.Itoa(p.sent)
			dr.ev.Confidence *= 0.8
			break
		}
	}
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

func sameSet(a, b []string) bool { return len(a) == len(b) && subset(a, b) }

// compatible says whether two events are mentions of one event.
func compatible(a, b *attache.Event) bool {
	if a.Type != b.Type {
		return false
	}
	// "ministers meet in Belgium to discuss": one meeting, whose kind
	// only one of its words names
	if a.Kind != b.Kind && !(a.Type == "CONSULT" && a.Sentence == b.Sentence && (a.Kind == "" || b.Kind == "")) {
		return false
	}
	if (a.Status == attache.Denied) != (b.Status == attache.Denied) {
		return false
	}
	// a hoped-for meeting is not the one held ("attending the meeting"
	// and "would like to attend talks")
	if (a.Status == attache.Hypothetical) != (b.Status == attache.Hypothetical) {
		return false
	}
	aa, ba := attache.Keys(a.Actor), attache.Keys(b.Actor)
	ar, br := attache.Keys(a.Recipient), attache.Keys(b.Recipient)
	if a.Type == "CONSULT" {
		pa := union(aa, ar)
		pb := union(ba, br)
		return len(pa) > 0 && (subset(pa, pb) || subset(pb, pa))
	}
	// one side's target is never the other's actor: "Canada levies USA" is
	// not a mention of "USA tariffs Canada"
	// (a domestic event, "Indian troops ... killing Indian soldiers", is exempt)
	if (len(ba) == 0 && overlap(aa, br) && !overlap(aa, ar)) || (len(aa) == 0 && overlap(ba, ar) && !overlap(ba, br)) {
		return false
	}
	// "The separatist group accuses Pakistan ... Islamabad has blamed
	// militants": an unnamed party acting on X is no mention of X's own
	// domestic act, and must not take X as its actor
	// (a later sentence nearby may still name the actor: "Iran's attack ...
	// Iranian forces struck Iranian Kurds")
	if len(aa) == 0 && len(ar) > 0 && sameSet(ba, ar) && sameSet(br, ar) && b.Sentence-a.Sentence > 3 {
		return false
	}
	// "the step came at Kuwait's request ... Telenor has asked
	// Statoil to consider": mentions sentences apart that share no party
	// are two events, not one with a part from each
	// (the next sentence may still go on about it: "the blocking of the
	// bid ... Biden blocked it")
	if (b.Sentence-a.Sentence > 1 || a.Sentence-b.Sentence > 1) && !overlap(union(aa, ar), union(ba, br)) {
		return false
	}
	actorOK := sameSet(aa, ba) || (len(aa) == 0) != (len(ba) == 0)
	recipOK := len(ar) == 0 || len(br) == 0 || subset(ar, br) || subset(br, ar)
	return actorOK && recipOK && (len(aa)+len(ba) > 0)
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, x := range b {
		if !contains(out, x) {
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// absorb folds event b (a later mention) into a.
func absorb(a, b *attache.Event) {
	if len(attache.Keys(a.Actor)) == 0 && len(attache.Keys(b.Actor)) > 0 {
		a.Actor = b.Actor
	}
	if a.Type == "CONSULT" && b.Mode == "visit" && a.Mode != "visit" {
		a.Actor, a.Recipient, a.Mode = b.Actor, b.Recipient, b.Mode
	}
	// when both name recipients, the first mention's (often smaller) set
	// stays: a larger one tends to hold a deal's target as well
	if len(attache.Keys(a.Recipient)) == 0 && len(attache.Keys(b.Recipient)) > 0 && a.Type != "CONSULT" {
		a.Recipient = dropSame(append([]attache.Entity(nil), b.Recipient...), a.Actor)
	}
	if a.Kind == "" {
		a.Kind = b.Kind
	}
	if a.Mode == "" {
		a.Mode = b.Mode
	}
	for _, cx := range b.Context {
		if !contains(a.Context, cx) {
			a.Context = append(a.Context, cx)
		}
	}
	for _, q := range b.Quantities {
		dup := false
		for _, o := range a.Quantities {
			if o.Kind == q.Kind && o.Value == q.Value && o.Unit == q.Unit {
				dup = true
			}
		}
		if !dup {
			a.Quantities = append(a.Quantities, q)
		}
	}
	if a.Deadline == "" {
		a.Deadline = b.Deadline
	}
	if a.Location == nil {
		a.Location = b.Location
	}
	for _, t := range b.Topics {
		if !contains(a.Topics, t) {
			a.Topics = append(a.Topics, t)
		}
	}
	for k, v := range b.Facts {
		if _, ok := a.Facts[k]; !ok {
			a.Facts = setFact(a.Facts, k, v)
		}
	}
	if a.Attribution == nil {
		a.Attribution = b.Attribution
	} else if b.Attribution != nil && a.Attribution.Via == "" {
		a.Attribution.Via = b.Attribution.Via
	}
	if (a.DatePrecision == "document" || a.DatePrecision == "") && b.DatePrecision != "document" && b.DatePrecision != "" {
		a.Date, a.DatePrecision = b.Date, b.DatePrecision
	}
	if b.Confidence > a.Confidence {
		a.Confidence = b.Confidence
	}
	a.Mentions = append(a.Mentions, b.Mentions...)
}

// finish applies the visit rule, drops events without any actor or
// recipient, merges mentions of one event and assigns ids.
func (c *Coder) finish(d *Doc, drafts []*draft) []attache.Event {
	var evs []attache.Event
	for _, dr := range drafts {
		ev := dr.ev
		ev.Recipient = dropStrayPlaces(ev.Recipient)
		placeTarget(dr, &ev)
		// a passive with its agent named ("threatened by unnamed individuals")
		// is an event even when the agent has no key
		if dr.trig.p.rule.NeedActor && len(attache.Keys(ev.Actor)) == 0 && !(dr.passive && len(dr.actors) > 0) && !sectorOnlyForce(dr, &ev) {
			continue
		}
		if len(attache.Keys(ev.Actor)) == 0 && len(attache.Keys(ev.Recipient)) == 0 && !sectorOnlyForce(dr, &ev) {
			continue
		}
		if dr.trig.p.rule.NeedRecip && len(attache.Keys(ev.Recipient)) == 0 {
			continue
		}
		if dr.trig.p.rule.Mutual && len(attache.Keys(ev.Actor)) < 2 {
			continue
		}
		// an unknown actor acting on a name keyed only by the story's
		// country is too little to code
		if len(attache.Keys(ev.Actor)) == 0 && onlyHome(ev.Recipient) && !sectorOnlyForce(dr, &ev) {
			continue
		}
		// commentary is no event (EVENTS.md rule 1): "analysts are praising X"
		if commentator(ev.Actor) {
			continue
		}
		// "Analysts say Tehran would welcome the closure": what unnamed
		// analysts expect someone to do is a forecast, not an event
		if ev.Attribution != nil && ev.Attribution.Speaker != nil && commentator([]attache.Entity{*ev.Attribution.Speaker}) && (ev.Status == attache.Planned || ev.Status == attache.Hypothetical) {
			continue
		}
		// a weak, generic noun ("commitment to", "agreement", "deployment")
		// with no actor of its own is commentary more often than an event
		if dr.weakActor && dr.trig.p.n <= 2 && dr.trig.p.rule.Conf < 0.7 {
			continue
		}
		if ev.Type == "CONSULT" {
			if len(attache.Keys(ev.Actor)) == 0 && (ev.Mode != "visit" || leadsDelegation(ev.Trigger.Text)) {
				// roles unclear: every party is an actor (EVENTS.md rule 5)
				// (but the place a visit goes to is its host: "visiting
				// Peking", "during a visit to South Africa")
				ev.Actor, ev.Recipient = ev.Recipient, nil
			}
			visitRule(&ev)
		}
		evs = append(evs, ev)
	}
	// merge in document order into the first mention
	var out []attache.Event
	for i := range evs {
		merged := false
		for j := range out {
			if compatible(&out[j], &evs[i]) {
				absorb(&out[j], &evs[i])
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, evs[i])
		}
	}
	for i := range out {
		e := &out[i]
		if len(e.Mentions) == 1 {
			e.Mentions = nil
		}
		if e.Actor == nil {
			e.Actor = []attache.Entity{}
		}
		if e.Recipient == nil {
			e.Recipient = []attache.Entity{}
		}
		h := sha256.Sum256([]byte(strings.Join([]string{d.ID, strconv.Itoa(e.Sentence), e.Type, strings.Join(attache.Keys(e.Actor), ","), strings.Join(attache.Keys(e.Recipient), ",")}, "|")))
		e.ID = hex.EncodeToString(h[:8])
	}
	return out
}

// commentator: an actor list made only of unnamed analysts, experts or media.
func commentator(es []attache.Entity) bool {
	if len(es) == 0 {
		return false
	}
	for _, e := range es {
		if len(e.Keys()) > 0 || (e.Sector != "EDU" && e.Sector != "MED") {
			return false
		}
	}
	return true
}

// visitRule: a meeting at a place of one party's country makes that party
// the host (recipient) and the others visitors (actors), mode visit.
func visitRule(ev *attache.Event) {
	if ev.Location == nil || ev.Location.Country == "" {
		return
	}
	all := append(append([]attache.Entity(nil), ev.Actor...), ev.Recipient...)
	var host, guest []attache.Entity
	for _, e := range all {
		if e.Country == ev.Location.Country {
			host = append(host, e)
		} else if len(e.Keys()) > 0 {
			guest = append(guest, e)
		}
	}
	if len(host) > 0 && len(guest) > 0 {
		ev.Actor, ev.Recipient, ev.Mode = guest, host, "visit"
	}
}

// onlyHome says whether every keyed entity got its key from the story's
// home country alone, or names a city or region.
func onlyHome(es []attache.Entity) bool {
	for _, e := range es {
		// a city or region ("Belfast") keys a place, not a party
		if len(e.Keys()) > 0 && e.Via != "home" && !(e.Via == "actor" && e.Sector == "") {
			return false
		}
	}
	return true
}

// leadsDelegation: "led a delegation" names the visitor's own party, not a
// host.
func leadsDelegation(trigger string) bool {
	t := strings.ToLower(trigger)
	return strings.HasPrefix(t, "lead") || strings.HasPrefix(t, "led ")
}

// dropStrayPlaces removes, from a list of recipients that names a party
// with a sector (a government, forces, a firm), the bare places of the
// places lexicon: "meetings with insurgent groups from Fallujah, Ramadi",
// "a venture with a New York firm". A lone place stays ("shelled Ramadi");
// unknown names keyed by the story's country stay too (most are people).
func dropStrayPlaces(rs []attache.Entity) []attache.Entity {
	if len(rs) < 2 {
		return rs
	}
	party := false
	for _, e := range rs {
		if e.Sector != "" {
			party = true
		}
	}
	if !party {
		return rs
	}
	out := rs[:0:0]
	for _, e := range rs {
		if e.Sector == "" && e.Org == "" && e.Via == "actor" {
			continue
		}
		out = append(out, e)
	}
	return out
}

// sectorOnlyForce: an armed act by an unnamed force ("Rebels attacked the
// town", "Gunmen tried to assassinate the governor") is an event even when
// no party has a key; its actor keeps its sector (EVENTS.md: an unkeyed
// actor is "not stated", which a gold actor list leaves empty).
func sectorOnlyForce(dr *draft, ev *attache.Event) bool {
	if ev.Type != "ASSAULT" || dr.passive || len(ev.Actor) == 0 {
		return false
	}
	for _, e := range ev.Actor {
		if e.Sector != "REB" {
			return false
		}
	}
	return true
}

// placeTarget makes the place of an act its recipient when no party
// undergoing it has a key: "gunmen attacked a hotel in Mogadishu"
// strikes Somalia. (An actor keyed by its own name to that country acts at
// home, and the place says nothing of whom: "the hijacking by Pakistani
// militants near Quetta".)
func placeTarget(dr *draft, ev *attache.Event) {
	// ("deplored the executions in Iran", "pledged to invest $10 billion
	// in Egypt": the country where the act falls is whom it concerns; but a
	// meeting's place is only its venue, and a protest's is its actor's)
	if ev.Type == "CONSULT" || ev.Type == "PROTEST" || dr.place == nil || dr.place.Country == "" || len(attache.Keys(ev.Recipient)) > 0 {
		return
	}
	// (outside armed acts, an act no one is named for stays uncoded)
	if ev.Type != "ASSAULT" && ev.Type != "COERCE" && (len(attache.Keys(ev.Actor)) == 0 || dr.place.Via != "place of object" || ev.Kind == "meeting") {
		return
	}
	for _, a := range ev.Actor {
		// (but a named armed group fights the state it is at home in:
		// "Al-Shabaab militants attacked a hotel in Mogadishu")
		if a.Country == dr.place.Country && a.Via != "place" && !(a.Org != "" && a.Sector == "REB") {
			return
		}
	}
	ev.Recipient = append(ev.Recipient, *dr.place)
}
