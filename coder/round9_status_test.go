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
		{"offer of mediating in talks", "Nepal rejected the UN offer of mediating in talks with the rebels.", "CONSULT//meeting UN->NPL hypothetical", "CONSULT//meeting UN->NPL occurred"},
		{"threats to continue attacks", "Hamas renewed its threats to continue rocket attacks against Israel.", "ASSAULT/heavy-weapons/ ->ISR hypothetical", "occurred"},
		{"a chance of being tortured", "Refugees face a good chance of being tortured in China.", "hypothetical", "occurred"},
		{"survives: the rejection itself", "Nepal rejected the UN offer of mediating in talks with the rebels.", "REJECT// NPL->", ""},
		{"survives: attacks continued", "Hamas continued rocket attacks against Israel.", "ASSAULT/heavy-weapons/ HAMAS,PSE->ISR occurred", ""},
	})
}
