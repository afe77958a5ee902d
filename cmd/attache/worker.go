package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/attache/attache/extract"
	"github.com/attache/attache/ingest"
	"github.com/attache/attache/metrics"
	"github.com/attache/attache/queue/nats"
	"github.com/attache/attache/source"
	"github.com/attache/attache/store"
)

func (m *Main) worker(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	queue := fs.String("queue", os.Getenv("ATTACHE_QUEUE"), "NATS server, nats://HOST:4222 (default $ATTACHE_QUEUE)")
	db := fs.String("db", defaultDB(), "database: a SQLite file or a postgres:// URL (one PostgreSQL database for workers on several machines)")
	workers := fs.Int("workers", runtime.NumCPU(), "documents coded in parallel")
	batch := fs.Int("batch", 256, "documents per transaction")
	ackWait := fs.Duration("ack-wait", nats.DefaultAckWait, "how long a document may go unacknowledged before the server gives it to another worker")
	maxDeliver := fs.Int("max-deliver", nats.DefaultMaxDeliver, "tries before a document goes to the dead-letter stream")
	exitEmpty := fs.Bool("exit-when-empty", false, "exit once the queue is drained (for batch jobs and tests)")
	metricsAddr := fs.String("metrics-addr", "", "serve Prometheus metrics at http://ADDR/metrics, e.g. 127.0.0.1:9090")
	every := fs.Duration("progress-every", 2*time.Second, "interval of progress lines")
	maxBytes := fs.Int("max-bytes", extract.MaxBytes, "dead-letter documents larger than this")
	quiet := fs.Bool("quiet", false, "no progress lines, only dead letters and the summary")
	asJSON := fs.Bool("json", false, "print the summary as JSON on stdout")
	host, _ := os.Hostname()
	name := fs.String("name", fmt.Sprintf("%s/%d", host, os.Getpid()), "worker name, recorded with its dead letters")
	var lexDirs stringList
	fs.Var(&lexDirs, "lexicon", "directory of extra lexicon files (repeatable)")
	fs.Usage = func() {
		fmt.Fprint(m.Stderr, `Usage: attache worker --queue nats://HOST:4222 [flags]

Takes documents from the NATS JetStream work queue that "attache ingest
--queue" (or any publisher) fills, codes them and stores them. Any number of
workers on any number of machines share the queue; a document is
acknowledged only after the transaction that stores it committed, so a
worker that dies loses nothing: its documents go to another worker after
--ack-wait. A document that cannot be coded or stored, or that was delivered
--max-deliver times without being stored, goes with its error to the
dead-letter stream ATTACHE_DEAD (subject attache.dead).

Progress and the queue's lag go to stderr every 2 s. SIGINT or SIGTERM stops
fetching, stores and acknowledges what is in hand, and exits 0; a second
signal exits at once (what was in hand is redelivered after --ack-wait).
With --metrics-addr, Prometheus metrics are served at /metrics.

Exit codes: 0 when stopped by a signal or, with --exit-when-empty, when the
queue is drained; 1 if the store or the queue failed, or (with
--exit-when-empty) some documents were dead-lettered; 2 usage.

Flags:
`)
		fs.PrintDefaults()
	}
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if *queue == "" || fs.NArg() > 0 {
		fmt.Fprintln(m.Stderr, "attache worker: give --queue nats://HOST:4222 and no arguments")
		return errUsage
	}
	if *batch <= 0 || *workers <= 0 {
		fmt.Fprintln(m.Stderr, "attache worker: --batch and --workers must be positive")
		return errUsage
	}

	x, st, err := openCoding(ctx, lexDirs, *maxBytes, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	q, err := nats.Open(ctx, nats.Config{URL: *queue, Name: *name, AckWait: *ackWait, MaxDeliver: *maxDeliver})
	if err != nil {
		return err
	}
	defer q.Close()

	met := metrics.New()
	if *metricsAddr != "" {
		ln, err := net.Listen("tcp", *metricsAddr)
		if err != nil {
			return fmt.Errorf("worker: metrics: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", met.Handler())
		hs := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go hs.Serve(ln)
		defer hs.Close()
		fmt.Fprintf(m.Stderr, "attache worker: metrics on http://%s/metrics\n", ln.Addr())
	}

	// The first signal stops fetching; the run goes on until what was
	// fetched is stored. After it, signals have their default effect again.
	fetchCtx, stopSignals := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stopSignals()
	go func() {
		<-fetchCtx.Done()
		stopSignals()
	}()

	// From here on several goroutines write to stderr.
	stderr := &lockedWriter{w: m.Stderr}
	w := &queueWorker{stderr: stderr, q: q, met: met, batch: *batch, exitEmpty: *exitEmpty, inflight: map[*nats.Delivery]struct{}{},
		slots: make(chan struct{}, 2**batch+2**workers), room: make(chan struct{}, 1)}
	stopBeat := w.heartbeat(q.Config().AckWait / 3)
	var commitNanos atomic.Int64
	iopt := ingest.Options{Workers: *workers, BatchSize: *batch, ProgressEvery: *every,
		Batch: func(n int, ps store.PutStats, took time.Duration) {
			met.Batch(n, ps, took)
			commitNanos.Add(int64(took))
		},
		Report: func(s ingest.Summary) {
			met.Report(s)
			lag, err := q.Lag(context.Background())
			if err != nil {
				fmt.Fprintf(stderr, "attache worker: %v\n", err)
				return
			}
			met.QueuePending.Set(float64(lag.Pending))
			met.QueueAckPending.Set(float64(lag.AckPending))
			if !*quiet {
				fmt.Fprintf(stderr, "worker: %d received (%.0f/s), %d stored, %d duplicate, %d dead-lettered, %d events; queue: %d pending, %d unacknowledged\n",
					s.Read, float64(s.Read)/s.Elapsed.Seconds(), s.Stored, s.Duplicate, w.dead.Load(), s.Events, lag.Pending, lag.AckPending)
			}
		}}
	fmt.Fprintf(stderr, "attache worker %s: %s -> %s\n", *name, *queue, *db)
	sum, runErr := ingest.RunTracked(ctx, func(ctx context.Context, fn func(source.Item, ingest.Settle) error) error {
		return w.feed(fetchCtx, ctx, fn)
	}, x, st, iopt)
	stopBeat()
	// Whatever is still in hand was not stored: give it back now rather
	// than after AckWait.
	nacked := w.nakAll()
	sum.Elapsed = sum.Elapsed.Round(time.Millisecond)
	fmt.Fprintf(stderr, "attache worker: %s; %d acknowledged, %d dead-lettered, %d returned to the queue\n", sum, w.acked.Load(), w.dead.Load(), nacked)
	if *asJSON {
		json.NewEncoder(m.Stdout).Encode(map[string]any{"received": sum.Read, "stored": sum.Stored, "duplicate": sum.Duplicate,
			"skipped": sum.Skipped, "events": sum.Events, "merged": sum.Merged, "acknowledged": w.acked.Load(),
			"dead_lettered": w.dead.Load(), "returned": nacked, "seconds": sum.Elapsed.Seconds(),
			"commit_seconds": time.Duration(commitNanos.Load()).Seconds(), "db": *db, "queue": *queue})
	}
	if runErr != nil {
		return fmt.Errorf("worker: %w", runErr)
	}
	if *exitEmpty && fetchCtx.Err() == nil && w.dead.Load() > 0 {
		return errSkipped
	}
	return nil
}

// queueWorker feeds a tracked ingest run from the queue and settles each
// delivery: ack when stored, dead letter when refused.
type queueWorker struct {
	stderr    io.Writer // shared by goroutines: a lockedWriter
	q         *nats.Queue
	met       *metrics.Metrics
	batch     int
	exitEmpty bool
	// slots bounds the documents in hand (fetched, not yet settled), so
	// that none waits long enough in the pipeline to need redelivery.
	slots chan struct{}
	room  chan struct{} // a slot was freed

	mu       sync.Mutex
	inflight map[*nats.Delivery]struct{}

	acked, dead atomic.Int64
}

// feed fetches until fetchCtx ends (or, with exitEmpty, the queue is
// drained) and hands each document to the run.
func (w *queueWorker) feed(fetchCtx, runCtx context.Context, fn func(source.Item, ingest.Settle) error) error {
	var failingSince time.Time
	for fetchCtx.Err() == nil && runCtx.Err() == nil {
		// Wait for room for half a batch: each fetch is a round trip and
		// a subscription, too dear to make per document.
		for cap(w.slots)-len(w.slots) < max(1, w.batch/2) {
			select {
			case <-w.room:
			case <-fetchCtx.Done():
				return nil
			case <-runCtx.Done():
				return context.Cause(runCtx)
			}
		}
		n := min(cap(w.slots)-len(w.slots), w.batch)
		ds, err := w.q.Fetch(fetchCtx, n, time.Second)
		if err != nil {
			if fetchCtx.Err() != nil {
				break
			}
			// The client reconnects on its own; give it a minute.
			if failingSince.IsZero() {
				failingSince = time.Now()
			} else if time.Since(failingSince) > time.Minute {
				return err
			}
			fmt.Fprintf(w.stderr, "attache worker: %v (retrying)\n", err)
			time.Sleep(time.Second)
			continue
		}
		failingSince = time.Time{}
		if len(ds) == 0 && w.exitEmpty && w.inHand() == 0 {
			lag, err := w.q.Lag(runCtx)
			if err != nil {
				return err
			}
			if lag.Pending == 0 && lag.AckPending == 0 {
				return nil
			}
		}
		// Everything fetched is in hand at once, so that the heartbeat
		// keeps it while it waits for room in the pipeline, and a failed
		// run returns it.
		var take []*nats.Delivery
		for _, d := range ds {
			if d.Err != nil {
				w.deadLetter(d, d.Err)
				continue
			}
			if d.Exhausted() {
				w.deadLetter(d, fmt.Errorf("delivered %d times without being stored (its workers crashed or timed out)", d.Delivered-1))
				continue
			}
			w.slots <- struct{}{} // never blocks: Fetch took at most the free slots
			w.mu.Lock()
			w.inflight[d] = struct{}{}
			w.mu.Unlock()
			take = append(take, d)
		}
		for _, d := range take {
			origin := fmt.Sprintf("%s (queue seq %d)", d.Origin, d.Seq)
			if d.Origin == "" {
				origin = fmt.Sprintf("queue seq %d", d.Seq)
			}
			if err := fn(source.Item{Doc: d.Doc, Origin: origin}, w.settle(d)); err != nil {
				return err
			}
		}
	}
	return nil
}

// settle returns the Settle of a delivery.
func (w *queueWorker) settle(d *nats.Delivery) ingest.Settle {
	return func(err error) {
		w.mu.Lock()
		_, mine := w.inflight[d]
		delete(w.inflight, d)
		w.mu.Unlock()
		if !mine {
			return // already returned to the queue
		}
		<-w.slots
		select {
		case w.room <- struct{}{}:
		default:
		}
		if err != nil {
			w.deadLetter(d, err)
			return
		}
		if aerr := d.Ack(); aerr != nil {
			// Stored all the same; the redelivery will be a duplicate.
			fmt.Fprintf(w.stderr, "attache worker: %v\n", aerr)
			return
		}
		w.acked.Add(1)
	}
}

func (w *queueWorker) deadLetter(d *nats.Delivery, reason error) {
	fmt.Fprintf(w.stderr, "attache worker: dead-letter %s (seq %d, delivery %d): %v\n", d.Origin, d.Seq, d.Delivered, reason)
	if err := d.DeadLetter(context.Background(), reason); err != nil {
		fmt.Fprintf(w.stderr, "attache worker: %v; returning it to the queue\n", err)
		if err := d.Nak(5 * time.Second); err != nil {
			fmt.Fprintf(w.stderr, "attache worker: %v\n", err)
		}
		return
	}
	w.dead.Add(1)
	w.met.DeadLettered.Inc()
}

func (w *queueWorker) inHand() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.inflight)
}

// heartbeat marks the documents in hand as in progress every interval, so
// that a long batch does not get them redelivered; it stops when the
// returned func is called.
func (w *queueWorker) heartbeat(every time.Duration) func() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				w.mu.Lock()
				ds := make([]*nats.Delivery, 0, len(w.inflight))
				for d := range w.inflight {
					ds = append(ds, d)
				}
				w.mu.Unlock()
				for _, d := range ds {
					if err := d.InProgress(); err != nil {
						fmt.Fprintf(w.stderr, "attache worker: %v\n", err)
						break
					}
				}
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// nakAll returns every document still in hand to the queue.
func (w *queueWorker) nakAll() int {
	w.mu.Lock()
	ds := w.inflight
	w.inflight = map[*nats.Delivery]struct{}{}
	w.mu.Unlock()
	for d := range ds {
		if err := d.Nak(0); err != nil {
			fmt.Fprintf(w.stderr, "attache worker: %v\n", err)
		}
	}
	return len(ds)
}

// lockedWriter serializes writes from several goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
