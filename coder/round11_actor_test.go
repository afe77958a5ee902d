package coder_test

import (
	"testing"
	"time"
)

// TestRound11Actors holds the actor families of the round-11 precision
// review (wrong-actor, role-swap, empty-actor, key): each construction has
// a row that failed before its fix and a "survives" row that keeps the
// right reading. The sentences are written for these tests.
func TestRound11Actors(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	checkSectors(t, d, []family{
		// wrong-actor: "supporters of X" are the supporters, of X's country
		{"supporters of a president are not the president", "Supporters of the Ivorian president criticized the French troops.", "ACCUSE CIV/ CVL->FRA/ MIL", "CIV/ GOV->"},
		{"followers of a party keep its sector", "Followers of the Labour Party criticized the French government.", "ACCUSE GBR/ PTY->FRA/ GOV", ""},
		{"survives: the president himself", "The Ivorian president criticized the French troops.", "ACCUSE CIV/ GOV->FRA/ MIL", ""},
		{"survives: members of a group are the group", "Members of the Palestinian militant group Hamas attacked an Israeli patrol.", "ASSAULT PSE/HAMAS REB->", "CVL"},
		// wrong-actor: a place in the group's locating phrase is no subject
		{"a region in a group's phrase", "A rebel group in Sudan's embattled Darfur region on Sunday pledged to respect its ceasefire with the government.", "AGREE SDN/ REB->", "AGREE SDN/ ->"},
		{"survives: the region's own rebels", "Darfur rebels accused the government of bombing villages.", "ACCUSE SDN/ REB->SDN/ GOV", ""},
		// wrong-actor: a capital modifying the subject's noun is no government
		{"a capital's school is not its government", "The video was pulled after a Dublin school complained about the song.", "ACCUSE IRL/->", "IRL/ GOV->"},
		{"survives: the capital as the government", "Dublin complained to London about the border checks.", "ACCUSE IRL/ GOV->GBR/ GOV", ""},
		// role-swap: the by-agent of a passive noun trigger is its doer
		{"a pledge made by a state", "A pledge of $2 billion in aid to Ghana was made by Qatar on Friday.", "AGREE QAT/ GOV->GHA/ GOV", "GHA/ GOV,QAT"},
		{"survives: a verb acting on the noun has its own agent", "A conviction for bribery was quashed by the Malaysian appeals court.", "", "SANCTION MYS"},
		{"survives: the plain passive", "Sanctions on imports from Cuba were imposed by the European Union last year.", "SANCTION /EU IGO->CUB/ GOV", ""},
		// empty-actor: a sentence-opening name set off by an appositive
		{"a name before its appositive is the subject", "Jones, a Wall Street trader, agreed to cooperate with the FBI.", "AGREE /->USA/ COP", "AGREE ->"},
		{"survives: an opening adverb is no name", "However, the Kenyan minister agreed to cooperate with the FBI.", "AGREE KEN/ GOV->USA/ COP", ""},
		// role-swap: "the X-led invasion" is X's, not the sentence topic's
		{"an X-led act is X's", "Iraq lay in ruins after the U.S.-led invasion of 2003.", "ASSAULT USA/ GOV->", "ASSAULT IRQ"},
		{"survives: a possessor's invasion", "Iraq's invasion of Kuwait shocked the region.", "ASSAULT IRQ/ GOV->KWT/ GOV", ""},
		// wrong-actor: the declarer is not the doer of an act named in
		// the declared clause, past a time phrase ("declared on Friday that")
		{"the declarer does not commit the genocide", "The United States declared on Friday that the killings in Sudan's west amounted to genocide.", "", "ASSAULT USA"},
		{"survives: the declarer's own coordinated act", "The United States declared on Friday that the killings amounted to genocide and urged the world to act.", "REQUEST USA/ GOV->", ""},
		{"survives: the reported clause's named doer", "Japan said on Monday that Chinese troops had attacked its ships.", "ASSAULT CHN/ MIL->", ""},
		// role-swap: an appositive participle after an adverb ("X, already
		// detained in London, was ...") has X as its patient
		{"an already detained man is no jailer", "The radical cleric Omar Bakri, already detained in London on a request from Egypt, was arrested on terrorism charges.", "->/ REL", "COERCE / REL->"},
		{"survives: an adverb before an active main verb", "Egypt, already angered by the raid, attacked the camp on Monday.", "ASSAULT EGY/ GOV->", ""},
		// role-swap: "X is looking to Y to V": Y does V
		{"the one looked to acts", "Ankara is looking to Washington to either veto the sanctions bill.", "REJECT USA/ GOV->", "REJECT TUR"},
		{"survives: looking to act oneself", "Ankara is looking to veto the sanctions deal with Washington.", "REJECT TUR/ GOV->USA/ GOV", ""},
		// key: "the party" is the party last named in the story's country
		{"the party after a party's spokesman", "A Liberal Democrat spokesman said the party would scrap the tax. The party also promised to raise pensions.", "AGREE GBR/ PTY->", "AGREE GBR/->"},
		{"survives: both parties are sides", "A Liberal Democrat spokesman spoke. Both parties agreed to hold talks in Geneva.", "AGREE GBR/->", "PTY->"},
		// key: "X said its fighters did it" claims the act for X
		{"a group's own fighters are the group", "The Baloch Liberation Army said its fighters had carried out the ambush on a police convoy in Quetta.", "ASSAULT PAK/BLA REB->PAK/ COP", ""},
		{"survives: a dateline is no claimant", "UNITED NATIONS - Annan said Syria had still not withdrawn its forces from Lebanon.", "RETREAT SYR/ GOV->", "/UN"},
		// key: "the Commission" in a European Community story is the EC's
		{"the Commission of an EC story", "EC farm ministers met in Brussels. The Commission accused Bonn of breaking the rules.", "ACCUSE /EU IGO->DEU/ GOV", ""},
		{"survives: another story's commission", "Britain held a vote. The Commission accused the party of fraud.", "", "/EU"},
		// key: opposition parties are the opposition; a UN head's spokesman
		// is the UN's
		{"opposition parties are opposition", "Kenya held a vote. Opposition parties rejected the budget on Monday.", "REJECT KEN/ OPP->", "KEN/ PTY"},
		{"survives: the ruling party", "Kenya held a vote. The ruling party rejected the budget on Monday.", "REJECT KEN/ PTY->", ""},
		{"a UN chief's spokesman is the UN's", "Annan's spokesman criticized Myanmar's junta.", "ACCUSE /UN IGO->MMR/ GOV", "/UN GOV"},
		{"survives: a president's spokesman", "Bush's spokesman criticized Iran.", "ACCUSE USA/ GOV->IRN/ GOV", ""},
		// key: the head noun of a named body, not its modifier
		{"a demonym's named bank", "The Japanese Export-Import Bank agreed to lend Mexico 500 mln dlrs.", "AGREE JPN/ BUS->MEX/ GOV", ""},
		{"who controls a body is no party to the act", "Bush urged the Democratic controlled Congress to pass the budget.", "REQUEST USA/ GOV->USA/ LEG", "->/"},
		{"survives: the party itself", "Bush urged the Democratic Party to back the budget.", "REQUEST USA/ GOV->USA/ PTY", ""},
		// key: a state's communique tells of its own bare "troops"
		{"a reporting state's troops", "Iran announced a fresh offensive near Basra, saying troops backed by aircraft had killed some 1,000 Iraqi soldiers.", "ASSAULT IRN/ MIL->IRQ/ MIL", "IRQ/ MIL->"},
		{"survives: troops with their own demonym", "Pakistan said Afghan troops killed ten militants near the border.", "ASSAULT AFG/ MIL->", ""},
		// key: an acronym of two bodies read by its head noun
		{"ADF rebels are not Australia's", "Ten villagers were killed by ADF rebels in Ituri province of Congo.", "ASSAULT UGA/ADF REB->COD/ CVL", "AUS"},
		// empty-actor / wrong-actor: the reported clause's own subject, not
		// the speaker ("X said Y did Z" codes Y)
		{"creditors are a named doer", "The finance minister said the creditors have agreed to help Argentina.", "AGREE / BUS->ARG/ GOV", "GOV->ARG"},
		{"an unknown plural subject is not the speaker", "The Peruvian minister said bondholders have agreed to help Peru.", "", "PER/ GOV->"},
		{"survives: a named subject of the reported clause", "The Peruvian minister said Japan has agreed to help Peru.", "AGREE JPN/ GOV->PER/ GOV", ""},
		{"survives: a passive reported clause keeps the speaker's side", "The Peruvian minister said new terms are being negotiated with the bondholders.", "CONSULT PER/ GOV->", ""},
		// key: a person keyed by an appositive title that goes on with
		// its post ("X, China's ambassador to the U.N.,"), and a lone
		// family name after it
		{"an appositive post keys the name", "Li Wei, China's ambassador to the United Nations, accused Washington of bullying. Li also criticized Japan.", "ACCUSE CHN/ GOV->JPN/ GOV", "ACCUSE ->JPN"},
		{"survives: the post's host is not the envoy", "Li Wei, China's ambassador to Japan, accused Japan of lying.", "ACCUSE CHN/ GOV->JPN/ GOV", "ACCUSE JPN"},
		{"survives: a closed appositive", "Ali Khan, the UN envoy, criticized Israel.", "ACCUSE /UN IGO->ISR/ GOV", ""},
		// key: a person introduced by a described role before the name
		{"a film director is a civilian of the demonym", "Canadian film director Jon Smalls was honoured in Paris. Smalls praised the French government.", "SUPPORT CAN/ CVL->FRA/ GOV", ""},
		{"a charity boss keeps the sector under the surname", "Britain cut pensions. Charity boss Ann Tully said pensions matter. Mr Tully urged the government to act.", "REQUEST GBR/ NGO->GBR/ GOV", ""},
	})
}
