package coder_test

import (
	"testing"
	"time"
)

// TestRound8Recall holds round-8 recall constructions (issue 3): sentences
// written for these tests in the style of the CAMEO codebook examples.
func TestRound8Recall(t *testing.T) {
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// a forecast about another party's act did not happen
		{"expecting a party to act", "Officials are expecting Pyongyang to attack Seoul soon.", "ASSAULT// PRK->KOR hypothetical", "occurred"},
		{"predicted a party would act", "Diplomats predicted Moscow to impose sanctions on Tokyo.", "SANCTION/discontinue/sanctions RUS->JPN hypothetical", "occurred"},
		{"survives: is expected to is planned", "Russia is expected to impose sanctions on Japan.", "RUS->JPN planned", ""},
		{"survives: the expectation in another clause", "Iran expected the talks to fail, and Russia imposed sanctions on Japan.", "RUS->JPN occurred", ""},
		// a nominal move of armed forces: the force's modifier is the actor
		{"withdrawal of demonym troops", "The withdrawal of Turkish troops from Cyprus began.", "RETREAT/withdraw/ TUR->CYP", ""},
		{"deployment of demonym soldiers", "The deployment of German soldiers to Lithuania was announced.", "MOBILIZE/troops/ DEU->LTU", ""},
		{"survives: the possessor still acts", "Russia's withdrawal from Georgia began.", "RETREAT/withdraw/ RUS->GEO", ""},
		// a passive warning addresses its subject
		{"warned by an agent", "Lebanon was warned by Israel.", "THREATEN// ISR->LBN", ""},
		{"warned by an agent, with what", "Japan was warned by China of countermeasures.", "THREATEN// CHN->JPN", ""},
		{"survives: active warning keeps its object", "Iran warned Israel.", "THREATEN// IRN->ISR", ""},
		// an armed act by an unnamed armed group is coded with a sector-only actor
		{"rebels attack a known town", "Insurgents attacked the town of Kidal.", "ASSAULT// ->MLI", ""},
		{"gunmen with an unkeyed target", "Gunmen tried to kill the mayor.", "ASSAULT/", ""},
		{"survives: unkeyed civilians stay uncoded", "Villagers attacked the mayor.", "", "ASSAULT"},
		// the place of a material act is its recipient when no party has a key
		{"attack on a building in a city", "Militants bombed a church in Kaduna.", "ASSAULT", ""},
		{"a bomb with no named attacker", "A car bomb killed five people in Mosul.", "ASSAULT// ->IRQ", ""},
		{"missiles on a city", "Russian missiles struck the rail depot in Lviv.", "ASSAULT// RUS->UKR", ""},
		{"survives: a keyed victim stays the recipient", "Gunmen kidnapped two Chinese engineers in Karachi.", "->CHN", "->CHN,PAK"},
		{"survives: a home actor's own country", "Kenyan police arrested a student in Nairobi.", "COERCE/arrest/ KEN->", "KEN->KEN"},
		// the passive of a verb-object pattern: the agent after "by" acts
		{"object noun first, possessor undergoes", "South Sudan's independence was recognized by Egypt.", "SUPPORT// EGY->SSD", ""},
		{"object noun with of", "The independence of Kosovo was recognized by Kenya.", "SUPPORT// KEN->XKX", ""},
		{"received envoy", "The Iranian envoy was received by the Kazakh president.", "CONSULT//meeting KAZ->IRN", ""},
		{"granted to a party by", "A loan was granted to Egypt by Saudi Arabia.", "AID// SAU->EGY", ""},
		{"survives: no passive without be", "Kenya's independence, recognized by Britain in 1963, is celebrated.", "", "SUPPORT// GBR->KEN"},
		// the receiving side of a giving act: the giver after "from" acts
		{"received arms from", "Armenia received howitzers from India.", "AID//arms_sale IND->ARM", ""},
		{"received a loan from", "Pakistan received a loan from China.", "AID// CHN->PAK", ""},
		{"survives: no giver named", "Armenia has received howitzers.", "", "AID"},
		// a state's own institution is not the one the bare name means
		{"possessor's congress", "The offer was rejected by Colombia's Congress.", "REJECT// COL->", "USA"},
		{"demonym senate", "The Chilean Senate rejected the proposal.", "REJECT// CHL->", "USA"},
		{"survives: bare Congress is the U.S. one", "Congress rejected the proposal.", "REJECT// USA->", ""},
		// the target after "on" in a passive's noun phrase
		{"sanctions on a state, extended by", "Sanctions on Belarus were extended by the European Union.", "SANCTION/discontinue/sanctions EU->BLR", ""},
		{"sanctions on a state, eased by", "The sanctions on Syria were eased by the European Union.", "EU->SYR", ""},
		// a passive's subject opened by a demonym undergoes the material act
		{"demonym village shelled", "A Georgian village was shelled by Russian troops.", "ASSAULT/heavy-weapons/ RUS->GEO", ""},
		{"demonym town bombed, no agent", "Two Yemeni towns were bombed.", "->YEM", ""},
		{"survives: a demonym behind a preposition", "A convoy near Yemeni towns was bombed by Saudi jets.", "ASSAULT// SAU->", "->YEM"},
		// a pattern opening with its patient noun: the noun's modifier undergoes
		{"demonym journalist released by", "The Japanese journalist was released by Syrian authorities.", "RETREAT/release/ SYR->JPN", ""},
		{"demonym hostages freed", "Two Italian hostages were freed by Iraqi police.", "->ITA", ""},
		// a demonym before an armed platform is the side that fights
		{"demonym aircraft", "Saudi aircraft struck targets in northern Yemen.", "ASSAULT// SAU->YEM", ""},
		{"demonym tanks", "Azerbaijani tanks fired on an Armenian position.", "ASSAULT/firearms/ AZE->", ""},
		{"survives: a demonym before a plain thing is no actor", "Chinese goods were hit with tariffs.", "", "CHN->"},
		// in a noun pattern "N of ... M", a demonym before M names who undergoes
		{"expulsion of demonym diplomats", "The expulsion of Iranian diplomats by Albania was announced.", "SANCTION/expel/ ALB->IRN", ""},
		// a reaction to a named act is addressed to its agent after "by"
		{"condemned the act by", "Egypt condemned the raid on the camp by Israel.", "ACCUSE/disapprove/ EGY->ISR", ""},
		{"welcomed the act of by", "Canada welcomed the release of the detainees by Venezuela.", "SUPPORT// CAN->VEN", ""},
		{"survives: a plain object", "Egypt condemned Israel.", "ACCUSE/disapprove/ EGY->ISR", ""},
		{"survives: 'by' after a verb is no agent of the object", "Egypt condemned Israel and was joined by Jordan.", "", "EGY->JOR"},
		// a named armed group at home strikes its own country
		{"named group at home", "Al-Shabaab fighters bombed a market in Mogadishu.", "->SOM", ""},
		// a shielded noun phrase that names people can still be a pattern's object
		{"released an aid worker", "Syria released a French aid worker.", "RETREAT/release/ SYR->FRA", ""},
		{"survives: first aid stays shielded", "French medics offered first aid to Malian villagers.", "", "AGREE"},
		// the agent after a longer "of" phrase of a noun act
		{"detention of the x by", "The detention of the Canadian businessman by China continued.", "COERCE/arrest/ CHN->CAN", ""},
		{"pardon of the x by", "The pardon of the jailed journalist by the Egyptian president surprised many.", "CONCEDE// EGY->", ""},
		// a bare verb after a demand "that" is asked for, not done: the
		// demand is a REQUEST to the party named (round 11)
		{"insisted that x withdraw", "Georgia insisted that Russia withdraw its troops.", "REQUEST// GEO->RUS occurred", "RETREAT/withdraw/ RUS-> occurred"},
		{"survives: a past verb after said that", "Georgia said that Russia withdrew its troops.", "RETREAT/withdraw/ RUS-> occurred", ""},
		// passives of patterns with plain object words; aid names whom it is for
		{"aid package for x approved by", "An aid package for Lebanon was approved by Qatar.", "AID// QAT->LBN", ""},
	})
}
