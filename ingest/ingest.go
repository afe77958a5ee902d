// Package ingest moves documents from their sources into a store: it skips
// content already stored, codes the rest in parallel and writes them in
// batches, each batch one transaction, so that a killed run leaves whole
// documents only and a re-run picks up where it stopped.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/source"
	"github.com/attache/attache/store"
)

// Extractor codes one document.
type Extractor interface {
	Extract(attache.Document) (*attache.Result, error)
}

// Store is the part of a store that ingest writes to.
type Store interface {
	Has(ctx context.Context, hash string) (bool, error)
	Put(ctx context.Context, docs []store.Coded) (store.PutStats, error)
}

// Options tune a run. Zero values are sensible.
type Options struct {
	Workers   int           // extraction goroutines; default GOMAXPROCS
	BatchSize int           // documents per transaction; default 256
	BatchWait time.Duration // longest a coded document waits for its batch; default 500ms
	// Progress, if set, receives a status line every ProgressEvery and the
	// final summary.
	Progress      io.Writer
	ProgressEvery time.Duration // default 2s
	// Skip, if set, is told about every input or document skipped.
	Skip func(origin string, err error)
	// Report, if set, receives the running totals every ProgressEvery and
	// the final summary (for metrics).
	Report func(Summary)
	// Batch, if set, is told about every committed transaction: how many
	// documents it held, what it wrote and how long Put took.
	Batch func(docs int, ps store.PutStats, took time.Duration)
}

// Summary counts what a run did.
type Summary struct {
	Read      int64 // documents read from the sources
	Stored    int64 // new documents written
	Duplicate int64 // already in the store (or twice in the input)
	Skipped   int64 // unreadable or uncodable
	Events    int64 // new events
	Merged    int64 // reports merged into existing events
	Elapsed   time.Duration
}

func (s Summary) String() string {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Read) / s.Elapsed.Seconds()
	}
	return fmt.Sprintf("%d documents read, %d stored, %d duplicate, %d skipped; %d new events, %d reports merged; %.1fs (%.0f docs/s)",
		s.Read, s.Stored, s.Duplicate, s.Skipped, s.Events, s.Merged, s.Elapsed.Seconds(), rate)
}

// Items feeds a run: it calls fn for every item until done, then returns.
type Items func(ctx context.Context, fn func(source.Item) error) error

// Settle is told an item's fate once it is final: nil when its document
// is stored (called only after the transaction holding it committed) or was
// already stored; the reason when it was skipped (unreadable, uncodable, or
// refused by the store). Items a run could not finish, because ctx ended
// or the store failed, are never settled.
type Settle func(err error)

// Tracked feeds a run with items that carry a Settle each (nil: not
// tracked), for sources such as a work queue that must acknowledge a
// document only once it is stored.
type Tracked func(ctx context.Context, fn func(source.Item, Settle) error) error

// FromSources reads the inputs with the source package.
func FromSources(inputs []string, opt source.Options) Items {
	return func(ctx context.Context, fn func(source.Item) error) error {
		return source.Read(ctx, inputs, opt, fn)
	}
}

// FromDocuments feeds documents already in memory.
func FromDocuments(docs ...attache.Document) Items {
	return func(ctx context.Context, fn func(source.Item) error) error {
		for _, d := range docs {
			if err := fn(source.Item{Doc: d, Origin: d.ID}); err != nil {
				return err
			}
		}
		return nil
	}
}

type counters struct {
	read, stored, dup, skipped, events, merged atomic.Int64
}

func (c *counters) summary(start time.Time) Summary {
	return Summary{Read: c.read.Load(), Stored: c.stored.Load(), Duplicate: c.dup.Load(), Skipped: c.skipped.Load(),
		Events: c.events.Load(), Merged: c.merged.Load(), Elapsed: time.Since(start)}
}

// Run ingests everything items yields into st. Bad documents are skipped and
// reported; Run fails only when the store fails or ctx ends, and then every
// batch already committed stays committed.
func Run(ctx context.Context, items Items, x Extractor, st Store, opt Options) (Summary, error) {
	return RunTracked(ctx, func(ctx context.Context, fn func(source.Item, Settle) error) error {
		return items(ctx, func(it source.Item) error { return fn(it, nil) })
	}, x, st, opt)
}

// RunTracked is Run over items that are settled one by one (see Settle).
func RunTracked(ctx context.Context, items Tracked, x Extractor, st Store, opt Options) (Summary, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 256
	}
	if opt.BatchWait <= 0 {
		opt.BatchWait = 500 * time.Millisecond
	}
	if opt.ProgressEvery <= 0 {
		opt.ProgressEvery = 2 * time.Second
	}
	start := time.Now()
	var c counters
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	skip := func(origin string, err error) {
		c.skipped.Add(1)
		if opt.Skip != nil {
			opt.Skip(origin, err)
		}
	}

	// Documents are coded in parallel but reach the writer in input order,
	// so that the same input always merges into the same events.
	type job struct {
		it     source.Item
		settle Settle
		out    chan *store.Coded // nil when the document is not to be written
	}
	type pending struct {
		cd     store.Coded
		settle Settle
	}
	in := make(chan job, opt.Workers*2)
	order := make(chan job, opt.Workers*4)
	coded := make(chan pending, opt.BatchSize)

	var readErr error
	go func() {
		defer close(in)
		defer close(order)
		readErr = items(ctx, func(it source.Item, settle Settle) error {
			if settle == nil {
				settle = func(error) {}
			}
			j := job{it: it, settle: settle, out: make(chan *store.Coded, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			select {
			case in <- j:
				return nil
			case <-ctx.Done():
				j.out <- nil
				return context.Cause(ctx)
			}
		})
	}()

	var skipMu sync.Mutex
	for w := 0; w < opt.Workers; w++ {
		go func() {
			for j := range in {
				j.out <- code(ctx, j.it, j.settle, x, st, &c, cancel, func(o string, err error) {
					skipMu.Lock()
					defer skipMu.Unlock()
					skip(o, err)
				})
			}
		}()
	}
	go func() {
		defer close(coded)
		for j := range order {
			if cd := <-j.out; cd != nil {
				coded <- pending{*cd, j.settle}
			}
		}
	}()

	stopProgress := make(chan struct{})
	progressDone := make(chan struct{})
	go func() {
		defer close(progressDone)
		if opt.Progress == nil && opt.Report == nil {
			return
		}
		t := time.NewTicker(opt.ProgressEvery)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				s := c.summary(start)
				if opt.Report != nil {
					opt.Report(s)
				}
				if opt.Progress != nil {
					fmt.Fprintf(opt.Progress, "ingest: %d read (%.0f/s), %d stored, %d duplicate, %d skipped, %d events\n",
						s.Read, float64(s.Read)/s.Elapsed.Seconds(), s.Stored, s.Duplicate, s.Skipped, s.Events)
				}
			case <-stopProgress:
				return
			}
		}
	}()

	// The writer: one transaction per batch.
	var werr error
	batch := make([]store.Coded, 0, opt.BatchSize)
	settles := make([]Settle, 0, opt.BatchSize)
	flush := func() {
		defer func() { batch, settles = batch[:0], settles[:0] }()
		if len(batch) == 0 || werr != nil {
			return
		}
		t0 := time.Now()
		ps, err := st.Put(context.WithoutCancel(ctx), batch)
		if err != nil {
			werr = err
			cancel(err)
			return
		}
		if opt.Batch != nil {
			opt.Batch(len(batch), ps, time.Since(t0))
		}
		c.stored.Add(int64(ps.Documents))
		c.dup.Add(int64(ps.Duplicate))
		c.events.Add(int64(ps.Events))
		c.merged.Add(int64(ps.Merged))
		// The store names refused documents by id; every document of the
		// batch with that id is taken as refused.
		failed := map[string]error{}
		for _, f := range ps.Failed {
			err := fmt.Errorf("store: %w", f.Err)
			failed[f.ID] = err
			skip(f.ID, err)
		}
		for i, cd := range batch {
			settles[i](failed[cd.Doc.ID])
		}
	}
	timer := time.NewTimer(opt.BatchWait)
	defer timer.Stop()
loop:
	for {
		select {
		case p, ok := <-coded:
			if !ok {
				break loop
			}
			batch = append(batch, p.cd)
			settles = append(settles, p.settle)
			if len(batch) >= opt.BatchSize {
				flush()
			}
		case <-timer.C:
			flush()
			timer.Reset(opt.BatchWait)
		}
	}
	flush()
	close(stopProgress)
	<-progressDone
	sum := c.summary(start)
	if opt.Report != nil {
		opt.Report(sum)
	}
	if opt.Progress != nil {
		fmt.Fprintf(opt.Progress, "ingest: %s\n", sum)
	}
	if werr != nil {
		return sum, werr
	}
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return sum, err
	}
	if readErr != nil {
		return sum, readErr
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	return sum, nil
}

// code turns one item into a document to store, or nil when it is skipped
// or already stored.
func code(ctx context.Context, it source.Item, settle Settle, x Extractor, st Store, c *counters, cancel context.CancelCauseFunc, skip func(string, error)) *store.Coded {
	if it.Err != nil {
		skip(it.Origin, it.Err)
		settle(it.Err)
		return nil
	}
	if ctx.Err() != nil {
		return nil
	}
	c.read.Add(1)
	h := store.Hash(it.Doc)
	have, err := st.Has(ctx, h)
	if err != nil {
		cancel(err)
		return nil
	}
	if have {
		c.dup.Add(1)
		settle(nil)
		return nil
	}
	res, err := x.Extract(it.Doc)
	if err != nil {
		skip(it.Origin, err)
		settle(err)
		return nil
	}
	return &store.Coded{Doc: it.Doc, Hash: h, Result: res}
}
