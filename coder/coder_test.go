package coder_test

import (
	"strings"
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
)

var x *extract.Extractor

func code(t *testing.T, s string, date time.Time) []attache.Event {
	t.Helper()
	if x == nil {
		var err error
		if x, err = extract.Default(); err != nil {
			t.Fatal(err)
		}
	}
	res, err := x.Extract(attache.Document{ID: "t", Text: s, Date: date})
	if err != nil {
		t.Fatal(err)
	}
	return res.Events
}

func describe(evs []attache.Event) string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Type+"/"+e.Mode+"/"+e.Kind+" "+strings.Join(e.ActorKeys(), ",")+"->"+strings.Join(e.RecipientKeys(), ",")+" "+e.Status)
	}
	return strings.Join(out, "; ")
}

// TestConstructions checks one construction per row: the event expected, in
// the form TYPE/MODE/KIND ACTORS->RECIPIENTS STATUS, must be among those coded.
func TestConstructions(t *testing.T) {
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	cases := []struct{ name, in, want string }{
		{"active verb with object", "Russia attacked Ukraine on Tuesday.", "ASSAULT// RUS->UKR occurred"},
		{"passive with agent", "Ukraine was attacked by Russia on Tuesday.", "ASSAULT// RUS->UKR occurred"},
		{"recipient after preposition", "Japan imposed tariffs on Chinese steel.", "SANCTION/discontinue/tariff JPN->CHN occurred"},
		{"compound actor", "Canada and Belgium banned imports of wildlife trophies.", "SANCTION/discontinue/ BEL,CAN->"},
		{"negation", "China did not attack Taiwan.", "ASSAULT// CHN->TWN denied"},
		{"future cooperation is AGREE", "India will hold talks with Pakistan next week.", "AGREE//meeting IND->PAK planned"},
		{"hypothetical", "Iran could attack Israel.", "ASSAULT// IRN->ISR hypothetical"},
		{"conditional threat", "Washington would impose tariffs on Mexico unless it stopped migrants.", "THREATEN/restrict/tariff USA->MEX threatened"},
		{"request absorbs its content", "The United Nations urged Myanmar to release the prisoners.", "REQUEST/yield/ UN->MMR occurred"},
		{"visit with host", "Putin visited China last week.", "CONSULT/visit/meeting RUS->CHN occurred"},
		{"meeting at a place makes the host the recipient", "Trump met Ishiba at the White House.", "CONSULT/visit/meeting JPN->USA occurred"},
		{"nominal with possessive actor", "Japan's commitment to doubling its defense spending by 2027 was welcomed.", "AGREE//defense_spending JPN-> occurred"},
		{"reported speech keeps the reported actor", "Officials said Iran had fired missiles at a tanker.", "ASSAULT/heavy-weapons/ IRN-> occurred"},
		{"coordinated verb shares the subject", "Modi met Biden in Washington and agreed to expand trade.", "AGREE// IND-> occurred"},
		{"blocked acquisition", "Biden blocked the $15 billion acquisition of U.S. Steel by Nippon Steel.", "REJECT/assist/investment_block USA->JPN"},
		{"protesters are the actors of a protest", "Thousands of protesters marched in Nairobi against the government.", "PROTEST/"},
		{"no commentary", "Analysts praised the decision by Germany.", ""},
		{"a speaker's judgment is ACCUSE", "Canada said Russia's illegal aggression must end.", "ACCUSE/disapprove/statement CAN->RUS occurred"},
		{"a speaker's should is REQUEST", "Bessent said the Thai and Malaysian currencies should be revalued.", "REQUEST/change/statement USA->MYS,THA occurred"},
		{"an unattributed judgment has no speaker", "The decision was unacceptable.", ""},
		{"police and protesters", "Police in Kenya dispersed protesters in Nairobi.", "PROTEST/demo/ KEN->KEN occurred"},
		{"a refused concession is REJECT", "Starmer says he will not apologise for the war.", "REJECT/yield/ GBR-> occurred"},
		{"accused of doing: only the accusation", "Nigerian officers were accused of plotting to kill the president by firing a missile at his plane, prosecutors said.", "ACCUSE/allege/ NGA->NGA occurred"},
		{"a disaster is no attack", "An earthquake killed 20 people in Japan.", ""},
		{"an object noun with its own modifier is the recipient", "Britain expelled four Russian diplomats.", "SANCTION/expel/ GBR->RUS occurred"},
		{"unnamed police take the country of the place", "Police arrested 20 activists in Minsk.", "COERCE/arrest/ BLR->BLR occurred"},
		{"a participle before its noun is no event", "Iran freed the jailed activists.", "RETREAT/release/ IRN->"},
	}
	for _, c := range cases {
		got := describe(code(t, c.in, d))
		if c.want == "" {
			if got != "" {
				t.Errorf("%s: %q coded %s, want nothing", c.name, c.in, got)
			}
			continue
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: %q coded %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestFacts(t *testing.T) {
	d := time.Date(1987, 4, 27, 0, 0, 0, 0, time.UTC)
	evs := code(t, "The Canadian government levied 35 pct tariffs on 220 mln dlrs of Korean steel pipes and wire rods on April 9.", d)
	if len(evs) != 1 {
		t.Fatalf("got %s", describe(evs))
	}
	e := evs[0]
	var money, pct bool
	for _, q := range e.Quantities {
		money = money || (q.Kind == attache.Money && q.Value == 220e6 && q.Unit == "USD")
		pct = pct || (q.Kind == attache.Percent && q.Value == 35)
	}
	if !money || !pct || e.Date != "1987-04-09" || e.DatePrecision != "day" {
		t.Errorf("facts: %+v date %s %s", e.Quantities, e.Date, e.DatePrecision)
	}
}

func TestMergeMentions(t *testing.T) {
	d := time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC)
	evs := code(t, "The US blocked a $15 billion bid by Nippon Steel for US Steel. Former President Joe Biden blocked the deal in his final weeks in office.", d)
	n := 0
	for _, e := range evs {
		if e.Type == "REJECT" {
			n++
			if len(e.Mentions) != 2 {
				t.Errorf("REJECT has %d mentions, want 2", len(e.Mentions))
			}
		}
	}
	if n != 1 {
		t.Errorf("%d REJECT events, want one with two mentions: %s", n, describe(evs))
	}
}

func TestIDsAreStable(t *testing.T) {
	d := time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC)
	a := code(t, "Russia attacked Ukraine.", d)
	b := code(t, "Russia attacked Ukraine.", d)
	if len(a) != 1 || len(b) != 1 || a[0].ID != b[0].ID || a[0].ID == "" {
		t.Errorf("ids %v %v", a, b)
	}
}
