package actor

import (
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/text"
)

var gaz *Gazetteer

func gazetteer(t *testing.T) *Gazetteer {
	t.Helper()
	if gaz == nil {
		lx, err := lexicon.Default()
		if err != nil {
			t.Fatal(err)
		}
		gaz = New(lx)
	}
	return gaz
}

type want struct {
	text, country, sector, org string
}

func mentions(t *testing.T, s string, date time.Time) []Mention {
	tx := text.Normalize(s)
	toks := text.Tokenize(tx)
	var out []Mention
	var co Coref
	for _, st := range text.Sentences(toks) {
		ms := gazetteer(t).Sentence(toks, st, date)
		co.Resolve(ms)
		for _, m := range ms {
			m.Entity.Text = tx.Norm[toks[m.Start].S:toks[m.End-1].E]
			out = append(out, m)
		}
	}
	return out
}

func TestMentions(t *testing.T) {
	d2025 := time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC)
	d1987 := time.Date(1987, 3, 12, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		in   string
		date time.Time
		want []want
	}{
		{"Japanese Prime Minister Shigeru Ishiba met Trump.", d2025, []want{{"Japanese Prime Minister Shigeru Ishiba", "JPN", "GOV", ""}, {"Trump", "USA", "GOV", ""}}},
		{"Commerce Secretary Malcolm Baldrige spoke.", d1987, []want{{"Commerce Secretary Malcolm Baldrige", "USA", "GOV", ""}}},
		{"Police in Kenya dispersed them.", d2025, []want{{"Police in Kenya", "KEN", "COP", ""}}},
		{"Iraqi special forces said so.", d2025, []want{{"Iraqi special forces", "IRQ", "MIL", ""}}},
		{"A Trump administration official stated it.", d2025, []want{{"Trump administration official", "USA", "GOV", ""}}},
		{"Japan's Nippon Steel bid.", d2025, []want{{"Japan's Nippon Steel", "JPN", "BUS", ""}}},
		{"The Taliban rejected it.", d2025, []want{{"Taliban", "AFG", "", "TALIBAN"}}},
		{"The U.N. Security Council met.", d2025, []want{{"U.N. Security Council", "", "IGO", "UN"}}},
		{"Soviet Union officials met.", d1987, []want{{"Soviet Union officials", "RUS", "GOV", ""}}},
		// a bare surname out of office is not resolved to its former holder
		{"Bennett called for it.", time.Date(2024, 8, 21, 0, 0, 0, 0, time.UTC), []want{{"Bennett", "", "", ""}}},
		// unknown companies
		{"Japanese chipmaker Kioxia grew.", d2025, []want{{"Japanese chipmaker Kioxia", "JPN", "BUS", ""}}},
		{"Zorbex Corp. sued.", d2025, []want{{"Zorbex Corp.", "", "BUS", ""}}},
		// apposition gives an unknown name its description's identity
		{"Maria Lopez, a Mexican diplomat, said so.", d2025, []want{{"Maria Lopez", "MEX", "GOV", ""}, {"Mexican diplomat", "MEX", "GOV", ""}}},
		// a known surname after a given name the lexicon does not pair
		// with it is someone else; a spelling variant of the given name is not
		{"Actor Bruce Willis sued.", time.Date(1994, 1, 1, 0, 0, 0, 0, time.UTC), []want{{"Actor Bruce Willis", "", "", ""}}},
		{"On Monday Yassir Arafat spoke.", time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC), []want{{"Yassir Arafat", "PSE", "GOV", ""}}},
		// a demonym before a body of its own country is part of the name
		{"The Libyan Government of National Accord agreed.", d2025, []want{{"Libyan Government of National Accord", "LBY", "GOV", ""}}},
		// a first word followed by ", who" is a name the pronouns after it refer to
		{"Trump spoke. Maimane, who led it until he resigned, agreed.", d2025, []want{{"Trump", "USA", "GOV", ""}, {"Maimane", "", "", ""}, {"he", "", "", ""}}},
		// a modifier or a group noun before the head sets the sector
		{"Striking dock workers blocked the port.", d2025, []want{{"workers", "", "LAB", ""}}},
		{"Dock workers on strike marched.", d2025, []want{{"workers", "", "LAB", ""}}},
		{"Several trading families funded the campaign.", d2025, []want{{"families", "", "BUS", ""}}},
		{"Shipping firms hired bankers.", d2025, []want{{"firms", "", "BUS", ""}, {"bankers", "", "BUS", ""}}},
		{"Rebel commanders from Myanmar met.", d2025, []want{{"Rebel commanders from Myanmar", "MMR", "REB", ""}}},
		{"Kenyan opposition officials met.", d2025, []want{{"Kenyan opposition officials", "KEN", "OPP", ""}}},
		{"Turkish air raids hit villages.", d2025, []want{{"Turkish", "TUR", "MIL", ""}}},
		// survives: a state noun before an armed head keeps the head's sector
		{"Kenyan government troops left.", d2025, []want{{"Kenyan government troops", "KEN", "MIL", ""}}},
		{"Farm workers marched.", d2025, []want{{"workers", "", "CVL", ""}}},
		// the head noun of the last conjunct keys the bare ones before it
		{"U.S. and Afghan troops searched the village.", d2025, []want{{"U.S.", "USA", "MIL", ""}, {"Afghan troops", "AFG", "MIL", ""}}},
		{"Indian, Nepali and Pakistani officials met.", d2025, []want{{"Indian", "IND", "GOV", ""}, {"Nepali", "NPL", "GOV", ""}, {"Pakistani officials", "PAK", "GOV", ""}}},
		// survives: a full country name is an actor of its own
		{"Israel and Palestinian militants exchanged fire.", d2025, []want{{"Israel", "ISR", "GOV", ""}, {"Palestinian militants", "PSE", "REB", ""}}},
		// bare militants in a story about Israel are Palestinian once
		// Palestinians are named; elsewhere they are the story's country's
		{"Israel closed the crossing. Israel said Palestinians protested. Militants fired.", d2025, []want{{"Israel", "ISR", "GOV", ""}, {"Israel", "ISR", "GOV", ""}, {"Palestinians", "PSE", "", ""}, {"Militants", "PSE", "REB", ""}}},
		{"Israel closed the crossing. Militants fired.", d2025, []want{{"Israel", "ISR", "GOV", ""}, {"Militants", "", "REB", ""}}},
		{"Pakistan said militants attacked a checkpoint.", d2025, []want{{"Pakistan", "PAK", "GOV", ""}, {"militants", "PAK", "REB", ""}}},
		// a partitive takes the key of the group its phrase names
		{"Some voices in Korean industry want lower rates.", d2025, []want{{"voices in Korean industry", "KOR", "BUS", ""}}},
		{"Key allies in the French-led coalition objected.", d2025, []want{{"allies in the French", "FRA", "GOV", ""}}},
		{"Hardliners in Iran's parliament objected.", d2025, []want{{"Hardliners in Iran's parliament", "IRN", "LEG", ""}}},
		// survives: a state modifying the group's noun, a group with no key
		{"Critics in the Iraq war debate spoke.", d2025, []want{{"Iraq", "IRQ", "GOV", ""}}},
		{"Some of the workers left.", d2025, []want{{"workers", "", "CVL", ""}}},
		// "opposition" as the act of opposing is no opposition party
		{"Analysts praised Trump's opposition to the levy.", d2025, []want{{"Analysts", "", "EDU", ""}, {"Trump", "USA", "GOV", ""}}},
		{"The plan faced stiff opposition from farmers.", d2025, []want{{"farmers", "", "CVL", ""}}},
		{"Kenya's opposition called for protests.", d2025, []want{{"Kenya's opposition", "KEN", "OPP", ""}}},
		{"The opposition to the junta marched.", d2025, []want{{"opposition", "", "OPP", ""}, {"junta", "", "GOV", ""}}},
		// a generic party name is the national party of the story's country
		{"Israel held talks. The Labour Party agreed.", d2025, []want{{"Israel", "ISR", "GOV", ""}, {"Labour Party", "ISR", "PTY", ""}}},
		{"Britain held talks. The Labour Party agreed.", d2025, []want{{"Britain", "GBR", "GOV", ""}, {"Labour Party", "GBR", "PTY", ""}}},
		// a Reuters ticker names no one
		{"Zorbex Corp <ZBX> formed a venture with Plexa AG <PLXG.F>.", d2025, []want{{"Zorbex Corp", "", "BUS", ""}, {"Plexa AG", "", "BUS", ""}}},
		// a hyphenated pair shares the head; Bosnian Serbs are of Bosnia
		{"US-Iraqi troops attacked.", d2025, []want{{"US", "USA", "MIL", ""}, {"Iraqi troops", "IRQ", "MIL", ""}}},
		{"Bosnian Serb police fled.", d2025, []want{{"Bosnian Serb police", "BIH", "COP", ""}}},
		// a title names the role the person then holds
		{"President Pervez Musharraf spoke.", time.Date(2004, 10, 1, 0, 0, 0, 0, time.UTC), []want{{"President Pervez Musharraf", "PAK", "GOV", ""}}},
		{"General Pervez Musharraf spoke.", time.Date(2004, 10, 1, 0, 0, 0, 0, time.UTC), []want{{"General Pervez Musharraf", "PAK", "MIL", ""}}},
		// a regulator is the state's; a rights watchdog is not
		{"Australia's competition watchdog cleared the deal.", d2025, []want{{"Australia's competition watchdog", "AUS", "GOV", ""}}},
		{"A rights watchdog criticized the law.", d2025, []want{{"watchdog", "", "NGO", ""}}},
		// a surname alone is the keyed full name before it
		{"Finance Minister Muhammad Aurangzeb spoke on Monday. Later, Aurangzeb said the loan was close.", time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), []want{{"Finance Minister Muhammad Aurangzeb", "PAK", "GOV", ""}, {"Aurangzeb", "PAK", "GOV", ""}}},
		{"Helga Stern, executive director of the International Energy Agency, spoke. Later, Stern praised the plan.", d1987, []want{{"Helga Stern", "", "IGO", "IEA"}, {"executive director of the International Energy Agency", "", "IGO", "IEA"}, {"Stern", "", "IGO", "IEA"}}},
		// the story's own bearer of a surname the lexicon knows for a later
		// office holder
		{"Belgian Trade Minister Herman De Croo spoke. De Croo said the community would retaliate.", d1987, []want{{"Belgian Trade Minister Herman De Croo", "BEL", "GOV", ""}, {"De Croo", "BEL", "GOV", ""}}},
		// "the media giant" is the company named before; "the food
		// industry" is not
		{"Walt Disney Co reported profits. It said the media giant had paid too much.", d2025, []want{{"Walt Disney Co", "USA", "BUS", ""}, {"media giant", "USA", "BUS", ""}}},
		{"Walt Disney Co reported profits. It blamed the food industry.", d2025, []want{{"Walt Disney Co", "USA", "BUS", ""}, {"industry", "", "BUS", ""}}},
		// a party-and-state tag between commas names no one
		{"Chairman Fernand St Germain, D-R.I., urged restraint on the bill.", d1987, []want{{"Chairman Fernand St Germain", "USA", "LEG", ""}}},
		// a list after a comma is no appositive
		{"Critics blamed investors, the World Bank, the IMF.", d2025, []want{{"investors", "", "BUS", ""}, {"World Bank", "", "IGO", "WB"}, {"IMF", "", "IGO", "IMF"}}},
		// "foreign" groups are not the story's country; clergy are, a
		// church building is not
		{"Afghanistan held talks. Foreign troops left. Troops stayed.", d2025, []want{{"Afghanistan", "AFG", "GOV", ""}, {"troops", "", "MIL", ""}, {"Troops", "AFG", "MIL", ""}}},
		{"Uganda held a vote. Church leaders objected. A church burned.", d2025, []want{{"Uganda", "UGA", "GOV", ""}, {"Church leaders", "UGA", "REL", ""}, {"church", "", "REL", ""}}},
		// pronoun and story-country coreference
		{"Trump spoke. He said police were ready.", d2025, []want{{"Trump", "USA", "GOV", ""}, {"He", "USA", "GOV", ""}, {"police", "USA", "COP", ""}}},
	}
	for _, c := range cases {
		got := mentions(t, c.in, c.date)
		if len(got) != len(c.want) {
			var texts []string
			for _, m := range got {
				texts = append(texts, m.Entity.Text)
			}
			t.Errorf("%q: %d mentions %q, want %d", c.in, len(got), texts, len(c.want))
			continue
		}
		for i, w := range c.want {
			e := got[i].Entity
			if e.Text != w.text || e.Country != w.country || (w.sector != "" && e.Sector != w.sector) || e.Org != w.org {
				t.Errorf("%q mention %d: got %q %s/%s/%s, want %q %s/%s/%s", c.in, i, e.Text, e.Country, e.Sector, e.Org, w.text, w.country, w.sector, w.org)
			}
		}
	}
}

func TestCapsOnlyAbbreviations(t *testing.T) {
	for _, s := range []string{"Let us go.", "It is what it is."} {
		for _, m := range mentions(t, s, time.Time{}) {
			if m.Keyed() {
				t.Errorf("%q: %q resolved to %s/%s", s, m.Entity.Text, m.Entity.Country, m.Entity.Org)
			}
		}
	}
}

func TestDatedRoles(t *testing.T) {
	g := gazetteer(t)
	cases := []struct {
		name string
		date time.Time
		role string
	}{
		{"Donald Trump", time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC), "President"},
		{"Donald Trump", time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC), "President"},
		{"Joe Biden", time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), "President"},
	}
	for _, c := range cases {
		var e attache.Entity
		g.resolvePerson(&e, c.name, c.date)
		if e.Role != c.role || e.Country != "USA" {
			t.Errorf("%s at %s: %s %s", c.name, c.date.Format("2006"), e.Country, e.Role)
		}
	}
	// roles held at once: the government's; out of office: the latest
	// (an undated story is read after every term)
	for _, c := range []struct {
		name            string
		date            time.Time
		country, sector string
	}{
		{"Pervez Musharraf", time.Date(2004, 10, 1, 0, 0, 0, 0, time.UTC), "PAK", "GOV"},
		{"Michael Howard", time.Time{}, "GBR", "OPP"},
		{"John Howard", time.Time{}, "AUS", "GOV"},
	} {
		var e attache.Entity
		g.resolvePerson(&e, c.name, c.date)
		if e.Country != c.country || e.Sector != c.sector {
			t.Errorf("%s at %s: %s/%s, want %s/%s", c.name, c.date.Format("2006"), e.Country, e.Sector, c.country, c.sector)
		}
	}
	if end := g.TermEnd("Joe Biden", time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC)); end != "2025-01-20" {
		t.Errorf("Biden's term end: %q", end)
	}
}

// TestOfficeDates: a person out of office at the story's date keeps the
// country but no sector or organization; a title before the name claims the
// office unless it is marked former.
func TestOfficeDates(t *testing.T) {
	d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		in                         string
		date                       time.Time
		text, country, sector, org string
	}{
		{"Saddam Hussein met his lawyer.", d(2004, 12, 16), "Saddam Hussein", "IRQ", "", ""},
		{"Deposed President Saddam Hussein met his lawyer.", d(2004, 12, 16), "Deposed President Saddam Hussein", "IRQ", "", ""},
		{"Hosni Mubarak appeared in court.", d(2012, 6, 2), "Hosni Mubarak", "EGY", "", ""},
		{"Bashar al-Assad fled to Moscow.", d(2025, 1, 10), "Bashar al-Assad", "SYR", "", ""},
		{"Slobodan Milosevic addressed the tribunal.", d(2002, 2, 14), "Slobodan Milosevic", "SRB", "", ""},
		{"Charles Taylor left for exile.", d(2003, 8, 12), "Charles Taylor", "LBR", "", ""},
		{"Pascal Lamy spoke.", d(2005, 3, 1), "Pascal Lamy", "", "", ""},
		// undated: the sentence tells a deposed or former holder
		{"Saddam Hussein met a lawyer for the first time since his capture.", time.Time{}, "Saddam Hussein", "IRQ", "", ""},
		{"The former Yugoslav president Slobodan Milosevic spoke.", time.Time{}, "Yugoslav president Slobodan Milosevic", "SRB", "", ""},
		{"Saddam Hussein met his generals.", time.Time{}, "Saddam Hussein", "IRQ", "GOV", ""},
		{"Shadow home secretary David Davis spoke.", time.Time{}, "home secretary David Davis", "GBR", "PTY", ""},
		// survives: in office
		{"Saddam Hussein met his generals.", d(2002, 5, 1), "Saddam Hussein", "IRQ", "GOV", ""},
		{"Bashar al-Assad met his generals.", d(2024, 12, 1), "Bashar al-Assad", "SYR", "GOV", ""},
		{"Pascal Lamy spoke.", d(2003, 1, 1), "Pascal Lamy", "", "IGO", "EU"},
		// a queen and EU commissioners
		{"Queen Sirikit urged calm.", d(2004, 11, 18), "Queen Sirikit", "THA", "GOV", ""},
		{"On Monday EU transport and energy commissioner Loyola de Palacio welcomed the accord.", d(2004, 6, 1), "EU transport and energy commissioner Loyola de Palacio", "", "IGO", "EU"},
		{"EU farm and fisheries commissioner Carla Ruiz hailed the deal.", d(2004, 6, 1), "EU farm and fisheries commissioner Carla Ruiz", "", "IGO", "EU"},
		// a title claims the office the lexicon's dates miss; a generic
		// title takes the sector of the body before it
		{"Trade Minister Alexander De Croo spoke.", d(2016, 1, 1), "Trade Minister Alexander De Croo", "BEL", "GOV", ""},
		{"Former Prime Minister Saddam Hussein spoke.", d(2004, 12, 16), "Prime Minister Saddam Hussein", "IRQ", "", ""},
		{"Metropolitan Police Commissioner Ian Grey spoke.", d(2004, 6, 1), "Metropolitan Police Commissioner Ian Grey", "GBR", "COP", ""},
		{"Yukos spokesman Ivan Petrov spoke.", d(2004, 6, 1), "Yukos spokesman Ivan Petrov", "RUS", "BUS", ""},
	}
	for _, c := range cases {
		ms := mentions(t, c.in, c.date)
		if len(ms) == 0 {
			t.Errorf("%q: no mention", c.in)
			continue
		}
		e := ms[0].Entity
		if e.Text != c.text || e.Country != c.country || e.Sector != c.sector || e.Org != c.org {
			t.Errorf("%q at %s: got %q %s/%s/%s, want %q %s/%s/%s", c.in, c.date.Format("2006-01-02"), e.Text, e.Country, e.Sector, e.Org, c.text, c.country, c.sector, c.org)
		}
	}
}

// TestRoyalTitleTakesHome: a monarch the lexicon does not know reigns in
// the story's country; an unknown president need not be of it.
func TestRoyalTitleTakesHome(t *testing.T) {
	d := time.Date(2004, 11, 18, 0, 0, 0, 0, time.UTC)
	ms := mentions(t, "Thailand closed schools. Queen Naria urged calm. President Ruiz urged calm.", d)
	if len(ms) != 3 {
		t.Fatalf("%d mentions", len(ms))
	}
	if e := ms[1].Entity; e.Country != "THA" || e.Sector != "GOV" {
		t.Errorf("Queen Naria: %s/%s, want THA/GOV", e.Country, e.Sector)
	}
	if e := ms[2].Entity; e.Country != "" {
		t.Errorf("President Ruiz: %s, want no country", e.Country)
	}
}

// TestAcronyms: an unknown acronym takes the story's country only in a
// story about that country, and is never a person a pronoun refers to.
func TestAcronyms(t *testing.T) {
	d := time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC)
	find := func(ms []Mention, text string) *Mention {
		for i := range ms {
			if ms[i].Entity.Text == text {
				return &ms[i]
			}
		}
		t.Fatalf("no mention %q", text)
		return nil
	}
	ms := mentions(t, "Thailand, Malaysia and Indonesia cut tin exports. Brazil and China pledged to work with the ATPC.", d)
	if m := find(ms, "ATPC"); m.Home != "" || m.Keyed() {
		t.Errorf("ATPC in a story of many countries: home %q, key %s/%s", m.Home, m.Entity.Country, m.Entity.Org)
	}
	// survives: a story about one country
	ms = mentions(t, "Britain cut spending. Britain said the NAO would report on it.", d)
	if m := find(ms, "NAO"); m.Home != "GBR" {
		t.Errorf("NAO in a story about Britain: home %q, want GBR", m.Home)
	}
	ms = mentions(t, "President Ruto spoke on Monday. The KTPC met. He said so.", time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC))
	if m := find(ms, "He"); m.Entity.Country != "KEN" {
		t.Errorf("He after an acronym: %s/%s, want Ruto's KEN", m.Entity.Country, m.Entity.Name)
	}
}

// TestContrastedGovernment: a bare "the government" beside a later
// "the Indonesian government" in a story about Indonesia is another
// country's government; the same noun named again is not.
func TestContrastedGovernment(t *testing.T) {
	d := time.Date(2005, 1, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct{ in, text, country string }{
		{"Indonesia asked for help. Indonesia thanked donors. Britain said the government had offered the Indonesian government two ships.", "government", "GBR"},
		// survives: another head, and the body named in full
		{"Indonesia asked for help. Indonesia thanked donors. Britain said the government had thanked the Indonesian army.", "government", "IDN"},
		{"Washington spoke. Washington said administration sources expected the Reagan administration to act.", "administration", "USA"},
	}
	for _, c := range cases {
		found := false
		for _, m := range mentions(t, c.in, d) {
			if m.Entity.Text == c.text {
				found = true
				if m.Entity.Country != c.country {
					t.Errorf("%q: %q keyed %q, want %q", c.in, c.text, m.Entity.Country, c.country)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", c.in, c.text)
		}
	}
}

// TestDefiniteTitles: "the prime minister" names the last person who holds
// that office, not whoever was named last; an official of a body is of
// that body.
func TestDefiniteTitles(t *testing.T) {
	d1987 := time.Date(1987, 3, 12, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		in         string
		date       time.Time
		text, want string // want: COUNTRY/ORG
	}{
		{"Japan held talks. Japan said so. President Reagan arrived. The prime minister welcomed him.", d1987, "prime minister", "JPN/"},
		// survives: the holder of the office
		{"Japan held talks. Prime Minister Nakasone arrived. The prime minister welcomed him.", d1987, "prime minister", "JPN/"},
		{"France held talks. President Reagan arrived. The president welcomed him.", d1987, "president", "USA/"},
		{"U.N. Secretary-General Antonio Guterres spoke. Guterres' spokesman, Stephane Dujarric, spoke. The secretary-general will act.", time.Date(2021, 3, 12, 0, 0, 0, 0, time.UTC), "secretary-general", "/UN"},
	}
	for _, c := range cases {
		found := false
		for _, m := range mentions(t, c.in, c.date) {
			if m.Entity.Text == c.text {
				found = true
				if got := m.Entity.Country + "/" + m.Entity.Org; got != c.want {
					t.Errorf("%q: %q keyed %s, want %s", c.in, c.text, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", c.in, c.text)
		}
	}
}

// TestDemonymActs: a demonym before an act only a state or an army makes
// names its government or military; before other nouns it has no sector.
func TestDemonymActs(t *testing.T) {
	d := time.Date(2004, 10, 4, 0, 0, 0, 0, time.UTC)
	cases := []struct{ in, text, country, sector string }{
		{"Cyprus will not oppose Turkish accession talks.", "Turkish", "TUR", "GOV"},
		{"Manila welcomed a Japanese peace proposal.", "Japanese", "JPN", "GOV"},
		{"Israeli air strikes hit Gaza.", "Israeli", "ISR", "MIL"},
		// survives: a market's demand, a company's offer
		{"Chinese demand for oil rose.", "Chinese", "CHN", ""},
		{"Shareholders weighed a Japanese offer for the firm.", "Japanese", "JPN", ""},
	}
	for _, c := range cases {
		found := false
		for _, m := range mentions(t, c.in, d) {
			if m.Entity.Text == c.text {
				found = true
				if m.Entity.Country != c.country || m.Entity.Sector != c.sector {
					t.Errorf("%q: %q %s/%s, want %s/%s", c.in, c.text, m.Entity.Country, m.Entity.Sector, c.country, c.sector)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", c.in, c.text)
		}
	}
}
