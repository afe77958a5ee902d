package coder_test

import (
	"strings"
	"testing"
	"time"

	"github.com/attache/attache"
)

// describeSectors is describe with each key's sector: TYPE
// ACTORS->RECIPIENTS STATUS, an entity written COUNTRY/ORG SECTOR.
func describeSectors(evs []attache.Event) string {
	ents := func(es []attache.Entity) string {
		var out []string
		for _, e := range es {
			out = append(out, strings.TrimSpace(e.Country+"/"+e.Org+" "+e.Sector))
		}
		return strings.Join(out, ",")
	}
	var out []string
	for _, e := range evs {
		out = append(out, e.Type+" "+ents(e.Actor)+"->"+ents(e.Recipient)+" "+e.Status)
	}
	return strings.Join(out, "; ")
}

// checkSectors is checkFamilies on describeSectors.
func checkSectors(t *testing.T, d time.Time, cases []family) {
	t.Helper()
	checkWith(t, d, describeSectors, cases)
}

// TestRound9Keys holds the "key" family of the seed-2080 precision review:
// the right actor with a wrong or incomplete country or sector. The
// sentences are written for these tests.
func TestRound9Keys(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		// sector from modifiers and heads
		{"striking workers are labour", "Spain cut its shipbuilding aid. In Cadiz, striking shipyard workers clashed with police on Tuesday.", "PROTEST ESP/ LAB->", "ESP/ CVL->"},
		{"merchant families are business", "Saudi Arabia kept its rates. Some powerful merchant families called for change.", "REQUEST SAU/ BUS->", "CVL"},
		{"rebel leaders are rebels", "Rebel leaders from Sudan's Darfur region urged Chad to host new talks.", "REQUEST SDN/ REB->TCD/ GOV", "SDN/ GOV->"},
		{"the head keys every conjunct", "U.S. and Iraqi forces attacked the rebel-held town on Monday.", "ASSAULT IRQ/ MIL,USA/ MIL->", "USA/ GOV"},
		{"a bare demonym conjunct shares the head", "Indian and Pakistani leaders met in Geneva.", "IND/ GOV", "IND/ ,"},
		{"survives: farm workers are civilians", "Spain cut its farm aid. Farm workers clashed with police on Tuesday.", "PROTEST ESP/ CVL->", ""},
		{"survives: a full country name keeps its sector", "Israel and Palestinian militants exchanged fire across the border.", "ISR/ GOV", "ISR/ REB"},
	})
}

// TestRound9Partitives: a part of a group ("voices in X industry", "allies
// in the X-led coalition", "some in the party") is keyed by the group.
func TestRound9Partitives(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"voices in an industry", "Some voices in Korean industry are calling for lower interest rates.", "REQUEST KOR/ BUS->", ""},
		{"allies in a led coalition", "Key allies in the French-led coalition rejected the United Nations report.", "REJECT FRA/ GOV->/UN IGO", ""},
		{"some in a party", "Some in the Labour party urged Blair to resign.", "REQUEST GBR/ PTY->GBR/ GOV", ""},
		{"some bankers are business", "Interest rates rose in the United States. Some bankers criticized the Federal Reserve chairman.", "ACCUSE / BUS->USA/ GOV", ""},
		{"survives: a state modifying the group's noun", "Critics in the Iraq war debate criticized Blair.", "", "IRQ/ GOV->"},
	})
}

// TestRound9Offices: office dates, monarchs and EU portfolio titles.
func TestRound9Offices(t *testing.T) {
	d := time.Date(2004, 12, 16, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"a deposed leader is no government", "Saddam Hussein met with a defence lawyer on Thursday for the first time since his capture.", "CONSULT IRQ/->", "IRQ/ GOV"},
		{"an EU portfolio title", "EU transport and energy commissioner Carla Ruiz hailed the agreement.", "SUPPORT /EU IGO->", ""},
		{"a queen of the story's country", "Thailand closed schools in the south. Queen Naria urged all Thais to stay calm.", "REQUEST THA/ GOV->THA/", ""},
	})
	checkSectors(t, time.Date(2002, 5, 1, 0, 0, 0, 0, time.UTC), []family{
		{"survives: a leader in office", "Saddam Hussein met with his generals on Thursday.", "CONSULT IRQ/ GOV->", ""},
	})
}

// TestRound9Acronyms: an unknown acronym in a story of many countries is
// no body of the story's country.
func TestRound9Acronyms(t *testing.T) {
	d := time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"an association of several countries", "Thailand, Malaysia and Indonesia agreed to cut tin exports. Brazil and China pledged to cooperate with the ATPC.", "CHN/ GOV,BRA/ GOV->/ occurred", "BRA/ GOV->CHN"},
	})
}

// TestRound9OppositionAct: "X's opposition to a tax" is X's act, not the
// opposition sector.
func TestRound9OppositionAct(t *testing.T) {
	d := time.Date(1987, 4, 2, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"a possessor's opposition", "Helga Stern praised President Reagan's opposition to a tax on oil imports.", "SUPPORT /->USA/ GOV", "OPP"},
		{"survives: the opposition party", "Kenya held elections in May. Kenya's opposition called for protests.", "REQUEST KEN/ OPP->", ""},
	})
}

// TestRound9NationalParty: a generic party name in a story about another
// country than the lexicon's is that country's party.
func TestRound9NationalParty(t *testing.T) {
	d := time.Date(2004, 12, 17, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"Labour in an Israeli story", "JERUSALEM - Israel's prime minister asked the Labour Party on Friday to join talks on a new coalition. The Labour Party agreed to begin talks with Likud.", "ISR/ PTY", "GBR/ PTY"},
		{"survives: Labour in a British story", "LONDON - Britain's prime minister spoke on Friday. The Labour Party agreed to begin talks with the unions.", "GBR/ PTY", ""},
	})
}

// TestRound9ContrastedGovernment: the bare government that makes an offer
// to "the Indonesian government" is not Indonesia's.
func TestRound9ContrastedGovernment(t *testing.T) {
	d := time.Date(2005, 1, 5, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"the government offered the Indonesian government", "Indonesia appealed for aid after the earthquake. Indonesia thanked the donors. A British official said on Tuesday that the government had offered the Indonesian government the help of three navy ships.", "AGREE GBR/ GOV->", "AGREE IDN/ GOV->"},
	})
}
