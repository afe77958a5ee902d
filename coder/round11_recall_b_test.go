package coder_test

import (
	"testing"
	"time"
)

// Round 11 recall families for CAMEO roots 10-20 (requests through mass
// violence), found by a held-out CAMEO-style set; the patterns are in
// nlp/lexicon/data/triggers_r11b.tsv and the constructions in
// coder/recall_checks.go. Sentences are written for these tests. Each family
// has rows that failed before the fix and "survives" rows showing that
// the neighbouring reading still codes as before.

// TestRound11RecallInsist: a demand phrased as insistence on what another
// party should do.
func TestRound11RecallInsist(t *testing.T) {
	d := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"insisted that X and Y end", "The State Department insisted that Ethiopia and Eritrea stop the fighting.", "REQUEST/", ""},
		{"insisted that X withdraw", "Ukraine insisted that Russia withdraw its troops from the plant.", "REQUEST// UKR->RUS occurred", ""},
		{"insisted that X cut", "Germany insisted that Greece cut its spending.", "REQUEST// DEU->GRC occurred", ""},
		{"insisted X end, no that", "Washington insisted Kigali end its support for the rebels.", "REQUEST// USA->RWA occurred", "SUPPORT"},
		{"survives: insisted X was, no that", "Turkey insisted Sweden was harbouring militants.", "", "REQUEST"},
		{"survives: insists the noun role", "The Conservatives insist the minister role would not change.", "", "REQUEST"},
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

// TestRound11RecallThreaten: threats in other words.
func TestRound11RecallThreaten(t *testing.T) {
	d := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"said, warning X against", "Israel's army chief spoke on Monday, warning Hezbollah against any strike.", "THREATEN// ISR->HEZBOLLAH,LBN", ""},
		{"warned a curfew would be imposed", "The Kenyan police chief warned that a curfew would be imposed if the riots continued.", "THREATEN/restrict/ KEN-> threatened", "COERCE"},
		{"warned he would declare an emergency", "The Peruvian president warned he would declare a state of emergency.", "THREATEN/restrict/ PER-> threatened", "COERCE"},
		{"warned it could step back as mediator", "Qatar warned it could step back from its role as mediator.", "THREATEN/relations/ QAT-> threatened", ""},
		{"warned it could blockade", "China warned it could blockade Taiwan.", "THREATEN/restrict/ CHN->TWN threatened", ""},
		{"warned it might cut supplies", "Russia warned it might cut gas supplies to Moldova.", "THREATEN/restrict/ RUS->MDA threatened", "SANCTION"},
		{"declined to rule out force", "China's president declined to rule out force to take Taiwan.", "THREATEN/violence/ CHN->TWN threatened", ""},
		{"did not rule out military action", "Trump did not rule out military action against Venezuela.", "THREATEN/violence/ USA->VEN threatened", "REJECT"},
		{"vowed to resume attacks", "Houthi rebels vowed to resume attacks on shipping unless the aid arrived.", "THREATEN/violence/ ", "AGREE"},
		{"vowed to continue attacks", "Al-Shabaab vowed to continue attacks on African Union troops.", "THREATEN/violence/ ", "AGREE"},
		{"vowed to resume fighting", "Hamas vowed to resume fighting if Israel did not withdraw.", "THREATEN/violence/ HAMAS,PSE->ISR threatened", "AGREE"},
		{"gave an envoy hours to leave", "Niger gave the French envoy 48 hours to leave.", "SANCTION/expel/ NER->FRA occurred", "REQUEST"},
		{"issued an ultimatum", "The Nigerien army issued an ultimatum to the rebels.", "THREATEN// NER->NER occurred", ""},
		{"gave until a day to leave", "Kenya gave the protesters until Friday to leave the park.", "THREATEN/expel/ KEN->KEN occurred", ""},
		{"gave hours to release", "Israel gave Hamas 48 hours to release the hostages.", "THREATEN// ISR->HAMAS,PSE occurred", "REQUEST"},
		{"survives: warned against, no party", "Germany warned against complacency over Russia.", "", "THREATEN"},
		{"survives: a forecast with could", "Economists warned that inflation could cut growth in Britain.", "", "THREATEN"},
		{"survives: ruled out talks", "Iran ruled out talks with the United States.", "REJECT// IRN->USA occurred", "THREATEN"},
		{"survives: refused to rule out, no force", "The minister refused to rule out a rise in taxes.", "", "THREATEN"},
	})
}

// TestRound11RecallProtest: protest forms, and ways blocked by people or
// by a state's forces.
func TestRound11RecallProtest(t *testing.T) {
	d := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"marched to demand", "Thousands of Georgians marched in Tbilisi to demand the prime minister's resignation.", "PROTEST/demo/ GEO->", "RETREAT"},
		{"rallied to demand", "Hundreds of Serbians rallied in Belgrade to demand new elections.", "PROTEST/demo/ SRB->", "REQUEST"},
		{"boycotted the session", "Kenyan opposition lawmakers boycotted the session of parliament.", "PROTEST/boycott/ KEN->", "REJECT"},
		{"farmers blockaded a crossing", "Polish farmers blockaded the border crossing with Ukraine.", "PROTEST/obstruct/ POL->", "SANCTION"},
		{"drove tractors onto the highway", "French farmers drove tractors onto the highway, blocking traffic.", "PROTEST/obstruct/ FRA->", ""},
		{"a state blockaded a corridor", "Azerbaijan blockaded the Lachin corridor.", "COERCE/restrict/ AZE->", "SANCTION"},
		{"the army sealed off roads", "The Indian army sealed off all roads into the province.", "COERCE/restrict/ IND->", ""},
		{"downed tools", "Ugandan workers downed tools over unpaid wages.", "PROTEST/strike/ UGA->UGA occurred", ""},
		{"a country's truckers held a strike", "Brazil's truckers held a nationwide strike against fuel prices.", "PROTEST/strike/ BRA->BRA occurred", "ACCUSE"},
		{"survives: a state protested", "Mexico protested the U.S. decision.", "ACCUSE/disapprove/ MEX->USA occurred", "PROTEST"},
		{"survives: a general strike", "Argentina's biggest union staged a general strike against the wage freeze.", "PROTEST/strike/ ARG->ARG occurred", ""},
		{"survives: a request to a party", "Georgia's opposition called on the prime minister to resign.", "REQUEST/", "PROTEST"},
		{"survives: boycotted talks", "Iran boycotted the talks in Vienna.", "REJECT/meet/ IRN->", ""},
		{"survives: blocked a takeover", "Germany blocked the Chinese takeover of the chipmaker.", "REJECT/assist/investment_block DEU->CHN", "COERCE"},
		{"survives: sealed a deal", "Japan sealed a trade deal with India.", "AGREE/", "COERCE"},
	})
}

// TestRound11RecallMobilize: police and troops deployed, in the passive.
func TestRound11RecallMobilize(t *testing.T) {
	d := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"police were deployed", "Some 3,000 Kenyan police were deployed to the capital ahead of the protests.", "MOBILIZE/police/ KEN-> occurred", ""},
		{"riot police were drafted", "Georgian riot police were drafted into the square in Tbilisi.", "MOBILIZE/police/ GEO->", "PROTEST"},
		{"police deployed in a capital", "Extra police were deployed in Nairobi ahead of the vote.", "MOBILIZE/police/ KEN-> occurred", ""},
		{"riot police drafted, the city later", "Riot police were drafted into the square in Tbilisi.", "MOBILIZE/police/ GEO-> occurred", "PROTEST"},
		{"troops have been sent", "Extra French troops have been sent to Estonia.", "MOBILIZE/troops/ FRA->EST occurred", ""},
		{"riot police are no riot", "Riot police fired tear gas at protesters in Nairobi.", "ASSAULT/crowd-control/ KEN->KEN occurred", "PROTEST/riot"},
		{"survives: students rioted", "Kenyan students rioted in Nairobi on Sunday.", "PROTEST/riot/ KEN->", ""},
		{"survives: police deployed by a state", "Kenya deployed 1,000 police to Haiti.", "MOBILIZE/police/ KEN->HTI", ""},
	})
}

// TestRound11RecallSanction: sanctions in other words.
func TestRound11RecallSanction(t *testing.T) {
	d := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"paused arms deliveries", "Washington has paused all arms deliveries to Israel.", "SANCTION/discontinue/ USA->ISR occurred", "AID"},
		{"paused aid", "The United States has paused aid to Ethiopia.", "SANCTION/discontinue/ USA->ETH occurred", "AID"},
		{"arms exports have been suspended by", "Arms exports to Turkey have been suspended by Germany.", "SANCTION/discontinue/ DEU->TUR occurred", ""},
		{"aid has been frozen", "U.S. aid to Egypt has been frozen since July.", "SANCTION/discontinue/ USA->EGY occurred", "AID"},
		{"retaliated with duties", "Brazil retaliated with 25% duties on American goods.", "SANCTION/discontinue/tariff BRA->USA occurred", "THREATEN"},
		{"retaliated with sanctions", "China retaliated with sanctions on American defence firms.", "SANCTION/discontinue/sanctions CHN->USA occurred", "THREATEN"},
		{"suspended talks with", "Israel suspended ceasefire talks with Hamas.", "SANCTION/discontinue/ ISR->HAMAS,PSE occurred", "REJECT"},
		{"walked away from negotiations", "Canada walked away from trade negotiations with India.", "SANCTION/discontinue/ CAN->IND occurred", "CONSULT"},
		{"ordered a charity to halt operations", "Burkina Faso's junta ordered Doctors Without Borders to halt its operations.", "SANCTION/discontinue/ BFA->MSF occurred", ""},
		{"ordered a charity to halt and pull out", "The Malian junta ordered the charity to halt its operations and pull out its staff.", "SANCTION/discontinue/ MLI-> occurred", "RETREAT"},
		{"ordered a mission to leave", "Mali ordered the UN mission to leave the country.", "SANCTION/expel/ MLI->UN occurred", ""},
		{"survives: approved arms deliveries", "The United States approved arms deliveries to Taiwan.", "AID//", "SANCTION"},
		{"survives: resumed talks", "Israel resumed ceasefire talks with Hamas.", "", "SANCTION"},
		{"survives: retaliated against a state", "Iran retaliated against Israel on Saturday.", "", "SANCTION"},
	})
}

// TestRound11RecallCoerce: access cut, round-ups and hacking, in the
// passive too (blockades are in TestRound11RecallProtest).
func TestRound11RecallCoerce(t *testing.T) {
	d := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"access was cut by", "Access to Facebook was cut nationwide by the Ugandan authorities.", "COERCE/censor/ UGA->", ""},
		{"access was blocked by", "Access to the internet was blocked by Iranian authorities on Friday.", "COERCE/censor/ IRN->", ""},
		{"rounded up by", "Dozens of protesters were rounded up by Iranian security forces.", "COERCE/arrest/ IRN->", ""},
		{"rounded up by police", "Six Egyptian journalists were rounded up by police in Cairo.", "COERCE/arrest/ EGY->EGY occurred", ""},
		{"hackers from a country stole", "Hackers from North Korea stole $600 million from a bank in Bangladesh.", "COERCE/cyber/ PRK->BGD occurred", ""},
		{"breached by hackers linked to", "The defence ministry's email network was breached by hackers linked to Russia.", "COERCE/cyber/ RUS->", ""},
		{"a country's hackers breached", "Chinese hackers breached the email accounts of American officials.", "COERCE/cyber/ CHN->USA occurred", ""},
		{"internet shut down, no agent", "The internet was shut down across Iran on Friday.", "COERCE/censor/ IRN-> occurred", ""},
		{"rounded up, no agent", "Four Ethiopian journalists were rounded up in Addis Ababa.", "COERCE/arrest/ ETH->ETH occurred", ""},
		{"survives: an agency rounded up figures", "The agency rounded up the figures in Kenya.", "", "COERCE"},
		{"survives: figures rounded up", "Prices were rounded up by the statistics office.", "", "COERCE"},
		{"survives: a round-up of suspects", "Kenyan police rounded up dozens of suspects.", "COERCE/arrest/ KEN->", ""},
	})
}

// TestRound11RecallAssault: beatings, torture, places taken, fire from a
// force, bombs dropped and people driven out.
func TestRound11RecallAssault(t *testing.T) {
	d := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"settlers beat a farmer", "Israeli settlers beat a farmer near Hebron.", "ASSAULT/beat/ ISR->", ""},
		{"subjected to beatings by", "Syrian detainees were subjected to beatings and electric shocks by Syrian intelligence officers.", "ASSAULT/torture/ SYR->SYR occurred", ""},
		{"fell to rebels", "The Syrian town fell to Houthi rebels after days of fighting.", "ASSAULT// HOUTHIS,YEM->SYR occurred", ""},
		{"fell to the rebels, unnamed", "The Malian town of Kidal fell to the rebels.", "ASSAULT// MLI->MLI occurred", ""},
		{"came under fire from", "Positions near Bakhmut came under artillery fire from the Russian army.", "ASSAULT// RUS->UKR occurred", ""},
		{"came under shelling from", "Ukrainian positions came under heavy shelling from Russian forces.", "ASSAULT// RUS->UKR occurred", ""},
		{"bombs were dropped by", "Chlorine bombs were dropped on a village by the Syrian air force.", "ASSAULT/aerial/ SYR->", ""},
		{"drove villagers across the border", "Myanmar's army drove thousands of villagers across the border.", "COERCE/deport/ MMR->", ""},
		{"migrants were expelled", "Migrants were forcibly expelled by Algerian authorities.", "COERCE/deport/ DZA->", "SANCTION"},
		{"executed protesters", "Iran executed two protesters on Monday.", "ASSAULT/targeted/ IRN-> occurred", ""},
		{"survives: executed a plan", "The company executed a plan to cut costs.", "", "ASSAULT"},
		{"survives: a sports win", "Spain beat France 2-1 in the final.", "", "ASSAULT"},
		{"survives: a currency fell to", "The euro fell to a new low against the dollar.", "", "ASSAULT"},
		{"journalists were expelled from", "Three BBC journalists were expelled from Russia.", "COERCE/deport/ RUS->", "SANCTION"},
		{"survives: diplomats expelled", "Russia expelled two British diplomats.", "SANCTION/expel/ RUS->GBR occurred", "COERCE"},
		{"survives: fire on a force", "The Russian army fired on Ukrainian positions near Bakhmut.", "ASSAULT/", "UKR->RUS"},
	})
}

// TestRound11RecallOnNews holds constructions met while reading the new
// events on real news: words and figures that look like the families.
func TestRound11RecallOnNews(t *testing.T) {
	d := time.Date(1987, 4, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"a rate fell to a figure", "Taiwan's jobless rate fell to 2.1 pct of the labour force in May.", "", "ASSAULT"},
		{"under fire from critics", "Japan's finance minister came under fire from critics in parliament.", "", "ASSAULT"},
		{"a move to block aid defeated", "The U.S. Senate defeated a move to block $40 million in military aid to the rebels.", "", "SANCTION"},
		{"withdraw from a market or seek partnerships", "Some Japanese carmakers may withdraw from the U.S. market or seek partnerships with rivals.", "", "REJECT"},
		{"survives: would boycott parliament", "A Socialist spokesman said the Japanese opposition would boycott parliament.", "PROTEST/boycott/ JPN->JPN", ""},
		{"survives: shrugged off demands that he resign", "Brazil's finance minister shrugged off demands by state governors that he resign.", "REJECT// BRA->", "RETREAT"},
		{"survives: vowed to keep up raids", "Iraq vowed to keep up its raids on Iranian oil sites.", "THREATEN/violence/ IRQ->", "AGREE"},
	})
}

// TestRound11RecallOnNewsSectors: the noun "boycott of parliament" keeps
// parliament as its recipient (the verb pattern for boycotted sittings
// stands back).
func TestRound11RecallOnNewsSectors(t *testing.T) {
	d := time.Date(1987, 4, 10, 0, 0, 0, 0, time.UTC)
	checkWith(t, d, describeSectors, []family{
		{"a boycott of parliament", "The Japanese opposition kept up its boycott of parliament.", "PROTEST JPN/ CVL->JPN/ LEG", ""},
	})
}
