package coder_test

import (
	"testing"
	"time"
)

// TestRound12Actors holds the actor families of the round-12 precision
// review (empty-actor, role-swap, key, wrong-actor): each construction
// has a row that failed before its fix and a "survives" row that keeps
// the right reading. The sentences are written for these tests.
func TestRound12Actors(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		// empty-actor: a nationality on the attack that did an agentless
		// passive names the attacker's armed force
		{"killed in a demonym's airstrike", "Three fighters were killed in an Israeli airstrike on a car in Gaza on Monday.", "ASSAULT ISR/ MIL->", "ASSAULT ->"},
		{"wounded during a demonym's raid", "Two farmers were killed during a Turkish helicopter raid near the village.", "ASSAULT TUR/ MIL->", "ASSAULT ->"},
		{"died in a demonym's attack noun", "Two soldiers died in a Russian missile attack near the town.", "ASSAULT RUS/", ""},
		{"survives: a by-agent names the attacker", "Three fighters were killed by Israeli troops in Gaza on Monday.", "ASSAULT ISR/ MIL->", ""},
		{"survives: a place after the attack is no attacker", "Three fighters were killed in an airstrike in Iraq on Monday.", "", "IRQ/ MIL->"},
	})
}

// TestRound12ReducedRelative: a noun followed by a past participle and
// then the clause's own verb is the participle's patient.
func TestRound12ReducedRelative(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"wounded soldiers are no attackers", "Five American soldiers wounded last month in Ramadi were flown to Germany for treatment.", "", "USA/ MIL->"},
		{"abducted workers are no abductors", "Two Turkish engineers abducted near Mosul in June were freed on Sunday.", "->TUR/", "TUR/ BUS->"},
		{"a past verb after a day closes the relative", "Three Canadian servicemen wounded last week near Kandahar on Tuesday described their injuries to reporters.", "", "ASSAULT CAN/ MIL->"},
		{"survives: an active verb of force with its object", "American soldiers killed three gunmen in Ramadi on Monday.", "ASSAULT USA/ MIL->", ""},
		{"survives: a participle coordinated after the subject", "Turkish troops attacked in the north and seized a rebel base.", "TUR/ MIL->", ""},
	})
}

// TestRound12Keys: "X-backed" names a third party, not the head's
// country; a spokesman for a party is the party's.
func TestRound12Keys(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"a possessor's US-backed leader is the possessor's", "Iraq's US-backed prime minister accused Syria of sheltering insurgents.", "ACCUSE IRQ/ GOV->SYR/ GOV", "USA/"},
		{"a backer is not the militia's country", "An Iranian-backed militia attacked an Israeli patrol on Sunday.", "ASSAULT", "ASSAULT IRN/"},
		{"survives: an X-led force is the leader's", "The US-led coalition attacked the rebel town on Sunday.", "ASSAULT USA/", ""},
		{"a party's spokesman is the party's", "A spokesman for the Liberal Democrats accused Blair of misleading voters.", "ACCUSE GBR/ PTY->GBR/ GOV", "ACCUSE GBR/ GOV->"},
		{"a party adjective's spokesman is the party's", "The Conservative spokesman for health accused Blair of misleading voters.", "PTY->GBR/ GOV", "GOV->GBR/ GOV"},
		{"survives: a Foreign Office spokesman is the government's", "A Foreign Office spokesman accused Iran of lying.", "ACCUSE GBR/ GOV->IRN/ GOV", ""},
		{"survives: a ministry's spokesman is the government's", "A spokesman for the Foreign Office accused Iran of lying.", "ACCUSE GBR/ GOV->IRN/ GOV", ""},
	})
}

// TestRound12Describers: the subject of a describing or perceiving verb
// is not the doer of the act its object names.
func TestRound12Describers(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"the describer did not kill", "Karzai described the killing of the cleric as a victory for the police.", "", "ASSAULT AFG/ GOV->"},
		{"the witnesses did not shell", "Villagers in Kashmir witnessed the shelling of their homes by Indian troops.", "", "ASSAULT IND/ CVL"},
		{"survives: the subject of an act noun after a plain verb", "Russian troops launched an attack on the rebel town.", "ASSAULT RUS/ MIL->", ""},
	})
}

// TestRound12GroupHead: "X's main paramilitary group" is the group, not
// X's government.
func TestRound12GroupHead(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"a possessor's paramilitary group is the group", "Colombia's largest paramilitary group, the Southern Bloc, has agreed to disarm.", "AGREE COL/ REB->", "COL/ GOV->"},
		{"survives: the possessor's own government", "Colombia's government has agreed to disarm the militias.", "AGREE COL/ GOV->", ""},
	})
}

// TestRound12ChargedDoer: the subject of a passive of punishment or
// charge did the act named after "for" or "of".
func TestRound12ChargedDoer(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"the sentenced man did the murder", "A Haitian rebel commander was sentenced to life in prison for the murder of three policemen.", "ASSAULT HTI/ REB->HTI/ COP", "ASSAULT ->"},
		{"through a chain of participles and a long adjunct", "The Haitian rebel commander had been arrested and jailed for nine years in the capital in 2009 for the killing of two guards.", "ASSAULT HTI/ REB->", "ASSAULT ->"},
		{"survives: the sentence itself is the court's", "A Haitian rebel commander was sentenced to life in prison for the murder of three policemen.", "SANCTION HTI/ JUD->HTI/ REB", ""},
		{"survives: an investigator is no doer", "Haitian police were sent to investigate the murder of three judges.", "", "ASSAULT HTI/ COP->"},
	})
}

// TestRound12AtrocityPlace: a demonym on "genocide" with no "of" phrase
// names where it happened, not who did it.
func TestRound12AtrocityPlace(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		{"a place's genocide has no doer named", "The Cambodian genocide killed nearly two million people.", "", "ASSAULT KHM/->"},
		{"survives: a genocide of a people names its doer", "The Serbian genocide of Bosnian Muslims shocked Europe.", "ASSAULT SRB/", ""},
	})
}
