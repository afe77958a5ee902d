package coder_test

import (
	"testing"
	"time"
)

// TestRound11ExtraRecipients holds the "extra-rcp" family of the round-11
// precision review: recipients taken from inside what the act is about
// (the content of a rejected claim, a participle phrase describing the
// object, a clause or an adjunct with parties of its own, a historical
// qualifier). The sentences are written for these tests.
func TestRound11ExtraRecipients(t *testing.T) {
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// the content of a rejected claim is not whom the rejection answers
		{"a denied report's content", "Moscow denied reports that its jets had bombed Georgian villages.", "REJECT// RUS-> occurred", "REJECT// RUS->RUS"},
		{"rejected allegations' content", "Ankara rejected allegations that its army armed Syrian rebels.", "REJECT// TUR-> occurred", "REJECT// TUR->SYR"},
		{"survives: the owner of the claim", "Ankara rejected Washington's allegations that its army armed Syrian rebels.", "REJECT// TUR->USA occurred", "SYR"},
		{"survives: an accusation names the accused in its content", "Pakistan made allegations that India had shelled border villages.", "ACCUSE/allege/ PAK->IND", ""},
		// a clause or adjunct opened after the object has its own parties
		{"a named subject after once", "Tehran will hold talks once its foreign minister returns from Oman.", "AGREE//meeting IRN-> planned", "OMN"},
		{"a possessor's act after after", "Iran sent troops to Iraq after Russia's invasion of Ukraine.", "MOBILIZE/troops/ IRN->IRQ occurred", "IRQ,UKR"},
		{"survives: a partner before the clause", "Tehran will hold talks with Oman once its foreign minister returns.", "AGREE//meeting IRN->OMN planned", ""},
		{"survives: a recipient after a prepositional after", "Israel attacked Gaza after the rocket fire.", "ASSAULT// ISR->PSE occurred", ""},
		// a participle phrase describes the object
		{"a firm involved in a sale", "Ukraine sued the firms involved in the sale of Russian gas.", "ACCUSE/allege/ UKR-> occurred", "RUS"},
		{"survives: the object before the participle", "Washington sanctioned three Iranian banks based in Dubai.", "SANCTION/discontinue/sanctions USA->IRN occurred", ""},
		{"survives: an agent inside the object", "Britain condemned the detention of sailors held by Iran.", "ACCUSE/disapprove/ GBR->IRN occurred", ""},
		// what a document or a vote is about names no party
		{"evidence on a country's weapons", "The British premier said he may apologise for the flawed evidence on Iraqi arms.", "CONCEDE// GBR-> hypothetical", "IRQ"},
		{"a referendum on a pullout", "Israel agreed to hold a national referendum on a pullout from Gaza.", "AGREE// ISR-> occurred", "PSE"},
		{"survives: sanctions on a country", "The UN called for sanctions on Iran.", "REQUEST/change/ UN->IRN occurred", ""},
		{"a topic's demonym drops, the partner after it stays", "Russia shared intelligence on Ukrainian troop movements with China.", "RUS->CHN occurred", ""},
		// a pledge's own party manifesto names no party it is made to
		{"a promised party manifesto", "The British premier promised an \"unashamedly Labour\" manifesto.", "AGREE// GBR-> occurred", "AGREE// GBR->GBR"},
		{"survives: a criticised party manifesto", "The Liberal Democrats criticised the Labour manifesto.", "ACCUSE/disapprove/ GBR->GBR occurred", ""},
		// a historical qualifier names no second party
		{"a former Soviet republic", "The EU imposed sanctions on leaders of the former Soviet republic of Belarus.", "SANCTION/discontinue/sanctions EU->BLR occurred", "RUS"},
		{"survives: former Soviet officers", "Latvia expelled two former Soviet officers.", "RUS", ""},
	})
}

// TestRound11MissingRecipients holds the "missing-rcp" family: the
// recipient named outside the trigger's direct object (the listener of
// "told", the addressee of a message, the country of a border faced or of
// a thing fired at, the object after a quoted verb phrase).
func TestRound11MissingRecipients(t *testing.T) {
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// the listener of "told" is the addressee; the teller acts
		{"told a country it would", "Kenya told Uganda it would withdraw its troops.", "CONCEDE// KEN->UGA planned", "UGA->"},
		{"told a council, demanding", "Kenya told the AU council that it would withdraw its troops, demanding that the mission be extended.", "REQUEST// KEN->AU planned", "AU->"},
		{"survives: said it would", "Kenya said it would withdraw its troops.", "CONCEDE// KEN-> planned", ""},
		{"survives: told reporters", "Kenya told reporters it would withdraw its troops.", "CONCEDE// KEN-> planned", ""},
		{"survives: a reported clause with its own subject", "Japan told China that Korea would resume talks.", "AGREE//meeting KOR-> planned", "JPN"},
		// the addressee of a message opening the sentence
		{"a letter to a king", "In a letter to the Thai king, the Dutch premier expressed sympathy.", "SUPPORT// NLD->THA occurred", ""},
		{"survives: a letter to no party", "In a letter to the editor, Kenya's envoy criticised Uganda.", "ACCUSE/disapprove/ KEN->UGA occurred", "THA"},
		// the demonym of a border faced, of a thing fired at
		{"near a country's border", "Russia deployed troops near the Polish border.", "MOBILIZE/troops/ RUS->POL occurred", ""},
		{"survives: near its own border", "Russia deployed troops near the Russian border.", "MOBILIZE/troops/ RUS-> occurred", "RUS->RUS"},
		{"survives: a border with a country", "Russia deployed troops near its border with Ukraine.", "MOBILIZE/troops/ RUS->UKR occurred", ""},
		{"fired at a country's boat", "China fired water cannon at a Philippine supply boat.", "ASSAULT/crowd-control/ CHN->PHL occurred", ""},
		{"survives: villages near a border are either side's", "Turkish troops shelled villages near the Syrian border.", "ASSAULT/heavy-weapons/ TUR-> occurred", "SYR"},
		// the intruder a deployment answers
		{"jets scrambled after an intrusion", "Japan scrambled jets after a Chinese plane entered its airspace.", "MOBILIZE/weapons/ JPN->CHN occurred", ""},
		{"survives: jets scrambled after a storm", "Japan scrambled jets after the storm.", "MOBILIZE/weapons/ JPN-> occurred", ""},
		// a quoted verb phrase still reaches its object
		{"a quoted verb phrase", "The Nigerian army said its troops had \"killed 200\" Boko Haram fighters.", "ASSAULT// NGA->BOKOHARAM", ""},
		{"survives: a quoted noun phrase reaches nothing", "Howard said the Labour leader was acting like an \"attack dog\" towards Britain.", "ASSAULT// GBR-> occurred", ""},
	})
}

// TestRound11OwnersAndPlaces holds more of the "missing-rcp" family: the
// maker of a rejected claim after "by", the body a stance is taken at, a
// place after a hyphenated modifier of harm.
func TestRound11OwnersAndPlaces(t *testing.T) {
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"accusations by a country", "Iran rejected the accusations by Israel.", "REJECT// IRN->ISR occurred", ""},
		{"survives: accusations of a country", "Iran rejected the accusations of Israel.", "REJECT// IRN->ISR occurred", ""},
		{"a veto at the Security Council", "The resolution was vetoed by Russia at the Security Council.", "REJECT// RUS->UN occurred", ""},
		{"survives: a veto with no body named", "Russia vetoed the draft on Friday.", "REJECT// RUS-> occurred", ""},
		{"aid to a flood-hit region", "China airlifted tents to flood-hit eastern Libya.", "AID// CHN->LBY occurred", ""},
		{"survives: aid to a region", "China airlifted tents to eastern Libya.", "AID// CHN->LBY occurred", ""},
		// a rejection made while answering someone's words answers them
		{"responding to a statement by someone", "Kabul rejected the accusations while responding to the statement by the Taliban leader.", "REJECT// AFG->AFG,TALIBAN occurred", ""},
		{"survives: no one answered", "Kabul rejected the accusations while responding to reporters.", "REJECT// AFG-> occurred", ""},
		// a mutual act has its actors as recipients
		{"each blamed the other", "Peru and Chile each put the blame on the other.", "ACCUSE/allege/ CHL,PER->CHL,PER occurred", ""},
		{"accused each other", "India and Pakistan accused each other of breaking the truce.", "ACCUSE/allege/ IND,PAK->IND,PAK occurred", ""},
		{"survives: accused a third party", "India and Pakistan accused China of breaking the truce.", "ACCUSE/allege/ IND,PAK->CHN occurred", ""},
		// the listener of "told ... in phone calls" is the other party
		{"told a leader in phone calls", "Sheinbaum and Trudeau told Trump in phone calls that they had curbed the flow of fentanyl.", "CONSULT/phone/meeting CAN,MEX->USA occurred", "USA->"},
		{"survives: a call between named parties", "Sheinbaum spoke with Trump in a phone call on Monday.", "MEX->USA occurred", ""},
	})
}

// TestRound11WrongRecipients holds the "wrong-rcp" family: a place taken
// as a party, and victims keyed by the story's home country rather than
// by where they were.
func TestRound11WrongRecipients(t *testing.T) {
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"a country after a town is where", "Gunmen killed 12 soldiers in Mopti, Mali.", "ASSAULT MLI/ REB->MLI/ MIL occurred", "MLI/ MIL,MLI/ GOV"},
		{"victims keyed by the place named", "JNIM fighters killed dozens of villagers in Djibo, Burkina Faso.", "->BFA/ CVL", "->MLI/ CVL"},
		{"survives: victims in the home country", "JNIM fighters killed dozens of villagers in central Mali.", "->MLI/ CVL", ""},
		{"survives: a country named beside another party", "Gunmen killed 12 soldiers and attacked Mali's army.", "->MLI/ MIL", ""},
		// a reaction is never aimed at the reactor's own capital
		{"a reaction to one's own capital", "Sudan condemned as \"biased\" a new UN resolution calling on Khartoum to end the fighting.", "ACCUSE SDN/ GOV-> occurred", "ACCUSE SDN/ GOV->SDN"},
		{"survives: a reaction to another capital", "Washington rejected the criticism from Moscow.", "REJECT USA/ GOV->RUS/ GOV occurred", ""},
		// a welcome of news is addressed to whom the news is about
		{"welcomed news that a country agreed", "U.S. senators welcomed Monday's announcement that Ukraine had accepted a truce.", "SUPPORT USA/ LEG->UKR/ GOV occurred", "SUPPORT USA/ LEG->USA"},
		{"survives: welcomed a country's announcement", "U.S. senators welcomed Ukraine's announcement on Monday.", "SUPPORT USA/ LEG->UKR/ GOV occurred", ""},
		// the party of a person undergoes the act, not the person
		{"the party of a former president", "Sudan's ruling council dissolved the party of former President Omar al-Bashir.", "COERCE SDN/ GOV->SDN/ PTY occurred", ""},
		{"survives: the motorcade of a president", "Rebels attacked the motorcade of President Kiir.", "->/ GOV", "PTY"},
		// a "pro-X" group is not of X
		{"a pro-Russian party banned at home", "Moldova banned a pro-Russian party.", "COERCE MDA/ GOV->MDA/ PTY occurred", "RUS"},
		{"pro-Russian separatists in a place", "Russia backed pro-Russian separatists in eastern Ukraine.", "SUPPORT RUS/ GOV->UKR/ REB occurred", "->RUS"},
		{"survives: a Russian party", "Moldova banned a Russian party.", "COERCE MDA/ GOV->RUS/ PTY occurred", ""},
		// the actor's own people asked back are what is requested
		{"the return of one's own nationals", "China asked for the return of 45 Uyghurs.", "REQUEST CHN/ GOV-> occurred", "CHN/ CVL"},
		{"survives: the one asked", "China asked Thailand for the return of 45 Uyghurs.", "REQUEST CHN/ GOV->THA/ GOV occurred", ""},
		// a purpose adjunct names no one the act is aimed at
		{"as part of a hunt", "Afghan forces raided houses in Kabul as part of a search for three UN workers.", "COERCE AFG/ MIL-> occurred", "/UN"},
		{"survives: the object raided", "Afghan forces raided UN offices in Kabul.", "COERCE AFG/ MIL->/UN IGO occurred", ""},
		// a part of a place is where, its people are whom
		{"on the outskirts of a city", "Gunmen seized 30 passengers on a bus on the outskirts of Athens.", "COERCE GRC/ REB->GRC/ CVL occurred", "GRC/ GOV"},
		{"survives: the city of a place attacked", "Syrian rebels shelled the city of Aleppo.", "ASSAULT SYR/ REB->SYR/ occurred", ""},
	})
}
