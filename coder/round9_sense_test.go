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
		{"warned after a gap", "Britain's attorney general warned Tony Blair on 7 March 2003 that the invasion could be unlawful.", "", "THREATEN"},
		{"survives: a warning of retaliation", "Russia warned Ukraine that it would retaliate against any attack.", "THREATEN", ""},
		// "sanctioning military action" authorises it
		{"resolution sanctioning force", "France wants a second resolution sanctioning military action against the regime.", "", "SANCTION"},
		{"survives: sanctioning banks", "The European Union is sanctioning Russian banks over the war.", "SANCTION", ""},
	})
}

// TestRound9SenseData1987 holds the rows set in Reuters' 1987, when Reagan
// was president and the Bundesbank ran money-market tenders.
func TestRound9SenseData1987(t *testing.T) {
	d := time.Date(1987, 4, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{})
}
