package nats_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/queue/nats"
	"github.com/attache/attache/queue/nats/natstest"
	"github.com/attache/attache/store"
)

func open(t *testing.T, url string, cfg nats.Config) *nats.Queue {
	t.Helper()
	cfg.URL = url
	q, err := nats.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

func doc(i int) attache.Document {
	return attache.Document{ID: fmt.Sprintf("d%d", i), Title: fmt.Sprintf("Story %d", i),
		Text: fmt.Sprintf("Japan met China in story number %d.", i), Date: time.Date(2025, 3, 1+i%28, 0, 0, 0, 0, time.UTC)}
}

// fetchAll fetches until n deliveries came or the time is up.
func fetchAll(t *testing.T, q *nats.Queue, n int, within time.Duration) []*nats.Delivery {
	t.Helper()
	var out []*nats.Delivery
	deadline := time.Now().Add(within)
	for len(out) < n && time.Now().Before(deadline) {
		ds, err := q.Fetch(context.Background(), n-len(out), 200*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ds...)
	}
	return out
}

func TestPublishDedupAndConsume(t *testing.T) {
	ctx := context.Background()
	q := open(t, natstest.URL(t), nats.Config{})
	for i := 0; i < 10; i++ {
		dup, err := q.Publish(ctx, doc(i), fmt.Sprintf("in.jsonl:%d", i+1))
		if err != nil || dup {
			t.Fatalf("publish %d: dup %v err %v", i, dup, err)
		}
	}
	// the same content under another id is dropped by the server
	again := doc(3)
	again.ID = "resent"
	if dup, err := q.Publish(ctx, again, "again"); err != nil || !dup {
		t.Errorf("re-sent document: dup %v err %v, want a duplicate", dup, err)
	}
	// a changed title is new content
	retitled := doc(3)
	retitled.Title = "Another title"
	if dup, err := q.Publish(ctx, retitled, "retitled"); err != nil || dup {
		t.Errorf("retitled document: dup %v err %v", dup, err)
	}
	waitLag(t, q, nats.Lag{Pending: 11}) // the consumer counts a moment after the stream stores

	// what is there comes at once, without waiting to fill the batch
	t0 := time.Now()
	ds, err := q.Fetch(ctx, 100, 5*time.Second)
	if err != nil || len(ds) != 11 {
		t.Fatalf("fetched %d (%v), want 11", len(ds), err)
	}
	if el := time.Since(t0); el > 2*time.Second {
		t.Errorf("Fetch took %v to return the 11 available documents", el)
	}
	seen := map[string]bool{}
	for _, d := range ds {
		if d.Err != nil {
			t.Fatal(d.Err)
		}
		if d.Hash != store.Hash(d.Doc) || seen[d.Hash] {
			t.Errorf("delivery %d: hash %s", d.Seq, d.Hash)
		}
		seen[d.Hash] = true
		if d.Delivered != 1 || d.Doc.Date.IsZero() || !strings.HasPrefix(d.Origin, "in.jsonl:") && d.Origin != "retitled" {
			t.Errorf("delivery %+v", d)
		}
		if err := d.Ack(); err != nil {
			t.Fatal(err)
		}
	}
	if got := ds[0].Doc; got.ID != "d0" || !got.Date.Equal(doc(0).Date) || got.Text != doc(0).Text {
		t.Errorf("round trip: %+v", got)
	}
	waitLag(t, q, nats.Lag{})
	if more, _ := q.Fetch(ctx, 5, 300*time.Millisecond); len(more) != 0 {
		t.Errorf("%d deliveries after everything was acked", len(more))
	}
}

func waitLag(t *testing.T, q *nats.Queue, want nats.Lag) {
	t.Helper()
	var lag nats.Lag
	for i := 0; i < 50; i++ {
		var err error
		if lag, err = q.Lag(context.Background()); err != nil {
			t.Fatal(err)
		}
		if lag.Pending == want.Pending && lag.AckPending == want.AckPending {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Errorf("lag %+v, want %+v", lag, want)
}

// Two workers share one consumer: each document goes to one of them.
func TestSharedConsumer(t *testing.T) {
	ctx := context.Background()
	url := natstest.URL(t)
	a, b := open(t, url, nats.Config{Name: "a"}), open(t, url, nats.Config{Name: "b"})
	for i := 0; i < 40; i++ {
		if _, err := a.Publish(ctx, doc(i), ""); err != nil {
			t.Fatal(err)
		}
	}
	da := fetchAll(t, a, 15, 3*time.Second)
	db := fetchAll(t, b, 40, 3*time.Second)
	if len(da) != 15 || len(db) != 25 {
		t.Fatalf("a got %d, b got %d, want 15 and 25", len(da), len(db))
	}
	seen := map[uint64]bool{}
	for _, d := range append(da, db...) {
		if seen[d.Seq] {
			t.Errorf("message %d delivered to both", d.Seq)
		}
		seen[d.Seq] = true
		d.Ack()
	}
	waitLag(t, a, nats.Lag{})
}

// A document not acknowledged within AckWait goes to another worker; Nak
// returns it at once; InProgress keeps it.
func TestRedelivery(t *testing.T) {
	ctx := context.Background()
	url := natstest.URL(t)
	cfg := nats.Config{AckWait: time.Second}
	crashed, other := open(t, url, cfg), open(t, url, cfg)
	for i := 0; i < 3; i++ {
		if _, err := crashed.Publish(ctx, doc(i), ""); err != nil {
			t.Fatal(err)
		}
	}
	got := fetchAll(t, crashed, 3, 2*time.Second)
	if len(got) != 3 {
		t.Fatalf("fetched %d", len(got))
	}
	// got[0] is kept alive, got[1] returned, got[2] forgotten (the worker died)
	if err := got[1].Nak(0); err != nil {
		t.Fatal(err)
	}
	stop := time.Now().Add(2500 * time.Millisecond)
	var re []*nats.Delivery
	for time.Now().Before(stop) {
		if err := got[0].InProgress(); err != nil {
			t.Fatal(err)
		}
		ds, err := other.Fetch(ctx, 3, 200*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			d.Ack()
		}
		re = append(re, ds...)
	}
	var seqs []uint64
	for _, d := range re {
		seqs = append(seqs, d.Seq)
		if d.Delivered != 2 {
			t.Errorf("redelivery of %d counted %d deliveries", d.Seq, d.Delivered)
		}
	}
	if len(re) != 2 || !(re[0].Seq == got[1].Seq && re[1].Seq == got[2].Seq) {
		t.Errorf("redelivered %v, want the nak'ed %d then the expired %d (and not %d, in progress)", seqs, got[1].Seq, got[2].Seq, got[0].Seq)
	}
	got[0].Ack()
	waitLag(t, other, nats.Lag{})
}

// A document whose workers never acknowledge it is dead-lettered, with
// the delivery count, by the worker that receives it after MaxDeliver
// tries; one that fails for good is dead-lettered at once with its error.
func TestDeadLetter(t *testing.T) {
	ctx := context.Background()
	q := open(t, natstest.URL(t), nats.Config{AckWait: 200 * time.Millisecond, MaxDeliver: 3})
	poison, bad, good := doc(1), doc(2), doc(3)
	for _, d := range []attache.Document{poison, bad, good} {
		if _, err := q.Publish(ctx, d, d.ID); err != nil {
			t.Fatal(err)
		}
	}
	var deliveries int
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		ds, err := q.Fetch(ctx, 10, 300*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			switch {
			case d.Exhausted():
				if err := d.DeadLetter(ctx, fmt.Errorf("delivered %d times without an acknowledgement", d.Delivered-1)); err != nil {
					t.Fatal(err)
				}
			case d.Doc.ID == poison.ID:
				deliveries++ // the worker "crashes": no ack, no nak
			case d.Doc.ID == bad.ID:
				if err := d.DeadLetter(ctx, errors.New("cannot code this")); err != nil {
					t.Fatal(err)
				}
			default:
				d.Ack()
			}
		}
		if lag, _ := q.Lag(ctx); lag.Pending == 0 && lag.AckPending == 0 {
			break
		}
	}
	if deliveries != 3 {
		t.Errorf("poison document tried %d times, want 3", deliveries)
	}
	dead, err := q.Dead(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 2 {
		t.Fatalf("dead letters: %+v", dead)
	}
	byID := map[string]nats.DeadLetter{}
	for _, d := range dead {
		byID[d.Doc.ID] = d
	}
	if d := byID[bad.ID]; d.Error != "cannot code this" || d.Delivered != 1 || d.Hash != store.Hash(bad) || d.Doc.Text != bad.Text {
		t.Errorf("bad document's dead letter: %+v", d)
	}
	if d := byID[poison.ID]; !strings.Contains(d.Error, "3 times") || d.Delivered != 4 || d.Origin != poison.ID {
		t.Errorf("poison document's dead letter: %+v", d)
	}
	// terminated messages leave the work queue
	waitLag(t, q, nats.Lag{})
	if more, _ := q.Fetch(ctx, 5, 500*time.Millisecond); len(more) != 0 {
		t.Errorf("%d deliveries after dead-lettering", len(more))
	}
}
