package actor

import (
	"strings"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/lexicon"
)

// Coref resolves pronouns and definite descriptions ("he", "his
// administration", "the company", "the minister") to the most recent
// fitting mention earlier in the document. It is used for one document, in
// sentence order.
type Coref struct {
	person *attache.Entity
	group  *attache.Entity // a plural group: "police", "Iraqi troops"
	bus    *attache.Entity
	party  *attache.Entity // the last party named: "the party" refers to it
	eu     bool            // the European Union or Community was named
	counts map[string]int  // country mentions so far
	last   string
	// surnames: the last word of a keyed name that the lexicon does not
	// know ("Finance Minister Muhammad Aurangzeb") -> its entity, for the
	// surname alone later ("Aurangzeb said")
	surnames map[string]attache.Entity
	// strangers: the surname of an unknown full name ("Jimmy Lai"), and
	// known: the surname of a lexicon person named in full or with a
	// title; a bare surname after a stranger, with no known holder named,
	// is the stranger ("Lai said" is not Taiwan's president)
	strangers map[string]attache.Entity
	known     map[string]bool
}

// armedOpponents: in a story about the key country, a bare armed group
// ("militants", "gunmen") belongs to the value's people, not to the state.
var armedOpponents = map[string]string{"ISR": "PSE"}

// homeSectors are the state and society sectors that belong to the story's
// country when no other country is named.
var homeSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "LEG": true, "JUD": true, "SPY": true, "CVL": true, "REB": true, "OPP": true, "PTY": true, "LAB": true, "REL": true}

// home is the country the story is about so far: the most mentioned, the
// latest on a tie.
func (c *Coref) home() string {
	best, n := "", 0
	for k, v := range c.counts {
		// a tie goes to the latest, else to the first in code order, so
		// that the result does not depend on the map's order
		if v > n || (v == n && (k == c.last || best != c.last && k < best)) {
			best, n = k, v
		}
	}
	return best
}

// dominant says whether the story so far is about its home country more
// than about all others together: an unknown acronym ("the NAO", "the
// CSA") is then most often a body of that country, while in a story of
// many countries it is as often a body of several ("the ATPC").
func (c *Coref) dominant() bool {
	h := c.home()
	total := 0
	for _, v := range c.counts {
		total += v
	}
	return h != "" && 2*c.counts[h] > total
}

func copyRef(m *Mention, ante *attache.Entity, via string) {
	keep := m.Entity
	m.Entity = *ante
	m.Entity.Text, m.Entity.Span = keep.Text, keep.Span
	if keep.Sector != "" && keep.Via != "" && m.Pron == "" {
		// "his administration": the referent's country, the noun's sector
		m.Entity.Sector = keep.Sector
		m.Entity.Role = keep.Role
	}
	m.Entity.Via = "coref:" + via
}

// Resolve fills unresolved mentions of one sentence in order, remembering
// each resolved one for the mentions and sentences after it.
func (c *Coref) Resolve(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		switch {
		case len(m.Alts) > 0 && c.home() != "" && m.Entity.Country != c.home() && altFor(m.Alts, c.home()) != nil:
			// "the opposition Labour Party" in a story about Israel
			keep := m.Entity
			m.Entity = *altFor(m.Alts, c.home())
			m.Entity.Text, m.Entity.Span = keep.Text, keep.Span
			m.Entity.Via = "coref:home party"
		case m.Kind == KPronoun && m.Pron == "they":
			if c.group != nil {
				copyRef(m, c.group, "pronoun")
			}
		case m.Kind == KPronoun && c.person != nil:
			copyRef(m, c.person, "pronoun")
		case len(m.Entity.Via) > 8 && m.Entity.Via[:8] == "pronoun+" && c.person != nil:
			// "his administration" → the person's government
			copyRef(m, c.person, "pronoun")
			m.Entity.Name = m.Entity.Text
		case m.Def && !m.Keyed() && m.Kind == KNoun && m.Entity.Via == "sides" && strings.EqualFold(m.Entity.Name, "party") && c.party != nil && c.party.Country == c.home():
			// "A Liberal Democrat spokesman said the party would": the
			// party last named, not a side of a matter (one of the story's
			// country: "Carlsson said the party" is not a foreign one)
			name := m.Entity.Name
			copyRef(m, c.party, "definite")
			// (the party, not the spokesman who named it)
			m.Entity.Name, m.Entity.Role = name, ""
		case m.Kind == KName && !m.Keyed() && c.eu && (strings.EqualFold(m.Entity.Name, "Commission") || strings.EqualFold(m.Entity.Name, "Community")):
			// "the Commission" in a story about the European Community is
			// its Commission, not a body of the country named nearby
			m.Entity.Org, m.Entity.Sector, m.Entity.Via = "EU", "IGO", "coref:eu body"
		case m.Def && !m.Keyed() && m.Entity.Sector == "BUS" && c.bus != nil:
			copyRef(m, c.bus, "definite")
		case m.Def && !m.Keyed() && m.Kind == KTitle && c.person != nil && c.person.Role != "" && sameOffice(m.Entity.Role, c.person.Role):
			copyRef(m, c.person, "definite")
		case m.Def && !m.Keyed() && m.Kind == KTitle && c.person != nil && c.person.Org != "" && (m.Entity.Sector == c.person.Sector || m.Entity.Sector == "IGO"):
			// "the secretary-general" after the U.N. spokesman: another
			// official of the same body
			m.Entity.Org, m.Entity.Country = c.person.Org, c.person.Country
			m.Entity.Via = "coref:body"
		case m.Kind == KPerson && m.End-m.Start == 1 && c.strangers[strings.ToLower(m.Entity.Text)].Name != "" && !c.known[strings.ToLower(m.Entity.Text)]:
			e := c.strangers[strings.ToLower(m.Entity.Text)]
			keep := m.Entity
			m.Entity = e
			m.Entity.Text, m.Entity.Span, m.Entity.Via = keep.Text, keep.Span, "coref:surname"
		case m.Kind == KPerson && m.Entity.Via == "person (out of office)" && c.namedBefore(m.Entity.Text):
			// "De Croo said" after "Trade Minister Herman De Croo": the
			// story's own De Croo, not the lexicon's later one
			e := c.surnames[lastWord(m.Entity.Text)]
			copyRef(m, &e, "surname")
			m.Entity.Name = e.Name
		case (m.Kind == KName || m.Kind == KPerson) && !m.Keyed() && m.Entity.Via == "name" && !strings.Contains(m.Entity.Name, " ") && c.surnames[strings.ToLower(m.Entity.Name)].Via != "":
			// (also a surname the lexicon knows only for someone long out
			// of office: "Carter said" after "Secretary of State John Carter")
			// "Aurangzeb said" after "Finance Minister Muhammad Aurangzeb"
			e := c.surnames[strings.ToLower(m.Entity.Name)]
			copyRef(m, &e, "surname")
			m.Entity.Name = e.Name
			// ("Mr Lishman" after "Charity boss Gordon Lishman": a
			// charity's head is of the story's country)
			if m.Entity.Country == "" && m.Entity.Org == "" && m.Entity.Sector == "NGO" {
				m.Entity.Country = c.home()
			}
			// (as for any unknown name, the story's country stands by for
			// a recipient)
			if m.Entity.Country == "" && m.Entity.Org == "" && !adjLike(m.Entity.Name) {
				m.Home = c.home()
			}
		case m.Kind == KName && !m.Keyed() && m.Entity.Via == "name" && c.home() != "" && !adjLike(m.Entity.Name) && !strings.ContainsAny(m.Entity.Name, "0123456789") && !regionName(m.Entity.Name) && !(acronym(m.Entity.Name) && !c.dominant()):
			// an unknown name in a story about one country is most often of
			// that country ("Geza was expelled"); the coder uses it for
			// recipients only
			m.Home = c.home()
		case m.Kind == KName && m.Entity.Via == "title+name" && !m.Keyed() && m.Entity.Role == "Peer":
			// "Lord Butler", "Baroness Hale": a peer of the British House
			// of Lords, wherever the story is
			m.Entity.Country = "GBR"
			m.Entity.Via = "coref:peer"
		case m.Kind == KName && m.Entity.Via == "title+name" && !m.Keyed() && homeRoles[m.Entity.Role] && c.home() != "" && (m.Entity.Role != "Prime Minister" || strings.Contains(strings.ToLower(m.Entity.Text), "minister")):
			// ("the Premier League" is no premier's)
			// "Queen Sirikit", "Crown Prince Frederik": a monarch the lexicon
			// does not know reigns in the story's country (other titles,
			// "President", "Minister", are as often a company's or a
			// visitor's)
			m.Entity.Country = c.home()
			m.Entity.Via = "coref:home+title"
		case (m.Kind == KNoun || m.Kind == KTitle) && !m.Keyed() && !m.Qual && (homeSectors[m.Entity.Sector] || m.Entity.Via == "sides" || m.Entity.Sector == "BUS" && businessPeople(m.Entity.Name)) && c.home() != "" && !houseOfWorship(m.Entity.Name):
			// "police", "the government", "officials": the story's country
			m.Entity.Country = c.home()
			m.Entity.Via = "coref:home"
			// "the government has offered the Indonesian government aid": a
			// bare noun beside the same noun of the story's country is
			// another country's
			if contrasted(ms, i, m.Entity.Country) {
				m.Entity.Country = otherCountry(ms, i, m.Entity.Country)
			}
			// "militants" in a story about Israel are Palestinian once
			// Palestinians are named, and no one's before
			if o, ok := armedOpponents[m.Entity.Country]; ok && m.Entity.Sector == "REB" {
				m.Entity.Country = ""
				if c.counts[o] > 0 {
					m.Entity.Country = o
				}
			}
		}
		c.remember(m)
	}
}

// Prime counts the countries a headline names, so that the story's home
// country is known from its first sentence ("Zimbabwe journalist still in
// custody", "CAR pleads with fleeing civilians").
//
// Only the headline's first actor counts, and only when it is of a
// country: "G7 urges Russia to accept ceasefire" is not about Russia's home.
func (c *Coref) Prime(ms []Mention) {
	for i := range ms {
		e := ms[i].Entity
		if e.Country == "" && e.Org == "" {
			continue
		}
		if e.Country == "" {
			return
		}
		if c.counts == nil {
			c.counts = map[string]int{}
		}
		c.counts[e.Country]++
		c.last = e.Country
		return
	}
}

func (c *Coref) remember(m *Mention) {
	e := m.Entity
	if m.Kind == KPronoun {
		return
	}
	if m.Kind == KPerson && m.Keyed() && m.End-m.Start >= 2 {
		if f := strings.Fields(e.Text); len(f) >= 2 {
			if c.known == nil {
				c.known = map[string]bool{}
			}
			c.known[strings.ToLower(f[len(f)-1])] = true
		}
	}
	if m.Kind == KName && m.End-m.Start <= 4 && e.Country == "" && e.Org == "" && !acronym(e.Name) {
		// an unknown name is most often a person: "Mhike said ... his client"
		ce := e
		c.person = &ce
		// "Charity boss Gordon Lishman ... Mr Lishman": a described
		// person's surname keeps the description's sector (a state or
		// society sector is left to the story's country)
		if f := strings.Fields(e.Name); len(f) >= 2 && e.Via == "title+name" && e.Role != "" && e.Sector != "" && !homeSectors[e.Sector] {
			if c.surnames == nil {
				c.surnames = map[string]attache.Entity{}
			}
			if k := strings.ToLower(f[len(f)-1]); c.surnames[k].Via == "" {
				c.surnames[k] = ce
			}
		}
		if f := strings.Fields(e.Name); len(f) >= 2 && e.Via == "name" {
			if c.strangers == nil {
				c.strangers = map[string]attache.Entity{}
			}
			c.strangers[strings.ToLower(f[len(f)-1])] = ce
		}
		return
	}
	if !m.Keyed() {
		return
	}
	if m.Kind == KName && e.Role != "" || m.Kind == KPerson {
		if f := strings.Fields(e.Name); len(f) >= 2 {
			if c.surnames == nil {
				c.surnames = map[string]attache.Entity{}
			}
			c.surnames[strings.ToLower(f[len(f)-1])] = e
			// "Fu Cong ... Fu said": a two-word name may put the family
			// name first; a later lone first word is the same person when
			// no one else holds it
			if k := strings.ToLower(f[0]); len(f) == 2 && m.Kind == KName && c.surnames[k].Via == "" {
				c.surnames[k] = e
			}
		}
	}
	if m.Kind == KPerson || (e.Role != "" && (m.Kind == KName || m.Kind == KTitle)) {
		ce := e
		c.person = &ce
	}
	if m.Plural && m.Kind == KNoun {
		ce := e
		c.group = &ce
	}
	if e.Org == "EU" {
		c.eu = true
	}
	if (e.Sector == "PTY" || e.Sector == "OPP") && e.Country != "" && m.Kind != KPronoun {
		ce := e
		c.party = &ce
	}
	if e.Sector == "BUS" && e.Via != "capital" {
		// ("the London exchange" is no firm that "the banks" refers to)
		ce := e
		c.bus = &ce
	}
	// a news agency in a dateline ("KABUL (Reuters) -") says nothing of
	// where the story is
	if e.Country != "" && !strings.HasPrefix(e.Via, "coref") && e.Sector != "MED" {
		if c.counts == nil {
			c.counts = map[string]int{}
		}
		c.counts[e.Country]++
		c.last = e.Country
	}
}

// adjLike: a one-word name that reads as an adjective of a people or region
// ("European", "Balkan", "Arab"), which names no one of the story's country.
func adjLike(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	l := strings.ToLower(name)
	for _, suf := range []string{"ean", "ian", "ese", "ish", "ic"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return true
		}
	}
	return l == "arab" || l == "western" || l == "eastern" || l == "northern" || l == "southern" || regions[l]
}

// regions are places larger than a country.
var regions = lexicon.List("regions")

// regionName: "Middle East", "Latin America", "Southeast Asia".
func regionName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && regions[f[len(f)-1]] || strings.HasSuffix(strings.ToLower(name), "middle east")
}

// houseOfWorship: "a mosque", "the church" are more often a building (a
// target, a venue) than the clergy, so they take no story country.
func houseOfWorship(name string) bool {
	l := strings.ToLower(name)
	return l == "church" || l == "mosque" || l == "churches" || l == "mosques"
}

// businessPeople: business people ("merchant families", "industrialists")
// belong to the story's country as its other people do; firms, markets and
// bankers, often foreign (a debtor's creditors), do not.
func businessPeople(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "families", "family", "businessmen", "businesswomen", "businesspeople", "people", "merchants", "industrialists", "tycoons", "community", "circles", "elite", "elites":
		return true
	}
	return false
}

// homeRoles are titles whose unknown holder belongs to the story's country:
// a monarchy's own family, and a prime minister named with the word
// "minister" ("prime minister Harold Wilson").
var homeRoles = map[string]bool{"King": true, "Queen": true, "Monarch": true, "Crown Prince": true, "Crown Princess": true, "Emir": true, "Sultan": true,
	// a prime minister the lexicon does not know is one of the story's
	// country's past or minor ones ("prime minister Harold Wilson" in a
	// story about Britain): the lexicon lists every recent head of
	// government a visit story would name
	"Prime Minister": true}

// acronym: an unknown name in capitals ("ATPC", "NAO") names a body, never
// a person "he" refers to; whose body it is depends on the story.
func acronym(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 8
}

// altFor returns the alternative of the given country, or nil.
func altFor(alts []attache.Entity, country string) *attache.Entity {
	for i := range alts {
		if alts[i].Country == country {
			return &alts[i]
		}
	}
	return nil
}

// contrasted says whether a later mention of the sentence has the same
// head noun as ms[i], a state body, and names country explicitly: "the
// government has offered the Indonesian government". (An earlier one is
// most often the same body named again: "Darfur rebels ... rebels who".)
func contrasted(ms []Mention, i int, country string) bool {
	head := lastWord(ms[i].Entity.Name)
	if !stateBodies[head] {
		return false
	}
	for k := i + 1; k < len(ms); k++ {
		// (a country's own, "the Indonesian government"; "the Reagan
		// administration" is the bare one's referent named in full)
		if ms[k].Kind == KNoun && ms[k].Entity.Country == country && ms[k].Entity.Via == "noun" && lastWord(ms[k].Entity.Name) == head {
			return true
		}
	}
	return false
}

// otherCountry is the first country another mention of the sentence names
// that is not the given one, or "".
func otherCountry(ms []Mention, i int, not string) string {
	for k := range ms {
		if k != i && ms[k].Entity.Country != "" && ms[k].Entity.Country != not && !strings.HasPrefix(ms[k].Entity.Via, "coref") {
			return ms[k].Entity.Country
		}
	}
	return ""
}

func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// stateBodies are the heads of a state's own organs, of which a state has
// one: two of them in a sentence are two states'.
var stateBodies = map[string]bool{"government": true, "administration": true, "cabinet": true, "parliament": true, "legislature": true, "regime": true, "junta": true}

// sameOffice says whether a definite title ("the president", "the
// minister") may name the holder of role: the title's role is part of it.
// "The opposition leader" after President Reagan is someone else.
func sameOffice(title, role string) bool {
	t, r := strings.ToLower(title), strings.ToLower(strings.TrimPrefix(role, "former "))
	return t == "" || strings.Contains(r, t) || strings.Contains(t, r)
}

// namedBefore says whether the story named someone the lexicon does not
// know ("Trade Minister Herman De Croo") whose surname ends text.
func (c *Coref) namedBefore(text string) bool {
	e, ok := c.surnames[lastWord(text)]
	return ok && !strings.HasPrefix(e.Via, "person") && !strings.HasPrefix(e.Via, "coref")
}
