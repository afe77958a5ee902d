package coder_test

import (
	"testing"
	"time"
)

// TestRound9Families holds the families fixed after the seed-2080 precision
// review (issue 3), in sentences written for these tests.
func TestRound9Families(t *testing.T) {
	d := time.Date(2021, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// a guessed home country is not the actor's when the recipient names it
		{"diplomats call on the story's country", "Russia massed troops on the border. The diplomats called for Russia to withdraw its troops.", "REQUEST", "RUS->RUS"},
		{"officials urge the story's country", "Iran seized a tanker on Monday. Officials urged Tehran to release the crew.", "REQUEST", "IRN->IRN"},
		{"survives: a party adjective names whose", "Russia massed troops on the border. Opposition politicians called on Russia to withdraw its troops.", "REQUEST", ""},
		// a demonym or opposition noun before a body with a generic name
		{"opposition party of a possessor", "Israel's opposition Labour party criticized the plan.", "ACCUSE/disapprove/ ISR->", "GBR"},
		// a gerund after a preposition has the main clause's subject
		{"after meeting with", "Prime Minister Yoshihide Suga visited India after meeting with President Joe Biden.", "CONSULT//meeting JPN->USA", "IND->USA"},
		{"while visiting", "The Turkish president praised Germany while visiting Pakistan.", "SUPPORT// TUR->DEU", "PAK->"},
		{"survives: a plain meeting", "India's prime minister met President Joe Biden.", "CONSULT//meeting IND->USA", ""},
		// a relative of a party is not the party
		{"the minister's wife", "The Australian prime minister's wife praised the volunteers from Japan.", "", "SUPPORT// AUS"},
		{"survives: the minister himself", "The Australian prime minister praised the volunteers from Japan.", "SUPPORT// AUS->", ""},
		// a reason after the recipient names no further party
		{"blamed X for talks between", "Chad blamed France for the collapse of peace talks between N'Djamena and the rebels.", "ACCUSE/allege/ TCD->FRA occurred", "FRA,"},
		{"survives: a purpose meeting lists its parties", "The U.S. secretary of state will travel to Canada for meetings with NATO ministers.", "->CAN,NATO", ""},
		// a possessive recipient: what follows describes its deed
		{"criticized X's curbs on Y", "The UN envoy criticized the Taliban's curbs on Burmese refugees.", "ACCUSE/disapprove/ UN->AFG,TALIBAN occurred", "MMR"},
		{"survives: a plain list", "Egypt criticized Israel and Iran.", "->IRN,ISR", ""},
		// mentions sentences apart that share no party are two events
		{"no composite across sentences", "The order was placed at the request of Iraq. Prices rose. Sales fell. A Thai firm has asked Statoil to consider a joint venture.", "", "IRQ->NOR"},
		// an act noun's agent after "called by", "launched by"
		{"offensive launched by", "An offensive launched by Somali troops drove the militants out of the hills.", "ASSAULT// SOM->", ""},
		{"survives: a captive's captor is no agent of the release", "The release of sailors held by Iranian forces was welcomed by Britain.", "", "ASSAULT"},
		// the place of the act's object is whom a keyed act concerns
		{"deplored abuses in a country", "The EU foreign policy chief deplored the abuses in Belarus.", "ACCUSE/disapprove/ EU->BLR", ""},
		{"demanded a truce in a country", "The African Union demanded a truce in Libya.", "REQUEST// AU->LBY", ""},
		{"closed an embassy in a capital", "Norway closed its embassy in Kabul.", "->AFG", ""},
		{"survives: where an actor spoke is no party", "Germany pledged in Brussels to raise its defence budget.", "AGREE", "->BEL"},
		{"survives: a meeting's venue", "Iran and Iraq agreed to meet in Geneva next week.", "AGREE", "CHE"},
		{"survives: money is no place", "Cuba banned transactions in US dollars.", "SANCTION", "->USA"},
		// the place a pattern's own preposition names
		{"demonstrated in a capital", "Students demonstrated in Jakarta against budget cuts.", "PROTEST/demo/ IDN->", ""},
		{"plant in a country", "Toyota plans to build a new plant in Vietnam.", "->VNM", ""},
		// "by" as a verb's own preposition, or before a means, names no agent
		{"stood by", "Turkey stood by Azerbaijan throughout the war.", "SUPPORT// TUR->AZE", ""},
		{"spoke by phone with", "The Indian prime minister spoke by phone with the Saudi crown prince.", "CONSULT/phone/meeting IND->SAU", ""},
		{"survives: a real agent", "Azerbaijan was backed by Turkey throughout the war.", "SUPPORT// TUR->AZE", ""},
		// aid from a giver opening its clause
		{"aid from a giver", "Humanitarian aid from Jordan reached the camps on Monday.", "AID// JOR->", ""},
		// inflected forms opening a longer pattern are a verb with its object in the gap
		{"pressing X to", "Britain is pressing Hong Kong to repeal the security law.", "REQUEST// GBR->HKG", ""},
		{"survives: a compound modifier", "The cash-pressed government was hard-pressed to cope.", "", "REQUEST"},
		{"survives: re-imposed", "Malaysia has re-imposed export duties on palm oil.", "SANCTION", ""},
		// an unresolved pronoun after a report verb is the verb's subject
		{"X and Y announced they would", "Ireland and Spain announced they would recognise a Palestinian state.", "AGREE// ESP,IRL->PSE planned", ""},
		{"survives: a pronoun that is not the act's subject", "The Liberal Democrats say they suspect the package was agreed with Washington.", "", "AGREE// GBR"},
		// the one asked for help gives it
		{"sought help from", "The Philippines sought military help from Japan.", "REQUEST/assist/ PHL->JPN", ""},
		// "it" after a statement noun is the statement's owner
		{"announcement it will", "The minister was optimistic after Japan's announcement it will extend new credit to Brazil.", "AGREE// JPN->BRA", ""},
		// the subject of a knowledge verb does not do what it learnt of
		{"has learnt that", "The BBC has learnt that the Chelsea board will reject the offer from Madrid.", "", "REJECT// GBR"},
		{"survives: the news agency's own report", "Reuters has learnt that Japan will impose sanctions on Iran.", "SANCTION/discontinue/sanctions JPN->IRN", ""},
		// a demonym between a preposition and an act noun names the doer
		{"responded to a demonym request", "Japan responded favourably to a Philippine request for aid.", "REQUEST// PHL->", ""},
		{"after a demonym pullout", "Order collapsed after an Israeli pullout from the town.", "RETREAT/withdraw/ ISR->", ""},
		{"survives: a state's strike is no walkout", "Kyiv was hit again after a Russian strike on Sunday.", "", "PROTEST"},
		{"survives: a labour strike", "A French strike by rail workers disrupted travel.", "PROTEST/strike/ FRA->", ""},
		// a name right after a possessor's noun is the head; a possessor
		// after a coordinated noun phrase owns another act
		{"X's rival Y", "Egypt signed an agreement with Turkey's rival Greece.", "->GRC", "TUR"},
		{"X's call for ... and Y's demand", "Talks failed because Washington's call for disarmament and Pyongyang's demand for relief did not mesh.", "REQUEST", "USA->PRK"},
		// "by"-gerunds have the main clause's subject
		{"by shutting", "The Israeli army sealed off Gaza on Wednesday by shutting the Erez crossing.", "ISR", "PSE->"},
		{"survives: a passive's agent", "Thousands were displaced this week by fighting between rebels and Malian troops.", "ASSAULT", ""},
		// a verb form after an article and an adjective, or closing a
		// compound, is a noun: the reporter is not its doer
		{"the apparent murder", "The Australian foreign minister says the apparent murder of an aid worker in Iraq is a crime.", "", "ASSAULT// AUS"},
		{"a car-bomb explosion", "An official said seven American marines were killed on Monday in a car-bomb explosion.", "", "ASSAULT/aerial/ USA"},
		{"survives: made a new appeal", "The abducted Italian aid worker made a new appeal on video for the withdrawal of Italian soldiers from Iraq.", "REQUEST", ""},
		{"survives: non-stop is no stop", "The jets will fly non-stop flights between Sydney and Los Angeles.", "", "SANCTION"},
		// a verb's gap does not run into the clause it opens
		{"declared that ... war", "The defence secretary declared that America was winning the war in Iraq.", "", "THREATEN"},
		{"survives: warned that it would", "The African Union warned that it would suspend Mali.", "THREATEN", ""},
		// "to" after "in addition", "due" is a preposition
		{"in addition to demand", "Japan told the meeting that, in addition to demand boosting measures, a new programme will follow.", "", "REQUEST"},
		// a country naming a crisis modifies it
		{"the X crisis", "China said the Iraq crisis had hurt trade and blamed Washington for it.", "ACCUSE/allege/ CHN->USA", "IRQ->"},
		// a place naming a meeting is no agent
		{"endorsed by the Venice summit", "The plan was endorsed by the Venice economic summit.", "", "ITA"},
		{"survives: a capital as agent", "The plan was endorsed by Rome on Monday.", "SUPPORT// ITA->", ""},
		// a relative clause ends at its comma
		{"who denied ..., charged by", "The three Syrian officials, who have denied the charges, were also sanctioned by the European Union.", "", "REJECT// SYR->EU"},
		// a pattern's gap does not run into a participle clause; infliction
		{"attacks, inflicting casualties on", "The rebels intensified their attacks, inflicting heavy casualties on Malian government forces.", "ASSAULT// ->MLI", "ACCUSE"},
		{"spoke by video link with", "Erdogan spoke by video link with President Emmanuel Macron.", "CONSULT/phone/meeting TUR->FRA", ""},
		// a description as friend or folly is praise or blame
		{"described X as a true friend", "The Ugandan president described India as a true friend.", "SUPPORT// UGA->IND", ""},
		{"called the vote a farce", "Britain called the election in Belarus a farce.", "ACCUSE/disapprove/ GBR->", ""},
		// whose leadership: the owner after "of" is the head
		{"the leadership of X", "The German finance minister praised the leadership of President Emmanuel Macron.", "SUPPORT// DEU->FRA occurred", "DEU->DEU"},
		// a subordinate clause opened by a name has that subject
		{"after a name said", "The Christian Democrats in Vienna demanded the meeting after Haider said a coalition pact agreed last autumn had expired.", "", "AGREE// USA"},
		// speaking is a meeting only between two parties
		{"X and Y spoke", "Macron and Scholz spoke on Tuesday about the war.", "CONSULT//meeting DEU,FRA->", ""},
		{"survives: one speaker gives a speech", "Macron spoke on Tuesday about the war.", "", "CONSULT"},
		// what one responds to is another's act; a gerund after "by" is no agent
		{"responded to the X attack by", "France responded to the Bouake attack by destroying the Ivorian air force.", "", "ASSAULT// FRA"},
		{"survives: a verb after a capitalized subject", "The Tories accuse Labour of raising taxes.", "ACCUSE/allege/ GBR->GBR", ""},
		// an existential clause names no doer; a speaker after the comma is no recipient
		{"said there were cases of", "Annan said there were cases of rape in Darfur.", "", "ASSAULT/sexual/ UN"},
		{"comment clause right after the act", "Brazil rejected the plan, Japanese bankers said.", "REJECT// BRA-> occurred", "BRA->JPN"},
		// a surname opening a sentence before a past verb is the person named before
		{"Surname praised", "Marta Kessler, the executive director of the International Energy Agency, gave a speech on Tuesday. Kessler praised President Biden for his climate stance.", "SUPPORT// IEA->USA", ""},
		// officials of an international body are the body's
		{"leaders of the G7 met", "The leaders of the G7 met in Canada.", "CONSULT//meeting G7->", ""},
		// a place before an act noun says where; the agent after "by" acts
		{"the X attack by", "The Bouake attack by Ivorian jets killed nine French soldiers.", "ASSAULT// CIV->FRA", ""},
		// a hoped-for act and one done are not merged
		{"hypothetical and occurred stay apart", "North Korea conducted missile tests in May. Analysts said North Korea could conduct more missile tests soon.", "MOBILIZE/weapons/ PRK-> occurred", ""},
		// "and" before a subject and its auxiliary opens a clause
		{"warned against X and Y may", "Labour MPs have warned against division and the Tory leader Michael Howard may raise it in the Commons.", "ACCUSE/disapprove/ GBR-> occurred", "GBR->GBR"},
		{"survives: names joined by and share the verb", "Talks with Russia and Saudi Arabia have dragged on, China said.", "CONSULT//meeting RUS,SAU->", ""},
		// a bare surname after someone else of that name is that person
		{"Jimmy Lai ... Lai", "Hong Kong publisher Jimmy Lai went on trial on Monday. Lai has rejected the charges against him.", "", "TWN"},
		{"survives: the known holder named in full", "Prime Minister Yoshihide Suga spoke on Monday. Suga criticized China.", "ACCUSE/disapprove/ JPN->CHN", ""},
		// a country modifying an act noun is its author; what follows describes the act
		{"defied US sanctions against", "Germany defied US sanctions against Serbia.", "REJECT// DEU->USA occurred", "SRB"},
		{"survives: a plain object list", "China condemned Japan and Korea.", "->JPN,KOR", ""},
	})
}
