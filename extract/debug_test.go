package extract

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/attache/attache"
)

func TestDebugSeed(t *testing.T) {
	if os.Getenv("ATTACHE_DEBUG") == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(os.Getenv("ATTACHE_DEBUG"))
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.Annotate(attache.Document{ID: "seed", Text: string(b), Date: time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for si, s := range d.Sents {
		fmt.Printf("S%d: %s\n", si, d.Text(s.Start, s.End))
		for _, m := range d.Mentions[si] {
			fmt.Printf("   M %q %s/%s/%s %s kind=%d poss=%v\n", d.Text(m.Start, m.End), m.Entity.Country, m.Entity.Org, m.Entity.Sector, m.Entity.Via, m.Kind, m.Poss)
		}
		for _, q := range d.Quants[si] {
			fmt.Printf("   Q %+v\n", q.Quantity)
		}
		for _, x := range d.Times[si] {
			fmt.Printf("   T %s %s dl=%v\n", x.Format(), x.Precision, x.Deadline)
		}
	}
	for _, q := range d.Quotes {
		sp := ""
		if q.Speaker != nil {
			sp = q.Speaker.Entity.Name
		}
		fmt.Printf("QUOTE by %s: %s\n", sp, d.Text(q.Start, q.End))
	}
}
