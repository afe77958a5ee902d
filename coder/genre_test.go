package coder_test

import (
	"strings"
	"testing"
	"time"
)

// A match report written for these tests: plays and fixtures between teams
// named after countries and cities.
const matchReport = `Ireland beat Scotland 21-13 in the Six Nations at Lansdowne Road on Saturday.
The home side's coach praised his squad after a tense match in which both teams scored two tries.
Ireland conceded a penalty near their own line in the second half, but the referee gave them the benefit of the doubt.
Liverpool launched a series of late attacks in the league game but the goalkeeper kept them out.
New Zealand travel to Wales next month to meet the Six Nations champions in a friendly.
Zambia will host Malawi and Lesotho in the third group of the tournament in June.
Italy will visit Dublin in the final round of the championship.`

func TestSportReportDropsPlays(t *testing.T) {
	d := time.Date(2005, 2, 14, 0, 0, 0, 0, time.UTC)
	got := describe(code(t, matchReport, d))
	for _, bad := range []string{"CONCEDE", "ASSAULT", "CONSULT", "AGREE", "IRL->", "ZMB"} {
		if strings.Contains(got, bad) {
			t.Errorf("match report coded %q, must not contain %s", got, bad)
		}
	}
}

// TestSportReportKeepsPolitics: a minister's condemnation, a boycott and a
// police arrest inside the same kind of report are events.
func TestSportReportKeepsPolitics(t *testing.T) {
	d := time.Date(2005, 2, 14, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"a minister condemns racist chants",
			matchReport + "\nBritain's sports minister condemned Spain over the racist chants by fans at the match in Madrid.",
			"ACCUSE/disapprove/ GBR->ESP", ""},
		{"a government boycotts the Games",
			matchReport + "\nThe government of Iran said it would boycott the Olympics in protest at the presence of Israel.",
			"PROTEST/boycott/ ->ISR", ""},
		{"a sports body bans a country", matchReport + "\nThe International Olympic Committee banned Russia from the Games over doping.", "SANCTION", ""},
		{"police arrest fans",
			matchReport + "\nPolice in Cardiff arrested 12 Welsh fans after the match.",
			"COERCE/", ""},
	})
}

// TestSportWordsOutsideSport: the same plays in a story with few sport words
// are events, and a club takeover story is not a match report.
func TestSportWordsOutsideSport(t *testing.T) {
	d := time.Date(2005, 2, 14, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"survives: attacks outside sport", "Italy launched a series of attacks on the rebel positions near the border.", "ASSAULT// ITA->", ""},
		{"survives: a hosted summit outside sport", "Zambia will host Malawi and Lesotho at a regional summit on trade in June.", "ZMB->", ""},
		{"survives: one sport word in a political story", "Russia attacked Georgia during the opening of the Olympics in Beijing. Georgia accused Russia of aggression.", "ASSAULT// RUS->GEO", ""},
	})
}

// TestNamedStorm: a storm named earlier in the story kills no one as an
// attacker; a person of the same name still can.
func TestNamedStorm(t *testing.T) {
	d := time.Date(2004, 9, 12, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"a named storm has killed", "Hurricane Ivan battered Jamaica on Saturday. Ivan has killed at least 60 people in the Caribbean.", "", "ASSAULT"},
		{"a named storm, which has killed", "Forecasters tracked Typhoon Songda across Okinawa. Songda, which has killed 12 people in Japan, is heading north.", "", "ASSAULT"},
		{"survives: troops kill after a storm", "Hurricane Ivan battered Jamaica on Saturday. Israeli troops killed two Palestinian gunmen in Gaza.", "ASSAULT// ISR->PSE", ""},
	})
}

// TestWorkContent: what a film, novel or series depicts is no event; acts
// done to the work, or told before the depiction starts, are.
func TestWorkContent(t *testing.T) {
	d := time.Date(2005, 2, 14, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"a thriller follows", "The new thriller follows a British agent as Russian troops invade Estonia.", "", "ASSAULT"},
		{"a novel is set in", "The novel is set in Cairo, where Islamist rebels attack the presidential palace.", "", "ASSAULT"},
		{"a film shows", "The film shows how Iraqi troops invaded Kuwait in 1990.", "", "ASSAULT"},
		{"what a banned film depicts", "Iran banned the film, which depicts an American invasion of Iran.", "COERCE/censor/ IRN->", "ASSAULT"},
		{"survives: a film banned", "Uganda's authorities banned the film after protests by church leaders.", "UGA->", ""},
		{"survives: a report chronicles", "A Human Rights Watch report chronicles attacks by Syrian troops on civilians in Homs.", "ASSAULT", ""},
		{"survives: a ban follows an attack", "The ban follows an attack by Russian troops on Ukrainian ports.", "ASSAULT// RUS->UKR", ""},
		{"survives: play a role is no work", "Syria, which wants to play a bigger role, portrayed the raid as self-defence after Hezbollah fighters attacked an Israeli patrol.", "ASSAULT", ""},
	})
}

// TestSportNamesakes: in a sports story a surname that the lexicon knows as
// a former office holder is a player or coach of the same name.
func TestSportNamesakes(t *testing.T) {
	d := time.Time{} // undated, as the BBC stories are: names match any term of office
	checkFamilies(t, d, []family{
		{"a namesake in a sports story", matchReport + "\nMarion Jones once praised Conte for his help.", "", "ITA"},
		{"a surname namesake threatens", matchReport + "\nVieira has apparently threatened some of our players.", "", "THREATEN"},
		{"survives: a full name in a sports story", matchReport + "\nTony Blair congratulated Ireland after the match.", "SUPPORT// GBR->IRL", ""},
	})
}

// TestMediaInterview: a news outlet that speaks with or questions a
// source holds an interview, not a consultation; the same verb between
// officials still codes.
func TestMediaInterview(t *testing.T) {
	d := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"outlet spoke with a former official", "VOA spoke with Richard Armitage about Taiwan.", "", "CONSULT"},
		{"outlet talked with a minister", "The BBC talked with the Iranian foreign minister in Tehran on Sunday.", "", "CONSULT"},
		{"survives: a minister spoke with a counterpart", "Japan's foreign minister spoke with his Chinese counterpart on Tuesday.", "CONSULT// JPN->CHN", ""},
	})
}
