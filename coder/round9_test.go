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
	})
}
