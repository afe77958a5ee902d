package coder_test

import (
	"testing"
	"time"
)

// TestRound9Status holds the status family of the seed-2080 precision
// review (issue 3): an act's status comes from the predicate that governs
// its trigger, not only from the trigger's own tense. Sentences are written
// for these tests.
func TestRound9Status(t *testing.T) {
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// want X to V: what a party wants another to do is not done
		{"wants a party to investigate", "Labour wants the police to investigate the minister.", "ACCUSE/investigate/ GBR->GBR hypothetical", "occurred"},
		{"wants a state to withdraw", "Germany wants Russia to withdraw its troops from Ukraine.", "RETREAT/withdraw/ RUS->UKR hypothetical", "occurred"},
		{"wants a list of parties to stop", "Britain wants Iran and its proxies to stop attacking ships.", "ASSAULT// IRN-> hypothetical", "occurred"},
		{"survives: wants to act is planned", "Russia wants to withdraw its troops from Syria.", "RUS->SYR planned", ""},
		{"survives: the act in another clause", "Germany wants talks, and Russia withdrew its troops from Ukraine.", "RETREAT/withdraw/ RUS->UKR occurred", ""},
		// an act held by a frame noun ("offer of", "threats to", "chance of") is a prospect
		{"offer of mediating in talks", "Sri Lanka rejected a fresh UN offer of mediating in its talks with Tamil rebels.", "CONSULT//meeting UN->LKA hypothetical", "CONSULT//meeting UN->LKA occurred"},
		{"threats to continue attacks", "Hamas renewed its threats to continue rocket attacks against Israel.", "ASSAULT/heavy-weapons/ ->ISR hypothetical", "occurred"},
		{"a chance of being tortured", "Refugees face a good chance of being tortured in China.", "hypothetical", "occurred"},
		{"survives: the rejection itself", "Sri Lanka rejected a fresh UN offer of mediating in its talks with Tamil rebels.", "REJECT// LKA->", ""},
		{"survives: attacks continued", "Hamas continued rocket attacks against Israel.", "ASSAULT/heavy-weapons/ HAMAS,PSE->ISR occurred", ""},
		// a plan, an expectation, an approval or a search for means is no act;
		// an act called off did not take place
		{"look at ways of", "The IMF will look at ways of tapping its reserves to provide debt relief to Malawi.", "AID// IMF->MWI hypothetical", "occurred"},
		{"green light to talks", "The Council is set to give the green light on Thursday to membership talks with Croatia.", "->HRV planned", "occurred"},
		{"supposed to, called off", "Ukraine and the United States were supposed to sign a minerals deal, although that was called off.", "hypothetical", "planned"},
		{"a summit cancelled", "The summit between Japan and China was cancelled.", "CONSULT//meeting CHN,JPN-> hypothetical", "occurred"},
		{"expected with no to", "The Japanese prime minister is expected visit India and the Philippines.", "JPN->IND,PHL planned", "occurred"},
		{"participle after an expected noun", "North Korea issued a statement ahead of an expected proposal from Washington calling for Pyongyang to abandon its reactor.", "REQUEST/yield/", "occurred"},
		{"survives: ways found", "The IMF found ways to provide debt relief to Zambia.", "AID// IMF->ZMB occurred", ""},
		{"survives: talks held", "The talks with Iran were held in Oman.", "CONSULT//meeting IRN-> occurred", ""},
		{"survives: a plain visit", "The Japanese prime minister visited India and the Philippines.", "CONSULT/visit/meeting JPN->IND,PHL occurred", ""},
		{"survives: a published proposal", "A proposal from Europe calling for Tehran to abandon enrichment was published.", "REQUEST/yield/ ->IRN occurred", ""},
		// a broken pledge and a disputed report are no acts
		{"broke a promise made in a year", "Canada's prime minister broke a promise made in 2001 to step down.", "RETREAT/resign/ CAN-> denied", "occurred"},
		{"broke its promise to", "Russia broke its promise to withdraw troops from Georgia.", "RETREAT/withdraw/ RUS->GEO denied", "planned"},
		{"a report termed premature", "Israel termed as premature an Egyptian report that it had agreed with the Palestinians on a truce.", "AGREE// ISR->PSE denied", "occurred"},
		{"survives: a confirmed report", "Israel confirmed reports that it had attacked a convoy in Syria.", "ASSAULT// ISR->SYR occurred", ""},
		{"survives: a promise kept open", "Russia promised to withdraw troops from Georgia.", "AGREE// RUS->GEO occurred", "denied"},
		// a feared act is hypothetical, and no threat by the party feared
		{"for fear that a state might retaliate", "Thailand turned the refugees away for fear that China might retaliate.", "", "THREATEN"},
		{"fears that a state will act", "Japan fears that China will impose sanctions on Japanese firms.", "SANCTION/discontinue/sanctions CHN->JPN hypothetical", "planned"},
		{"survives: a threat made", "China threatened to retaliate against Japan.", "THREATEN/violence/ CHN->JPN threatened", ""},
		{"survives: fears after an act", "Fears grew after Russia attacked Ukraine.", "ASSAULT// RUS->UKR occurred", ""},
		// an act named by a gerund that is the subject of a modal predicate
		{"gerund subject of would be", "He said reaching an accord with Iran would be very difficult.", "AGREE// ->IRN hypothetical", "occurred"},
		{"gerund subject of would not be", "Holding a summit with Japan would not be provocative, Seoul said.", "CONSULT//meeting JPN-> hypothetical", "planned"},
		{"gerund subject of could hurt", "Japan said holding talks with China could hurt its ties with Taiwan.", "CONSULT//meeting JPN->CHN,TWN hypothetical", "occurred"},
		{"survives: a gerund phrase before the subject", "Holding talks with China, Japan signed a deal.", "CONSULT//meeting JPN->CHN occurred", ""},
		// a noun after "as" takes the modal of the verb it completes, however
		// long the verb's object ("The U.K. Will ship ... as food aid")
		{"will ship a long object as aid", "Britain will ship 39,000 tonnes of wheat to China this month as food aid.", "AGREE// GBR-> planned", "occurred"},
		{"would send a long object as aid", "Japan would send 500 tonnes of rice to North Korea next spring as humanitarian aid.", "JPN->PRK planned", "occurred"},
		{"a noun in -eed is no past verb", "Britain will ship 40,000 tonnes of feed wheat to Egypt this month as food aid.", "AGREE// GBR-> planned", "occurred"},
		{"survives: shipped as aid", "Britain shipped 39,000 tonnes of wheat to China this month as food aid.", "AID// GBR-> occurred", ""},
		// reverse: a counterfactual asserts its act, and a pledge's limits are no ban
		{"would never have, without", "Without the agreement, the minister would never have criticized German policy so openly, an official said.", "ACCUSE/disapprove/", "denied"},
		{"the limits of a past pledge", "The takeover showed the limits of a 1961 pledge by the Swiss banks not to sell shares.", "AGREE// CHE-> occurred", "hypothetical"},
		{"survives: would never have, no condition", "Britain would never have criticized German policy.", "ACCUSE/disapprove/ GBR->DEU denied", ""},
		{"survives: a ban on talks", "Iran imposed a ban on talks with the United States.", "hypothetical", ""},
		// a noun act in the object of a call or an expectation; a double negation
		{"call for a list ending in the act", "Some in Japan call for an Asian NATO and nuclear deployment with the United States.", "MOBILIZE/troops/ NATO->USA hypothetical", "occurred"},
		{"expectations for a summit", "Germany outlined its expectations for the summit with France.", "", "DEU->FRA occurred"},
		{"should not ignore the need", "The Liberal Democrats said Britain should not ignore the need to reform the farm policy.", "REQUEST/change/statement GBR->GBR occurred", "denied"},
		{"survives: a request for aid from a giver", "North Korea is seeking military assistance from Russia.", "REQUEST/assist/ PRK->RUS occurred", "hypothetical"},
		{"survives: 'and' before a clause", "Britain called for talks and France announced a deployment of troops to Mali.", "->MLI occurred", ""},
		// a planning adjective across names and numbers; "into talks" under a
		// modal; a date inside the trigger
		{"possible across a name", "Officials in Moscow discussed a possible U.S.-Soviet summit meeting.", "AGREE//meeting RUS,USA-> planned", "CONSULT//meeting RUS,USA-> occurred"},
		{"an expected assault", "Iraqi troops were preparing for an expected assault on insurgents in Ramadi.", "ASSAULT/beat/ IRQ->IRQ planned", "occurred"},
		{"will bring into talks", "The African Union will bring Somalia's rival factions and clan militias into talks with Kenya.", "->KEN planned", "occurred"},
		{"next week inside the trigger", "Rice will visit India, Pakistan and Nepal beginning next week for talks.", "AGREE//meeting IND,NPL,PAK-> planned", "CONSULT"},
		{"survives: the summit meeting discussed", "Officials in Moscow discussed the U.S.-Soviet summit meeting.", "CONSULT//meeting RUS-> occurred", "planned"},
		{"survives: an assault launched", "Iraqi forces launched an assault on rebels in Fallujah.", "ASSAULT// IRQ->IRQ occurred", ""},
		{"survives: brought into talks", "The African Union brought Sudan's government into talks with Chad.", "CONSULT//meeting SDN->TCD occurred", ""},
		// a purpose or a meeting under a modal across a long object; a quoted
		// verb after its modal; what is prevented or made harder
		{"purpose under will across a long object", "Britain will hold a press conference in London on Tuesday to discuss the sanctions on Russia.", "AGREE// GBR-> planned", "CONSULT// GBR-> occurred"},
		{"expected somewhere for talks", "Iran's oil minister is expected in Algiers on Friday for talks with Algeria.", "AGREE//meeting IRN->DZA planned", "occurred"},
		{"a quote after the modal", `Britain said the new rules could "support free trade with India".`, "SUPPORT//trade_deal GBR->IND hypothetical", "occurred"},
		{"prevented from acting", "Britain will act to prevent Iran from acquiring nuclear weapons.", "MOBILIZE/weapons/", "planned"},
		{"made harder for a party", "The rules would make it harder for the Commission to launch infringement action against Germany.", "ACCUSE/allege/ ->DEU hypothetical", "planned"},
		{"survives: a purpose in the past", "Britain held a press conference in London on Tuesday to discuss the sanctions on Russia.", "CONSULT// GBR-> occurred", ""},
		{"survives: support for talks is no trip", "The minister supported calls for talks with Algeria.", "REQUEST/meet/ ->DZA occurred", ""},
		{"survives: a quote with no modal", `Britain said the new rules "support free trade with India".`, "SUPPORT//trade_deal GBR->IND occurred", ""},
		{"survives: infringement action launched", "The Commission launched infringement action against Germany.", "ACCUSE/allege/ ->DEU occurred", ""},
		// what is needed, allowed on a proviso or not opposed under a modal
		{"would require support", "Labour does not have a majority in the Lords and would require support from other parties.", "SUPPORT// GBR->GBR hypothetical", "planned"},
		{"would not oppose talks", "Cyprus said it would not oppose accession talks with Turkey provided Turkey met European standards.", "CONSULT//meeting TUR-> hypothetical", "CONSULT//meeting TUR-> denied"},
		{"provided as a condition", "Japan would hold talks with China provided China lifted the export ban.", "CONSULT//meeting JPN->CHN hypothetical", "planned"},
		{"survives: provided as a verb", "The US provided Iraq with weapons and would hold talks with Iran.", "->IRN planned", "hypothetical"},
		{"survives: support won", "Labour won support from other parties.", "SUPPORT// GBR->GBR occurred", ""},
		{"survives: sanctions not opposed stand", "Japan did not oppose the sanctions on Russia.", "SANCTION/discontinue/sanctions JPN->RUS occurred", ""},
		// "without" in a name or with a noun of its own negates no act
		{"without inside a name", "Reporters Without Borders welcomed the release of the journalist.", "SUPPORT// RWB-> occurred", "denied"},
		{"without with its own noun", "Amnesty International said detention without trial was unacceptable.", "ACCUSE/disapprove/statement AMNESTY-> occurred", "denied"},
		{"survives: without before a gerund", "Brazil sought refinancing without first negotiating with the IMF.", "CONSULT// BRA->IMF denied", ""},
		// the month May is no modal
		{"last May", "The new Indian government was elected last May after it pledged to introduce reforms.", "AGREE// IND-> occurred", "hypothetical"},
		{"in May before the subject", "In May Japan imposed tariffs on China.", "SANCTION/discontinue/tariff JPN->CHN occurred", "hypothetical"},
		{"survives: the modal may", "Iran may attack Israel.", "ASSAULT// IRN->ISR hypothetical", ""},
		// frames stop at a subordinate clause, another preposition or "despite"
		{"a past act after a feared one", "The Europeans feared Japanese computers would flood their markets after Washington imposed tariffs on Japan.", "SANCTION/discontinue/tariff USA->JPN occurred", ""},
		{"an offer extended at a request", "Dixons extended its bid by ten days at the request of the SEC in Washington.", "REQUEST// USA->GBR occurred", ""},
		{"as a member despite protests", "The fund will not reverse its decision to accept Beijing as a member despite protests from Taipei.", "PROTEST/demo/ ->TWN occurred", ""},
		{"survives: dissuaded from traveling", "Fears of terrorism dissuaded American officials from traveling to Europe.", "CONSULT/visit/ USA-> hypothetical", ""},
		// a long noun phrase called for, with no verb of its own
		{"a call for a long list ending in the act", "Ishiba's call for a collective security arrangement like an Asian NATO and nuclear deployment worries China.", "MOBILIZE/troops/ NATO-> hypothetical", "MOBILIZE/troops/ NATO-> occurred"},
		{"survives: a verb between the call and the act", "The party's call for reform was ignored and NATO announced the deployment of troops to Estonia.", "MOBILIZE/troops/ NATO->EST occurred", ""},
		// what is asked through a chain of infinitives or a bare verb, called
		// for directly, sought in quotes, or offered
		{"called for X to be given a hand to V", `A Senate panel called for the Government Accountability Office and its staff to be given a "free hand" to investigate Pentagon spending.`, "ACCUSE/investigate/ USA->USA hypothetical", "ACCUSE/investigate/ USA->USA occurred"},
		{"demanded X immediately V", "The Security Council demanded the country immediately withdraw its troops from Congo.", "RETREAT/withdraw/ UN->COD hypothetical", "RETREAT/withdraw/ UN->COD occurred"},
		{"force a named official to resign", "Archbishop Tutu criticised the campaign to force UN Secretary-General Kofi Annan to resign over the scandal.", "RETREAT/resign/ UN-> hypothetical", "RETREAT/resign/ UN-> occurred"},
		{"seeking a quoted act", `Clarke said Britain was seeking "memorandums of understanding" with Jordan.`, "AGREE// GBR->JOR hypothetical", "occurred"},
		{"called for an act led by a participle", "Britain called for increased U.S.-EC cooperation.", "AGREE// GBR->USA hypothetical", "AGREE// GBR->USA occurred"},
		{"offered to start talks", "EU leaders offered to start membership talks with Turkey.", "->TUR planned", "occurred"},
		{"survives: withdrew after said", "The Security Council said the country withdrew its troops from Congo.", "RETREAT/withdraw/ UN->COD occurred", ""},
		{"survives: cooperation welcomed", "Britain welcomed increased U.S.-EC cooperation.", "AGREE// GBR->USA occurred", ""},
		// a noun act marked as under way is no part of the modal's future
		{"the ongoing talks under would", "Pakistan said the fraud claims would undermine the ongoing talks with the IMF.", "CONSULT//meeting IMF-> occurred", "planned"},
		{"survives: talks to be held", "Pakistan said it would hold talks with the IMF.", "AGREE//meeting PAK->IMF planned", ""},
		// would like / would prefer X to V; an act after "that" is not asked
		{"would like X to V", "Britain would like Russia to withdraw its troops from Georgia.", "RETREAT/withdraw/", "CONCEDE"},
		{"would prefer X to V", "Germany would prefer Russia to withdraw its troops from Georgia.", "RETREAT/withdraw/ RUS->GEO hypothetical", "planned"},
		{"a past year dates the act", "Many deputies in Paris would prefer Ankara to accept that the 1915 killing of Armenians was genocide.", "ASSAULT// ->ARM occurred", "planned"},
		{"survives: would like to V is planned", "Britain would like to withdraw its troops from Iraq.", "CONCEDE// GBR->IRQ planned", ""},
		// a date between the asked party and "to"; "press conference" asks no one
		{"asked a court on a weekday to", "A Spanish prosecutor asked a court on Tuesday to sentence the ex-mayor to six years in prison.", "", "SANCTION/convict/ ESP->ESP occurred"},
		{"a press conference to discuss", "Britain will hold a press conference to discuss the sanctions on Russia.", "AGREE// GBR-> planned", "CONSULT// GBR-> hypothetical"},
		{"survives: a ban behind another preposition", "The ACLU asked the Supreme Court on Monday to take up its challenge to Arkansas's ban on gay foster parents.", "", "SANCTION/discontinue/ USA-> hypothetical"},
		// an act just ahead is planned; an act just missed did not happen
		{"poised to attack", "Israeli troops are poised to attack Rafah.", "ASSAULT// ISR->PSE planned", "occurred"},
		{"on the verge of", "Israeli troops were on the verge of attacking Rafah.", "ASSAULT// ISR-> planned", "occurred"},
		{"about to invade", "Russia is about to invade Ukraine.", "ASSAULT// RUS->UKR planned", "occurred"},
		{"came close to signing", "Russia came close to signing a deal with Ukraine.", "RUS->UKR denied", "occurred"},
		{"nearly invaded", "Russia nearly invaded Ukraine in 2021.", "ASSAULT// RUS->UKR denied", "occurred"},
		{"stopped short of", "France stopped short of endorsing Germany's bid.", "SUPPORT// FRA->DEU denied", "occurred"},
		{"survives: invaded", "Russia invaded Ukraine in 2022.", "ASSAULT// RUS->UKR occurred", ""},
		// an act declined, not yet done, avoided or replaced did not happen
		{"declined to attend talks is a rejection", "Russia declined to attend the talks with Ukraine.", "REJECT/meet/ RUS->UKR occurred", "CONSULT"},
		{"declined to endorse is a rejection", "Germany declined to endorse the French plan.", "REJECT// DEU->FRA occurred", "SUPPORT"},
		{"survives: declined to discuss is no rejection", "Germany declined to discuss the talks with France.", "", "REJECT"},
		{"has yet to impose", "Japan has yet to impose sanctions on Russia.", "SANCTION/discontinue/sanctions JPN->RUS denied", "occurred"},
		{"rather than attacking", "Israel chose diplomacy rather than attacking Iran.", "ASSAULT// ISR->IRN denied", "occurred"},
		{"refrained from attacking", "Russia has refrained from attacking Kyiv.", "ASSAULT// RUS->UKR denied", "occurred"},
		{"avoided criticizing", "China avoided criticizing Russia.", "ACCUSE/disapprove/ CHN->RUS denied", "occurred"},
		{"survives: declined to comment on criticism", "Germany declined to comment on criticism of its interest rates by Washington.", "ACCUSE/disapprove/ USA-> occurred", ""},
		{"survives: talks attended", "Russia attended the talks with Ukraine.", "CONSULT//meeting RUS->UKR occurred", ""},
	})
}
