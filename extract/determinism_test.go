package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/attache/attache"
)

// The same document gives the same events every time: nothing in the
// pipeline may depend on map iteration order or scheduling. Map order
// changes from run to run, so several passes over real stories catch it.
func TestDeterministic(t *testing.T) {
	f, err := os.Open("../../shared/corpora/voa_stories.jsonl")
	if err != nil {
		t.Skip("../shared/corpora absent: ", err)
	}
	defer f.Close()
	var docs []attache.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ ID, Title, Text, Published string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		d := attache.Document{ID: r.ID, Title: r.Title, Text: r.Text}
		d.Date, _ = ParseDate(r.Published)
		docs = append(docs, d)
	}
	x := extractor(t)
	var first []string
	for pass := 0; pass < 4; pass++ {
		for i, d := range docs {
			res, err := x.Extract(d)
			if err != nil {
				continue
			}
			b, _ := json.Marshal(res)
			if pass == 0 {
				first = append(first, string(b))
			} else if first[i] != string(b) {
				t.Fatalf("pass %d: document %s coded differently", pass, d.ID)
			}
		}
	}
}
