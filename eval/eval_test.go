package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/attache/attache"
)

func ev(typ, status string, actor, recip []string) attache.Event {
	e := attache.Event{Type: typ, Status: status}
	for _, a := range actor {
		e.Actor = append(e.Actor, attache.Entity{Country: a})
	}
	for _, r := range recip {
		e.Recipient = append(e.Recipient, attache.Entity{Country: r})
	}
	return e
}

func TestScore(t *testing.T) {
	gold := `{"id":"a","date":"2025-01-01","text":"x","events":[{"type":"SANCTION","alt":[],"actor":["USA"],"recipient":["CHN","CAN"],"money":[{"value":1000000000,"unit":"USD"}],"percent":[25],"deadline":"2027"},{"type":"CONSULT","alt":["AGREE"],"actor":["JPN"],"recipient":["USA"]},{"type":"ACCUSE","alt":[],"actor":["RUS"],"recipient":[],"optional":true}]}
{"id":"b","date":null,"text":"y","events":[{"type":"PROTEST","alt":[],"actor":[],"recipient":["DZA"]}]}`
	recs, err := ReadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	preds := map[string][]attache.Event{
		"a": {
			func() attache.Event {
				e := ev("SANCTION", "occurred", []string{"USA"}, []string{"CAN"})
				e.Quantities = []attache.Quantity{{Kind: attache.Money, Value: 1.005e9, Unit: "USD"}, {Kind: attache.Percent, Value: 25}}
				e.Deadline = "2027-12-31"
				return e
			}(),
			ev("SANCTION", "occurred", []string{"USA"}, []string{"CAN"}), // merged with the first
			ev("AGREE", "planned", []string{"JPN"}, []string{"GBR"}),     // alt type; L2 yes, L3 no
			ev("ACCUSE", "occurred", []string{"RUS"}, nil),               // optional: neither
			ev("ASSAULT", "denied", []string{"RUS"}, nil),                // dropped
			ev("ASSAULT", "occurred", []string{"IRN"}, nil),              // false positive
		},
		"b": {ev("PROTEST", "occurred", []string{"FRA"}, []string{"DZA"})}, // empty gold actor matches any
	}
	rep, err := Score(recs, func(r Record) ([]attache.Event, error) { return preds[r.ID], nil }, true)
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, p PRF, tp, fp, fn int) {
		if p.TP != tp || p.FP != fp || p.FN != fn {
			t.Errorf("%s: tp %d fp %d fn %d, want %d %d %d", name, p.TP, p.FP, p.FN, tp, fp, fn)
		}
	}
	check("L1", rep.L1, 3, 1, 0)
	check("L2", rep.L2, 3, 1, 0)
	check("L3", rep.L3, 2, 2, 1)
	if math.Abs(rep.L2.F1-0.857) > 0.001 {
		t.Errorf("L2 F1 %.3f", rep.L2.F1)
	}
	if rep.Money.Right != 1 || rep.Money.Total != 1 || rep.Percent.Right != 1 || rep.Deadline.Right != 1 {
		t.Errorf("facts: %+v %+v %+v", rep.Money, rep.Percent, rep.Deadline)
	}
	if p := rep.PerType["ASSAULT"]; p == nil || p.FP != 1 {
		t.Errorf("per type ASSAULT: %+v", p)
	}
	// macro over types with gold events: SANCTION, CONSULT, PROTEST all F1 1
	if rep.MacroL2F1 != 1 {
		t.Errorf("macro %.3f", rep.MacroL2F1)
	}
	fns := 0
	for _, m := range rep.Misses {
		if m.Kind == "FN" && m.Level == "L3" {
			fns++
		}
	}
	if fns != 1 {
		t.Errorf("L3 misses %d", fns)
	}
}

func TestReadGoldError(t *testing.T) {
	if _, err := ReadGold(strings.NewReader("{not json}\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("err %v", err)
	}
}
