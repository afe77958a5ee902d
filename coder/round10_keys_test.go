package coder_test

import (
	"testing"
	"time"
)

// TestRound10Keys holds the "key" family of the round-10 precision review:
// the right actor with a wrong or missing country or sector. The sentences
// are written for these tests.
func TestRound10Keys(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		// a place name before "democrats" keys the country, the head the sector
		{"democrats of a place are opposition", "Macau democrats accused Beijing of stifling dissent.", "ACCUSE MAC/ OPP->CHN/ GOV", "MAC/ GOV->"},
		{"pro-democracy activists are opposition", "Burmese pro-democracy activists accused the generals of rigging the vote.", "ACCUSE MMR/ OPP->", "MMR/ GOV->"},
		{"survives: the US party", "Senate Democrats accused the president of hiding the deficit.", "ACCUSE USA/ PTY->USA/ GOV", "OPP"},
		{"survives: a place's officials are its government", "Macau officials accused the protesters of violence.", "ACCUSE MAC/ GOV->", ""},
		// a named union or guild "of" a country is labour
		{"a guild of a country is labour", "The Actors Guild of Canada accused the broadcasters of bad faith.", "ACCUSE CAN/ LAB->", ""},
		{"survives: a union of a country stays labour", "The Dockers Union of Chile accused the government of bad faith.", "ACCUSE CHL/ LAB->CHL/ GOV", ""},
		{"survives: a council of a country is no union", "The Hindu Council of Britain accused the government of bad faith.", "ACCUSE GBR/", "LAB"},
		// a service word between the country's forces and the head
		{"a soldier of a service keeps the country", "A French army signals soldier in Mali was jailed for a year for beating prisoners.", "SANCTION FRA/ JUD->FRA/ MIL", "MLI/ MIL"},
		{"survives: a soldier in a place without a country", "A soldier in Mali was jailed for a year for beating prisoners.", "MLI/ MIL", ""},
		// a bare noun conjunct shares the place of the next one
		{"government and rebels in a place", "Ghana asked for a truce. Ghana urged the government and rebels in Liberia to stop fighting.", "REQUEST GHA/ GOV->LBR/ GOV,LBR/ REB", "GHA/ GOV,LBR"},
		{"survives: a keyed conjunct keeps its country", "Ghana urged its own army and rebels in Liberia to stop fighting.", "", "LBR/ MIL"},
		// the parties to a matter are no one's political parties
		{"the parties concerned are no party", "Japan held talks on the Korean crisis. \"Japan calls on the parties concerned to show restraint,\" the envoy said.", "REQUEST JPN/ GOV->/ ", "PTY"},
		{"survives: a country's parties", "Japan held an election. Japan's ruling party and opposition parties agreed to hold talks.", "JPN/ PTY", ""},
		// a pact named after a place is no actor
		{"a place's protocol is no recipient", "Canada's parliament backed the Kyoto Protocol on Tuesday.", "SUPPORT CAN/ LEG->", "JPN/"},
		{"a city's accords are no recipient", "Serbia rejected the Dayton Accords on Monday.", "REJECT SRB/ GOV->", "SRB/ GOV->SRB"},
		{"survives: an alliance named a pact", "The Warsaw Pact condemned the exercise.", "ACCUSE /WARSAWPACT IGO->", ""},
		{"survives: a capital signing an agreement", "Beijing signed an agreement with Moscow.", "CHN/ GOV->RUS/ GOV", ""},
		// bodies the lexicon lacked
		{"a US network", "The Writers Guild of America accused CBS Inc of stalling the talks.", "->USA/ MED", ""},
		// a region's adjective names no one of the story's country
		{"a region's producers are not the story's", "Spain raised its sugar quota. Spain backed African producers during the talks.", "SUPPORT ESP/ GOV->", "ESP/ GOV->ESP/"},
		{"survives: a country's producers", "Spain raised its sugar quota. Spain backed Ghanaian producers during the talks.", "SUPPORT ESP/ GOV->GHA", ""},
		// a title word after an honorific is a surname
		{"Ms King is no monarch", "Labour lost seats in Leeds. The Respect candidate accused Ms King of lying about the war.", "", "GBR/ GOV"},
		{"survives: the king", "Thailand held a parade on Monday. The King urged all Thais to stay calm.", "REQUEST THA/ GOV->", ""},
		// a peer is British wherever the story is
		{"a lord is a British peer", "Former cabinet secretary Lord Penrose accused the prime minister's aides of ignoring advice.", "ACCUSE GBR/ LEG->", "ACCUSE / "},
		{"law lords are judges", "Britain's law lords rejected the government's appeal.", "REJECT GBR/ JUD->", ""},
		{"survives: the Lord's army", "The Lord's Resistance Army attacked the village.", "ASSAULT UGA/LRA REB->", ""},
		{"survives: a lord with no name", "Kenya's president visited a Lord of the Rings exhibition in London.", "", "LEG"},
		// a group's leaders are the group's, not a government
		{"a militant group's leaders are rebels", "The Kurdish militant group's leaders accused Turkey of shelling villages.", "ACCUSE", "/ GOV->TUR"},
		{"leaders of a named armed group are the group", "Leaders of the militant group Hezbollah accused Israel of the raid.", "ACCUSE LBN/HEZBOLLAH REB->ISR/ GOV", ""},
		{"leaders of a country's government are that government", "Leaders of the Afghan government accused Pakistan of harbouring rebels.", "ACCUSE AFG/ GOV->PAK/ GOV", ""},
		{"a union's leaders are labour", "The Korean dockers union's leaders accused the government of breaking the deal.", "ACCUSE KOR/ LAB->KOR/ GOV", ""},
		{"survives: a country's leaders are its government", "Britain's leaders accused Iran of lying about its missiles.", "ACCUSE GBR/ GOV->IRN/ GOV", ""},
	})
}

// TestRound10HomePremier: a prime minister the lexicon does not know is of
// the story's country.
func TestRound10HomePremier(t *testing.T) {
	checkSectors(t, time.Time{}, []family{
		{"an unknown prime minister is the story's", "Labour lost the vote in Britain. The union leader accused prime minister Harold Wilson of betrayal.", "ACCUSE GBR/ LAB->GBR/ GOV", "->/ GOV"},
		{"survives: an unknown president stays unkeyed", "Labour lost the vote in Britain. The union leader accused President Jim Walton of betrayal.", "->/ GOV", ""},
		{"survives: a premier league is no premier", "Chelsea lost in London. The Premier League accused the club of breaking the rules.", "", "GBR/ GOV->"},
	})
}
