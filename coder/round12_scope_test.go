package coder_test

import (
	"testing"
	"time"
)

// TestRound12Scope holds the scope families of the round-12 precision
// review (seed 2112): market operations and word senses coded as sanctions,
// acts given leave, readied or pursued coded as done, and celebrations
// coded as protests. Each construction has a row that failed before its
// fix and a "survives" row for the reading that must still code.
// Sentences are written for these tests.
func TestRound12Scope(t *testing.T) {
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// not-event: a central bank's money-market operation is no sanction
		{"suspends money market assistance", "The Bank of Italy suspended its daily money market assistance, dealers said.", "", "SANCTION"},
		{"halts money market assistance to banks", "The Bundesbank halted its money market assistance to German banks.", "", "SANCTION"},
		{"survives: aid to a state halted", "The United States halted economic assistance to Egypt.", "SANCTION/discontinue/ USA->EGY occurred", ""},
		// word-sense: the tariffs of a utility are its prices
		{"raise electricity tariffs", "Kenya was told by the World Bank to raise electricity tariffs.", "", "SANCTION"},
		{"survives: tariffs raised on goods", "The United States raised tariffs on Chinese steel.", "SANCTION/discontinue/tariff USA->CHN occurred", ""},
		{"survives: a duty on electrical goods", "The United States raised tariffs on Chinese electricity equipment.", "SANCTION/discontinue/tariff USA->CHN occurred", ""},

		// status: a past verb in a relative clause on a noun is a fact
		{"trying to profit from the disaster that killed", "Survivors of the Bali bombings scolded ministers for trying to profit from the disaster that killed 202 people.", "ASSAULT// ->IDN occurred", "hypothetical"},
		{"survives: an attack under if", "If Russia attacks the port that Ukraine recaptured, talks will end.", "ASSAULT// RUS-> hypothetical", ""},

		// not-event: the audience a statement is told to is no meeting
		{"told a meeting of a party", "The Indonesian army chief told a meeting of the ruling party in Medan that the border was calm.", "", "CONSULT"},
		{"survives: told a meeting of a union's ministers", "The Kenyan foreign minister told a meeting of African Union ministers that the talks must resume.", "CONSULT/multilateral/meeting KEN->AU occurred", ""},
		{"survives: told a summit", "The Thai prime minister told a summit of ASEAN leaders that trade must grow.", "CONSULT/multilateral/meeting THA->ASEAN occurred", ""},
		// word-sense: a seat or a majority at risk is endangered, not threatened
		{"threatening his majority", "The Liberal Democrats are threatening his majority in Bristol, the paper said.", "", "THREATEN"},
		{"survives: a state threatened", "Iran threatened Israel on Tuesday.", "THREATEN// IRN->ISR occurred", ""},
		// status: the second of two verbs joined under "will" shares it
		{"will ... and call for, across quotes", "Mr Brown will also stress the anger among voters of \"all classes\" over the Iraq war and call for a \"fair approach\" to tackling crime.", "REQUEST// GBR-> planned", "occurred"},
		{"survives: stressed ... and called for", "Mr Brown stressed the anger among voters over the war and called for a new approach to crime.", "REQUEST// GBR-> occurred", ""},

		// status: an act readied, given leave or pursued is not done
		{"preparing to visit", "The Indian prime minister was preparing to visit Japan.", "IND->JPN planned", "occurred"},
		{"preparing on a day to visit", "The Indian prime minister was preparing on Sunday to visit Japan.", "IND->JPN planned", "occurred"},
		{"survives: visited", "The Indian prime minister visited Japan on Sunday.", "CONSULT/visit/meeting IND->JPN occurred", ""},
		{"approval to host", "Canada won approval from the UN to host a summit on Arctic security.", "CAN-> planned", "occurred"},
		{"survives: hosted", "Canada hosted a summit on Arctic security.", "CONSULT//meeting CAN-> occurred", ""},
		{"moves to expel", "The minister, who spearheaded moves to expel the Kenyan ambassador, resigned.", "SANCTION/expel/ ->KEN hypothetical", "occurred"},
		{"survives: moved to block", "Russia moved to block the resolution.", "REJECT// RUS-> occurred", ""},
		{"survives: will move to block", "Russia will move to block the resolution.", "REJECT// RUS-> planned", ""},

		// word-sense: a currency that threatens to climb, a gap that cuts
		// into work
		{"a currency threatens to climb", "Sweden's central bank sold kronor to cool demand for the currency, which threatens to climb past its band, traders said.", "", "THREATEN"},
		{"a funding gap cuts into programmes", "He said the funding gap cuts into the UNICEF's health, assistance and school programmes.", "", "SANCTION"},
		{"survives: threatened to cut exports", "Iran threatened to cut oil exports to Europe.", "THREATEN/restrict/ IRN->", ""},
		{"survives: cut assistance", "The United States cut assistance to Egypt.", "SANCTION/discontinue/ USA->EGY occurred", ""},

		// word-sense: an attack on a measure or its cost is criticism
		{"an attack on the cost of prisons", "Mr Hague launched an attack on the cost of the new prisons.", "ACCUSE/disapprove/ GBR-> occurred", "ASSAULT"},
		{"attacked taxes, across quotes", "The Lib Dem spokesman attacked the \"unfair\" and complex taxes of the Scottish government.", "ACCUSE/disapprove/ GBR->GBR occurred", "ASSAULT"},
		{"survives: an attack on a nuclear programme", "Israel launched an attack on Iran's nuclear programme.", "ASSAULT// ISR->IRN occurred", ""},
		{"survives: an attack on a station", "Rebels attacked the police station and the army base.", "ASSAULT//", ""},

		// wrong-type: calling one's envoy home by title is a recall
		{"asked an envoy named by title to return", "The Dutch government asked Ambassador Piet de Vries to return from Harare.", "SANCTION/withdraw/ NLD->ZWE occurred", "REQUEST"},
		{"survives: recalled its ambassador", "New Zealand recalled its ambassador from Fiji.", "SANCTION/withdraw/ NZL->FJI occurred", ""},

		// wrong-type: a crowd out to celebrate protests nothing
		{"demonstrators in celebration", "Demonstrators filled the streets of Tunis in celebration of the new constitution.", "", "PROTEST"},
		{"demonstrators celebrating", "Demonstrators filled the streets of Tunis, celebrating the fall of the president.", "", "PROTEST"},
		{"survives: demonstrators against a law", "Demonstrators filled the streets of Tunis against the new constitution.", "PROTEST/demo/", ""},
	})
}
