package coder_test

import (
	"testing"
	"time"
)

// TestRound8WordSenseData checks the word-sense shields added to the lexicon
// data in round 8 (nlp/lexicon/data/triggers_shields.tsv). Each family has a
// "survives" row: the same trigger word in its event sense must still code.
func TestRound8WordSenseData(t *testing.T) {
	d := time.Date(2005, 2, 14, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// sport: fixtures, attacking play, shots, leaving a competition
		{"cup clash", "Ireland have recalled two forwards for the Six Nations clash with France next weekend.", "", "ASSAULT"},
		{"crunch clash", "Our captain is thinking only about the league crunch clash with Italy.", "", "ASSAULT"},
		{"attacking adjective", "Spain showed real attacking flair against a tired Portugal side.", "", "ASSAULT"},
		{"ended on the attack", "Scotland ended the match on the attack but could not score.", "", "ASSAULT"},
		{"blasts an ace", "The Swiss player blasts an ace down the middle to hold serve.", "", "ASSAULT"},
		{"blasted the ball", "The Brazilian striker blasted the ball wide from close range.", "", "ASSAULT"},
		{"withdrew from the Games", "Two of the swimmers withdrew from the Olympics with stomach bugs.", "", "RETREAT"},
		// money, campaigns and quarrels
		{"thousands of pounds", "The charity spent thousands of pounds on legal fees.", "", "ASSAULT"},
		{"millions of pounds", "Fraud costs British retailers millions of pounds a year.", "", "ASSAULT"},
		{"seize the lead in a campaign", "Rebels in the cabinet hope to grab back the initiative.", "", "COERCE"},
		{"seize a poll lead", "Analysts saw the Liberals seizing a clear lead in the polls.", "", "COERCE"},
		{"a sales assault on a market", "The carmaker is planning a fresh assault on the Chinese market.", "", "ASSAULT"},
		{"clashed with ministers", "The head of the army has clashed with ministers over the budget.", "", "ASSAULT"},
		{"clashes with trade unions", "Ministers expect clashes with trade unions over the pension plan.", "", "ASSAULT"},
		{"attacked by critics", "The new film was attacked by critics in France.", "ACCUSE/disapprove/", "ASSAULT"},
		{"survives: guards seize a tanker", "Iranian guards seized a British tanker in the Gulf.", "COERCE", ""},
		{"a personal attack is criticism", "Labour launched a personal attack on Michael Howard.", "ACCUSE/disapprove/ GBR->GBR", "ASSAULT"},
		{"survives: ground assault", "Israeli troops launched a ground assault on Gaza.", "ASSAULT", ""},
		// causes and duties: no accusation, no admission
		{"blamed high prices", "The airline blamed soaring oil costs for its first loss in a decade.", "", "ACCUSE"},
		{"blamed technical problems", "The mining group blamed technical problems for lower output.", "", "ACCUSE"},
		{"only himself to blame", "Critics said the minister had only himself to blame.", "", "ACCUSE"},
		{"survives: blame a government", "Bolivia blamed Chile for the failure of the border talks.", "ACCUSE/allege/ BOL->CHL", ""},
		{"take responsibility for security", "Iraqi police will take responsibility for security in Najaf next month.", "", "CONCEDE"},
		{"survives: responsibility for an attack", "Israel accepted responsibility for the deaths of three Egyptian police officers.", "CONCEDE", ""},
		// computing, attraction, sport, weather
		{"host computers", "The virus spread to host computers at several universities.", "", "CONSULT"},
		{"backing up", "Many users are backing up onto CD and external drives.", "", "SUPPORT"},
		{"appeal to audiences", "The studio wants its games to appeal to wider audiences.", "", "REQUEST"},
		{"banned substances", "The cyclist denied ever taking banned substances.", "", "SANCTION"},
		{"pulled out injured", "The Welsh captain pulled out of the match with a knee injury.", "", "RETREAT"},
		{"a hail of bullets", "The convoy drove on under a hail of bullets.", "", "SUPPORT"},
		{"survives: a hosted summit", "Egypt hosted talks between Israel and the Palestinians.", "CONSULT", ""},
		{"survives: appeal to a government", "Amnesty appealed to Sudan to protect the refugees.", "REQUEST", ""},
		// disasters, reviews, weather, film and music, fixtures
		{"a storm kills", "Tropical Storm Ivan killed dozens of people across Grenada.", "", "ASSAULT"},
		{"an earthquake kills", "A powerful earthquake killed at least 40 people in northern Iran.", "", "ASSAULT"},
		{"survives: troops kill", "Israeli soldiers killed three Palestinian gunmen near Jenin.", "ASSAULT// ISR->PSE", ""},
		{"met with reviews", "The director's new film met with hostile reviews in Berlin.", "", "CONSULT"},
		{"met the same fate", "The second airline could meet the same fate as its rival.", "", "CONSULT"},
		{"survives: met with a minister", "Blair met with the Irish prime minister in Dublin.", "CONSULT", ""},
		{"threatened rain", "Dark clouds threatened rain over the stadium.", "", "THREATEN"},
		{"supporting actress", "He was nominated as best supporting actor for the third time.", "", "SUPPORT"},
		{"backing vocals", "The band recorded the song with backing vocals from a choir.", "", "SUPPORT"},
		{"anti-violence body", "Spain's anti-violence commission fined the club.", "", "ASSAULT"},
		{"a match ban", "The striker faces a three-match ban for the tackle.", "", "SANCTION"},
		{"survives: an import ban", "Japan imposed a ban on American beef imports.", "SANCTION", ""},
		// diplomatic protests, economic targets, grey areas, social gatherings
		{"protest to a government", "Seoul will protest to Tokyo over the new textbooks.", "ACCUSE/disapprove/ KOR->JPN", "PROTEST"},
		{"survives: a street protest", "Thousands of students protested in Seoul against the new law.", "PROTEST", ""},
		{"hit its targets for a year", "The brewer expects to hit its targets for next year.", "", "ASSAULT"},
		{"a growth target", "The chancellor said he was hitting his growth target.", "", "ASSAULT"},
		{"a grey area", "The scheme occupied a grey area under the law.", "", "ASSAULT"},
		{"survives: occupy a town", "Rwandan troops occupied the town of Bukavu.", "ASSAULT", ""},
		{"gather for a meal", "Some 30 fishermen gather for a dinner of cod and potatoes.", "", "CONSULT"},
		// support as evidence, a service, a capacity, a poll share
		{"evidence to support", "Investigators have no evidence to support the rumours about the minister.", "", "SUPPORT"},
		{"victim support", "Judges, police and victim support groups will work together.", "", "SUPPORT"},
		{"a capacity to support", "The new fields could support a higher rate of output.", "", "SUPPORT"},
		{"a poll majority", "A survey found two-thirds of voters support the plan.", "", "SUPPORT"},
		{"survives: a government backs a plan", "Germany backed the French plan for debt relief.", "SUPPORT// DEU->", ""},
		// business warnings, duties, assets, medical care, media
		{"a profits warning", "The carmaker issued its second profits warning this year.", "", "THREATEN"},
		{"accepting responsibilities", "Parents should start accepting their responsibilities, the report says.", "", "CONCEDE"},
		{"withdrawn assets", "Libya has withdrawn $2bn in assets from American banks.", "", "RETREAT"},
		{"withdraw feeding", "Doctors may withdraw artificial feeding from the patient.", "", "RETREAT"},
		{"self-censor", "Broadcasters have begun to self-censor their live shows.", "", "COERCE"},
		{"a close relationship", "The programme keeps a close relationship with the radio station.", "", "COERCE"},
		{"survives: withdraw troops", "Spain withdrew its troops from Iraq.", "RETREAT", ""},
		{"survives: a warning to a state", "Washington warned Tehran against restarting enrichment.", "IRN", ""},
		// rules met, bills paid, aid needed, products appealing
		{"meet a fiscal rule", "Treasury officials insist the minister will meet her fiscal rule.", "", "AGREE"},
		{"met its objectives", "The insurer has met its key financial objectives this year.", "", "CONSULT"},
		{"meet a tax bill", "The oil firm sold assets to meet a huge tax bill.", "", "CONSULT"},
		{"need emergency aid", "Two million Kenyans will need emergency food aid this year.", "", "AGREE"},
		{"appeal to drivers", "The carmaker wants the new model to appeal to younger drivers.", "", "REQUEST"},
		{"survives: will meet a president", "Blair will meet President Bush in Washington next week.", "GBR->USA planned", ""},
		// 9/11 as a date, debt freezes, hijacked debates
		{"after the September 11 attacks", "Security spending rose sharply in the years since the September 11 attacks.", "", "ASSAULT"},
		{"survives: a new attack", "Gunmen attacked a Shiite mosque in Karachi on Friday.", "ASSAULT", ""},
		{"a freeze on repayments", "Creditors discussed a freeze on debt repayments for the flooded nations.", "", "SANCTION"},
		{"hijack a debate", "Farmers fear the middlemen will hijack the subsidy.", "", "ASSAULT"},
		{"survives: hijack a plane", "Chechen rebels hijacked a Russian airliner.", "ASSAULT", ""},
		// travel advice, economic reports
		{"should not travel", "Britons should not travel to Nepal except on urgent business, the Foreign Office said.", "", "CONSULT"},
		{"survives: will travel", "The Pakistani leader will travel to India next month.", "PAK->IND planned", ""},
		{"an economic report", "The Commission issued a gloomy economic report on Tuesday, warning that growth would slow.", "", "THREATEN"},
		// sanctions relief is a concession
		{"sanctions relief offered", "Washington offered Tehran sanctions relief.", "CONCEDE// USA->IRN", "AID"},
		{"survives: humanitarian relief", "The United States delivered humanitarian relief to Haiti.", "AID// USA->HTI", ""},
		// web visits, killing the ball
		{"visits from users", "The party's web site now turns away visits from foreign users.", "", "CONSULT"},
		{"killing the ball", "The Welsh flanker was sin-binned for killing the ball near the line.", "", "ASSAULT"},
		{"survives: a state visit", "President Putin paid a state visit to Turkey.", "CONSULT/visit/", ""},
		// figurative bombardment
		{"adverts bombard voters", "Negative adverts are bombarding voters in the swing states.", "", "ASSAULT"},
		{"bombarded with e-mails", "Ministers were bombarded with e-mails from angry farmers.", "", "ASSAULT"},
		{"survives: artillery bombards a city", "Russian artillery bombarded the Chechen capital Grozny.", "ASSAULT", ""},
		// a tally of earlier visits
		{"last three visits", "Ireland have lost four of their last five visits to Paris.", "", "CONSULT"},
		{"survives: clash with troops", "South Korean students clashed with riot police in Seoul.", "PROTEST", ""},
		{"survives: fighters clash", "Rebels clashed with Sudanese troops near the border.", "->SDN", ""},
		{"survives: attack on a town", "Militants attacked a police station in northern Iraq.", "ASSAULT", ""},
		{"survives: withdraw from a treaty", "North Korea withdrew from the nuclear treaty.", "SANCTION", ""},
	})
}

// TestRound8NameKeys checks names added in round 8 (people_2004.tsv, orgs.tsv,
// actors.tsv): figures of 2004-2005 news who were unkeyed or resolved to
// another person of the same surname.
func TestRound8NameKeys(t *testing.T) {
	d := time.Date(2004, 11, 20, 0, 0, 0, 0, time.UTC)
	rows := []family{
		// British usage "Mr Howard" is the Conservative leader, not Australia's prime minister
		{"Mr Howard is British", "Mr Howard accused ministers of wasting public money.", "ACCUSE/allege/ GBR->", "AUS"},
		{"survives: Australia's Howard", "Australian leader John Howard pledged more troops for Iraq.", "AGREE// AUS->", ""},
		{"Mr Brown is the chancellor", "Mr Brown pledged to double aid to Africa.", "AGREE// GBR->", ""},
		{"Mr Campbell is not Canadian", "Mr Campbell criticised the Tory poster campaign.", "ACCUSE/disapprove/ GBR->GBR", "CAN"},
		{"an Iraqi Shiite cleric", "Moqtada al-Sadr called on his militia to lay down their arms.", "REQUEST// IRQ->", ""},
		{"an Iraqi militia", "The Mehdi Army attacked a police station in Kut.", "MEHDIARMY->IRQ", ""},
		{"a British union", "Unison threatened to strike over pensions.", "GBR->", ""},
		{"Georgia's president", "Georgian President Mikheil Saakashvili met Vladimir Putin in Moscow.", "GEO", ""},
		{"Ivory Coast's president", "President Laurent Gbagbo accused France of backing the rebels.", "ACCUSE/allege/ CIV->FRA", ""},
		{"Qaida without the article", "Qaida militants kidnapped two Italians in Baghdad.", "ALQAEDA", ""},
		{"George Bush in 2004 is the son", "George Bush met Tony Blair at the White House.", "CONSULT/visit/meeting GBR->USA", ""},
		{"a Dutch exchange", "Euronext has opened talks with a German rival.", "CONSULT", ""},
		{"an exchange operator keyed", "Euronext has opened talks with a German rival.", "NLD", ""},
		{"a former WorldCom chief", "Bernie Ebbers met the board on Monday.", "CONSULT//meeting USA->", ""},
		{"a chess player is no German minister", "Bobby Fischer defied the sanctions on Yugoslavia.", "", "DEU"},
	}
	checkFamilies(t, d, rows)
	// BBC and AG News stories carry no date: the honorific form still decides
	checkFamilies(t, time.Time{}, rows[:1])
}
