package coder_test

import (
	"testing"
	"time"
)

// Recall families of round 11 for CAMEO roots 01-09: constructions that a
// held-out CAMEO-style review found coded as nothing or as the wrong type.
// Each family has sentences written for these tests in several wordings and
// "survives" rows whose other reading must keep its old coding.

func TestRound11RecallAgreementWithPosition(t *testing.T) {
	d := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"voiced agreement with a stance", "Uruguay's foreign minister voiced agreement with Paraguay's stance on river tolls.", "SUPPORT// URY->PRY", ""},
		{"expressed agreement with a proposal", "The Estonian premier expressed agreement with the Lithuanian proposal on grain transit.", "SUPPORT// EST->LTU", ""},
		{"concurred with a capital that", "The Belgian minister said his cabinet concurred with Paris that the subsidy had to end.", "SUPPORT// BEL->FRA", ""},
		{"agreed with a state that", "Slovakia agreed with Austria that the nuclear plant posed no risk.", "SUPPORT// SVK->AUT", "AGREE"},
		{"agreed with another's position", "The Croatian president agreed with Slovenia's position on the border ruling.", "SUPPORT// HRV->SVN", "AGREE"},
		{"echoed another's position", "Chile's minister echoed Bolivia's position on lithium prices.", "SUPPORT// CHL->BOL", ""},
		{"aligned itself with", "Slovakia aligned itself with Hungary on the gas dispute.", "SUPPORT// SVK->HUN", ""},
		{"survives: agreed with a state to act", "Vietnam agreed with Laos to build a railway link.", "AGREE// VNM->LAO", "SUPPORT"},
		{"survives: agreed with a state that it would act", "Iran agreed with the IAEA that inspectors would return in May.", "AGREE// IRN->IAEA", "SUPPORT"},
		{"survives: agreed with the view of analysts", "Greece agreed with the view of most analysts that tourism would recover.", "", "SUPPORT"},
	})
}

func TestRound11RecallWrittenAppeals(t *testing.T) {
	d := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"wrote to an org asking", "Chad's parliament wrote to the African Union asking it to send election monitors.", "REQUEST// TCD->AU", ""},
		{"wrote to an org asking for", "Zambia's finance minister wrote to the IMF asking for a bridge loan.", "REQUEST// ZMB->IMF", ""},
		{"sent a letter urging", "The Moldovan president sent a letter to Romania urging faster gas deliveries.", "REQUEST// MDA->ROU", ""},
		{"invited two sides to resume talks", "Kenya invited the Ethiopian government and the TPLF to resume talks in Nairobi.", "REQUEST// KEN->", "CONSULT"},
		{"invited firms to build", "Pitching cheap land, the Uzbek minister invited Korean carmakers to build plants.", "REQUEST// UZB->KOR", "COOPERATE"},
		{"told an org it wants rules dropped", "Lisbon told the European Commission it wants the fishing limits dropped.", "REQUEST/change/ PRT->EU", ""},
		{"appealed in a letter to", "Mali appealed in a letter to the African Union for more troops.", "REQUEST// MLI->AU", ""},
		{"sent a petition to", "Guatemala sent a petition to the OAS seeking election observers.", "REQUEST// GTM->OAS", ""},
		{"informed an org that it wanted", "Warsaw informed NATO that it wanted the exercise extended.", "REQUEST/change/ POL->NATO", ""},
		{"a request sent to X by Y", "A request for election monitors was sent to the OSCE by Armenia.", "REQUEST// ARM->OSCE", ""},
		{"an invitation sent to X by Y", "An invitation was sent to Peru by the Chilean government.", "REQUEST/meet/ CHL->PER", ""},
		{"survives: an appeal made by a named speaker", "An appeal for calm was made to both sides by the Pope.", "REQUEST", ""},
		{"survives: invited readers", "The Danish paper invited readers to send in photographs of the storm.", "", "REQUEST"},
		{"survives: told a news agency what one wants", "Madrid told Reuters it wants the quota rules dropped.", "", "REQUEST"},
		{"survives: told reporters what one wants", "The Czech premier told reporters he wanted the tax raised.", "", "REQUEST"},
	})
}

func TestRound11RecallPledgesAndOffers(t *testing.T) {
	d := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"said it would rush missiles to", "Japan's defence ministry said it would rush interceptors to the Philippines.", "JPN->PHL planned", ""},
		{"speed shells to", "Norway said it would speed up artillery shells to Ukraine.", "NOR->UKR planned", ""},
		{"said it would send rice to", "China said it would send 20,000 tonnes of rice to Myanmar.", "AGREE// CHN->MMR planned", ""},
		{"sent generators to", "Poland sent 60 generators to Ukraine.", "AID// POL->UKR", ""},
		{"survives: wheat shipped in trade", "Russia shipped wheat to Egypt.", "", "AID"},
		{"ready to send troops to", "Sweden is ready to send troops to Estonia to help guard a ceasefire.", "AGREE// SWE->", "MOBILIZE"},
		{"said it was prepared to send peacekeepers", "Ghana said it was prepared to send soldiers to Liberia.", "AGREE// GHA->", "MOBILIZE"},
		{"a pledge made by", "A pledge of $3 billion for Egyptian schools was made by Qatar.", "AGREE// QAT->EGY", ""},
		{"survives: ready to send troops into a city", "Turkey is ready to send troops into Manbij.", "MOBILIZE", "AGREE"},
		{"survives: a corporate offer made", "The rival bid was made by a Dutch bank.", "", "AGREE"},
	})
}

func TestRound11RecallMeetingsAndGoBetweens(t *testing.T) {
	d := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"coordinated demonyms before a plural title met", "The Kenyan and Tanzanian prime ministers met in Arusha.", "CONSULT//meeting KEN,TZA->", ""},
		{"three demonyms before a plural title agreed", "The Polish, Czech and Slovak finance ministers agreed to pool gas purchases.", "AGREE// CZE,POL,SVK->", ""},
		{"ministers of a body gathered", "Foreign ministers of the G20 gathered in Cape Town for two days of talks.", "CONSULT/multilateral/meeting G20->", ""},
		{"heads of state of a body met", "Heads of state of the African Union met in Nairobi.", "CONSULT//meeting AU->", ""},
		{"assembled for talks", "Officials from Serbia and Kosovo assembled in Brussels for talks.", "CONSULT/multilateral/meeting SRB,XKX->", ""},
		{"survives: crowds assembled for a rally", "Kenyan crowds assembled in Nairobi for the rally.", "", "CONSULT"},
		{"survives: a singular title keeps its mention", "The Kenyan prime minister met the Ugandan president.", "CONSULT//meeting KEN->UGA", ""},
		{"passing messages between", "Switzerland has been passing messages between Tehran and Washington.", "CONSULT/third-party/ CHE->IRN,USA", ""},
		{"relayed proposals between", "Egypt relayed proposals between Israel and Hamas during the week.", "CONSULT/third-party/ EGY->HAMAS,ISR", ""},
		{"acted as a channel between", "Norway acted as a channel between Colombia and the ELN.", "CONSULT/third-party/ NOR->", ""},
		{"served as a go-between", "Kuwait served as a go-between for Riyadh and Doha.", "CONSULT/third-party/ KWT->QAT,SAU", ""},
		{"conveyed a message from one side to the other", "Jordan conveyed a message from Syria to Israel.", "CONSULT/third-party/ JOR->ISR,SYR", ""},
		{"survives: a message delivered to a parliament", "The president delivered a message to Congress.", "", "CONSULT"},
		{"survives: messages passed between fans", "Fans passed messages between the stands during the match.", "", "CONSULT"},
	})
}

func TestRound11RecallPraiseAndDefence(t *testing.T) {
	d := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"spoke up for", "Lithuania's ambassador spoke up for Georgia at the assembly.", "SUPPORT// LTU->GEO", ""},
		{"stood up for", "Portugal stood up for Angola during the debt talks.", "SUPPORT// PRT->AGO", ""},
		{"vouched for", "The Swedish minister vouched for Finland's readiness to join.", "SUPPORT// SWE->FIN", ""},
		{"came to the defence of", "Nicaragua came to the defence of Venezuela at the OAS.", "SUPPORT// NIC->VEN", ""},
		{"rallied to the defence of", "Belarus rallied to the defence of Russia at the assembly.", "SUPPORT// BLR->RUS", ""},
		{"spoke in favour of", "The Chilean president spoke in favour of Peru's claim to the waters.", "SUPPORT// CHL->PER", ""},
		{"defended another's conduct", "Hungary's premier defended China's conduct in Hong Kong.", "SUPPORT// HUN->CHN", ""},
		{"defended another's stance", "Algeria defended Iran's stance on the talks.", "SUPPORT// DZA->IRN", ""},
		{"passive backing of an owned plan", "The Dutch asylum plan was backed by Denmark.", "SUPPORT// DNK->NLD", ""},
		{"survives: defended its own conduct", "Turkey defended its conduct in northern Iraq.", "", "SUPPORT"},
		{"survives: defended one's party's record", "The Greek minister defended his party's spending plans.", "", "SUPPORT"},
	})
}

func TestRound11RecallApology(t *testing.T) {
	d := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"we are deeply sorry", "\"We are truly sorry,\" the Indonesian foreign minister said of the raid.", "CONCEDE", ""},
		{"we are sorry for", "\"We are sorry for the loss of the trawler,\" Norway's coast guard chief told reporters.", "CONCEDE//statement NOR->", ""},
		{"survives: offered an apology to", "Belgium offered an apology to Congo for colonial abuses.", "CONCEDE// BEL->COD", ""},
		{"said sorry to", "The Danish premier said sorry to Greenland for the forced adoptions.", "CONCEDE// DNK->", ""},
		{"asked forgiveness", "The Belgian king asked forgiveness from the people of Congo.", "CONCEDE// BEL->", ""},
		{"regretted the deaths", "The Thai government regretted the deaths of the Cambodian soldiers.", "CONCEDE// THA->", ""},
		{"acknowledged its role in", "The Belgian state acknowledged its role in the killing of Lumumba.", "CONCEDE// BEL->", ""},
		{"survives: regretted another's decision", "The minister regretted the decision of the court.", "", "CONCEDE"},
		{"survives: sorry to hear", "\"I am sorry to hear about the fire,\" the Austrian envoy said.", "", "CONCEDE"},
	})
}

func TestRound11RecallSigning(t *testing.T) {
	d := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"inked a trade pact", "Peru and South Korea inked a trade pact in Lima.", "AGREE//trade_deal KOR,PER->", ""},
		{"inked an accord", "Egypt and Greece inked a maritime accord on Thursday.", "AGREE// EGY,GRC->", ""},
		{"initialled a treaty", "Georgia and Ukraine initialled a border treaty in Batumi.", "AGREE// GEO,UKR->", ""},
		{"put pen to paper", "Ghana and Togo put pen to paper on a border deal.", "AGREE// GHA,TGO->", ""},
		{"survives: a player inked a contract", "The striker inked a new contract with the club.", "", "AGREE"},
	})
}

func TestRound11RecallMaterialCooperation(t *testing.T) {
	d := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"jointly patrolled", "Vietnamese and Cambodian border guards jointly patrolled the Mekong.", "COOPERATE// KHM,VNM->", ""},
		{"kicked off their drills", "Indian and French navies kicked off their yearly drills off Goa.", "COOPERATE// FRA,IND->", ""},
		{"began their annual exercises", "Mongolian and American troops began their annual exercises near Ulaanbaatar.", "COOPERATE// MNG,USA->", ""},
		{"took part in an exercise", "Troops from Ghana, Togo and Benin took part in an exercise near Lome.", "COOPERATE// BEN,GHA,TGO->", ""},
		{"shipping under a contract", "Peru began shipping zinc to Japan under a supply contract.", "COOPERATE// PER->JPN", "AID"},
		{"a treaty took effect", "The defence treaty between Japan and the Philippines took effect on Wednesday.", "COOPERATE// JPN,PHL->", ""},
		{"power flowing into", "Electricity from Laos started flowing into Singapore.", "COOPERATE// LAO->SGP", ""},
		{"intelligence passed by a counterpart", "Intelligence on the cell was passed to Spanish police by their French counterparts.", "COOPERATE// FRA->ESP", ""},
		{"exchange data on", "Manila and Tokyo now exchange data on Chinese ship movements.", "COOPERATE// JPN,PHL->", ""},
		{"sailed together", "Indian and French warships sailed together in the Arabian Sea.", "COOPERATE// FRA,IND->", ""},
		{"supplying electricity to", "Tajikistan began supplying electricity to Afghanistan.", "COOPERATE// TJK->AFG", ""},
		{"building a joint railway", "Bulgaria and Romania are building a joint bridge over the Danube.", "COOPERATE// BGR,ROU->", ""},
		{"survives: one navy's annual drills", "The Chinese navy began its annual drills near Taiwan.", "", "COOPERATE"},
		{"survives: refugees flowing into", "Refugees from Sudan began flowing into Chad.", "", "COOPERATE"},
		{"survives: secrets passed to a state", "Classified information was passed to Iran by a navy clerk.", "", "COOPERATE"},
	})
}

func TestRound11RecallAidInOtherWords(t *testing.T) {
	d := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"sent a medical team", "Venezuela sent a medical team to Bolivia after the floods.", "AID// VEN->BOL", ""},
		{"dispatched doctors to", "Jordan dispatched doctors to Lebanon.", "AID// JOR->LBN", ""},
		{"provided a state with emergency aid", "Korea provided Nepal with emergency aid after the quake.", "AID// KOR->NPL", ""},
		{"provided a state with fuel", "Algeria has provided Tunisia with fuel.", "AID// DZA->TUN", ""},
		{"survives: a central bank supplied lenders with assistance", "Norway's central bank supplied local lenders with overnight assistance.", "", "AID"},
		{"budget support transferred by", "Budget support of 60 million euros was transferred to Moldova by the EU.", "AID// EU->MDA", ""},
		{"survives: a grant given by", "A grant of $8 million was given to Nepal by South Korea.", "AID// KOR->NPL", ""},
		{"tanks handed over by", "Six tanks have been handed over to Ukraine by Portugal.", "AID//arms_sale PRT->UKR", ""},
		{"lender signed a loan agreement with", "The Asian Development Bank signed a $40 million loan agreement with Laos.", "AID// ADB->LAO", ""},
		{"borrower signed a loan agreement with a lender", "Tunisia signed a $50 million loan agreement with the World Bank.", "AID// WB->TUN", ""},
		{"wrote off debt", "Russia wrote off Cuba's debt.", "AID// RUS->CUB", ""},
		{"airdropped food", "Jordan airdropped food into Gaza.", "AID// JOR->PSE", ""},
		{"will fund a hospital in", "Korea will fund a new hospital in Uganda.", "KOR->UGA planned", ""},
		{"survives: a firm wrote off bad debts", "The bank wrote off bad debts.", "", "AID"},
		{"survives: a loan agreement between two states says not who lends", "Kenya signed a $200 million loan agreement with China.", "", "AID"},
		{"escorted refugees", "UN peacekeepers escorted refugees back to their villages in Mali.", "AID// UN->", ""},
		{"peacekeepers protected civilians", "Peacekeepers from Nepal protected civilians fleeing the clashes.", "AID// NPL->", ""},
		{"gave money in budget support", "The EU gave Moldova 300 million euros in budget support.", "AID// EU->MDA", ""},
		{"guarding at a state's request", "Chadian troops are guarding oil fields at the request of Niger.", "AID// TCD->NER", "REQUEST"},
		{"survives: guards at an owner's request", "The guards protect the villa at the request of the owner.", "", "AID"},
		{"survives: a firm's loan facility", "The carmaker signed a $300 million loan facility with a group of banks.", "", "AID"},
	})
}

func TestRound11RecallEasingAndYielding(t *testing.T) {
	d := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"restored access to", "Pakistan restored access to the X platform on Thursday.", "CONCEDE// PAK->", ""},
		{"restored internet access", "Sudan restored internet access in Khartoum.", "CONCEDE// SDN->", ""},
		{"ended a lockdown", "The Vietnamese authorities ended the lockdown in Hanoi.", "CONCEDE// VNM->", ""},
		{"ended the state of emergency", "Peru's government ended the state of emergency in Lima.", "CONCEDE// PER->", ""},
		{"ended their strike", "Nigerian doctors ended their strike after a pay deal.", "CONCEDE// NGA->", ""},
		{"called off a strike", "Argentine unions called off the general strike.", "CONCEDE// ARG->", ""},
		{"called off a blockade", "Hungary called off its blockade of the rail crossing.", "CONCEDE// HUN->", ""},
		{"withdrew a bill", "The Kenyan government withdrew the finance bill.", "CONCEDE// KEN->", "RETREAT"},
		{"abolished a penalty", "Zimbabwe's parliament abolished the death penalty.", "CONCEDE// ZWE->", ""},
		{"captives held by X were released", "Three Dutch engineers held by Niger's junta were released.", "RETREAT/release/ NER->NLD", ""},
		{"released a seized ship", "The Houthi rebels released the seized freighter and its crew.", "RETREAT/release/ HOUTHIS", "COERCE"},
		{"handed back bronzes", "The Netherlands handed back 100 bronzes to Nigeria.", "RETREAT// NLD->NGA", ""},
		{"returned looted artefacts", "Britain returned looted artefacts to Ghana.", "RETREAT// GBR->GHA", ""},
		{"suspended sanctions on", "Britain suspended some of its sanctions on Syria.", "CONCEDE//sanctions GBR->SYR", "SANCTION"},
		{"announced the suspension of sanctions", "Canada announced the suspension of sanctions on Syria.", "CONCEDE//sanctions CAN->SYR", "SANCTION"},
		{"postponed by a month", "President Trump postponed by a month the tariffs on goods from Canada.", "CONCEDE//tariff_relief USA->CAN", ""},
		{"reopened a road to traffic", "Azerbaijan reopened the road to traffic on Monday.", "RETREAT/access/ AZE->", ""},
		{"the army relented", "Aid trucks were let through after the Ethiopian army relented.", "CONCEDE// ETH->", ""},
		{"over N rebels handed in their weapons", "Over 300 Congolese militia fighters handed in their weapons.", "RETREAT/disarm/ COD->", ""},
		{"more than N fighters surrendered their weapons", "More than 150 Malian rebels surrendered their weapons.", "RETREAT/disarm/ MLI->", ""},
		{"ended its strikes", "Israel ended its strikes on southern Lebanon.", "CONCEDE// ISR->LBN", "PROTEST"},
		{"survives: police dismantled a camp", "Police dismantled their camp at dawn.", "", "RETREAT"},
		{"survives: a government ended a strike by decree", "The Greek government ended the strike by decree.", "", "CONCEDE"},
		{"survives: a text released by officials", "According to a text released by officials, the minister praised the plan.", "", "RETREAT"},
		{"survives: prices cut by half", "Tariffs were cut by half by Japan.", "JPN->", ""},
	})
}

func TestRound11RecallInvestigation(t *testing.T) {
	d := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"documenting abuses by", "Amnesty International has begun documenting abuses by Ethiopian forces.", "ACCUSE/investigate/ AMNESTY->ETH", ""},
		{"gathering testimony about", "UN investigators began gathering testimony about prisoners in Syria.", "ACCUSE/investigate/ UN->", ""},
		{"a fact-finding mission", "The OSCE sent a fact-finding mission to Belarus.", "ACCUSE/investigate/ OSCE->BLR", ""},
		{"launched a review of an incident", "NATO launched a review of the airspace incident.", "ACCUSE/investigate/ NATO->", "ASSAULT"},
		{"opened cases against", "Georgia's prosecutor opened 12 cases against Russian soldiers.", "ACCUSE/investigate/ GEO->RUS", ""},
		{"began examining alleged crimes", "The ICC prosecutor began examining alleged crimes in Libya.", "ACCUSE/investigate/ ICC->", ""},
		{"a mission of a body began gathering testimony", "A fact-finding mission of the UN began gathering testimony about prisoners in Eritrea.", "ACCUSE/investigate/ UN->", ""},
		{"investigators of a body began documenting", "Investigators of the OSCE began documenting abuses by Belarusian police.", "ACCUSE/investigate/ OSCE->BLR", ""},
		{"probing abuses by", "A UN panel began probing abuses by Eritrean forces.", "ACCUSE/investigate/ UN->ERI", ""},
		{"the act inside an inquiry opened by X is not X's", "An investigation into the hotel bombing was opened by Turkish prosecutors.", "ACCUSE/investigate/ TUR->", "ASSAULT"},
		{"survives: a review of one's own policy", "Canada launched a review of its foreign policy.", "", "ACCUSE"},
		{"survives: a museum documented history", "The museum documented the history of the port.", "", "ACCUSE"},
	})
}
