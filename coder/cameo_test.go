package coder_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/attache/attache"
)

// cameoRows are short sentences of the kind the CAMEO codebook uses to
// illustrate its event codes, written for this test (none is copied from the
// codebook or a corpus). One row a line:
//
//	CAMEO code | sentence | TYPE[|ALT...] or - for no event | actor keys | recipient keys | status
//
// Keys are comma-separated; an empty field matches any key, as in the
// scorer (../shared/eval/README.md); a status, when given, must be the
// matched event's. A row of type - passes when nothing is
// coded as having happened (denied and hypothetical events are ignored, as
// the scorer drops them).
const cameoRows = `
010 | The foreign ministry spokesman said the talks had been useful. | - | | |
011 | A spokesman for the Kremlin declined to comment on the report. | - | | |
011 | The White House refused to comment on the leaked memo. | - | | |
012 | The Bank of Japan governor said the outlook for exports remained gloomy. | - | | |
013 | Chancellor Olaf Scholz said he was optimistic about the coalition talks. | - | | |
014 | The Japanese government is considering new measures to support exporters. | - | | |
014 | Australia is weighing a ban on short-term visas. | - | | |
015 | Islamic State claimed responsibility for the bombing in Baghdad. | ASSAULT | IS | |
016 | Hamas denied responsibility for the rocket attack. | - | | |
017 | The prime minister laid a wreath at the war memorial in Canberra. | - | | |
018 | China offered condolences to Nepal after the earthquake. | SUPPORT | CHN | NPL |
018 | The Pope expressed sympathy for the victims of the floods in Libya. | SUPPORT | VAT | |
019 | France shares Germany's view on the budget, the French finance minister said. | - | | |
020 | The United Nations appealed to both sides to show restraint. | REQUEST | UN | |
021 | Pakistan appealed to the IMF for an emergency loan. | REQUEST | PAK | IMF |
021 | Sri Lanka asked China for financial help to repay its debts. | REQUEST | LKA | CHN |
022 | Ukraine asked NATO for closer military cooperation. | REQUEST | UKR | NATO |
023 | Sudan appealed for international humanitarian aid. | REQUEST | SDN | |
023 | The Red Cross appealed for $50 million to help flood victims in Pakistan. | REQUEST | ICRC | |
024 | The European Union called on Belarus to release political prisoners. | REQUEST | EU | BLR |
024 | Washington urged Tunisia to restore democratic institutions. | REQUEST | USA | TUN |
025 | Washington asked Moscow to withdraw its troops from the border. | REQUEST | USA | RUS |
025 | The Security Council called on the rebels to lay down their arms. | REQUEST | UN | |
026 | Egypt urged Israel and Hamas to resume negotiations. | REQUEST | EGY | ISR,HAMAS |
026 | The United States pressed China to return to arms control talks. | REQUEST | USA | CHN |
027 | The African Union appealed to Ethiopia and Eritrea to settle their border dispute peacefully. | REQUEST | AU | ETH,ERI |
028 | Kenya asked Qatar to mediate between the government and the rebels. | REQUEST | KEN | QAT |
020 | An appeal by the Secretary-General for a humanitarian pause went unanswered. | REQUEST | UN | |
020 | Iraq was urged by the Arab League to show restraint. | REQUEST | ARABLEAGUE | IRQ |
030 | Japan pledged to provide $500 million in aid to Ukraine. | AGREE | JPN | UKR |
030 | China promised to buy more American soybeans. | AGREE | CHN | USA |
030 | India offered to mediate between Russia and Ukraine. | AGREE | IND | |
031 | The two countries agreed to cooperate on counterterrorism, the Indonesian and Australian ministers said. | AGREE | IDN,AUS | |
031 | Iran said it was ready to resume talks with the IAEA. | AGREE | IRN | IAEA |
032 | Turkey expressed willingness to host peace talks between Russia and Ukraine. | AGREE | TUR | |
033 | The rebels promised to lay down their arms by the end of the year. | AGREE|RETREAT | | |
034 | The military government promised to hold free elections in Mali next year. | AGREE | MLI | |
035 | Vietnam agreed to open its market to Australian beef. | AGREE | VNM | AUS |
036 | The Philippines and China agreed to meet next month to discuss the dispute. | AGREE|CONSULT | PHL,CHN | |
036 | President Lula said he would visit Beijing in April. | AGREE|CONSULT | BRA | CHN |
037 | Saudi Arabia agreed to accept mediation by Kuwait. | AGREE | SAU | KWT |
038 | North Korea offered to return the remains of American soldiers. | AGREE | PRK | USA |
039 | Russia and Ukraine agreed to a prisoner swap, Turkish officials said. | AGREE | RUS,UKR | |
030 | Germany has committed to spending 2 percent of its GDP on defence. | AGREE | DEU | |
030 | Canada vowed to boost its military presence in the Arctic. | AGREE|MOBILIZE | CAN | |
030 | South Africa said it would help Mozambique fight the insurgency. | AGREE | ZAF | MOZ |
030 | The promise by Brazil to end illegal deforestation was welcomed by environmental groups. | AGREE | BRA | |
030 | Egypt will host the next round of talks on Sudan. | AGREE|CONSULT | EGY | |
030 | Japan did not promise to increase its purchases of American rice. | - | | |
040 | Indian and Chinese officials held talks on the border dispute. | CONSULT | IND,CHN | |
041 | President Joe Biden spoke by telephone with Chancellor Olaf Scholz. | CONSULT | USA | DEU |
041 | Putin and Erdogan discussed the grain deal in a phone call. | CONSULT | RUS,TUR | |
042 | Prime Minister Narendra Modi visited Japan on Monday. | CONSULT | IND | JPN |
042 | The Chinese foreign minister arrived in Moscow for a three-day visit. | CONSULT | CHN | RUS |
042 | A visit to Kyiv by the Polish president drew praise from Ukrainian officials. | CONSULT | POL | UKR |
043 | Egypt hosted Sudan's army chief in Cairo. | CONSULT | EGY,SDN | |
043 | Kazakhstan's president received the Iranian foreign minister in Astana. | CONSULT | IRN,KAZ | |
043 | The Japanese prime minister was welcomed by President Emmanuel Macron at the Elysee Palace. | CONSULT | JPN,FRA | |
044 | The foreign ministers of Russia and Turkey met in Geneva. | CONSULT | RUS,TUR | |
044 | Armenian and Azerbaijani leaders met in Brussels on Sunday. | CONSULT | ARM,AZE | |
045 | Norway mediated talks between the Colombian government and the rebels. | CONSULT | NOR | |
045 | Qatar brokered talks between the Taliban and the United States. | CONSULT | QAT | TALIBAN,USA |
046 | Israel and Lebanon negotiated over their maritime border. | CONSULT | ISR,LBN | |
046 | The European Union is negotiating a trade deal with India. | CONSULT | EU | IND |
040 | The Secretary of State held talks with Chinese officials in Beijing. | CONSULT | USA | CHN |
040 | Talks between Serbia and Kosovo resumed in Brussels on Thursday. | CONSULT | SRB,XKX | |
040 | Saudi Arabia's crown prince met President Vladimir Putin in Moscow. | CONSULT | SAU | RUS |
040 | The Iranian delegation consulted with Omani mediators. | CONSULT | IRN | OMN |
040 | Officials from South Korea and Japan held a meeting in Seoul on export controls. | CONSULT | KOR,JPN | |
040 | Hungarian Prime Minister Viktor Orban met with Chinese President Xi Jinping. | CONSULT | HUN | CHN |
040 | The summit between Kim Jong Un and Donald Trump took place in Hanoi. | CONSULT | PRK,USA | |
040 | The president did not meet the Dalai Lama during his visit to India. | - | | |
051 | The United States praised Indonesia for its handling of the elections. | SUPPORT | USA | IDN |
051 | The Kenyan president commended Ethiopia for its role in the peace process. | SUPPORT | KEN | ETH |
051 | Prime Minister Anthony Albanese hailed the agreement with China as a step forward. | SUPPORT | AUS | |
052 | Russia defended Syria's actions at the Security Council. | SUPPORT | RUS | SYR |
053 | China voiced support for Pakistan's position on Kashmir. | SUPPORT | CHN | PAK |
053 | France endorsed Germany's candidate for the post. | SUPPORT | FRA | DEU |
054 | Brazil recognized the State of Palestine. | SUPPORT | BRA | PSE |
054 | Israel established diplomatic relations with the United Arab Emirates. | SUPPORT | ISR | ARE |
054 | Saudi Arabia restored diplomatic ties with Iran. | SUPPORT | SAU | IRN |
055 | Japan apologized to South Korea for wartime abuses. | CONCEDE | JPN | KOR |
055 | The Dutch king apologised for the Netherlands' role in slavery. | CONCEDE | NLD | |
056 | The president pardoned 200 political prisoners. | CONCEDE|RETREAT | | |
057 | Egypt and Israel signed a peace treaty. | SUPPORT|AGREE | EGY,ISR | |
057 | The Senate ratified the arms control treaty with Russia. | SUPPORT | USA | RUS |
057 | Colombia and the rebels signed a ceasefire agreement in Havana. | SUPPORT|AGREE|RETREAT | COL | |
050 | NATO reaffirmed its commitment to Poland's security. | SUPPORT | NATO | POL |
050 | Mexico welcomed the agreement between the United States and Canada. | SUPPORT | MEX | |
050 | Germany backed France's proposal for a European defence fund. | SUPPORT | DEU | FRA |
050 | The Indian prime minister expressed solidarity with Israel. | SUPPORT | IND | ISR |
050 | Ukraine thanked Britain for its support. | SUPPORT | UKR | GBR |
050 | The recognition of Kosovo by Kenya angered Serbia. | SUPPORT | KEN | XKX |
050 | Spain did not recognize the new government in Caracas. | - | | |
061 | The United States and Vietnam signed a trade agreement. | SUPPORT|COOPERATE|AGREE | USA,VNM | |
061 | Toyota opened a new car plant in Mexico. | COOPERATE | JPN | MEX |
061 | China and Russia completed a gas pipeline linking the two countries. | COOPERATE | CHN,RUS | |
061 | India and the UAE began trading in rupees. | COOPERATE | IND,ARE | |
062 | Chile and Argentina conducted joint naval exercises. | COOPERATE | CHL,ARG | |
062 | The U.S. and Indian armies held joint military exercises in Rajasthan. | COOPERATE | USA,IND | |
062 | South Korea and Japan resumed military intelligence sharing. | COOPERATE | KOR,JPN | |
063 | Spain extradited a suspected drug lord to the United States. | COOPERATE | ESP | USA |
063 | Colombia handed over the suspects to Venezuelan authorities. | COOPERATE | COL | VEN |
063 | The suspect was extradited to France by Morocco. | COOPERATE | MAR | FRA |
064 | Britain shared intelligence with France on the plot. | COOPERATE | GBR | FRA |
064 | Jordanian intelligence cooperated with the CIA on the investigation. | COOPERATE | JOR | USA |
071 | The World Bank approved a $300 million loan to Kenya. | AID | WB | KEN |
071 | China extended a $2 billion credit line to Sri Lanka. | AID | CHN | LKA |
071 | The IMF disbursed $1 billion to Egypt. | AID | IMF | EGY |
071 | Saudi Arabia donated $100 million to Yemen. | AID | SAU | YEM |
071 | Kuwait deposited $2 billion in Pakistan's central bank. | AID | KWT | PAK |
071 | Japan granted Bangladesh a loan of 200 billion yen. | AID | JPN | BGD |
072 | Germany delivered air defence systems to Ukraine. | AID | DEU | UKR |
072 | The Pentagon approved the sale of F-16 fighter jets to Turkey. | AID | USA | TUR |
072 | Russia supplied S-400 missiles to India. | AID | RUS | IND |
072 | France sold 24 Rafale jets to Egypt. | AID | FRA | EGY |
072 | Ukraine received tanks from Poland. | AID | POL | UKR |
072 | Iran provided drones to Russia, Western officials said. | AID | IRN | RUS |
073 | The United States sent humanitarian aid to Haiti. | AID | USA | HTI |
073 | Japan provided emergency relief supplies to the Philippines after the typhoon. | AID | JPN | PHL |
073 | The Red Cross delivered food and medicine to civilians in Gaza. | AID | ICRC | PSE |
073 | Turkey airlifted tents and blankets to earthquake survivors in Syria. | AID | TUR | SYR |
073 | The World Food Programme distributed food to 2 million people in Afghanistan. | AID | WFP,UN | AFG |
074 | The UN deployed peacekeepers to South Sudan. | AID|MOBILIZE | UN | SSD |
074 | Kenya sent police officers to Haiti to lead a security mission. | AID|MOBILIZE | KEN | HTI |
075 | Ecuador granted asylum to a WikiLeaks founder. | AID | ECU | |
075 | Germany gave asylum to a Russian opposition activist. | AID | DEU | RUS |
070 | Aid from the European Union reached flood-hit areas of Libya. | AID | EU | LBY |
070 | A $1 billion aid package for Jordan was approved by the United States. | AID | USA | JOR |
081 | The European Union lifted its travel ban on Zimbabwean officials. | CONCEDE | EU | ZWE |
081 | Ethiopia lifted the state of emergency. | CONCEDE | ETH | |
081 | China eased its visa rules for travellers from Japan. | CONCEDE | CHN | JPN |
083 | The king agreed to the opposition's demand for a new constitution. | CONCEDE|AGREE | | |
084 | Iran released a British-Iranian aid worker. | RETREAT | IRN | GBR |
084 | Hamas freed four Israeli hostages. | RETREAT | HAMAS | ISR |
084 | Myanmar's military freed 5,000 prisoners. | RETREAT | MMR | |
084 | Russia returned 20 Ukrainian children to their families. | RETREAT | RUS | UKR |
084 | The American journalist was released by Russian authorities. | RETREAT | RUS | USA |
085 | Washington eased sanctions on Venezuela's oil sector. | CONCEDE | USA | VEN |
085 | The European Union lifted economic sanctions on Syria. | CONCEDE | EU | SYR |
085 | The United States suspended tariffs on Mexican tomatoes. | CONCEDE | USA | MEX |
085 | Turkey postponed the tariff increase on American goods. | CONCEDE | TUR | USA |
086 | Syria allowed UN inspectors access to the site. | RETREAT | SYR | UN |
086 | Iran allowed IAEA inspectors to visit the Natanz plant. | RETREAT | IRN | IAEA |
086 | Israel opened the Kerem Shalom crossing to aid trucks. | RETREAT | ISR | |
087 | Russia withdrew its troops from Kherson. | RETREAT | RUS | |
087 | Ethiopian troops pulled out of Somalia. | RETREAT | ETH | SOM |
087 | American forces left the Bagram air base. | RETREAT | USA | |
0871 | Armenia and Azerbaijan declared a ceasefire. | RETREAT | ARM,AZE | |
0871 | Israel and Hezbollah agreed to a ceasefire. | RETREAT|AGREE | ISR,HEZBOLLAH | |
0872 | Israel eased its blockade of Gaza. | CONCEDE|RETREAT | ISR | PSE |
0873 | The FARC rebels handed over their weapons to UN monitors. | RETREAT | FARC | |
0873 | The militia disarmed under the peace deal. | RETREAT | | |
0874 | Rebel fighters retreated from the town of Goma. | RETREAT | | |
080 | The defence minister of Peru resigned. | RETREAT | PER | |
080 | British Prime Minister Liz Truss resigned. | RETREAT | GBR | |
080 | The withdrawal of French troops from Mali was completed. | RETREAT | FRA | MLI |
080 | The release of the hostages by the kidnappers ended the crisis. | RETREAT | | |
080 | China has not lifted its ban on Japanese seafood. | - | | |
090 | Brazilian police launched an investigation into the killing of the journalist. | ACCUSE | BRA | |
091 | The International Criminal Court opened an inquiry into war crimes in Myanmar. | ACCUSE | ICC | MMR |
091 | The European Commission is investigating Google over its advertising practices. | ACCUSE | EU | USA |
091 | The UN Human Rights Council launched a probe into abuses in Sudan. | ACCUSE | UN | SDN |
091 | The Justice Department opened a criminal investigation into Boeing. | ACCUSE | USA | USA |
092 | Indian authorities are probing the crash of the Air India plane. | ACCUSE | IND | |
090 | An investigation by South Korean prosecutors into the president's wife is under way. | ACCUSE | KOR | |
101 | Serbia demanded compensation from NATO for the bombing. | REQUEST | SRB | NATO |
102 | Beijing demanded that Washington stop arms sales to Taiwan. | REQUEST | CHN | USA |
103 | Russia demanded the withdrawal of NATO forces from Eastern Europe. | REQUEST | RUS | NATO |
104 | The European Parliament demanded that Hungary respect the rule of law. | REQUEST | EU | HUN |
105 | Iran demanded the release of its diplomats held in Iraq. | REQUEST | IRN | |
106 | Ukraine insisted that Russia pull out all its troops. | REQUEST | UKR | RUS |
107 | India called on Pakistan to dismantle terrorist camps. | REQUEST | IND | PAK |
108 | The foreign minister summoned the Chinese ambassador and demanded an explanation. | REQUEST|ACCUSE | | CHN |
100 | A demand by Turkey that Sweden extradite Kurdish activists was rejected. | REQUEST | TUR | SWE |
100 | Lebanon was asked by the IMF to carry out reforms. | REQUEST | IMF | LBN |
111 | Germany criticized Turkey's military offensive in northern Syria. | ACCUSE | DEU | TUR |
111 | China condemned the visit by the U.S. House Speaker to Taiwan. | ACCUSE | CHN | USA |
111 | The Kremlin blamed Ukraine for the attack on the bridge. | ACCUSE | RUS | UKR |
111 | Amnesty International criticised Egypt's treatment of detainees. | ACCUSE | AMNESTY | EGY |
111 | The French president denounced the coup in Niger. | ACCUSE | FRA | NER |
111 | Poland slammed Germany's energy policy. | ACCUSE | POL | DEU |
112 | Israel accused Iran of supplying drones to Russia. | ACCUSE | ISR | IRN |
112 | Seoul accused Pyongyang of jamming GPS signals. | ACCUSE | KOR | PRK |
112 | Venezuela charged an American citizen with terrorism. | ACCUSE | VEN | USA |
112 | Five Chinese military hackers were indicted by a U.S. grand jury. | ACCUSE | USA | CHN |
113 | The opposition leader urged voters to reject the government's reforms in Kenya. | REQUEST|ACCUSE | KEN | |
114 | India lodged a formal protest with Pakistan over the border firing. | ACCUSE | IND | PAK |
114 | Canada complained to the WTO about Chinese restrictions on canola. | ACCUSE | CAN | CHN,WTO |
114 | Japan protested to China over the detention of a Japanese businessman. | ACCUSE | JPN | CHN |
114 | The Philippines summoned the Chinese ambassador over the incident at sea. | ACCUSE | PHL | CHN |
115 | Ukraine filed a lawsuit against Russia at the International Court of Justice. | ACCUSE | UKR | RUS |
115 | Poland sued the European Commission over the climate rules. | ACCUSE | POL | EU |
115 | South Africa took Israel to the International Court of Justice over genocide allegations. | ACCUSE | ZAF | ISR |
116 | A Moscow court convicted the American reporter of espionage. | SANCTION|ACCUSE | RUS | USA |
116 | A Chinese court sentenced the Australian writer to death. | SANCTION|ACCUSE | CHN | AUS |
110 | The criticism of Iran by the European Union was rejected in Tehran. | ACCUSE | EU | IRN |
110 | Indonesia expressed concern over the Australian submarine deal. | ACCUSE | IDN | AUS |
110 | Vietnam objected to China's new map of the South China Sea. | ACCUSE | VNM | CHN |
110 | Britain did not criticize the Saudi government over the killing. | - | | |
121 | Israel rejected the UN call for a ceasefire. | REJECT | ISR | UN |
121 | Iran rejected Washington's offer of talks. | REJECT | IRN | USA |
122 | North Korea refused to allow IAEA inspectors into the country. | REJECT | PRK | IAEA |
123 | The Taliban refused to hand over Osama bin Laden to the United States. | REJECT | TALIBAN | USA |
124 | Japan turned down China's request for a summit. | REJECT | JPN | CHN |
125 | Britain refused to extradite the former minister to Russia. | REJECT | GBR | RUS |
126 | Hungary blocked the EU aid package for Ukraine. | REJECT | HUN | EU,UKR |
127 | Turkey dismissed the accusations by France as baseless. | REJECT | TUR | FRA |
128 | Venezuela defied the ruling of the International Court of Justice. | REJECT | VEN | |
129 | Russia vetoed a Security Council resolution on Syria. | REJECT | RUS | UN |
129 | The United States vetoed the draft resolution on Gaza. | REJECT | USA | |
120 | Pakistan denied India's allegations of cross-border terrorism. | REJECT | PAK | IND |
120 | China rebuffed calls from the G7 to condemn Russia. | REJECT | CHN | G7 |
120 | The proposal was rejected by Argentina's Congress. | REJECT | ARG | |
120 | The Serbian government ruled out recognizing Kosovo. | REJECT | SRB | XKX |
120 | The Chinese takeover of the port was blocked by the Italian government. | REJECT|SANCTION | ITA | CHN |
120 | Poland's refusal to accept migrants under the EU plan angered Brussels. | REJECT | POL | EU |
131 | China threatened to impose sanctions on Lithuania. | THREATEN | CHN | LTU |
131 | The United States threatened to cut aid to Guatemala. | THREATEN | USA | GTM |
131 | President Trump threatened to impose tariffs on Colombia. | THREATEN | USA | COL |
132 | Turkey threatened to expel ten Western ambassadors. | THREATEN | TUR | |
133 | The junta warned opposition leaders that they would be arrested if they held rallies in Guinea. | THREATEN | GIN | |
134 | Serbia threatened to break off talks with Kosovo. | THREATEN | SRB | XKX |
138 | North Korea threatened to attack South Korea. | THREATEN | PRK | KOR |
138 | Russia warned NATO against deploying missiles in Poland. | THREATEN | RUS | NATO |
138 | Iran threatened to close the Strait of Hormuz. | THREATEN | IRN | |
138 | Israel warned Hezbollah of a harsh response. | THREATEN | ISR | HEZBOLLAH |
138 | Azerbaijan threatened military action against Armenia. | THREATEN | AZE | ARM |
139 | The United States gave Hamas an ultimatum to release the hostages. | THREATEN | USA | HAMAS |
130 | Beijing threatened retaliation against Washington over the tariffs. | THREATEN | CHN | USA |
130 | Pyongyang vowed to retaliate against Seoul for the leaflets. | THREATEN | PRK | KOR |
130 | The Houthis threatened to attack ships bound for Israel. | THREATEN | HOUTHIS | |
130 | Venezuela was threatened with new sanctions by the United States. | THREATEN | USA | VEN |
130 | Moscow's threat to cut gas supplies to Moldova worried the EU. | THREATEN | RUS | MDA |
141 | Thousands of people demonstrated in Tbilisi against the foreign agents law. | PROTEST | | |
141 | Students in Dhaka protested against the job quota system. | PROTEST | BGD | |
141 | Tens of thousands of Israelis rallied in Tel Aviv against the judicial overhaul. | PROTEST | ISR | |
141 | Opposition supporters marched through the streets of Nairobi. | PROTEST | KEN | |
141 | Protesters gathered outside the Russian embassy in Vilnius. | PROTEST | | |
142 | Palestinian prisoners began a hunger strike in Israeli jails. | PROTEST | PSE | ISR |
142 | The jailed activist went on hunger strike in Bahrain. | PROTEST | BHR | |
143 | Kenyan teachers went on strike over pay. | PROTEST | KEN | |
143 | South Korean doctors staged a walkout. | PROTEST | KOR | |
143 | Workers at the Samsung plant went on strike. | PROTEST | KOR | |
143 | Arab countries boycotted the conference. | PROTEST | | |
143 | French rail workers walked off the job on Tuesday. | PROTEST | FRA | |
143 | Chinese consumers boycotted Japanese goods. | PROTEST | CHN | JPN |
144 | Farmers blocked roads in Belgium with tractors. | PROTEST | BEL | |
144 | Hong Kong protesters occupied the airport. | PROTEST | HKG,CHN | |
144 | Activists blockaded the port of Rotterdam. | PROTEST | | |
145 | Rioters set fire to government buildings in Dakar. | PROTEST|ASSAULT | | |
145 | Riots broke out in several French cities after the police shooting. | PROTEST | | |
145 | Protesters clashed with police in Islamabad. | PROTEST|ASSAULT | | |
140 | A protest by Serbian students blocked a bridge in Belgrade. | PROTEST | SRB | |
140 | Police did not allow the march in Moscow. | - | | |
150 | Russia massed troops on the border with Ukraine. | MOBILIZE | RUS | UKR |
151 | Police were deployed across Paris ahead of the protests. | MOBILIZE | FRA | |
152 | China put its forces on high alert after the Taiwan election. | MOBILIZE | CHN | |
152 | The Lebanese army was placed on alert along the southern border. | MOBILIZE | LBN | |
154 | India deployed additional troops to Kashmir. | MOBILIZE | IND | |
154 | The United States sent an aircraft carrier to the eastern Mediterranean. | MOBILIZE | USA | |
154 | Armenia mobilized its reservists. | MOBILIZE | ARM | |
154 | Israel called up 300,000 reservists. | MOBILIZE | ISR | |
154 | Venezuela deployed warships to the coast off Guyana. | MOBILIZE | VEN | |
154 | North Korea moved missile launchers to its east coast. | MOBILIZE | PRK | |
154 | Britain sent two warships to the Gulf. | MOBILIZE | GBR | |
154 | NATO stationed additional battlegroups in Romania and Bulgaria. | MOBILIZE | NATO | |
153 | Iran test-fired a ballistic missile. | MOBILIZE | IRN | |
150 | Thousands of troops were deployed by Ethiopia to the Tigray border. | MOBILIZE | ETH | |
150 | The deployment of Chinese warships near Taiwan alarmed Taipei. | MOBILIZE | CHN | |
161 | Bolivia severed diplomatic relations with Israel. | SANCTION | BOL | ISR |
161 | Nicaragua broke off relations with Taiwan. | SANCTION | NIC | TWN |
161 | France recalled its ambassador from Australia. | SANCTION | FRA | AUS |
161 | Sweden downgraded its diplomatic ties with Iran. | SANCTION | SWE | IRN |
162 | Washington cut military aid to Egypt. | SANCTION | USA | EGY |
162 | Germany suspended development aid to Niger. | SANCTION | DEU | NER |
162 | The World Bank froze lending to Uganda. | SANCTION | WB | UGA |
163 | The European Union imposed sanctions on Iranian officials. | SANCTION | EU | IRN |
163 | Saudi Arabia imposed an embargo on Qatar. | SANCTION | SAU | QAT |
163 | The United States imposed 25 percent tariffs on Chinese goods. | SANCTION | USA | CHN |
163 | The Netherlands halted arms exports to Israel. | SANCTION | NLD | ISR |
163 | Britain banned imports of Russian oil. | SANCTION | GBR | RUS |
163 | Japan blacklisted five Chinese companies. | SANCTION | JPN | CHN |
163 | Australian wine was hit with tariffs by China. | SANCTION | CHN | AUS |
163 | The Treasury Department froze the assets of the Venezuelan central bank. | SANCTION|COERCE | USA | VEN |
164 | Israel suspended talks with the Palestinians. | SANCTION|REJECT | ISR | PSE |
164 | North Korea pulled out of the six-party talks. | SANCTION|REJECT|RETREAT | PRK | |
166 | Britain expelled four Russian diplomats. | SANCTION | GBR | RUS |
166 | Niger expelled the French ambassador. | SANCTION | NER | FRA |
166 | Mali ordered the UN peacekeeping mission to leave the country. | SANCTION|COERCE | MLI | UN |
160 | The expulsion of Russian diplomats by Germany drew a sharp response. | SANCTION | DEU | RUS |
160 | Sanctions on Russia were extended by the European Union. | SANCTION | EU | RUS |
160 | Canada did not impose sanctions on India. | - | | |
171 | Iranian forces seized a British-flagged tanker in the Gulf. | COERCE | IRN | GBR |
1711 | Russia confiscated the assets of Western companies. | COERCE | RUS | |
1711 | Venezuela nationalized the oil fields run by American companies. | COERCE | VEN | USA |
172 | The Sri Lankan government imposed a curfew in Colombo. | COERCE | LKA | |
172 | Thailand's army declared martial law. | COERCE | THA | |
172 | Egypt banned the Muslim Brotherhood. | COERCE | EGY | |
172 | Indian authorities shut down mobile internet in Manipur. | COERCE | IND | |
172 | Chinese authorities censored reports about the outbreak. | COERCE | CHN | |
172 | Hungary closed a Soros-funded university. | COERCE | HUN | |
173 | Police arrested 30 opposition activists in Minsk. | COERCE | BLR | |
173 | Russian authorities detained an American journalist. | COERCE | RUS | USA |
173 | The opposition leader was arrested by Ugandan police. | COERCE | UGA | UGA |
173 | Turkish police raided the offices of an opposition newspaper. | COERCE | TUR | |
173 | Israeli forces detained dozens of Palestinians in the West Bank. | COERCE | ISR | PSE |
173 | The arrest of the French aid worker by Iran was condemned by Paris. | COERCE | IRN | FRA |
173 | Pakistani authorities jailed the former prime minister. | COERCE|SANCTION | PAK | PAK |
174 | Germany deported 28 Afghans to Kabul. | COERCE | DEU | AFG |
174 | The United States deported hundreds of Venezuelan migrants. | COERCE | USA | VEN |
174 | Pakistan expelled thousands of Afghan refugees. | COERCE | PAK | AFG |
175 | Security forces used tear gas to disperse protesters in Nairobi. | COERCE|ASSAULT | KEN | |
176 | Russian military hackers attacked Ukraine's power grid. | COERCE|ASSAULT | RUS | UKR |
176 | A cyberattack by North Korean hackers hit South Korean banks. | COERCE|ASSAULT | PRK | KOR |
170 | Chinese coast guard ships blocked a Philippine supply mission. | COERCE|ASSAULT | CHN | PHL |
170 | Iran did not arrest the journalist. | - | | |
180 | Gunmen kidnapped 20 schoolchildren in northern Nigeria. | ASSAULT | | NGA |
181 | Somali pirates hijacked a cargo ship off the Horn of Africa. | ASSAULT | SOM | |
181 | Militants took foreign workers hostage at a gas plant in Algeria. | ASSAULT | | |
181 | Boko Haram abducted 276 girls from a school in Chibok. | ASSAULT | BOKOHARAM | NGA |
182 | Police beat protesters in Nairobi. | ASSAULT | KEN | KEN |
182 | Prison guards in Egypt tortured detainees. | ASSAULT | EGY | |
182 | Soldiers raped women in the villages of Darfur. | ASSAULT | SDN | |
183 | A suicide bomber killed 12 people at a market in Kabul. | ASSAULT | | AFG |
183 | A car bomb exploded outside the police headquarters in Mogadishu. | ASSAULT | | |
183 | The Taliban bombed a mosque in Kunduz. | ASSAULT | TALIBAN | AFG |
185 | Gunmen tried to assassinate the governor of the province. | ASSAULT | | |
186 | An Iranian nuclear scientist was assassinated near Tehran. | ASSAULT | | IRN |
186 | Gunmen shot dead a prominent lawyer in Karachi. | ASSAULT | | PAK |
186 | Haiti's president was killed by gunmen at his residence. | ASSAULT | | HTI |
180 | Al-Shabaab militants attacked a hotel in Mogadishu. | ASSAULT | ALSHABAAB | SOM |
180 | Rebels ambushed a police convoy near Goma. | ASSAULT | | COD |
180 | Boko Haram fighters raided a village in Borno state. | ASSAULT | BOKOHARAM | NGA |
180 | Hamas gunmen stormed Israeli border communities. | ASSAULT | HAMAS | ISR |
180 | Militants killed three soldiers in an attack on an army post in Burkina Faso. | ASSAULT | | BFA |
180 | Mexican cartel members killed a mayor in Guerrero. | ASSAULT | MEX | MEX |
180 | Two Israeli soldiers were killed in an attack by Hezbollah on a patrol. | ASSAULT | HEZBOLLAH | ISR |
190 | Turkish troops invaded northern Syria. | ASSAULT | TUR | SYR |
190 | Russia invaded Ukraine in February 2022. | ASSAULT | RUS | UKR |
190 | The Sudanese army clashed with the Rapid Support Forces in Khartoum. | ASSAULT | SDN,RSF | |
190 | The Sudanese army was attacked by RSF fighters. | ASSAULT | RSF | SDN |
191 | Israel imposed a naval blockade on Gaza. | COERCE|ASSAULT|SANCTION | ISR | PSE |
192 | Azerbaijani forces captured the town of Shusha. | ASSAULT|COERCE | AZE | |
192 | Russian troops occupied the nuclear plant at Zaporizhzhia. | ASSAULT|COERCE | RUS | UKR |
193 | Indian and Pakistani troops exchanged fire along the Line of Control. | ASSAULT | IND,PAK | |
193 | Soldiers opened fire on protesters in Yangon. | ASSAULT | MMR | |
194 | Russian artillery shelled the city of Kharkiv. | ASSAULT | RUS | UKR |
194 | Israeli tanks fired on a Hamas position in Gaza. | ASSAULT | ISR | HAMAS,PSE |
194 | North Korea fired artillery shells at a South Korean island. | ASSAULT | PRK | KOR |
195 | Israeli aircraft struck targets in southern Lebanon. | ASSAULT | ISR | LBN |
195 | The Saudi-led coalition bombed a Houthi stronghold in Yemen. | ASSAULT | SAU | HOUTHIS,YEM |
195 | American warplanes bombed Islamic State positions near Mosul. | ASSAULT | USA | IS |
195 | Ukrainian drones hit an oil refinery in Russia. | ASSAULT | UKR | RUS |
195 | Russian missiles struck the power grid in Kyiv. | ASSAULT | RUS | UKR |
195 | Houthi rebels fired a missile at a commercial ship in the Red Sea. | ASSAULT | HOUTHIS | |
195 | An American drone strike killed an al-Qaeda leader in Kabul. | ASSAULT | USA | ALQAEDA |
196 | Both India and Pakistan violated the ceasefire on Friday. | ASSAULT | IND,PAK | |
190 | Pakistan's air force carried out strikes on militant hideouts in Afghanistan. | ASSAULT | PAK | AFG |
190 | The bombing of Belgrade by NATO lasted 78 days. | ASSAULT | NATO | SRB |
190 | China did not attack Taiwan. | - | | |
201 | Myanmar's army drove hundreds of thousands of Rohingya out of Rakhine state. | ASSAULT|COERCE | MMR | |
202 | Myanmar's military carried out mass killings of Rohingya. | ASSAULT | MMR | |
202 | Serb forces massacred thousands of Muslim men at Srebrenica. | ASSAULT | SRB | |
203 | Sudanese militias carried out ethnic cleansing in West Darfur. | ASSAULT | SDN | |
204 | Syrian government forces used chemical weapons against civilians in Ghouta. | ASSAULT | SYR | SYR |
204 | Iraq attacked Kurdish villages with poison gas in 1988. | ASSAULT | IRQ | |
#
# one sentence per trigger verb, then passives and nominalizations
# ("X was shelled by Y", "the expulsion of diplomats by X")
190 | Sudanese soldiers massacred villagers in Darfur. | ASSAULT | | |
190 | Iraq executed two Kuwaiti prisoners. | ASSAULT | | |
190 | Nigerian soldiers tortured the detainees. | ASSAULT | | |
190 | Turkish warplanes strafed Kurdish positions. | ASSAULT | | |
190 | Iran torpedoed a Kuwaiti tanker. | ASSAULT | | |
190 | Russia shot down a Ukrainian jet. | ASSAULT | | |
190 | Syria downed a Turkish fighter plane. | ASSAULT | | |
190 | Israeli planes rocketed a building in Gaza. | ASSAULT | | |
190 | Militants mortared the Afghan army base. | ASSAULT | | |
190 | Serbian forces besieged Sarajevo. | ASSAULT | | |
190 | Taliban fighters overran the Afghan army outpost. | ASSAULT | | |
190 | Rebels captured the Congolese town of Bunia. | ASSAULT | | |
190 | Ethiopian troops battled Eritrean forces. | ASSAULT | | |
190 | Pakistani troops fought militants in Waziristan. | ASSAULT | | |
190 | Houthi rebels targeted a Saudi oil facility. | ASSAULT | | |
190 | Hamas militants blew up an Israeli tank. | ASSAULT | | |
190 | Rioters torched a police station in Karachi. | ASSAULT|PROTEST | | |
190 | Israeli bulldozers demolished Palestinian homes in Gaza. | ASSAULT|COERCE | | |
190 | Gunmen beheaded a Japanese hostage in Iraq. | ASSAULT | | |
190 | Russian forces bombarded Aleppo. | ASSAULT | | |
190 | A Russian airstrike killed 20 civilians in Idlib. | ASSAULT | | |
190 | Indian police killed five Maoist rebels. | ASSAULT | | |
190 | Kenyan police shot three protesters. | ASSAULT | | |
190 | Iraqi insurgents ambushed an American convoy. | ASSAULT | | |
190 | Gunmen stabbed a French teacher. | ASSAULT | | |
190 | Chinese police opened fire on Tibetan monks. | ASSAULT | | |
190 | Israel assassinated a Hamas commander in Beirut. | ASSAULT | | |
190 | Colombian rebels kidnapped three American contractors. | ASSAULT | | |
170 | Iran detained a French tourist. | COERCE | | |
170 | Chinese police rounded up Uighur activists. | COERCE | | |
170 | Egyptian authorities cracked down on the Muslim Brotherhood. | COERCE | | |
170 | Russia expropriated the assets of a Finnish company. | COERCE | | |
170 | Zimbabwe evicted white farmers. | COERCE | | |
170 | Israel confiscated Palestinian land. | COERCE | | |
170 | Cuba imprisoned 75 dissidents. | COERCE|SANCTION | | |
170 | Myanmar's junta placed Aung San Suu Kyi under house arrest. | COERCE | | |
170 | Israel imposed a curfew on Hebron. | COERCE | | |
170 | Pakistan declared a state of emergency. | COERCE | | |
170 | Turkey blocked access to Twitter. | COERCE | | |
170 | China jammed Voice of America broadcasts. | COERCE | | |
170 | Belarus interrogated the opposition leader. | COERCE | | |
170 | Russia exiled the dissident writer. | COERCE | | |
170 | Saudi Arabia deported hundreds of Ethiopian migrants. | COERCE | | |
160 | Washington sanctioned Russian oligarchs. | SANCTION | | |
160 | Britain froze the assets of Libyan officials. | SANCTION | | |
160 | The United States blacklisted Huawei. | SANCTION | | |
160 | Israel cut ties with Turkey. | SANCTION | | |
160 | Russia withdrew from the arms control treaty. | SANCTION | | |
160 | The African Union suspended Mali's membership. | SANCTION | | |
160 | The European Union fined Google 2 billion euros. | SANCTION | | |
160 | A French court sentenced the former president to prison. | SANCTION | | |
160 | Argentina broke diplomatic relations with Iran. | SANCTION | | |
160 | China restricted exports of rare earths to Japan. | SANCTION | | |
150 | Russia amassed tanks near the Ukrainian border. | MOBILIZE | | |
150 | The United States dispatched a carrier group to the Gulf. | MOBILIZE | | |
150 | China moved troops to the Indian border. | MOBILIZE | | |
150 | South Korea raised its military alert level. | MOBILIZE | | |
150 | Iran conducted naval drills in the Gulf. | MOBILIZE | | |
150 | North Korea launched a ballistic missile. | MOBILIZE | | |
150 | Pakistan reinforced its border with India. | MOBILIZE | | |
130 | Iran warned the United States of a crushing response. | THREATEN | | |
130 | North Korea vowed to retaliate against South Korea. | THREATEN | | |
130 | Russia threatened Ukraine with nuclear weapons. | THREATEN | | |
130 | China warned Japan not to interfere in Taiwan. | THREATEN | | |
120 | Israel rejected the Arab peace plan. | REJECT | | |
120 | Iran declined an invitation to the talks. | REJECT | | |
120 | Syria spurned the Arab League proposal. | REJECT | | |
120 | The Palestinian delegation walked out of the talks. | REJECT | | |
120 | Pakistan denied India's request for extradition. | REJECT | | |
120 | Cuba refused to sign the treaty. | REJECT | | |
110 | Britain censured Iran over the executions. | ACCUSE | | |
110 | The United Nations deplored the killing of civilians by Israel. | ACCUSE | | |
110 | Japan rebuked China over the incursion. | ACCUSE | | |
110 | Russia lambasted NATO for its expansion. | ACCUSE | | |
110 | Germany faulted Poland over judicial reforms. | ACCUSE | | |
110 | China lodged a complaint with the United States over the arrest. | ACCUSE | | |
110 | Iran summoned the British ambassador over the remarks. | ACCUSE | | |
110 | Israel blamed Hezbollah for the rocket attack. | ACCUSE | | |
110 | The International Criminal Court indicted the Sudanese president. | ACCUSE | | |
110 | Ukraine sued Russia at the International Court of Justice. | ACCUSE | | |
110 | Human Rights Watch accused Ethiopia of war crimes. | ACCUSE | | |
020 | Afghanistan sought help from India. | REQUEST | | |
020 | Japan requested an explanation from China. | REQUEST | | |
020 | Mexico petitioned the WTO over American tariffs. | REQUEST | | |
020 | Ukraine appealed to NATO for more weapons. | REQUEST | | |
020 | The European Union pressed Turkey to free journalists. | REQUEST | | |
050 | France applauded Morocco's reforms. | SUPPORT | | |
050 | Germany congratulated Ukraine on the election. | SUPPORT | | |
050 | Russia sided with Serbia on Kosovo. | SUPPORT | | |
050 | India lauded Japan's support. | SUPPORT | | |
050 | The United States stood by Israel. | SUPPORT | | |
050 | Britain paid tribute to the Queen of Jordan. | SUPPORT | | |
050 | Brazil ratified the Paris agreement. | SUPPORT | | |
050 | Turkey endorsed Sweden's NATO membership. | SUPPORT | | |
040 | Putin telephoned Erdogan. | CONSULT | | |
040 | Japan and China conferred on the crisis. | CONSULT | | |
040 | The Indian prime minister hosted the Australian prime minister. | CONSULT | | |
040 | NATO defence ministers convened in Brussels. | CONSULT | | |
040 | The Egyptian foreign minister travelled to Washington. | CONSULT | | |
040 | Iran and Saudi Arabia held secret talks in Baghdad. | CONSULT | | |
040 | Israeli and Palestinian negotiators met in Cairo. | CONSULT | | |
030 | China offered to help Ukraine rebuild. | AGREE | | |
030 | Iran accepted the UN ceasefire plan. | AGREE | | |
030 | Sudan and South Sudan agreed to reopen their border. | AGREE | | |
030 | The Taliban agreed to free the hostages. | AGREE|CONCEDE | | |
070 | Japan lent Indonesia $1 billion. | AID | | |
070 | The United States funded the Ukrainian army. | AID | | |
070 | Saudi Arabia financed Pakistan's oil imports. | AID | | |
070 | The EU gave Greece a bailout. | AID | | |
070 | Britain trained Ukrainian soldiers. | AID | | |
070 | Norway evacuated civilians from Gaza. | AID | | |
070 | Germany sheltered a million Syrian refugees. | AID | | |
070 | Qatar sent fuel to Lebanon. | AID | | |
060 | India and Japan jointly developed a satellite. | COOPERATE | | |
060 | Thailand extradited a Russian arms dealer to the United States. | COOPERATE | | |
060 | Britain and France exchanged intelligence on terrorism. | COOPERATE | | |
060 | Saudi Arabia and Russia coordinated oil production cuts. | COOPERATE | | |
080 | Israel lifted the siege of the Gaza Strip. | RETREAT|CONCEDE | | |
080 | Iraqi forces surrendered to American troops. | RETREAT | | |
080 | Russia evacuated its troops from Syria. | RETREAT | | |
080 | The rebels demobilized 5,000 fighters. | RETREAT | | |
080 | Vietnam withdrew its troops from Cambodia. | RETREAT | | |
080 | The Syrian army retreated from Palmyra. | RETREAT | | |
080 | Morocco reopened its border with Algeria. | RETREAT | | |
080 | Myanmar granted amnesty to political prisoners. | CONCEDE | | |
080 | China relaxed its restrictions on Japanese imports. | CONCEDE | | |
080 | The United States waived sanctions on Iraq. | CONCEDE | | |
080 | Britain exempted Indian goods from the tax. | CONCEDE | | |
080 | Japan compensated the victims of the attack. | CONCEDE | | |
080 | Russia backed down over the gas price. | CONCEDE | | |
080 | Germany apologized to Namibia for the genocide. | CONCEDE | | |
140 | Greek workers staged a general strike. | PROTEST | | |
140 | Iranian students picketed the British embassy. | PROTEST | | |
140 | Kenyan opposition supporters rioted in Kisumu. | PROTEST | | |
140 | Serbian farmers blocked highways with tractors. | PROTEST | | |
140 | Palestinian protesters burned Israeli flags. | PROTEST | | |
140 | Thousands of Venezuelans marched against President Maduro. | PROTEST | | |
140 | Pakistani lawyers boycotted the courts. | PROTEST | | |
190 | A Ukrainian village was shelled by Russian forces. | ASSAULT | RUS | UKR |
190 | Two Turkish soldiers were killed by PKK militants. | ASSAULT | PKK | TUR |
190 | The shelling of Donetsk by Ukrainian forces continued. | ASSAULT | UKR |  |
190 | The bombing of the hospital by Saudi jets was condemned. | ASSAULT | SAU |  |
190 | The invasion of Kuwait by Iraq began in August 1990. | ASSAULT | IRQ | KWT |
190 | An Indian police convoy was ambushed by Maoist rebels. | ASSAULT |  | IND |
190 | The abduction of the schoolgirls by Boko Haram shocked Nigeria. | ASSAULT | BOKOHARAM |  |
190 | The assassination of the Haitian president by mercenaries stunned the region. | ASSAULT |  | HTI |
190 | Israeli airstrikes killed 30 people in Gaza. | ASSAULT | ISR |  |
190 | A Russian missile strike hit a shopping centre in Kremenchuk. | ASSAULT | RUS |  |
170 | An American journalist was detained by Russian security services. | COERCE | RUS | USA |
170 | The arrest of opposition leaders by the Belarusian authorities drew criticism. | COERCE | BLR |  |
170 | The seizure of the tanker by Iran angered Britain. | COERCE | IRN |  |
170 | Hundreds of migrants were deported by Algeria. | COERCE | DZA |  |
170 | The detention of the Australian writer by China continues. | COERCE | CHN | AUS |
160 | Russian diplomats were expelled by Poland. | SANCTION | POL | RUS |
160 | New sanctions were imposed on North Korea by the Security Council. | SANCTION | UN | PRK |
160 | The imposition of tariffs on steel by the United States angered Canada. | SANCTION | USA |  |
160 | Qatar was hit with a blockade by its Gulf neighbours. | SANCTION |  | QAT |
160 | The European Union's sanctions on Russia took effect. | SANCTION | EU | RUS |
130 | Iran's threat to close the strait alarmed oil markets. | THREATEN | IRN |  |
130 | Russia has threatened to cut off gas supplies to Europe. | THREATEN | RUS |  |
130 | Israel was warned by Iran of a harsh response. | THREATEN | IRN | ISR |
120 | The peace plan was rejected by the rebels in Colombia. | REJECT |  |  |
120 | The resolution was vetoed by China. | REJECT | CHN |  |
120 | Russia's veto of the resolution angered the West. | REJECT | RUS |  |
120 | Iran's rejection of the proposal ended the talks. | REJECT | IRN |  |
110 | Israel was accused by South Africa of genocide. | ACCUSE | ZAF | ISR |
110 | China was criticized by the United States over Hong Kong. | ACCUSE | USA | CHN |
110 | Russia's condemnation of the strike was swift. | ACCUSE | RUS |  |
110 | The accusation by Japan that China had violated its airspace was denied. | ACCUSE | JPN | CHN |
020 | Iran was urged by the IAEA to cooperate. | REQUEST | IAEA | IRN |
020 | India's request for help from Russia was granted. | REQUEST | IND | RUS |
020 | Germany's call for a ceasefire in Gaza was ignored. | REQUEST | DEU |  |
020 | The United Nations made an appeal for aid to Somalia. | REQUEST | UN |  |
050 | The agreement was signed by Israel and Jordan. | SUPPORT | ISR,JOR |  |
050 | Kosovo was recognized by Kenya. | SUPPORT | KEN | XKX |
050 | China's praise for Pakistan was welcomed in Islamabad. | SUPPORT | CHN | PAK |
050 | Russia's support for Syria remained firm. | SUPPORT | RUS | SYR |
040 | Brazil's president was received by the Chinese president in Beijing. | CONSULT | BRA,CHN |  |
040 | The meeting between Putin and Xi took place in Moscow. | CONSULT | RUS,CHN |  |
040 | The visit of the Indian prime minister to Washington ended on Friday. | CONSULT | IND | USA |
040 | Negotiations between Iran and the United States resumed in Oman. | CONSULT | IRN,USA |  |
040 | The German chancellor held a phone call with the French president. | CONSULT | DEU,FRA |  |
030 | Turkey will host talks between Russia and Ukraine next week. | AGREE | TUR |  |
030 | Japan's promise to provide aid to Kenya was welcomed. | AGREE | JPN | KEN |
030 | North Korea's offer to hold talks with the South surprised observers. | AGREE | PRK |  |
070 | Humanitarian aid was sent to Sudan by the United Arab Emirates. | AID | ARE | SDN |
070 | A loan of $2 billion was granted to Egypt by Saudi Arabia. | AID | SAU | EGY |
070 | The delivery of American tanks to Ukraine began in January. | AID | USA | UKR |
070 | Japanese aid to Myanmar was increased. | AID | JPN | MMR |
060 | The suspect was extradited by Spain to Colombia. | COOPERATE | ESP | COL |
060 | Joint exercises between the Chinese and Russian navies began. | COOPERATE | CHN,RUS |  |
080 | The prisoners were freed by the Taliban. | RETREAT | TALIBAN |  |
080 | The withdrawal of Russian troops from Georgia began. | RETREAT | RUS | GEO |
080 | The ceasefire between Israel and Hamas took effect. | RETREAT | ISR,HAMAS |  |
080 | The release of the British sailors by Iran ended the crisis. | RETREAT | IRN | GBR |
080 | The sanctions on Iran were eased by the European Union. | CONCEDE | EU | IRN |
080 | The lifting of sanctions on Cuba by the United States was welcomed. | CONCEDE | USA | CUB |
080 | The pardon of the opposition leader by the Kazakh president surprised many. | CONCEDE | KAZ |  |
080 | Japan's apology to South Korea was accepted. | CONCEDE | JPN | KOR |
140 | A general strike paralysed Nigeria. | PROTEST |  |  |
140 | Protests against the government erupted across Iran. | PROTEST | IRN |  |
140 | Demonstrators in Hong Kong marched against the extradition bill. | PROTEST | HKG,CHN |  |
150 | Thousands of Russian troops were deployed to the border. | MOBILIZE | RUS |  |
150 | The deployment of American troops to Poland was announced. | MOBILIZE | USA |  |
150 | The build-up of Chinese forces near Taiwan continued. | MOBILIZE | CHN |  |
#
# common phrasings of the sub-codes (readiness, consultations, truces, inquiries, sit-ins)
030 | Iran expressed readiness to resume nuclear talks. | AGREE | IRN |  |
030 | Egypt offered to host the peace conference. | AGREE | EGY |  |
030 | Russia signalled willingness to negotiate with Ukraine. | AGREE | RUS | UKR |
030 | Japan agreed to provide $100 million to the Philippines. | AGREE | JPN | PHL |
030 | The United States vowed to support Taiwan. | AGREE | USA | TWN |
030 | China announced plans to invest $5 billion in Nigeria. | AGREE | CHN | NGA |
040 | The Indian foreign minister held consultations with his Russian counterpart. | CONSULT | IND | RUS |
040 | The Turkish president paid a visit to Azerbaijan. | CONSULT | TUR | AZE |
040 | The Chinese premier arrived in Canberra for talks. | CONSULT | CHN | AUS |
040 | Macron discussed the war with Zelensky. | CONSULT | FRA | UKR |
040 | Japan hosted a summit of Pacific island leaders. | CONSULT | JPN |  |
040 | Blinken spoke with the Saudi foreign minister. | CONSULT | USA | SAU |
050 | Morocco normalized relations with Israel. | SUPPORT | MAR | ISR |
050 | India expressed support for Bangladesh's efforts. | SUPPORT | IND | BGD |
050 | The African Union hailed the peace deal in Sudan. | SUPPORT | AU |  |
050 | Egypt and Turkey restored full diplomatic relations. | SUPPORT | EGY,TUR |  |
050 | The French president congratulated the new Italian prime minister. | SUPPORT | FRA | ITA |
060 | China and Pakistan began joint patrols along the border. | COOPERATE | CHN,PAK |  |
060 | South Korea and the United States signed a currency swap agreement. | COOPERATE|SUPPORT | KOR,USA |  |
070 | Britain provided military assistance to Ukraine. | AID | GBR | UKR |
070 | China supplied weapons to Myanmar's military. | AID | CHN | MMR |
070 | Bangladesh sent peacekeepers to Mali. | AID | BGD | MLI |
070 | The United States delivered vaccines to Indonesia. | AID | USA | IDN |
080 | North Korea pulled back its troops from the border. | RETREAT | PRK |  |
080 | Israel lifted the curfew on Hebron. | RETREAT|CONCEDE | ISR |  |
080 | The rebels called a truce. | RETREAT |  |  |
080 | Colombia and the ELN stopped fighting. | RETREAT | COL |  |
080 | Turkey handed back the seized ship to Greece. | RETREAT | TUR | GRC |
080 | Iran lifted its ban on British imports. | CONCEDE | IRN | GBR |
080 | China eased restrictions on Australian coal. | CONCEDE | CHN | AUS |
080 | Vietnam granted amnesty to 2,000 prisoners. | CONCEDE | VNM |  |
110 | Egypt set up a commission of inquiry into the killings. | ACCUSE | EGY |  |
110 | Brazilian police investigated the former president. | ACCUSE | BRA |  |
110 | Russia filed a complaint with the UN against Ukraine. | ACCUSE | RUS | UKR,UN |
110 | Ukraine denounced Russia's annexation of Crimea. | ACCUSE | UKR | RUS |
110 | Turkey slammed the EU report. | ACCUSE | TUR | EU |
100 | The protesters issued demands to the government of Kenya. | REQUEST |  | KEN |
100 | Iraq demanded an apology from Turkey. | REQUEST | IRQ | TUR |
120 | China snubbed the invitation from Japan. | REJECT | CHN | JPN |
120 | The opposition boycotted the talks with the Venezuelan government. | REJECT|PROTEST |  | VEN |
120 | Iran ruled out talks with the United States. | REJECT | IRN | USA |
120 | Russia dismissed the UN report as biased. | REJECT | RUS | UN |
130 | The Taliban vowed revenge against Pakistan. | THREATEN | TALIBAN | PAK |
130 | Iran issued an ultimatum to Azerbaijan. | THREATEN | IRN | AZE |
130 | China warned the Philippines against provocations. | THREATEN | CHN | PHL |
140 | Opposition parties boycotted the election in Bangladesh. | PROTEST | BGD |  |
140 | Indian farmers staged a sit-in near New Delhi. | PROTEST | IND |  |
140 | Students occupied the university in Belgrade. | PROTEST | SRB |  |
150 | Taiwan placed its forces on high alert. | MOBILIZE | TWN |  |
150 | China conducted military drills around Taiwan. | MOBILIZE | CHN |  |
150 | Poland mobilized troops on the Belarusian border. | MOBILIZE | POL |  |
160 | Canada closed its embassy in Iran. | SANCTION | CAN | IRN |
160 | Russia halted gas deliveries to Bulgaria. | SANCTION | RUS | BGR |
160 | The United States withdrew from the Iran nuclear deal. | SANCTION|REJECT|RETREAT | USA |  |
160 | Ukraine cut diplomatic ties with Russia. | SANCTION | UKR | RUS |
160 | Australia suspended defence cooperation with Fiji. | SANCTION | AUS | FJI |
170 | Police raided the home of the opposition leader in Zimbabwe. | COERCE | ZWE |  |
170 | Iran shut down a reformist newspaper. | COERCE | IRN |  |
170 | Myanmar's army seized power in a coup. | COERCE|ASSAULT | MMR |  |
170 | Russian authorities banned the opposition party. | COERCE | RUS |  |
170 | Chinese police dispersed protesters in Hong Kong. | COERCE|ASSAULT | CHN |  |
180 | Russian forces executed civilians in Bucha. | ASSAULT | RUS |  |
180 | A suicide bomber blew himself up at a mosque in Pakistan. | ASSAULT |  | PAK |
180 | Israeli troops killed a Palestinian gunman in Jenin. | ASSAULT | ISR | PSE |
180 | The Islamic State group beheaded an American journalist. | ASSAULT | IS | USA |
180 | Boko Haram attacked a military base in Nigeria. | ASSAULT | BOKOHARAM | NGA |
#
# intent, approval and disapproval with named parties; negations and modals code nothing
030 | Israel said it was prepared to release Palestinian prisoners. | AGREE|CONCEDE | ISR | PSE |
030 | Seoul expressed its intention to resume aid to Pyongyang. | AGREE | KOR | PRK |
030 | Beijing is willing to mediate between Israel and the Palestinians. | AGREE | CHN |  |
030 | Cuba agreed to release 52 political prisoners. | AGREE|CONCEDE | CUB |  |
030 | Argentina accepted Brazil's offer of mediation. | AGREE | ARG | BRA |
050 | The European Union welcomed the release of the prisoners by Belarus. | SUPPORT | EU | BLR |
050 | The United States commended India for its restraint. | SUPPORT | USA | IND |
050 | Russia voiced support for the Venezuelan government. | SUPPORT | RUS | VEN |
050 | France backed Germany's bid for a permanent Security Council seat. | SUPPORT | FRA | DEU |
110 | China accused Japan of distorting history. | ACCUSE | CHN | JPN |
110 | Iran condemned the killing of its general by the United States. | ACCUSE | IRN | USA |
110 | Egypt criticised Ethiopia over the dam. | ACCUSE | EGY | ETH |
110 | Pakistan blamed India for the attack. | ACCUSE | PAK | IND |
110 | Russia charged a US journalist with espionage. | ACCUSE | RUS | USA |
110 | South Korea protested to Japan over the textbooks. | ACCUSE | KOR | JPN |
120 | Ethiopia rejected Egypt's demands over the dam. | REJECT | ETH | EGY |
120 | Britain refused Argentina's request for talks on the Falklands. | REJECT | GBR | ARG |
120 | China vetoed the resolution on Myanmar. | REJECT | CHN |  |
130 | Turkey threatened to block Sweden's NATO membership. | THREATEN | TUR | SWE |
130 | Iran warned Israel it would face a crushing response. | THREATEN | IRN | ISR |
130 | Russia warned it would retaliate against the sanctions. | THREATEN | RUS |  |
020 | Kenya urged Somalia to hold elections. | REQUEST | KEN | SOM |
020 | The Arab League called for an emergency meeting. | REQUEST | ARABLEAGUE |  |
020 | Israel asked the United States for more weapons. | REQUEST | ISR | USA |
020 | Ukraine called on the West to supply fighter jets. | REQUEST | UKR |  |
040 | Mexico and the United States held talks on migration. | CONSULT | MEX,USA |  |
040 | Putin met Kim Jong Un in Vladivostok. | CONSULT | RUS,PRK | |
040 | The Iranian president visited Iraq for the first time. | CONSULT | IRN | IRQ |
160 | The European Union imposed an arms embargo on Belarus. | SANCTION | EU | BLR |
160 | Ghana recalled its ambassador to Nigeria. | SANCTION | GHA | NGA |
160 | Washington expelled two Cuban diplomats. | SANCTION | USA | CUB |
170 | Turkey arrested dozens of journalists. | COERCE | TUR |  |
170 | Police in Tehran detained hundreds of protesters. | COERCE | IRN |  |
170 | Venezuela seized the American-owned factory. | COERCE | VEN | USA |
180 | Saudi warplanes bombed a wedding party in Yemen. | ASSAULT | SAU | YEM |
180 | Militants killed 10 policemen in Egypt's Sinai. | ASSAULT |  | EGY |
180 | Pakistani Taliban gunmen attacked a school in Peshawar. | ASSAULT | TTP,PAK | PAK |
140 | Thousands protested in Caracas against the election results. | PROTEST | VEN |  |
140 | Doctors in South Korea went on strike. | PROTEST | KOR |  |
080 | Iraq released three Turkish hostages. | RETREAT | IRQ | TUR |
080 | The Sri Lankan president resigned. | RETREAT | LKA |  |
080 | Ethiopia and Eritrea agreed to a ceasefire. | RETREAT|AGREE | ETH,ERI |  |
070 | China donated vaccines to Cambodia. | AID | CHN | KHM |
070 | India sent relief supplies to Turkey after the earthquake. | AID | IND | TUR |
150 | Egypt deployed troops to Sinai. | MOBILIZE | EGY |  |
010 | Iran did not release the British prisoners. | - |  |  |
010 | China refused to rule out the use of force. | - |  |  |
010 | Japan may impose sanctions on Russia. | - |  |  |
010 | The United States could send troops to Taiwan. | - |  |  |
010 | Pakistan denied attacking Iran. | - |  |  |
010 | India has not recognized the Taliban government. | - |  |  |
#
# the codebook's generic wording of its sub-codes
050 | Japan expressed regret to China for the wartime atrocities. | CONCEDE | JPN | CHN |
050 | Rwanda forgave Uganda for the border incident. | CONCEDE | RWA | UGA |
080 | Sudan allowed humanitarian access to Darfur. | RETREAT | SDN |  |
080 | Angola demobilized its armed forces. | RETREAT | AGO |  |
150 | Kenya increased its police alert level. | MOBILIZE | KEN |  |
160 | Britain reduced aid to Rwanda. | SANCTION | GBR | RWA |
170 | Belarus imposed restrictions on political freedoms. | COERCE | BLR |  |
200 | Syria used weapons of mass destruction against rebels. | ASSAULT | SYR |  |
200 | Serbia engaged in ethnic cleansing in Bosnia. | ASSAULT | SRB |  |
170 | Uganda expelled thousands of Asians. | COERCE | UGA |  |
200 | The Taliban admitted responsibility for the bombing in Kabul. | ASSAULT | TALIBAN |  |
020 | Nepal appealed to India for economic aid. | REQUEST | NPL | IND |
030 | Japan expressed its intent to provide economic aid to Vietnam. | AGREE | JPN | VNM |
040 | Israel engaged in negotiations with Lebanon. | CONSULT | ISR | LBN |
070 | Britain provided economic aid to Kenya. | AID | GBR | KEN |
110 | Nigeria investigated human rights abuses by its army. | ACCUSE | NGA |  |
110 | Zambia complained officially to Zimbabwe. | ACCUSE | ZMB | ZWE |
130 | The United States threatened North Korea with sanctions. | THREATEN | USA | PRK |
140 | Kurdish prisoners conducted a hunger strike in Turkey. | PROTEST |  |  |
160 | Germany stopped military aid to Turkey. | SANCTION | DEU | TUR |
170 | Israel imposed a blockade on Gaza. | COERCE|SANCTION|ASSAULT | ISR | PSE |
200 | Iraq occupied Kuwait in 1990. | ASSAULT|COERCE | IRQ | KWT |
170 | Kuwait expelled thousands of Palestinians. | COERCE | KWT | PSE |
080 | Iran returned the seized British boats. | RETREAT | IRN | GBR |
110 | Indonesia charged the Australian with drug smuggling. | ACCUSE | IDN | AUS |
170 | Thailand banned political gatherings. | COERCE | THA |  |
050 | Brazil agreed with Argentina on the need for reform. | SUPPORT|AGREE | BRA | ARG |
020 | The Philippines requested military assistance from the United States. | REQUEST | PHL | USA |
160 | Mexico reduced diplomatic relations with Ecuador. | SANCTION | MEX | ECU |
160 | Saudi Arabia halted its mediation between Sudan's warring parties. | SANCTION | SAU |  |
130 | India threatened to halt negotiations with Pakistan. | THREATEN | IND | PAK |
120 | Israel refused to allow UN investigators into Gaza. | REJECT | ISR | UN |
120 | Hungary defied the European Union on migration. | REJECT | HUN | EU |
200 | Russia violated the ceasefire in Ukraine. | ASSAULT | RUS |  |
#
# written after the fixes above, scored before any further change (held out: 40/40/36 of 44
# with the lexicon before this branch, 41/41/37 with it)
010 | The Finnish president said relations with Moscow were at a low point. | - | | |
030 | Tokyo pledged to help Manila build new coast guard vessels. | AGREE | JPN | PHL |
030 | Vietnam promised to buy more Boeing aircraft. | AGREE | VNM | USA |
020 | Lebanon appealed to France for help in rebuilding the port. | REQUEST | LBN | FRA |
040 | Officials from Seoul and Tokyo met in Jakarta. | CONSULT | KOR,JPN | |
040 | The Austrian chancellor paid a two-day visit to Ankara. | CONSULT | AUT | TUR |
040 | President Ramaphosa telephoned President Ruto. | CONSULT | ZAF,KEN | |
050 | The Polish government praised Lithuania's decision. | SUPPORT | POL | LTU |
050 | Iran welcomed the statement by Saudi Arabia. | SUPPORT | IRN | SAU |
050 | Canada and Mexico signed a memorandum of understanding on energy. | SUPPORT|AGREE | CAN,MEX | |
055 | The Belgian king expressed his deepest regrets to Congo. | CONCEDE | BEL | COD |
060 | Greece extradited a Turkish suspect to Ankara. | COOPERATE | GRC | TUR |
060 | India and France held joint air force exercises. | COOPERATE | IND,FRA | |
070 | The Asian Development Bank approved a $500 million loan for Pakistan. | AID | | PAK |
070 | South Korea sent 50 tonnes of rice to North Korea. | AID | KOR | PRK |
070 | Washington approved the sale of Patriot missiles to Saudi Arabia. | AID | USA | SAU |
080 | Belarus freed a jailed American citizen. | RETREAT | BLR | USA |
080 | Eritrean troops withdrew from the Tigray region. | RETREAT | ERI | |
080 | The Ecuadorean interior minister resigned on Tuesday. | RETREAT | ECU | |
080 | Beijing lifted its ban on Norwegian salmon. | CONCEDE | CHN | NOR |
090 | Spanish prosecutors opened an investigation into the Moroccan spyware. | ACCUSE | ESP | |
100 | Cyprus demanded that Turkey withdraw its troops from the island. | REQUEST | CYP | TUR |
110 | The Dutch foreign minister condemned the execution of a Dutch national by Iran. | ACCUSE | NLD | IRN |
110 | Argentina accused Britain of militarizing the South Atlantic. | ACCUSE | ARG | GBR |
110 | Malaysia lodged a protest with China over the incursion. | ACCUSE | MYS | CHN |
120 | Tehran rejected a European proposal on the nuclear talks. | REJECT | IRN | EU |
120 | Serbia refused to impose sanctions on Russia. | REJECT | SRB | RUS |
130 | Pyongyang threatened to strike American bases in Guam. | THREATEN | PRK | USA |
130 | Ankara warned Athens against militarizing the islands. | THREATEN|ACCUSE | TUR | GRC |
140 | Thousands of Georgians protested outside parliament in Tbilisi. | PROTEST | GEO | |
140 | British junior doctors went on strike over pay. | PROTEST | GBR | |
150 | Moscow sent additional troops to Belarus. | MOBILIZE | RUS | BLR |
150 | India test-fired an Agni missile. | MOBILIZE | IND | |
160 | The Baltic states expelled Russian diplomats. | SANCTION | | RUS |
160 | The United States imposed sanctions on Nicaraguan officials. | SANCTION | USA | NIC |
160 | Kenya recalled its envoy from Somalia. | SANCTION | KEN | SOM |
170 | Tunisian police arrested a prominent opposition figure. | COERCE | TUN | |
170 | Azerbaijan detained an Iranian diplomat. | COERCE | AZE | IRN |
170 | Nicaragua shut down dozens of NGOs. | COERCE | NIC | |
180 | Gunmen abducted 30 passengers from a bus in Nigeria. | ASSAULT | | NGA |
180 | An Israeli drone strike killed a Hezbollah commander in southern Lebanon. | ASSAULT | ISR | HEZBOLLAH,LBN |
190 | Sudanese paramilitaries shelled a camp for displaced people in Darfur. | ASSAULT | SDN | |
190 | Turkish jets bombed Kurdish militants in northern Iraq. | ASSAULT | TUR | IRQ |
190 | Russian troops captured the Ukrainian town of Avdiivka. | ASSAULT|COERCE | RUS | UKR |
#
# requests, rejections, threats and their recipients
020 | The UN Security Council urged restraint on both sides in Kashmir. | REQUEST | UN |  |
020 | Washington called for calm in Bangladesh. | REQUEST | USA |  |
020 | Ukraine pleaded with Germany for tanks. | REQUEST | UKR | DEU |
020 | The Palestinian Authority sought international protection from the UN. | REQUEST | PSE | UN |
020 | Mali invited Russian instructors to train its army. | REQUEST|AGREE | MLI | RUS |
020 | The opposition in Zimbabwe demanded a rerun of the election. | REQUEST | ZWE |  |
120 | Moscow turned down the American offer of talks. | REJECT | RUS | USA |
120 | The Taliban rejected calls to reopen girls' schools. | REJECT | TALIBAN |  |
120 | Iran refused to hand over the suspects to Argentina. | REJECT | IRN | ARG |
120 | North Korea ignored the ultimatum from the United States. | REJECT | PRK | USA |
130 | Beijing threatened unspecified countermeasures against Canberra. | THREATEN | CHN | AUS |
130 | Moscow warned Finland of consequences if it joined NATO. | THREATEN | RUS | FIN |
130 | The junta threatened to expel the French ambassador. | THREATEN |  | FRA |
110 | Seoul issued a statement condemning the missile launch by Pyongyang. | ACCUSE | KOR | PRK |
110 | Tokyo voiced concern over Chinese military activity near Taiwan. | ACCUSE | JPN | CHN |
110 | Germany reprimanded the Russian ambassador. | ACCUSE | DEU | RUS |
110 | The European Court of Human Rights ruled against Turkey. | ACCUSE|SANCTION |  | TUR |
050 | China hosted a ceremony to welcome Honduras as a diplomatic partner. | SUPPORT | CHN | HND |
050 | Sweden and Finland signed the NATO accession protocols. | SUPPORT | SWE,FIN |  |
030 | Poland agreed to send tanks to Ukraine. | AGREE | POL | UKR |
030 | Iran and the IAEA agreed on a roadmap for inspections. | AGREE | IRN,IAEA |  |
040 | Envoys from Russia and the United States gathered in Riyadh for talks. | CONSULT | RUS,USA |  |
040 | The Pope received the Ukrainian president at the Vatican. | CONSULT | VAT,UKR |  |
070 | The Red Crescent delivered aid to flood victims in Pakistan. | AID | IFRC | PAK |
070 | Germany pledged 1 billion euros in aid to Ukraine. | AGREE|AID | DEU | UKR |
080 | The Houthis released the crew of the seized ship. | RETREAT | HOUTHIS |  |
080 | Russia withdrew from the grain deal. | RETREAT|SANCTION|REJECT | RUS |  |
080 | The United States delayed tariffs on Mexican goods. | CONCEDE | USA | MEX |
140 | Kenyan protesters stormed parliament in Nairobi. | PROTEST|ASSAULT | KEN |  |
150 | China sent warships into the Taiwan Strait. | MOBILIZE | CHN |  |
170 | Georgia's ruling party passed a foreign agents law. | COERCE | GEO |  |
160 | The United States suspended visas for Nigerian officials. | SANCTION | USA | NGA |
180 | Israeli forces raided the Jenin refugee camp. | ASSAULT|COERCE | ISR | PSE |
180 | Iran launched missiles and drones at Israel. | ASSAULT | IRN | ISR |
`

type cameoCase struct {
	code, in, status string
	types            []string
	actor, recip     []string
}

// parseCameoRows reads rows in the cameoRows format from text; name says
// which set a bad row is in.
func parseCameoRows(t *testing.T, name, text string) []cameoCase {
	t.Helper()
	var out []cameoCase
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "|")
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		// the type field may hold alternatives joined by '|', so the
		// actor, recipient and status are the last three fields
		if len(f) < 6 {
			t.Fatalf("%s row %d: want at least 6 fields: %q", name, i+1, line)
		}
		n := len(f)
		c := cameoCase{code: f[0], in: f[1], types: f[2 : n-3], status: f[n-1]}
		c.actor = keyList(f[n-3])
		c.recip = keyList(f[n-2])
		out = append(out, c)
	}
	return out
}

func keyList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// intersects reports whether the gold keys meet the predicted ones; no gold
// keys match anything.
func intersects(gold, got []string) bool {
	if len(gold) == 0 {
		return true
	}
	for _, g := range gold {
		for _, k := range got {
			if g == k {
				return true
			}
		}
	}
	return false
}

// cameoLevel scores one row: 0 wrong, 1 type right, 2 type and actor, 3 type,
// actor and recipient.
func cameoLevel(c cameoCase, evs []attache.Event) int {
	var counted []attache.Event
	for _, e := range evs {
		if e.Status != "denied" && e.Status != "hypothetical" {
			counted = append(counted, e)
		}
	}
	if c.types[0] == "-" {
		if len(counted) == 0 {
			return 3
		}
		return 0
	}
	best := 0
	for _, e := range counted {
		if !contains(c.types, e.Type) || (c.status != "" && e.Status != c.status) {
			continue
		}
		lvl := 1
		if intersects(c.actor, e.ActorKeys()) {
			lvl = 2
			if intersects(c.recip, e.RecipientKeys()) {
				lvl = 3
			}
		}
		best = max(best, lvl)
	}
	return best
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Floors for the CAMEO-style rows: how many must be right at each level
// (801 rows; the lexicon before triggers_cameo.tsv got 642/626/595, with it
// 722/709/668, with round 8's constructions 734/727/702, after round 9
// 741/736/720, after round 11 745/740/725). They guard the coder and
// lexicon against regressions, with a little room for trades; raise them on
// purpose when recall rises.
const (
	cameoMinL1 = 740
	cameoMinL2 = 735
	cameoMinL3 = 720
)

// TestCameoSentences codes CAMEO-codebook-style sentences (every root 01-20)
// and fails when fewer rows than the floors are right. `go test -v -run
// Cameo ./coder/` lists each miss with what was coded, and the score per root.
func TestCameoSentences(t *testing.T) {
	all := scoreCameo(t, parseCameoRows(t, "cameo", cameoRows))
	if all.l1 < cameoMinL1 || all.l2 < cameoMinL2 || all.l3 < cameoMinL3 {
		t.Errorf("CAMEO rows right: L1 %d L2 %d L3 %d of %d, below the floors %d/%d/%d",
			all.l1, all.l2, all.l3, all.n, cameoMinL1, cameoMinL2, cameoMinL3)
	}
}

// cameoTally counts rows and how many are right at each level.
type cameoTally struct{ n, l1, l2, l3 int }

func (r *cameoTally) add(lvl int) {
	r.n++
	if lvl >= 1 {
		r.l1++
	}
	if lvl >= 2 {
		r.l2++
	}
	if lvl >= 3 {
		r.l3++
	}
}

// scoreCameo codes each row at one test date, logs every miss (MISS) and
// every event coded for a no-event row (FP), logs the score per CAMEO root
// over event rows, and returns the score over all rows.
func scoreCameo(t *testing.T, cases []cameoCase) cameoTally {
	t.Helper()
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	roots := map[string]*cameoTally{}
	var all, ev, non cameoTally
	for _, c := range cases {
		evs := code(t, c.in, d)
		lvl := cameoLevel(c, evs)
		all.add(lvl)
		tag := "MISS"
		if c.types[0] == "-" {
			// (near-miss rows filed under a root do not count in its score)
			non.add(lvl)
			tag = "FP"
		} else {
			ev.add(lvl)
			root := c.code[:2]
			if roots[root] == nil {
				roots[root] = &cameoTally{}
			}
			roots[root].add(lvl)
		}
		if lvl < 3 {
			t.Logf("%s L%d %s %q want %s %s->%s; coded %q", tag, lvl, c.code, c.in,
				strings.Join(c.types, "|"), strings.Join(c.actor, ","), strings.Join(c.recip, ","), describe(evs))
		}
	}
	keys := make([]string, 0, len(roots))
	for k := range roots {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		r := roots[k]
		fmt.Fprintf(&sb, "%s: %d rows, L1 %d L2 %d L3 %d\n", k, r.n, r.l1, r.l2, r.l3)
	}
	t.Logf("per CAMEO root (event rows):\n%sevents: %d rows, L1 %d L2 %d L3 %d\nnon-events: %d rows, %d right\nall: %d rows, L1 %d L2 %d L3 %d",
		sb.String(), ev.n, ev.l1, ev.l2, ev.l3, non.n, non.l3, all.n, all.l1, all.l2, all.l3)
	return all
}
