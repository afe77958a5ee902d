package coder_test

import (
	"testing"
	"time"
)

// Round 11 recall families for CAMEO roots 10-20 (requests through mass
// violence), found by a held-out CAMEO-style set; the patterns are in
// nlp/lexicon/data/triggers_r11b.tsv and the constructions in
// coder/recall11b.go. Sentences are written for these tests. Each family
// has rows that failed before the fix and "survives" rows showing that
// the neighbouring reading still codes as before.

// TestRound11RecallInsist: a demand phrased as insistence on what another
// party should do.
func TestRound11RecallInsist(t *testing.T) {
	d := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"insisted that X and Y end", "The State Department insisted that Ethiopia and Eritrea stop the fighting.", "REQUEST/", ""},
		{"insisted that X withdraw", "Ukraine insisted that Russia withdraw its troops from the plant.", "REQUEST// UKR->RUS occurred", ""},
		{"survives: insisted that X must", "The French finance minister insisted that Germany must pay more of the bill.", "REQUEST/change/statement FRA->DEU occurred", ""},
		{"survives: insisted that it had not", "Russia insisted that it had not attacked the convoy.", "ASSAULT// RUS-> denied", "REQUEST"},
		{"survives: insisted that X was", "Turkey insisted that Sweden was harbouring militants.", "", "REQUEST"},
		{"survives: demanded that, interposed phrase", "Kenya's opposition, in a statement signed by five parties, demanded that the government release the detainees.", "REQUEST// KEN->KEN occurred", ""},
	})
}

// TestRound11RecallReject: rejections in other words.
func TestRound11RecallReject(t *testing.T) {
	d := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"brushed aside demands", "Cuba brushed aside demands that it free the dissidents.", "REJECT// CUB->", "REQUEST"},
		{"dismissed calls for talks", "Iran dismissed calls for new talks with the United States.", "REJECT/", "REQUEST"},
		{"shrugged off demands", "North Korea shrugged off demands to halt its missile tests.", "REJECT// PRK->", ""},
		{"rejected calls for", "Serbia rejected calls for sanctions on Russia.", "REJECT// SRB->", "REQUEST"},
		{"said, refusing to", "Schools will stay closed, the Ugandan government said, refusing to reopen them before March.", "REJECT// UGA-> occurred", ""},
		{"pulled out of an initiative", "Poland pulled out of the Russian-led initiative.", "REJECT// POL->RUS occurred", ""},
		{"survives: said, firmly rejecting", "\"Not an option,\" the Egyptian minister said of the proposal, firmly rejecting the idea.", "REJECT// EGY-> occurred", ""},
		{"survives: pulled out troops", "Russia pulled out its troops from the town.", "RETREAT/withdraw/ RUS->", ""},
		{"survives: a call for talks", "Iran called for new talks with the United States.", "REQUEST/meet/ IRN->USA occurred", ""},
		{"survives: an apposition before the verb", "Hamas, the group that runs Gaza, rejected the plan.", "REJECT// HAMAS", ""},
	})
}
