package coder_test

import (
	"testing"
	"time"
)

// TestRound9SenseData checks the word-sense shields added after the
// seed-2080 precision review (nlp/lexicon/data/triggers_shields.tsv and
// triggers_extra.tsv), in sentences written for these tests. Each family
// has a "survives" row: the trigger word in its event sense still codes.
func TestRound9SenseData(t *testing.T) {
	d := time.Date(2004, 11, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// "warned that X could be illegal" is legal advice, not a threat
		{"warned it could be illegal", "Britain's attorney general warned Tony Blair that the war could be illegal without a second resolution.", "", "THREATEN"},
		{"warned after a gap", "The Dutch attorney general warned Balkenende on 3 June 2002 that the deployment could be unlawful.", "", "THREATEN"},
		{"survives: a warning of retaliation", "Russia warned Ukraine that it would retaliate against any attack.", "THREATEN", ""},
		// "sanctioning military action" authorises it
		{"resolution sanctioning force", "France wants a second resolution sanctioning military action against the regime.", "", "SANCTION"},
		{"survives: sanctioning banks", "The European Union is sanctioning Russian banks over the war.", "SANCTION", ""},
		// posters and adverts attack with words
		{"posters attacking a leader", "Labour has defended its posters attacking Michael Howard.", "ACCUSE/disapprove/ GBR->", "ASSAULT"},
		{"poster plans attacking a leader", "Liam Fox said Labour's poster plans attacking Michael Howard were a sign of abusive politics.", "ACCUSE/disapprove/ GBR->", "ASSAULT"},
		{"survives: gunmen attacking a convoy", "Gunmen attacking a convoy near Kandahar killed two Afghan soldiers.", "ASSAULT", ""},
		// a fight for a right is a campaign
		{"fight for the right to", "The ruling ends a long fight by retired Nepalese soldiers for the right to settle in Britain.", "", "ASSAULT"},
		{"survives: soldiers fight rebels", "Nepalese soldiers fought Maoist rebels in the west of the country.", "ASSAULT", ""},
		// meeting standards and concerns is no meeting
		{"met European standards", "Cyprus will not block the talks provided Turkey meets European standards.", "", "TUR->"},
		{"meet firms' concerns", "Irish exporters have complained about the new tax. Ministers say they will take some steps to meet firms' concerns on the matter.", "", "AGREE"},
		{"survives: met a leader", "Blair met Chirac in Paris on Tuesday.", "CONSULT", ""},
		{"survives: meet a president's envoy", "Blair will meet the president's envoy on Friday.", "GBR->", ""},
		// an auction hosted by auctioneers
		{"sale hosted by auctioneers", "The auction, hosted by London auctioneers Bonhams, raised a million pounds.", "", "CONSULT"},
		{"survives: hosted talks", "Norway hosted talks between the government and the rebels.", "CONSULT", ""},
		// travelling to see one's own troops
		{"travel to investigate troop complaints", "Norway's armed forces ombudsman will travel to Kosovo this month to investigate soldier complaints.", "ACCUSE/investigate/ NOR->", "AGREE"},
		{"survives: travel to meet a president", "The German foreign minister will travel to Afghanistan to meet President Karzai.", "DEU->AFG", ""},
		// withdrawing a share issue is business
		{"withdraw its issue", "Jardine Matheson decided to withdraw its issue following a fall in its shares.", "", "RETREAT"},
		{"survives: withdrew troops", "Italy withdrew its troops from Iraq.", "RETREAT", ""},
		// what people tell a reporter they agree with is opinion
		{"vox pop agrees", "Kenyan lawmakers voted on Tuesday to impeach the deputy president. Public opinion was mixed, with some telling reporters they agree with the impeachment while others disliked it.", "", "AGREE"},
		{"many citizens agree", "Many Kenyans agree with the decision to impeach the deputy president.", "", "AGREE"},
		{"survives: a state agrees with another", "Japan agreed with South Korea to resume the talks.", "AGREE", ""},
		// "strengthening army embargo" is a sanction, not a build-up
		{"strengthening an embargo", "The UN is strengthening army embargo measures against Somalia.", "SANCTION/discontinue/sanctions UN->SOM", "MOBILIZE"},
		{"survives: strengthening the army", "Al-Shabab is strengthening army units in the south.", "MOBILIZE", ""},
		// a riot foreseen is no riot
		{"fear of rioting", "An Asian envoy said Beijing did not fear that public anger at dearer food would result in rioting in the cities.", "", "CHN->"},
		{"survives: students rioted", "Chinese students rioted in Shanghai on Friday.", "PROTEST/riot/", ""},
		// investing in one's own bases
		{"investing in bases", "U.S. officials say they are investing heavily in other bases in the region.", "", "COOPERATE"},
		{"survives: investing in a country", "Japan invested heavily in India's railways last year.", "COOPERATE", ""},
	})
}

// TestRound9SenseData1987 holds the rows set in Reuters' 1987, when Reagan
// was president and the Bundesbank ran money-market tenders.
func TestRound9SenseData1987(t *testing.T) {
	d := time.Date(1987, 4, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// a press conference is no meeting
		{"meet the press", "President Reagan will meet the press very soon, his chief of staff said.", "", "AGREE"},
		{"meet with reporters", "Reagan met with reporters at the White House on Friday.", "", "CONSULT"},
		{"survives: meet a prime minister", "Reagan will meet Prime Minister Nakasone in Washington.", "USA", ""},
		// "under attack" with an abstract subject is criticism
		{"handling under attack", "Argentina's President Raul Alfonsin, whose handling of the debt crisis is under attack from unions and bankers, met his cabinet.", "", "ASSAULT"},
		{"survives: a convoy under attack", "Iraqi troops came under attack from Iranian jets near Basra.", "ASSAULT", ""},
		// central-bank tenders and liquidity aid are market operations
		{"liquidity aid", "The Dutch central bank called a fresh 14-day repurchase pact tender on Tuesday, offering banks liquidity aid at 5.25 pct.", "", "AGREE"},
		{"access to liquidity", "The Kuwaiti central bank liberalised its money market last month, giving local banks easier access to liquidity aid through repurchase agreements.", "", "RETREAT"},
		{"access to liquidity aid is no aid", "The Kuwaiti central bank liberalised its money market last month, giving local banks easier access to liquidity aid through repurchase agreements.", "", "AID"},
		{"survives: offering aid to a country", "Japan offered aid to the Philippines.", "AGREE", ""},
		{"survives: access for aid groups", "Israel gave aid agencies access to Gaza on Monday.", "ISR->", ""},
		// a service contract with a military buyer
		{"test support to the Air Force", "Sparton Corp said it won a 12 mln dlr contract to provide spare parts and test support to the U.S. Navy Weapons Laboratory in California.", "", "MOBILIZE"},
		{"survives: testing a missile", "India tested a new missile on Friday.", "MOBILIZE/weapons/", ""},
		// "negotiating" before a noun is a modifier
		{"negotiating committee", "LTV Steel said it reached a tentative agreement with the union's negotiating committee on Friday.", "AGREE", "CONSULT"},
		{"survives: a union negotiating", "The union is negotiating with LTV Steel over wages.", "CONSULT", ""},
	})
}

// TestRound9NounMentions checks event nouns that are only the topic of
// another predicate (triggers_shields.tsv, "round 9: noun mentions").
func TestRound9NounMentions(t *testing.T) {
	d := time.Date(1987, 6, 1, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"expectations for a summit", "Nakasone outlined his expectations for the Venice summit during a television interview on Sunday.", "", "CONSULT"},
		{"survives: a summit held", "Kohl and Mitterrand held a summit in Bonn on Friday.", "CONSULT", ""},
		{"progress made in pacts", "Baker warned that protectionist steps could endanger the progress made in the Canadian and Mexican trade pacts.", "", "AGREE"},
		{"survives: a trade pact signed", "Canada and the United States signed a trade pact on Saturday.", "CAN,USA->", ""},
		{"facilitating cooperation", "The communique said Japan's surplus would let Tokyo play a greater role in facilitating closer ASEAN economic cooperation.", "", "COOPERATE"},
		{"survives: economic cooperation agreed", "Japan and ASEAN agreed on closer economic cooperation.", "ASEAN", ""},
	})
	d = time.Date(2024, 10, 4, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"deployment options", "Ishiba's call for an Asian NATO and nuclear deployment and sharing options reflects doubts about the U.S. alliance.", "REQUEST", "MOBILIZE"},
		{"survives: a deployment", "NATO announced the deployment of 4,000 troops to Poland.", "MOBILIZE", ""},
	})
	d = time.Date(2005, 3, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"freeze duty increases", "Gordon Brown is to freeze fuel duty increases, fund extra help for pensioners and cut hospital waiting lists.", "", "SANCTION"},
		{"survives: freeze assets", "Britain froze the assets of three Iranian banks.", "SANCTION", ""},
	})
}

// TestRound9Commentary checks generic statements that name no act
// (triggers_shields.tsv, "round 9: commentary").
func TestRound9Commentary(t *testing.T) {
	d := time.Date(2005, 3, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"approach to imprisoning", "A Scottish penal reform group said too many prisoners were harming themselves. \"If we keep the same approach to imprisoning sick people, we cannot meet our duty of care to them,\" its chief executive said.", "", "SANCTION"},
		{"meet a duty of care", "A Scottish penal reform group said too many prisoners were harming themselves. \"If we keep the same approach to imprisoning sick people, we cannot meet our duty of care to them,\" its chief executive said.", "", "CONSULT"},
		{"survives: jailing activists", "Britain jailed three activists on Monday.", "SANCTION/convict/", ""},
		{"members must give backing", "All 27 EU states must give their backing to a candidate country before entry talks can open.", "", "SUPPORT"},
		{"survives: members back a plan", "WTO members backed the Chinese plan on Friday.", "SUPPORT", ""},
	})
}

// TestRound9Meetings checks more senses of meet, travel and host that are
// no meeting or visit (triggers_shields.tsv, "round 9: more meetings").
func TestRound9Meetings(t *testing.T) {
	d := time.Date(2005, 3, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"meet earnings estimates", "WorldCom's chief ordered staff to inflate revenues to meet Wall Street earnings estimates.", "", "CONSULT"},
		{"meet health standards", "U.S. officials say American beef now meets health standards and the EU should lift its ban.", "", "CONSULT"},
		{"met all of its promises", "Tony Blair claimed that Labour has met all of its promises.", "", "CONSULT"},
		{"met a golden rule", "Gordon Brown said he had met his fiscal golden rule despite a deficit.", "", "CONSULT"},
		{"make ends meet", "Many of Britain's students work part-time, and their unions have said they need larger grants to make ends meet.", "", "CONSULT"},
		{"demand has been met", "Soviet demand for grain has been met by purchases from the United States.", "", "CONSULT"},
		{"met a cool reception", "Blair's remarks about Iraq met a cool reception from Jacques Chirac.", "", "CONSULT"},
		{"people meet and chat", "British mobile operators expect services which let people meet and chat to raise revenue.", "", "CONSULT"},
		{"hunts would meet", "The Countryside Alliance said more than 250 British hunts would meet legally after the ban.", "", "AGREE"},
		{"survives: met a president", "Blair met President Bush at the White House.", "CONSULT", ""},
		{"survives: will meet Putin", "Schroeder will meet Putin in Moscow next week.", "DEU->RUS", ""},
		{"boost travel to a country", "The Dutch airline KLM launched a campaign to boost travel to the U.S.", "", "USA"},
		{"survives: travel to a country", "British Foreign Secretary Jack Straw will travel to Iran next week for talks.", "GBR->IRN", ""},
		{"a hosting company", "BT and DEC's hosting company were also trying to get the site shut down.", "", "CONSULT"},
		{"host the annual event", "Labour has chosen Manchester to host the annual event for the first time since 1917.", "", "CONSULT"},
		{"survives: host a president", "Bush hosted the Pakistani president at his Texas ranch.", "USA", ""},
	})
}

// TestRound9Attacks checks attacks, shootings and killings that are no
// assault (triggers_shields.tsv, "round 9: attacks that are none").
func TestRound9Attacks(t *testing.T) {
	d := time.Date(2005, 3, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"attacks exploiting a flaw", "A Microsoft spokesman said the company was not aware of any attacks exploiting the bug in its browser.", "", "ASSAULT"},
		{"hijack browser settings", "Some spyware programs hijack net browser settings to force British users to view adverts.", "", "ASSAULT"},
		{"bombarded by people", "The BBC site is bombarded by people listening to the new song.", "", "ASSAULT"},
		{"a stab at", "Sony had a stab at something similar with its PSX console.", "", "ASSAULT"},
		{"practise shooting", "The American website lets people practise shooting at targets over the internet.", "", "ASSAULT"},
		{"shoot at animals", "The Texas ranch owner wants to let American hunters shoot at a variety of game animals over the internet.", "", "ASSAULT"},
		{"a fire that killed", "Safety checks on nightclubs in Argentina were stepped up after a fire at a club that killed 190 people.", "", "ASSAULT"},
		{"survives: hijacked a plane", "Chechen rebels hijacked a Russian plane on Sunday.", "ASSAULT", ""},
		{"survives: shooting at troops", "Iraqi gunmen were shooting at American troops in Falluja.", "ASSAULT", ""},
		{"survives: a bomb that killed", "A car bomb that killed 25 people in Baghdad was set off by insurgents.", "ASSAULT", ""},
	})
}

// TestRound9Technology checks web visits, phone calls as a service, backing
// a format, advice to users and house rules (triggers_shields.tsv, "round
// 9: technology and consumers").
func TestRound9Technology(t *testing.T) {
	d := time.Date(2005, 3, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"visited a website", "Around 10,000 people in Britain visited the campaign's website during the day.", "", "CONSULT"},
		{"visit a re-election site", "Internet users in Europe could not visit the official re-election site of the Australian prime minister for two days.", "", "CONSULT"},
		{"a first mobile phone call", "Britain's first mobile phone call was made in January 1985.", "", "CONSULT"},
		{"a technology backed by a firm", "A rival high-definition disc technology backed by Toshiba is gaining ground in Japan.", "", "SUPPORT"},
		{"support a format", "Japanese games firms said they would support the new DVD format.", "", "AGREE"},
		{"warned PC users", "Apple has warned Mac users to install the newest security fixes at once.", "", "THREATEN"},
		{"ban camera phones", "Several gyms in Germany and the Swiss defence ministry have chosen to ban camera phones on their premises.", "", "SANCTION"},
		{"phone calls and fliers", "Canadian parties are aiming phone calls and fliers at undecided voters in the suburbs.", "", "CONSULT"},
		{"survives: visited a country", "Putin visited China last week.", "CONSULT/visit/", ""},
		{"survives: a phone call between leaders", "Bush and Putin held a phone call on Friday.", "CONSULT", ""},
		{"survives: backed a resolution", "France backed the British resolution on Iraq.", "SUPPORT", ""},
		{"survives: warned a country", "The United States warned Iran not to resume enrichment.", "THREATEN", ""},
		{"survives: ban imports", "Japan decided to ban imports of American beef.", "SANCTION", ""},
	})
}

// TestRound9Adjectives checks "demanding" as an adjective and feuds between
// named persons (triggers_shields.tsv, "round 9: adjectives and feuds").
func TestRound9Adjectives(t *testing.T) {
	d := time.Date(2005, 3, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"technologically demanding users", "Vodafone has found it hard to satisfy Japan's technologically demanding mobile users.", "", "REQUEST"},
		{"fighting between executives", "Fighting between Mr Camus and Mr Forgeard at EADS has hit the headlines in France.", "", "ASSAULT"},
		{"survives: demanding a withdrawal", "Lebanese protesters were demanding the withdrawal of Syrian troops.", "REQUEST", ""},
		{"survives: fighting between armies", "Fighting between Sudanese troops and rebels killed 20 people in Darfur.", "ASSAULT", ""},
	})
}

// TestRound9Advice checks warnings that are advice, not threats
// (triggers_shields.tsv, "round 9: warnings that are advice").
func TestRound9Advice(t *testing.T) {
	d := time.Date(2005, 3, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"warned his supporters", "Gordon Brown warned his supporters against complacency before the British election.", "", "THREATEN"},
		{"warned activists not to", "Tony Blair warned Labour activists not to take the election for granted.", "", "THREATEN"},
		{"survives: warned a state it would retaliate", "North Korea warned Japan that it would retaliate against any sanctions.", "THREATEN", ""},
		{"survives: warned a city to hand over", "Iraq's prime minister warned Falluja that it must hand over foreign militants or face an attack.", "THREATEN", ""},
	})
}

// TestRound9Reporting checks reporters' sourcing and reinforcements
// (triggers_shields.tsv, "round 9: reporting and reinforcing").
func TestRound9Reporting(t *testing.T) {
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"spoke with experts", "VOA examined the facts and spoke with Chinese experts to shed light on the government's efforts.", "", "CONSULT"},
		{"spoke with residents", "The Kenyan reporter spoke with residents and witnesses in Nairobi.", "", "CONSULT"},
		{"beef up support", "A train carrying Pakistani security officials to beef up support had departed Quetta.", "", "SUPPORT"},
		{"survives: leaders spoke", "Putin spoke with Erdogan by phone on Monday.", "CONSULT", ""},
		{"survives: support for a plan", "Pakistan voiced support for the Saudi peace plan.", "SUPPORT", ""},
	})
}

// TestRound9Courts checks judges withdrawing to deliberate
// (triggers_shields.tsv, "round 9: courts").
func TestRound9Courts(t *testing.T) {
	d := time.Date(2004, 12, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"judges withdraw to decide", "The three French judges hearing the fraud case against the former mayor withdrew yesterday to decide their verdict.", "", "RETREAT"},
		{"survives: troops withdraw", "Italian troops withdrew from Nasiriyah on Friday.", "RETREAT", ""},
	})
}
