package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/queue/nats"
	"github.com/attache/attache/queue/nats/natstest"
	"github.com/attache/attache/store"
	"github.com/attache/attache/store/postgres/pgtest"
	"github.com/attache/attache/store/storetest"
)

func jsonSummary(t *testing.T, out string) map[string]float64 {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("summary %q: %v", out, err)
	}
	f := map[string]float64{}
	for k, v := range m {
		if n, ok := v.(float64); ok {
			f[k] = n
		}
	}
	return f
}

// In-process: publish, re-publish (dropped by the server), drain with one
// worker; a document too large for the worker is dead-lettered; the store
// then holds what a direct ingest stores.
func TestQueueIngestWorker(t *testing.T) {
	url := natstest.URL(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	storyLines(t, in, 60)
	big := write(t, dir, "big.jsonl", `{"id":"big","title":"Long","text":"`+strings.Repeat("Japan met China. ", 400)+`"}`+"\n{broken\n")

	out, stderr, err := run(t, "", "ingest", "--queue", url, "--json", in, big)
	if !errors.Is(err, errSkipped) {
		t.Fatalf("ingest --queue with a broken line: %v\n%s", err, stderr)
	}
	if s := jsonSummary(t, out); s["read"] != 61 || s["published"] != 61 || s["duplicate"] != 0 || s["skipped"] != 1 {
		t.Errorf("publish summary %v", s)
	}
	if !strings.Contains(stderr, "big.jsonl:2") {
		t.Errorf("the broken line is not named: %s", stderr)
	}
	out, stderr, err = run(t, "", "ingest", "--queue", url, "--json", "--quiet", in)
	if err != nil {
		t.Fatalf("re-publish: %v\n%s", err, stderr)
	}
	if s := jsonSummary(t, out); s["published"] != 0 || s["duplicate"] != 60 {
		t.Errorf("re-publish summary %v", s)
	}

	db := filepath.Join(dir, "q.db")
	out, stderr, err = run(t, "", "worker", "--queue", url, "--db", db, "--exit-when-empty", "--json", "--batch", "16", "--max-bytes", "2000")
	if !errors.Is(err, errSkipped) {
		t.Fatalf("worker with a dead letter: err %v\n%s", err, stderr)
	}
	s := jsonSummary(t, out)
	if s["stored"] != 60 || s["acknowledged"] != 60 || s["dead_lettered"] != 1 || s["returned"] != 0 || s["events"] == 0 {
		t.Errorf("worker summary %v\n%s", s, stderr)
	}
	if !strings.Contains(stderr, "big.jsonl:1 (seq 61, delivery 1): document too large") || !strings.Contains(stderr, "too large") {
		t.Errorf("dead letter not reported: %s", stderr)
	}
	q, err := nats.Open(context.Background(), nats.Config{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	dead, err := q.Dead(context.Background(), 10)
	if err != nil || len(dead) != 1 || dead[0].Doc.ID != "big" || !strings.Contains(dead[0].Error, "too large") {
		t.Errorf("dead letters %+v %v", dead, err)
	}
	// a second worker finds nothing to do and exits
	out, _, err = run(t, "", "worker", "--queue", url, "--db", db, "--exit-when-empty", "--json", "--quiet")
	if err != nil || jsonSummary(t, out)["received"] != 0 {
		t.Errorf("idle worker: %v %s", err, out)
	}

	ref := filepath.Join(dir, "ref.db")
	if _, stderr, err := run(t, "", "ingest", "--db", ref, "--quiet", in); err != nil {
		t.Fatalf("reference ingest: %v\n%s", err, stderr)
	}
	compareStores(t, db, ref)
}

func TestWorkerUsage(t *testing.T) {
	for _, bad := range [][]string{{"worker"}, {"worker", "--queue", "nats://x", "extra"}, {"worker", "--queue", "nats://x", "--batch", "0"}} {
		if _, _, err := run(t, "", bad...); !errors.Is(err, errUsage) {
			t.Errorf("%v: err %v, want usage", bad, err)
		}
	}
}

// docHashes returns the content hashes of the stored documents, failing
// on a hash stored twice.
func docHashes(t *testing.T, st store.Store) []string {
	t.Helper()
	var out []string
	for q := (store.DocQuery{Limit: store.MaxLimit}); ; q.Offset += store.MaxLimit {
		page, err := st.Documents(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range page {
			out = append(out, d.Hash)
		}
		if len(page) < store.MaxLimit {
			break
		}
	}
	sort.Strings(out)
	for i := 1; i < len(out); i++ {
		if out[i] == out[i-1] {
			t.Errorf("document %s stored twice", out[i])
		}
	}
	return out
}

// exportLines is the store's events as sorted JSON lines.
func exportLines(t *testing.T, db string) []string {
	t.Helper()
	out, stderr, err := run(t, "", "export", "--db", db, "--format", "jsonl")
	if err != nil {
		t.Fatalf("export %s: %v\n%s", db, err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	sort.Strings(lines)
	return lines
}

// compareStores checks that two stores (paths or URLs) hold the same
// documents (by content hash, none twice), the same number of mentions,
// the same exported events and the same snapshot (every event with its
// reports, counts, actors and document list).
func compareStores(t *testing.T, got, want string) {
	t.Helper()
	ctx := context.Background()
	gs, err := openStore(ctx, got)
	if err != nil {
		t.Fatal(err)
	}
	defer gs.Close()
	ws, err := openStore(ctx, want)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	gh, wh := docHashes(t, gs), docHashes(t, ws)
	if strings.Join(gh, ",") != strings.Join(wh, ",") {
		t.Errorf("documents differ: %d stored, %d in the reference", len(gh), len(wh))
	}
	gst, err := gs.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wst, err := ws.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if gst != wst {
		t.Errorf("stats %+v, reference %+v", gst, wst)
	}
	ge, we := exportLines(t, got), exportLines(t, want)
	if len(ge) != len(we) {
		t.Errorf("%d events exported, %d from the reference", len(ge), len(we))
	}
	diffs := 0
	for i := 0; i < len(ge) && i < len(we) && diffs < 3; i++ {
		if ge[i] != we[i] {
			t.Errorf("exported events differ:\n got %s\nwant %s", ge[i], we[i])
			diffs++
		}
	}
	if diffs > 0 {
		return
	}
	gsnap, wsnap := storetest.Snapshot(t, gs), storetest.Snapshot(t, ws)
	if gsnap != wsnap {
		gl, wl := strings.Split(gsnap, "\n"), strings.Split(wsnap, "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Errorf("snapshots differ at line %d:\n got %.600s\nwant %.600s", i+1, gl[i], wl[i])
				break
			}
		}
	}
}

// corpusInput writes the VOA corpus and the first n lines of Reuters
// into one JSON Lines file in dir, or skips when the corpora are absent.
func corpusInput(t *testing.T, dir string, n int) string {
	t.Helper()
	corpora := filepath.Join("..", "..", "..", "shared", "corpora")
	voa, err := os.ReadFile(filepath.Join(corpora, "voa_stories.jsonl"))
	if err != nil {
		t.Skipf("no corpus (%v): the queue end-to-end test needs ../shared/corpora", err)
	}
	f, err := os.Open(filepath.Join(corpora, "reuters21578.jsonl"))
	if err != nil {
		t.Skipf("no corpus: %v", err)
	}
	defer f.Close()
	out := filepath.Join(dir, "input.jsonl")
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	w.Write(voa)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		w.Write(append(sc.Bytes(), '\n'))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// proc is a worker process whose stderr is watched.
type proc struct {
	cmd  *exec.Cmd
	mu   sync.Mutex
	log  strings.Builder
	done chan error
	// stored is the last "N stored" the worker reported.
	stored  int
	metrics string // address of its metrics endpoint
}

var storedRE = regexp.MustCompile(`received \([0-9]+/s\), ([0-9]+) stored`)

func startWorker(t *testing.T, bin string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(bin, append([]string{"worker"}, args...)...), done: make(chan error, 1)}
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.cmd.Stdout = io.Discard
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.cmd.Process.Kill() })
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			p.mu.Lock()
			p.log.WriteString(line + "\n")
			if m := storedRE.FindStringSubmatch(line); m != nil {
				p.stored, _ = strconv.Atoi(m[1])
			}
			if _, rest, ok := strings.Cut(line, "metrics on http://"); ok {
				p.metrics = strings.TrimSuffix(rest, "/metrics")
			}
			p.mu.Unlock()
		}
		p.done <- p.cmd.Wait()
	}()
	return p
}

func (p *proc) state() (int, string, string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stored, p.metrics, p.log.String()
}

// TestQueueWorkersKilled runs the work queue end to end on SQLite: 3 worker
// processes share one queue and one store, one is killed with SIGKILL
// after it committed some batches, the others drain the queue, and the
// store ends up as a single-process ingest of the same input.
func TestQueueWorkersKilled(t *testing.T) {
	testQueueWorkersKilled(t, func(t *testing.T, dir string) string { return filepath.Join(dir, "shared.db") })
}

// TestQueueWorkersKilledPostgres is the same run with the workers writing
// to one PostgreSQL database, compared with the same single-process SQLite
// reference: the two backends must hold the same events.
func TestQueueWorkersKilledPostgres(t *testing.T) {
	testQueueWorkersKilled(t, func(t *testing.T, _ string) string { return pgtest.URL(t) })
}

// testQueueWorkersKilled is the end-to-end test over the store newStore
// names (a SQLite path or a postgres:// URL). The PostgreSQL variant is
//
//	testQueueWorkersKilled(t, func(t *testing.T, _ string) string { return pgtest.URL(t) })
//
// and the reference it is compared with stays a single-process SQLite run.
func testQueueWorkersKilled(t *testing.T, newStore func(t *testing.T, dir string) string) {
	bin := binary(t)
	dir := t.TempDir()
	in := corpusInput(t, dir, 1500)
	url := natstest.URL(t)
	db := newStore(t, dir) // new and empty: the workers make the schema together

	out, err := exec.Command(bin, "ingest", "--queue", url, "--json", "--quiet", in).Output()
	if err != nil {
		t.Fatalf("ingest --queue: %v", err)
	}
	pub := jsonSummary(t, string(out))
	t.Logf("published: %v", pub)
	if pub["published"] < 1000 {
		t.Fatalf("published %v", pub)
	}

	args := []string{"--queue", url, "--db", db, "--exit-when-empty", "--batch", "32", "--workers", "1",
		"--ack-wait", "3s", "--progress-every", "200ms"}
	victim := startWorker(t, bin, append(args, "--metrics-addr", "127.0.0.1:0")...)
	var others []*proc
	for i := 0; i < 2; i++ {
		others = append(others, startWorker(t, bin, args...))
	}

	// kill the victim once it has committed a few batches
	deadline := time.Now().Add(3 * time.Minute)
	var scraped string
	for {
		n, maddr, log := victim.state()
		if n >= 96 {
			if maddr != "" {
				if resp, err := http.Get("http://" + maddr + "/metrics"); err == nil {
					b, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					scraped = string(b)
				}
			}
			break
		}
		select {
		case err := <-victim.done:
			t.Fatalf("the victim ended before it was killed (%v): the machine is too fast for this input\n%s", err, log)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("the victim stored %d documents in 3 minutes\n%s", n, log)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := victim.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = <-victim.done
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("victim not killed: %v", err)
	}
	n, _, _ := victim.state()
	t.Logf("killed a worker after it reported %d documents stored", n)
	for _, want := range []string{"attache_documents_stored_total", "attache_batch_commit_seconds_bucket", "attache_queue_pending_messages"} {
		if !strings.Contains(scraped, want) {
			t.Errorf("worker metrics lack %s:\n%.2000s", want, scraped)
		}
	}

	for i, p := range others {
		select {
		case err := <-p.done:
			if _, _, log := p.state(); err != nil {
				t.Errorf("worker %d: %v\n%s", i, err, log)
			} else {
				t.Logf("worker %d: %s", i, lastLine(log))
			}
		case <-time.After(5 * time.Minute):
			_, _, log := p.state()
			t.Fatalf("worker %d did not drain the queue\n%s", i, log)
		}
	}

	ref := filepath.Join(dir, "ref.db")
	if out, err := exec.Command(bin, "ingest", "--db", ref, "--quiet", in).CombinedOutput(); err != nil {
		t.Fatalf("reference ingest: %v\n%s", err, out)
	}
	compareStores(t, db, ref)
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// SIGTERM stops a worker gracefully: it stores and acknowledges what it
// holds and exits 0, leaving the rest in the queue.
func TestWorkerSIGTERM(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	storyLines(t, in, 3000)
	url := natstest.URL(t)
	if out, err := exec.Command(bin, "ingest", "--queue", url, "--quiet", in).CombinedOutput(); err != nil {
		t.Fatalf("ingest --queue: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "w.db")
	p := startWorker(t, bin, "--queue", url, "--db", db, "--batch", "50", "--workers", "1", "--progress-every", "100ms")
	for i := 0; ; i++ {
		if n, _, _ := p.state(); n >= 100 {
			break
		}
		if i > 3000 {
			t.Fatal("worker stored nothing in a minute")
		}
		time.Sleep(20 * time.Millisecond)
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p.done:
		if _, _, log := p.state(); err != nil {
			t.Fatalf("exit after SIGTERM: %v\n%s", err, log)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("worker did not stop on SIGTERM")
	}
	_, _, log := p.state()
	stored := countDocs(t, db)
	q, err := nats.Open(context.Background(), nats.Config{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	var lag nats.Lag
	for i := 0; i < 40; i++ { // acks reach the server asynchronously
		if lag, err = q.Lag(context.Background()); err != nil {
			t.Fatal(err)
		}
		if lag.AckPending == 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Everything it took is stored and acknowledged: the queue holds the
	// rest, none of it waiting for an acknowledgement.
	if stored == 0 || stored >= 3000 || lag.AckPending != 0 || int(lag.Pending)+stored != 3000 {
		t.Errorf("after SIGTERM: %d stored, queue %+v\n%s", stored, lag, log)
	}
	if !strings.Contains(log, fmt.Sprintf("%d acknowledged", stored)) {
		t.Errorf("summary does not count %d acknowledged:\n%s", stored, lastLine(log))
	}
}

// TestQueueThroughput measures documents/s with 1, 2 and 4 worker
// processes (one coding goroutine each) sharing one SQLite store, on the
// VOA corpus and the first $ATTACHE_QUEUE_BENCH lines of Reuters. It runs
// only when that variable is set: ATTACHE_QUEUE_BENCH=19043 go test -run
// TestQueueThroughput -v ./cmd/attache
func TestQueueThroughput(t *testing.T) {
	lines, _ := strconv.Atoi(os.Getenv("ATTACHE_QUEUE_BENCH"))
	if lines <= 0 {
		t.Skip("set ATTACHE_QUEUE_BENCH=N (Reuters lines) to measure queue throughput (ATTACHE_QUEUE_BENCH_DB=postgres: on PostgreSQL)")
	}
	bin := binary(t)
	in := corpusInput(t, t.TempDir(), lines)
	counts := []int{1, 2, 4}
	if s := os.Getenv("ATTACHE_QUEUE_BENCH_WORKERS"); s != "" {
		counts = nil
		for _, f := range strings.Split(s, ",") {
			n, _ := strconv.Atoi(f)
			counts = append(counts, n)
		}
	}
	for _, n := range counts {
		t.Run(fmt.Sprintf("workers=%d", n), func(t *testing.T) {
			dir := t.TempDir()
			url := natstest.URL(t)
			if out, err := exec.Command(bin, "ingest", "--queue", url, "--quiet", in).CombinedOutput(); err != nil {
				t.Fatalf("ingest --queue: %v\n%s", err, out)
			}
			db := filepath.Join(dir, "bench.db")
			if os.Getenv("ATTACHE_QUEUE_BENCH_DB") == "postgres" {
				db = pgtest.URL(t)
			}
			var self0 syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &self0)
			start := time.Now()
			var cmds []*exec.Cmd
			var outs, errs []*strings.Builder
			for i := 0; i < n; i++ {
				c := exec.Command(bin, "worker", "--queue", url, "--db", db, "--exit-when-empty", "--json", "--quiet", "--workers", "1")
				var b, e strings.Builder
				c.Stdout, c.Stderr = &b, &e
				errs = append(errs, &e)
				if err := c.Start(); err != nil {
					t.Fatal(err)
				}
				cmds, outs = append(cmds, c), append(outs, &b)
			}
			var stored, commit, cpu float64
			for i, c := range cmds {
				if err := c.Wait(); err != nil {
					t.Fatalf("worker: %v\n%s", err, errs[i].String())
				}
				s := jsonSummary(t, outs[i].String())
				stored += s["stored"]
				commit += s["commit_seconds"]
				cpu += (c.ProcessState.UserTime() + c.ProcessState.SystemTime()).Seconds()
			}
			wall := time.Since(start).Seconds()
			var self1 syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &self1)
			server := float64(self1.Utime.Nano()+self1.Stime.Nano()-self0.Utime.Nano()-self0.Stime.Nano()) / 1e9
			t.Logf("%d workers: %.0f documents in %.1fs = %.1f docs/s; worker CPU %.1fs (%.1f ms/doc), NATS server CPU %.2fs, time in store commits %.1fs (summed over workers)",
				n, stored, wall, stored/wall, cpu, 1000*cpu/stored, server, commit)
		})
	}
}

// A document whose earlier workers all died on it (delivered --max-deliver
// times, never acknowledged) is dead-lettered by the next worker without
// being coded.
func TestWorkerDeadLettersExhausted(t *testing.T) {
	ctx := context.Background()
	url := natstest.URL(t)
	cfg := nats.Config{URL: url, AckWait: 300 * time.Millisecond, MaxDeliver: 2}
	q, err := nats.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if _, err := q.Publish(ctx, attache.Document{ID: "poison", Text: "Japan met China in Geneva."}, "poison.jsonl:1"); err != nil {
		t.Fatal(err)
	}
	for tries := 0; tries < 2; {
		ds, err := q.Fetch(ctx, 1, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		tries += len(ds) // taken and never acknowledged: the worker "died"
	}
	time.Sleep(400 * time.Millisecond)
	db := filepath.Join(t.TempDir(), "p.db")
	out, stderr, err := run(t, "", "worker", "--queue", url, "--db", db, "--ack-wait", "300ms", "--max-deliver", "2", "--exit-when-empty", "--json", "--quiet")
	if !errors.Is(err, errSkipped) {
		t.Fatalf("worker: %v\n%s", err, stderr)
	}
	if s := jsonSummary(t, out); s["dead_lettered"] != 1 || s["received"] != 0 || s["stored"] != 0 {
		t.Errorf("summary %v\n%s", s, stderr)
	}
	dead, err := q.Dead(ctx, 5)
	if err != nil || len(dead) != 1 || dead[0].Doc.ID != "poison" || dead[0].Delivered != 3 || !strings.Contains(dead[0].Error, "delivered 2 times without being stored") {
		t.Errorf("dead letters %+v %v", dead, err)
	}
}
