package actor

import "github.com/attache/attache"

// Coref resolves pronouns and definite descriptions ("he", "his
// administration", "the company", "the minister") to the most recent
// fitting mention earlier in the document. It is used for one document, in
// sentence order.
type Coref struct {
	person  *attache.Entity
	bus     *attache.Entity
	country string
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

// Resolve fills unresolved mentions of one sentence, then remembers its
// resolved ones for the sentences after it.
func (c *Coref) Resolve(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		switch {
		case m.Kind == KPronoun && c.person != nil:
			copyRef(m, c.person, "pronoun")
		case len(m.Entity.Via) > 8 && m.Entity.Via[:8] == "pronoun+" && c.person != nil:
			// "his administration" → the person's government
			copyRef(m, c.person, "pronoun")
			m.Entity.Name = m.Entity.Text
		case m.Def && !m.Keyed() && m.Entity.Sector == "BUS" && c.bus != nil:
			copyRef(m, c.bus, "definite")
		case m.Def && !m.Keyed() && m.Kind == KTitle && c.person != nil && c.person.Role != "":
			copyRef(m, c.person, "definite")
		case m.Def && !m.Keyed() && m.Entity.Sector == "GOV" && c.country != "":
			m.Entity.Country = c.country
			m.Entity.Via = "coref:country"
		}
	}
	for i := range ms {
		m := &ms[i]
		e := m.Entity
		if m.Kind == KName && m.End-m.Start <= 4 && e.Country == "" && e.Org == "" {
			// an unknown name is most often a person: "Mhike said ... his client"
			ce := e
			c.person = &ce
			continue
		}
		if !m.Keyed() {
			continue
		}
		if m.Kind == KPerson || (m.Entity.Role != "" && (m.Kind == KName || m.Kind == KTitle)) {
			ce := e
			c.person = &ce
		}
		if e.Sector == "BUS" {
			ce := e
			c.bus = &ce
		}
		if e.Country != "" && (m.Kind == KCountry || m.Kind == KCapital) {
			c.country = e.Country
		}
	}
}
