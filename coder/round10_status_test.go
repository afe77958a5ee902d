package coder_test

import (
	"testing"
	"time"
)

// TestRound10Status holds the status and noun-mention families of the
// round-10 precision review: the noun or verb that governs a trigger (a
// plan, a proposal, a condition, a question, a topic of talk, a
// broken pledge, the purpose of a call) decides whether the act took
// place. Sentences are written for these tests.
func TestRound10Status(t *testing.T) {
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// "plans for N": the measure is still to come
		{"announced plans for tariffs", "Washington announced plans for tariffs on Japanese chips.", "SANCTION/discontinue/tariff USA->JPN planned", "occurred"},
		{"plans for a sum in sanctions", "Canada announced plans for as much as 300 million dollars in sanctions against Iran.", "CAN->IRN planned", "occurred"},
		{"survives: tariffs imposed", "Washington imposed tariffs on Japanese chips.", "SANCTION/discontinue/tariff USA->JPN occurred", ""},
		// an act in an "if" or "unless" clause is neither done nor refused
		{"if they can't agree", "If Canada and the provinces can't agree, the plan will fail.", "hypothetical", "REJECT"},
		{"if they cannot agree", "If Ottawa and the provinces cannot agree, the deal will collapse.", "AGREE// CAN-> hypothetical", "denied"},
		{"a refusal inside a condition", "Russia will not attend the talks if Ukraine refuses.", "REJECT// UKR-> hypothetical", "UKR-> planned"},
		{"survives: a plain refusal to agree", "Canada and the provinces can't agree on the plan.", "REJECT// CAN-> occurred", ""},
		{"survives: the refusal before the condition", "Russia will not attend the talks unless Ukraine withdraws its troops.", "REJECT/meet/ RUS-> occurred", ""},
		// "whether another summit is appropriate": an open question
		{"whether a summit", "We will have to see whether another summit between Trump and Kim is appropriate.", "hypothetical", "planned"},
		{"survives: a summit that will be held", "Trump and Kim will hold another summit.", "AGREE//meeting USA-> planned", ""},
		// the purpose of a call ("so landlords are only prosecuted if")
		{"so after called for", "Labour called for new rules so landlords in Britain are only prosecuted if tenants complain.", "ACCUSE/allege/ GBR-> hypothetical", "ACCUSE/allege/ GBR-> occurred"},
		{"survives: the call itself", "Labour called for new rules so landlords in Britain are only prosecuted if tenants complain.", "REQUEST// GBR-> occurred", ""},
		// a proposed act is not done
		{"proposed a crackdown", "Pakistan proposed a crackdown on militant groups.", "COERCE/restrict/ PAK->PAK proposed", "occurred"},
		{"survives: a crackdown launched", "Pakistan launched a crackdown on militant groups.", "COERCE/restrict/ PAK->PAK occurred", ""},
		// a future date in a possessive ("next week's visit")
		{"next week's visit", "The prime minister will hold talks in Tokyo during next week's visit by the Australian trade minister.", "AUS-> planned", "AUS->JPN occurred"},
		{"survives: last week's visit", "The prime minister held talks in Tokyo during last week's visit by the Australian trade minister.", "CONSULT/visit/meeting AUS->JPN occurred", ""},
		// a measure in force named as what talks will be about is not planned
		{"will discuss the sanctions", "The ministers will discuss the sanctions on Russia.", "SANCTION/discontinue/sanctions ->RUS occurred", "planned"},
		{"survives: sanctions to be imposed", "The ministers will impose sanctions on Russia.", "SANCTION/discontinue/sanctions ->RUS planned", ""},
		// an act in the topic of talk ("talked about imposing sanctions")
		{"about resuming stalled talks", "The envoy spoke about resuming stalled talks with North Korea.", "CONSULT//meeting PRK-> hypothetical", "occurred"},
		{"about imposing sanctions", "The minister talked about imposing sanctions on Iran.", "SANCTION/discontinue/sanctions ->IRN hypothetical", "occurred"},
		{"survives: stalled talks resumed", "Iran and the U.S. resumed the stalled talks in Oman.", "CONSULT//meeting IRN,USA-> occurred", ""},
		{"survives: about being attacked", "The refugees complained about being attacked by Kenyan police.", "ASSAULT// KEN-> occurred", ""},
		// noun-mention: reneging on a pledge is no fresh pledge
		{"went back on his pledge", "The president went back on his pledge of support for Ukraine.", "AGREE// ->UKR denied", "occurred"},
		{"reneged on his pledge", "The president reneged on his pledge of aid to Ukraine.", "AGREE// ->UKR denied", "occurred"},
		{"survives: a pledge made", "The president made a pledge of support for Ukraine.", "AGREE// ->UKR occurred", ""},
		// a demand with a pronoun party and no "that"
		{"to insist they withdraw", "He wrote to Israel to insist they withdraw their troops from Gaza.", "RETREAT/withdraw/ ->PSE hypothetical", "occurred"},
		{"survives: they withdrew", "They withdrew their troops from Gaza.", "RETREAT/withdraw/ ->PSE occurred", ""},
		// a noun act whose own verb is a future start
		{"talks will open on a date", "GM's negotiations with the union on a new contract will open on July 27.", "USA->USA planned", "occurred"},
		{"talks will open, across a relative clause", "Canada's negotiations on a new pact covering 50,000 farmers who belong to the cooperative will open on May 4.", "CAN-> planned", "occurred"},
		{"survives: talks opened", "GM's negotiations with the union on a new contract opened on July 27.", "CONSULT// USA->USA occurred", ""},
		// a participle elaborating a modal clause takes its modal
		{"may impose, cutting aid", "The militants may impose trade sanctions on Kenya, cutting foreign aid to its army.", "SANCTION/discontinue/sanctions ->KEN hypothetical", "occurred"},
		{"survives: imposed, cutting aid", "The militants imposed trade sanctions on Kenya, cutting foreign aid to its army.", "SANCTION/discontinue/sanctions ->KEN occurred", "hypothetical"},
		// noun-mention: acts named as the topics of an interview are no fresh acts
		{"topics of an interview", "VOA spoke with the former envoy about his trip to Japan, U.S. support for Taiwan and China's aggression in the region.", "SUPPORT// USA->CHN,TWN hypothetical; ASSAULT// CHN,TWN-> hypothetical", ""},
		{"survives: the conversation itself", "Japan's foreign minister spoke with the former envoy about his trip to Korea, U.S. support for Taiwan and China's aggression in the region.", "CONSULT// JPN->", ""},
		{"survives: aggression condemned", "The former envoy condemned China's aggression in the region.", "ASSAULT// CHN-> occurred", ""},
		// reverse: what a party seeks to halt is under way
		{"seeking to halt an investigation", "Israel is seeking to halt the UN investigation into the Gaza strikes.", "ACCUSE/investigate/ UN->PSE occurred", "hypothetical"},
		{"wants to stop attacks", "Israel wants to stop the rocket attacks from Gaza.", "ASSAULT/heavy-weapons/ ->PSE occurred", "hypothetical"},
		{"survives: a planned strike to stop", "Unions are trying to stop the planned strike by pilots against Air France.", "PROTEST/strike/ ->FRA hypothetical", "occurred"},
		// an absolute clause ("with X pressing each other") after a future clause
		{"with parties pressing, after will", "The talks will be tough, with Japan and the United States pressing each other to open markets.", "REQUEST// JPN,USA-> planned", "occurred"},
		{"survives: with parties pressing, in the past", "The talks were tough, with Japan and the United States pressing each other to open markets.", "REQUEST// JPN,USA-> occurred", ""},
		// talks listed as part of a journey still under way are to come
		{"a trip that includes talks", "The Indian prime minister arrived in New York for a trip that includes talks with Bush and Musharraf.", "AGREE//meeting IND-> planned", ""},
		{"survives: a trip that included talks", "The Indian prime minister ended a trip that included talks with Bush.", "CONSULT//meeting IND-> occurred", ""},
		// what a list of lowercase parties is told to draft is not done
		{"told officials and chiefs to draft a ban", "The Thai governor, after a meeting last week with activists, told town officials and police chiefs to draft rules to ban the sale of fireworks in the city.", "SANCTION/discontinue/ THA-> hypothetical", "occurred"},
		{"survives: a ban made", "The Thai government banned the sale of fireworks.", "SANCTION/discontinue/ THA-> occurred", ""},
		// noun-mention: "the summer's negotiations" in a story dated in March are to come
		{"the summer's negotiations", "Analysts expect bitter fights during the summer's trade negotiations between Canada and Mexico.", "CAN,MEX-> planned", "occurred"},
		{"survives: last summer's negotiations", "There were bitter fights during last summer's trade negotiations between Canada and Mexico.", "CONSULT//meeting CAN,MEX-> occurred", ""},
	})
}
