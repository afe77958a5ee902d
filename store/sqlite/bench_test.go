package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/store"
)

// coded builds a document of about 2 KB with 5 sentences and 3 events, the
// shape of a wire story.
func coded(i int) store.Coded {
	var b strings.Builder
	var sents []attache.Span
	for k := 0; k < 5; k++ {
		start := b.Len()
		fmt.Fprintf(&b, "Story %d sentence %d: the foreign ministers of Japan and Canada met in Ottawa to discuss trade, tariffs on steel and a new defense pact worth 2 billion dollars, officials said on Tuesday evening. ", i, k)
		sents = append(sents, attache.Span{start, b.Len()})
	}
	text := b.String()
	d := attache.Document{ID: fmt.Sprintf("b%d", i), Title: fmt.Sprintf("Story %d", i), Text: text, Source: "bench",
		Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365)}
	keys := [][2]string{{"JPN", "CAN"}, {"CAN", "JPN"}, {"USA", "CHN"}}
	var evs []attache.Event
	for k, kk := range keys {
		evs = append(evs, attache.Event{ID: fmt.Sprintf("e%d-%d", i, k), Doc: d.ID, Sentence: k, Span: sents[k], Type: []string{"CONSULT", "AGREE", "SANCTION"}[k],
			Actor: []attache.Entity{{Name: kk[0], Country: kk[0], Sector: "GOV"}}, Recipient: []attache.Entity{{Name: kk[1], Country: kk[1], Sector: "GOV"}},
			Date: d.Date.Format("2006-01-02"), Status: attache.Occurred, Trigger: attache.Trigger{Text: "met", Span: attache.Span{sents[k][0], sents[k][0] + 3}},
			Evidence: text[sents[k][0]:sents[k][1]], Mentions: []attache.Mention{{Sentence: k, Span: attache.Span{sents[k][0], sents[k][0] + 3}}}})
	}
	res := &attache.Result{Doc: d.ID, Events: evs, Sentences: sents, Entities: []attache.Entity{{Name: "Japan", Country: "JPN"}, {Name: "Canada", Country: "CAN"}}}
	return store.Coded{Doc: d, Hash: store.Hash(d), Result: res}
}

// BenchmarkPut measures the writer: documents per second and MB/s of text
// through one SQLite connection, in batches of 256.
func BenchmarkPut(b *testing.B) {
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const batch = 256
	var bytes int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		docs := make([]store.Coded, batch)
		for k := range docs {
			docs[k] = coded(i*batch + k)
			bytes += int64(len(docs[k].Doc.Text))
		}
		if _, err := db.Put(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "docs/s")
	b.SetBytes(bytes / int64(b.N))
}

// BenchmarkDyadQuery measures one page of a dyad's events with its total,
// what GET /api/events?a=&b= runs, over 20,000 stored documents.
func BenchmarkDyadQuery(b *testing.B) {
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "q.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for i := 0; i < 20000; i += 500 {
		docs := make([]store.Coded, 500)
		for k := range docs {
			docs[k] = coded(i + k)
		}
		if _, err := db.Put(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
	q := store.Query{Dyad: [2]string{"JPN", "CAN"}, Limit: 50}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.Events(context.Background(), q); err != nil {
			b.Fatal(err)
		}
		if _, err := db.CountEvents(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}
