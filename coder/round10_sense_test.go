package coder_test

import (
	"testing"
	"time"
)

// TestRound10SenseData checks the word-sense shields added after the
// round-10 precision review (nlp/lexicon/data/triggers_shields.tsv,
// "round 10: word senses"), in sentences written for these tests. Each
// construction has a "survives" row: the word in its event sense still
// codes.
func TestRound10SenseData(t *testing.T) {
	d := time.Date(2004, 11, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// meeting a target, also with the verb last
		{"a target he has met", "Gordon Brown set a borrowing target which he says Britain has now met.", "", "CONSULT"},
		{"survives: met a leader", "Blair met Chirac in Paris on Tuesday.", "CONSULT", ""},
		// "rest assured" reassures
		{"rest assured", "Tony Blair said Britons can rest assured that their pensions are safe.", "", "AGREE"},
		{"survives: assured a state", "Russia assured Turkey that it would not attack.", "AGREE", ""},
		// a regulator's consultation has no counterpart
		{"launch a consultation on rules", "The EU will launch a consultation on the merger rules next month.", "", "AGREE"},
		{"survives: consultations between states", "The EU and Russia launched consultations on a new treaty.", "CONSULT", ""},
		// a shared view of someone's need
		{"agreed on a country's need", "The creditor banks in Tokyo agreed on Mexico's need for faster exports.", "", "AGREE"},
		{"survives: agreed on a plan", "The Japanese banks agreed on a plan for Brazil's debt.", "AGREE", ""},
		// a court that agrees with a party rules for it
		{"court agreed with companies", "A British court agreed with the companies that the tax was unfair.", "", "AGREE"},
		{"survives: a state agrees with another", "Japan agreed with South Korea to resume the talks.", "AGREE", ""},
		// a demonstration of strength is a show
		{"demonstration of strength", "The attack in Baghdad was a demonstration of the insurgents' strength.", "", "PROTEST"},
		{"survives: held a demonstration", "Thousands of Kenyans held a demonstration against the new tax.", "PROTEST", ""},
		// fighting for an agenda is politics
		{"fight for an agenda", "George Bush vowed to fight hard for his political agenda.", "", "THREATEN"},
		{"survives: vowed to fight a group", "Nigeria's army vowed to fight Boko Haram to the end.", "THREATEN", ""},
		// polls endorse no one
		{"endorsed by polls", "The Conservatives' view on immigration was endorsed by recent polls.", "", "SUPPORT"},
		{"survives: endorsed a candidate", "Britain endorsed France's candidate for the post.", "SUPPORT", ""},
		// declining to say is no rejection
		{"refused to be drawn", "Tony Blair refused to be drawn on the date of the election.", "", "REJECT"},
		{"survives: refused to release", "Germany refused to release the prisoners.", "REJECT", ""},
		// a reporting verb before a clause
		{"reaffirmed that", "A State Department spokesman reaffirmed that Washington wants a peaceful solution.", "", "SUPPORT"},
		{"survives: reaffirmed support", "The State Department reaffirmed U.S. support for Taiwan.", "SUPPORT", ""},
		// trips and visits without a host
		{"hunting trip", "John Kerry made a hunting trip to Ohio.", "", "CONSULT"},
		{"visit the scene", "Chinese diplomats left Pyongyang to visit the scene of the blast.", "", "CONSULT"},
		{"survives: a trip to a country", "Egypt's foreign minister made a two-day trip to Israel.", "CONSULT", ""},
		// a game ban lifted at home concedes nothing
		{"lifted a hunting ban", "Zimbabwe lifted a hunting ban in 2019.", "", "CONCEDE"},
		{"survives: lifted a ban on a country", "The United States lifted its ban on Iranian oil.", "CONCEDE", ""},
		// advice against a course of action
		{"warned against pandering", "The Liberal Democrats warned both parties against pandering to prejudice.", "", "THREATEN"},
		{"warned it might look like", "Mark Oaten warned the MPs that binding judges might look like political interference.", "", "THREATEN"},
		{"survives: warned against attacking", "Britain warned Iran against attacking its ships.", "THREATEN", ""},
		{"survives: warned of action", "Britain warned Iran that it could face military action.", "THREATEN", ""},
		// withdrawing words
		{"not withdrawn a threat", "Iran has not withdrawn its threat to close the strait.", "", "RETREAT"},
		{"withdrew an earlier threat", "Iran's president withdrew his earlier threat against Iraq.", "", "RETREAT"},
		{"survives: withdrew troops despite a threat", "Iran withdrew its troops in response to the threat.", "RETREAT", ""},
		// an industrial accident kills, nobody attacks
		{"gas leak killed", "The Bhopal gas leak killed 2,000 people in India.", "", "ASSAULT"},
		{"survives: a bomb blast killed", "A bomb blast killed 12 Iraqi policemen.", "ASSAULT", ""},
		// a news outlet's interview consults no one
		{"outlet spoke with", "VOA spoke with Richard Armitage about Taiwan.", "", "CONSULT"},
		{"survives: ministers spoke", "Japan's foreign minister spoke with his Chinese counterpart on Tuesday.", "CONSULT", ""},
	})
}

// TestRound10SenseData1987 holds the market rows, set in Reuters' 1987.
func TestRound10SenseData1987(t *testing.T) {
	d := time.Date(1987, 4, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		// calls on partly-paid shares are instalments
		{"second call on shares", "Britain said the second call on the partly-paid British Airways shares is due in June.", "", "REQUEST"},
		{"calls for investors' funds", "The British government issued calls for investors' funds for the Rolls-Royce shares.", "", "REQUEST"},
		{"survives: called on a state", "Germany called on Russia to free the journalists.", "REQUEST", ""},
		// admitting a point
		{"conceded the accord would help", "Germany's farm minister conceded the EC accord would help some growers.", "", "CONCEDE"},
		{"survives: conceded a town", "Israel conceded the town to the Palestinians.", "CONCEDE", ""},
		// supplies, no aid
		{"not running out of food", "Brazil's striking seamen said the crews aboard ships there were not running out of food.", "", "AID"},
		{"survives: ships food", "Brazil ships food to Angola every month.", "AID", ""},
		// market operations
		{"investing in bonds", "Japan's finance ministry said it would keep investing in U.S. Treasury bonds.", "", "JPN"},
		{"survives: invested in railways", "Japan invested heavily in India's railways last year.", "COOPERATE", ""},
		{"gain on an investment", "GAF made a gain on its investment in Union Carbide.", "", "COOPERATE"},
		{"survives: made an investment", "The Soviet Union made an investment in Indian railways.", "COOPERATE", ""},
		// a broker's advice, an antitrust filing, a company's labour talks
		{"urge weightings", "Salomon Brothers said its quarterly strategy note would urge heavier weightings in equities.", "", "REQUEST"},
		{"survives: urged a state", "The United States urged Japan to cut its trade surplus.", "REQUEST", ""},
		{"asked regulators for clearance", "A Texas investor group said it had asked U.S. antitrust officials for advance clearance to buy more shares of the chemicals firm.", "", "REQUEST"},
		{"survives: asked for help", "Iran asked the United Nations for help to hold talks with Iraq.", "REQUEST", ""},
		{"contract talks", "Chrysler's contract talks with the UAW resume next week.", "", "AGREE"},
		{"survives: negotiations between states", "Egypt's negotiations with Israel on a new border accord will open in July.", "EGY->ISR", ""},
		{"rejected all bids at a tender", "The EC management committee rejected all bids at the weekly wheat tender.", "", "REJECT"},
		{"survives: rejected a membership bid", "Japan rejected Turkey's bid to join the group.", "REJECT", ""},
		// a speech to investors
		{"told an investors' meeting", "Bundesbank president Poehl told an investors' meeting in Frankfurt that rates would stay low.", "", "CONSULT"},
		{"survives: told a meeting of ministers", "Egypt's foreign minister told a meeting of Arab League ministers that Israel must withdraw.", "CONSULT", ""},
	})
}

// TestRound10Commentary checks the shields for a pundit's remarks that
// name an event word without an event (triggers_shields.tsv, "round 10:
// commentary").
func TestRound10Commentary(t *testing.T) {
	d := time.Date(2004, 11, 10, 0, 0, 0, 0, time.UTC)
	checkFamilies(t, d, []family{
		{"exposed to ridicule", "Robert Kilroy-Silk exposed the UK Independence Party to ridicule with his failed bid for the leadership.", "", "ACCUSE"},
		{"survives: ridiculed plans", "Tony Blair ridiculed the Conservative tax plans on Monday.", "ACCUSE", ""},
		{"cooperation would help", "Closer EU cooperation would help Britain control its borders, Charles Clarke argued.", "", "AGREE"},
		{"survives: agreed on cooperation", "Britain and France agreed on closer cooperation against smuggling.", "AGREE", ""},
		{"does not need support", "Swiss companies do not need state support, the Swiss economy minister said.", "", "SUPPORT"},
		{"survives: gave support", "Switzerland gave government support to its airline.", "SUPPORT", ""},
		{"the more support", "The harder Russia pushes Georgia, the more international support Georgia receives.", "", "SUPPORT"},
		{"survives: pledged support", "The European Union pledged support for Georgia.", "AGREE", ""},
		{"without asking people to pay", "The Conservatives say they can cut crime without asking Britons to pay higher taxes.", "", "REQUEST"},
		{"survives: asked to pay", "Germany asked Greece to pay its debts.", "REQUEST", ""},
	})
}
