package coder_test

import (
	"testing"
	"time"
)

// Recall families of round 9: verbs and phrases that codebook-style
// sentences use for an event and the lexicon did not know. Each family has
// sentences in several wordings (written for these tests) and "survives"
// rows whose non-event sense must stay uncoded.

func TestRound9RecallArmedViolence(t *testing.T) {
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"weapon subject struck a plant", "Russian missiles struck a power plant near Odesa overnight.", "ASSAULT// RUS->", ""},
		{"jets hit a camp", "Israeli jets hit a refugee camp in Gaza on Tuesday.", "ASSAULT// ISR->", ""},
		{"drones struck a depot", "Ukrainian drones struck a fuel depot in the Bryansk region.", "ASSAULT// UKR->", ""},
		{"struck a hospital", "Sudan's army struck a hospital in El Fasher, witnesses said.", "ASSAULT// SDN->", ""},
		{"stormed a palace", "Malian soldiers stormed the presidential palace in Bamako.", "ASSAULT// MLI->", ""},
		{"stormed a consulate", "Iraqi protesters have stormed the Iranian consulate in Najaf.", "ASSAULT// IRQ->", ""},
		{"took the city of", "Taliban fighters took the city of Kunduz on Sunday.", "TALIBAN->AFG occurred", ""},
		{"recaptured a town", "Ukraine's forces recaptured the town of Lyman.", "ASSAULT// UKR->", ""},
		{"fought along the border", "Armenian and Azerbaijani troops fought along the border overnight.", "ASSAULT// ARM,AZE->", ""},
		{"clashed near the frontier", "Afghan and Pakistani border guards clashed near the frontier on Friday.", "ASSAULT// AFG,PAK->", ""},
		{"traded fire", "Thai and Cambodian soldiers traded fire near the disputed temple.", "ASSAULT/firearms/ KHM,THA->", ""},
		{"traded artillery fire", "Indian and Pakistani troops traded heavy fire in Kashmir.", "ASSAULT/firearms/ IND,PAK->", ""},
		{"used poison gas", "Iraq used poison gas against Kurdish villages in 1988.", "ASSAULT/unconventional/ IRQ->", ""},
		{"human shields", "Hamas used residents of Gaza as human shields, Israel said.", "ASSAULT// HAMAS,PSE->PSE occurred", ""},
		{"drove militants out of", "Nigerian troops drove Boko Haram fighters out of the town.", "ASSAULT// NGA->", ""},
		{"hit a city with missiles", "Russian forces hit Kyiv with missiles overnight.", "ASSAULT// RUS->UKR", ""},
		{"used sarin", "Syria used sarin against rebels in Ghouta.", "ASSAULT/unconventional/ SYR->", ""},
		{"drove a group out of a town", "Kurdish fighters drove Islamic State out of Kobani.", "->IS occurred", ""},
		{"drove militants from", "Iraqi forces drove the militants from Falluja.", "ASSAULT// IRQ->", ""},
		{"survives: hit with tariffs", "The European Union hit Japan with tariffs.", "", "ASSAULT"},
		{"survives: pushed out of office", "Zimbabwe's veterans want to push President Emmerson Mnangagwa out of office.", "", "ASSAULT"},
		{"broke into computers", "Chinese hackers broke into the computers of the German foreign ministry.", "COERCE/cyber/ CHN->DEU", ""},
		{"broke into networks", "North Korean hackers have broken into networks of South Korean banks.", "COERCE/cyber/ PRK->KOR", ""},
		{"survives: lightning struck", "Lightning struck a church in Bavaria during the storm.", "", "ASSAULT"},
		{"survives: a storm hit the city", "A storm hit the city of Miami on Tuesday.", "", "ASSAULT"},
		{"survives: hit a record", "Japan's exports hit a record high in March.", "", "ASSAULT"},
		{"survives: struck a deal", "Germany struck a deal with France on the budget.", "", "ASSAULT"},
		{"survives: captured the market", "Chinese carmakers captured the market in Brazil within two years.", "", "ASSAULT"},
		{"survives: captured the imagination", "The Indian moon landing captured the imagination of millions.", "", "ASSAULT"},
		{"survives: took the city by storm", "Fans of the Brazilian team took the city by storm.", "", "ASSAULT"},
		{"survives: a car driven out of a garage", "He drove the car out of the garage in Paris.", "", "ASSAULT"},
		{"survives: cuts hitting schools", "The opposition said British budget cuts were hitting schools and hospitals.", "", "ASSAULT"},
	})
}

func TestRound9RecallCooperate(t *testing.T) {
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"inaugurated a cross-border railway", "China and Laos inaugurated a cross-border railway linking Kunming and Vientiane.", "COOPERATE// CHN,LAO->", ""},
		{"launched a joint project", "India and Bangladesh have launched a joint power project near Khulna.", "COOPERATE// BGD,IND->", ""},
		{"opened a trade corridor", "Kazakhstan and Uzbekistan opened a new trade corridor on Monday.", "COOPERATE// KAZ,UZB->", "RETREAT"},
		{"bought a stake in", "Qatar bought a stake in Germany's RWE.", "COOPERATE//investment QAT->DEU", ""},
		{"started trading with", "Ukraine started trading in electricity with the European Union.", "COOPERATE// UKR->EU", ""},
		{"resumed exports to", "Russia resumed gas exports to Moldova on Friday.", "COOPERATE// RUS->MDA occurred", ""},
		{"resumed imports of", "China has resumed imports of Australian coal after a two-year halt.", "COOPERATE// CHN->AUS occurred", ""},
		{"resumed flights", "Egypt and Qatar resumed direct flights between Cairo and Doha.", "COOPERATE// EGY,QAT->", ""},
		{"joint drills of two navies", "India's navy and Japan's navy conducted joint drills off Chennai.", "COOPERATE// IND,JPN->", "MOBILIZE"},
		{"suspects handed over, passive", "Three suspects were handed over to Afghan authorities by Pakistan.", "COOPERATE// PAK->AFG", ""},
		{"passed intelligence to", "Jordan passed intelligence to Israel about the plot.", "COOPERATE// JOR->ISR", ""},
		{"renewed a currency swap", "China and Argentina renewed their currency swap agreement.", "COOPERATE// ARG,CHN->", ""},
		{"signed a currency swap", "The central banks of Japan and India signed a currency swap deal.", "COOPERATE// IND,JPN->", ""},
		{"began importing", "India began importing Russian oil in 2022.", "COOPERATE// IND->RUS", ""},
		{"launched a joint currency", "Brazil and Argentina launched a joint currency.", "COOPERATE// ARG,BRA->", ""},
		{"survives: a gadget starts shipping", "Nintendo said the console would start shipping to shops in Japan and Canada in May.", "", "AGREE"},
		{"survives: shares started trading", "Shares of the Chinese carmaker started trading in New York with a gain.", "", "COOPERATE"},
		{"survives: a domestic restart of exports", "Ecuador could resume exports after repairing its pipeline.", "", "COOPERATE"},
		{"survives: secrets passed to a state", "A Pentagon analyst passed classified information to Israel, prosecutors said.", "", "COOPERATE"},
	})
}

func TestRound9RecallConsult(t *testing.T) {
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"arrived in a capital", "The Chinese foreign minister arrived in Moscow on Tuesday.", "CONSULT/visit/meeting CHN->RUS", ""},
		{"arrives in, present tense", "Indian Prime Minister Narendra Modi arrives in Vienna on Wednesday.", "CONSULT/visit/meeting IND->AUT", ""},
		{"flew to", "Kenyan President William Ruto flew to Addis Ababa on Monday.", "CONSULT/visit/meeting KEN->ETH", ""},
		{"made a surprise trip", "The British prime minister made a surprise trip to Kyiv.", "CONSULT/visit/meeting GBR->UKR", ""},
		{"stopped over in", "The Japanese prime minister stopped over in Manila on his way to Jakarta.", "CONSULT/visit/meeting JPN->", ""},
		{"talked about with", "Macron talked about trade with Xi Jinping.", "CONSULT//meeting FRA->CHN", ""},
		{"had dinner with", "The French president had dinner with the Saudi crown prince.", "CONSULT//meeting FRA->SAU", ""},
		{"had a working lunch with", "Scholz had a working lunch with Polish President Andrzej Duda.", "CONSULT//meeting DEU->POL", ""},
		{"shuttled between", "The American envoy shuttled between Israel and Lebanon.", "CONSULT/third-party/ USA->ISR,LBN", ""},
		{"held a strategic dialogue", "The United States and India held a security dialogue last week.", "CONSULT//meeting IND,USA->", ""},
		{"spoke to a leader about", "Macron spoke to Xi about Ukraine.", "CONSULT// FRA->CHN occurred", ""},
		{"dined with", "The French president dined with the Saudi crown prince.", "CONSULT//meeting FRA->SAU", ""},
		{"survives: spoke to an agency about", "A Pentagon official spoke to VOA about the prison.", "", "CONSULT"},
		{"survives: talks to avert", "Iraq's government canceled talks to avert an assault on Falluja.", "", "CONSULT// IRQ->IRQ"},
		{"told in a phone call", "Erdogan told Putin in a telephone conversation that Turkey wanted peace.", "CONSULT/phone/meeting TUR->RUS", ""},
		{"survives: refugees arrived", "Afghan refugees arrived in Germany last year.", "", "CONSULT"},
		{"survives: fighters fly to", "American F-15 fighters will fly to South Korea next month.", "", "CONSULT"},
		{"survives: an origin after arrived", "The Palestinian envoy arrived in Paris from Cairo on Sunday.", "", "CONSULT/visit/meeting PSE->EGY"},
		{"survives: spoke to an outlet", "The Japanese prime minister spoke to Reuters in Tokyo.", "", "CONSULT"},
		{"survives: stopped in a car", "In 2002 the British businessman was stopped in his car by police.", "", "CONSULT"},
	})
}

func TestRound9RecallRequest(t *testing.T) {
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"asked for tanks", "Ukraine asked Germany for more tanks.", "REQUEST/assist/ UKR->DEU occurred", ""},
		{"asked for a bailout", "Sri Lanka has asked India for a bailout.", "REQUEST/assist/ LKA->IND occurred", ""},
		{"asked for an amount", "Argentina asked China for $5 billion last week.", "REQUEST/assist/ ARG->CHN occurred", ""},
		{"asked for any noun", "Poland asked the United States for permanent bases.", "REQUEST// POL->USA occurred", ""},
		{"asked for air defence", "Ukraine asked its allies for more air defence systems.", "REQUEST/assist/ UKR->", ""},
		{"asked to do anything", "Japan asked the WTO to rule on the dispute.", "REQUEST// JPN->WTO occurred", ""},
		{"asked to do, future", "Washington will ask NATO to draw up a plan for Afghanistan.", "REQUEST// USA->NATO planned", ""},
		{"invited to act as mediator", "Sudan invited Ethiopia to act as mediator.", "REQUEST// SDN->ETH occurred", ""},
		{"applied for membership", "Ukraine applied for membership of the European Union.", "REQUEST// UKR->EU occurred", ""},
		{"applied to join", "Finland applied to join NATO in May.", "REQUEST// FIN->NATO occurred", ""},
		{"survives: asked for anonymity", "A Japanese official, who asked for anonymity, said the talks failed.", "", "REQUEST"},
		{"survives: agentless passive", "The Indian minister was asked to comment on the report.", "", "REQUEST"},
		{"survives: asked if", "Asked if Brazil would sign the accord, the minister said it was too early.", "", "REQUEST"},
	})
}

func TestRound9RecallOther(t *testing.T) {
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"said it was ready to help", "Turkey said it was ready to help Syria rebuild.", "AGREE// TUR->SYR", ""},
		{"stands ready to assist", "China said it stood ready to assist Sri Lanka.", "AGREE// CHN->LKA", ""},
		{"defended a country's right", "The United States defended Israel's right to self-defense.", "SUPPORT// USA->ISR occurred", ""},
		{"upgraded relations", "Vietnam and the United States upgraded relations to a comprehensive partnership.", "SUPPORT// USA,VNM->", ""},
		{"raised concerns with", "Japan raised concerns with China about the detention of its citizen.", "ACCUSE/disapprove/ JPN->CHN occurred", ""},
		{"took to the world court", "Ukraine took Russia to the world court in 2022.", "ACCUSE/allege/ UKR->RUS", ""},
		{"took to the ICJ", "Gambia took Myanmar to the ICJ over genocide.", "ACCUSE/allege/ GMB->MMR", ""},
		{"ignored the ruling", "Israel ignored the ruling of the International Court of Justice.", "REJECT// ISR->", ""},
		{"halted disbursements", "The World Bank halted disbursements to Afghanistan.", "SANCTION/discontinue/ WB->AFG occurred", ""},
		{"suspended disbursements", "The IMF has suspended disbursements to Zambia.", "SANCTION/discontinue/ IMF->ZMB occurred", ""},
		{"added to a trade blacklist", "The United States added Huawei to its trade blacklist.", "SANCTION/discontinue/sanctions USA->CHN", ""},
		{"seized control of a country", "The Taliban seized control of Afghanistan in 2021.", "TALIBAN->AFG occurred", "COERCE"},
		{"took control of the town", "Malian rebels took control of the town of Kidal.", "ASSAULT// MLI->", ""},
		{"took to arbitration", "The Philippines took China to an arbitration tribunal.", "ACCUSE/allege/ PHL->CHN", ""},
		{"placed on the entity list", "The US Commerce Department placed SMIC on its entity list.", "SANCTION/discontinue/sanctions USA->CHN", ""},
		{"rebels took control of a city", "Syrian rebels took control of Aleppo.", "ASSAULT// SYR->", ""},
		{"survives: took part", "The Syrian rebels took part in the talks.", "", "ASSAULT"},
		{"survives: a right defended for oneself", "Iran defended its right to enrich uranium.", "", "SUPPORT"},
		{"survives: a company taken over", "Toyota took control of Daihatsu in 2016.", "", "ASSAULT"},
		{"survives: a problem ignored", "The insurers chose to ignore the problem, and after the court's ruling more claims are likely in Germany.", "", "REJECT"},
	})
}

func TestRound9RecallAid(t *testing.T) {
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"lent with two objects", "China lent Pakistan $2 billion.", "AID// CHN->PAK occurred", ""},
		{"lent another amount", "Saudi Arabia lent Egypt another $5 billion last year.", "AID// SAU->EGY occurred", ""},
		{"released a tranche", "The IMF released a tranche of $1.3 billion to Ukraine.", "AID// IMF->UKR occurred", ""},
		{"disbursed a tranche", "The European Union has disbursed a tranche to Moldova.", "AID// EU->MDA occurred", ""},
		{"set up field hospitals", "The Red Cross set up field hospitals in Gaza.", "AID// ICRC->", ""},
		{"sent a field hospital", "Britain sent a field hospital to Turkey.", "AID// GBR->TUR", ""},
		{"rescue teams arrived to help", "Turkish rescue teams arrived to help Morocco after the earthquake.", "AID// TUR->", ""},
		{"delivered F-16s", "The United States delivered F-16s to Ukraine.", "AID//arms_sale USA->UKR", ""},
		{"approved a sale of F-16s", "Washington approved the sale of F-16s to Turkey.", "AID//arms_sale USA->TUR", ""},
		{"supplied fighter jets", "Russia supplied fighter jets to Iran in 2023.", "AID//arms_sale RUS->IRN", ""},
		{"survives: jets sent for drills", "The United States sent fighter jets to Poland for drills.", "MOBILIZE", "AID"},
		{"survives: a bank's mortgage loans", "The bank lent a record $5 billion to homebuyers in March.", "", "AID"},
	})
}

func TestRound9RecallRetreatConcede(t *testing.T) {
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"troops left a country", "The last American troops left Afghanistan on Monday.", "RETREAT/withdraw/ USA->", ""},
		{"soldiers left", "French soldiers have left Niger.", "RETREAT/withdraw/ FRA->", ""},
		{"let trucks into", "Israel let aid trucks into Gaza on Sunday.", "RETREAT/access/ ISR->PSE", ""},
		{"let the wounded in", "Egypt let the wounded into its territory.", "RETREAT/access/ EGY->", ""},
		{"allowed X to join", "Serbia allowed Kosovo to join the regional body.", "CONCEDE// SRB->XKX occurred", ""},
		{"allowed boats to fish", "China allowed Philippine boats to fish near the shoal.", "CONCEDE// CHN->PHL occurred", ""},
		{"allowed inspectors to visit", "Iran allowed UN inspectors to visit the site.", "RETREAT/access/ IRN->UN", ""},
		{"ended its restrictions", "China ended its zero-Covid restrictions in December.", "CONCEDE// CHN->", ""},
		{"ended curbs on imports", "Japan ended its curbs on Chinese imports.", "CONCEDE// JPN->CHN", "SANCTION"},
		{"dropped the bill", "Kenya dropped the finance bill after protests.", "CONCEDE// KEN->", ""},
		{"dropped the plan", "Hong Kong dropped the extradition plan.", "CONCEDE// HKG->", ""},
		{"dropped the charges", "Russian prosecutors dropped the charges against the American journalist.", "CONCEDE// RUS->", ""},
		{"dropped plans for", "Germany's cabinet dropped plans for the tax.", "CONCEDE// DEU->", ""},
		{"dropped charges against", "French prosecutors dropped charges against the Rwandan officer.", "CONCEDE// FRA->RWA", ""},
		{"survives: troops leaving for a mission", "Fifty Nigerian soldiers left Nigeria on Thursday for Darfur.", "", "RETREAT"},
		{"survives: troops leaving their base", "Nearly 800 British troops left their base in Basra on Wednesday.", "", "RETREAT"},
		{"survives: a sporting allowed", "Two fine tackles denied England and allowed Ireland to hold on.", "", "CONCEDE"},
		{"survives: the dollar dropped", "The American dollar dropped 2 percent on the plan.", "", "CONCEDE"},
	})
}

func TestRound9RecallMobilize(t *testing.T) {
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"troops were sent", "Russian troops were sent to Belarus in February.", "MOBILIZE/troops/ RUS->BLR occurred", ""},
		{"paratroopers were flown", "More Indian paratroopers were flown to Ladakh.", "MOBILIZE/troops/ IND->", ""},
		{"troops were rushed", "Syrian troops were rushed to the border on Friday.", "MOBILIZE/troops/ SYR->", ""},
		{"reservists were called up", "Ukrainian reservists were called up last week.", "MOBILIZE/troops/ UKR-> occurred", ""},
		{"reservists were mobilised", "Thousands of Israeli reservists were mobilised on Saturday.", "MOBILIZE/troops/ ISR-> occurred", ""},
		{"called up recruits", "Moscow called up new recruits for the war.", "MOBILIZE/troops/ RUS-> occurred", ""},
		{"put on combat readiness", "North Korea put its army on combat readiness.", "MOBILIZE/troops/ PRK->", ""},
		{"placed on high alert, passive", "Turkish forces were placed on high alert by Ankara.", "MOBILIZE/troops/ TUR->", ""},
		{"survives: a player called up", "Striker Harry Kane was called up to the England squad.", "", "MOBILIZE"},
		{"survives: hospitals on alert", "Hospitals in Britain were put on high alert.", "", "MOBILIZE"},
	})
}

func TestRound9RecallDenials(t *testing.T) {
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// a denied role is no rejection, and the denier is not the attacker
		{"denied any role", "Iran denied any role in the attack on the tanker.", "", "IRN->"},
		{"denied any involvement", "Hezbollah denied any involvement in the bombing.", "", "REJECT"},
		{"denied involvement", "Hamas denied involvement in the kidnapping of the Israeli soldier.", "", "HAMAS->"},
		{"denied responsibility", "Russia denied responsibility for the downing of the airliner.", "", "RUS->"},
		{"denied any links", "Rwanda denied any links to the M23 rebels.", "", "REJECT"},
		{"will not visit", "The Indian president will not visit Israel this year.", "", "REJECT"},
		{"won't visit for a summit", "Modi won't visit Pakistan for the summit.", "", "occurred"},
		{"survives: denied allegations", "Iran denied the allegations.", "REJECT// IRN->", ""},
		{"survives: a request denied", "Egypt denied Israel's request for landing rights.", "REJECT// EGY->ISR occurred", ""},
		{"survives: refused to visit", "Japan's prime minister refused to visit the shrine.", "REJECT// JPN->", ""},
	})
}
