package main

import (
	"bufio"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"

	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"github.com/attache/attache/store"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// binary builds the command once per test run.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "attache-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "attache")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// storyLines writes n distinct JSON Lines stories built from sentences
// written for the tests.
func storyLines(t *testing.T, path string, n int) {
	t.Helper()
	countries := []string{"Japan", "China", "Canada", "Mexico", "France", "Germany", "India", "Brazil", "Kenya", "Egypt", "Turkey", "Poland"}
	templates := []string{
		"%s accused %s of violating the trade agreement.",
		"%s imposed tariffs on steel from %s.",
		"The foreign minister of %s met his counterpart from %s in Geneva.",
		"%s sold fighter jets to %s.",
		"%s urged %s to release the detained journalists.",
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for i := 0; i < n; i++ {
		var text []string
		for k := 0; k < 3; k++ {
			a := countries[(i+k)%len(countries)]
			b := countries[(i*7+k+1)%len(countries)]
			if a == b {
				b = countries[(i+k+5)%len(countries)]
			}
			text = append(text, fmt.Sprintf(templates[(i+k)%len(templates)], a, b))
		}
		rec := map[string]string{"id": fmt.Sprintf("s%d", i), "date": fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28),
			"title": fmt.Sprintf("Story %d", i), "text": strings.Join(text, " ")}
		b, _ := json.Marshal(rec)
		w.Write(append(b, '\n'))
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

func TestIngestQueryExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	in := filepath.Join(dir, "news.jsonl")
	storyLines(t, in, 40)
	// the same stories again under new ids, and a broken line
	b, _ := os.ReadFile(in)
	dup := strings.ReplaceAll(string(b), `"id":"s`, `"id":"again-s`) + "{not json\n"
	in2 := write(t, dir, "again.jsonl", dup)

	out, stderr, err := run(t, "", "ingest", "--db", db, "--json", "--quiet", in, "../../examples/stories", in2)
	if !errors.Is(err, errSkipped) {
		t.Fatalf("ingest with one broken line: err %v, want errSkipped\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "again.jsonl:41") {
		t.Errorf("the broken line is not named: %s", stderr)
	}
	var sum map[string]any
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("summary: %v: %q", err, out)
	}
	if sum["stored"] != 43.0 || sum["duplicate"] != 40.0 || sum["skipped"] != 1.0 || sum["events"] == 0.0 {
		t.Errorf("summary = %v, want 43 stored, 40 duplicate, 1 skipped", sum)
	}
	// re-ingest adds nothing
	out, _, err = run(t, "", "ingest", "--db", db, "--json", "--quiet", in, "../../examples/stories")
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal([]byte(out), &sum)
	if sum["stored"] != 0.0 || sum["duplicate"] != 43.0 || sum["events"] != 0.0 {
		t.Errorf("re-ingest summary = %v", sum)
	}

	out, _, err = run(t, "", "query", "--db", db, "--actor", "JPN", "--type", "ACCUSE", "--format", "jsonl", "--limit", "0")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var ev store.Event
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("query jsonl: %v: %s", err, line)
		}
		if ev.Type != "ACCUSE" || !strings.Contains(strings.Join(ev.ActorKeys(), ","), "JPN") || ev.NumDocs < 1 {
			t.Errorf("query returned %s %v", ev.Type, ev.ActorKeys())
		}
		n++
	}
	count, _, _ := run(t, "", "query", "--db", db, "--actor", "JPN", "--type", "ACCUSE", "--count")
	if strings.TrimSpace(count) != fmt.Sprint(n) || n == 0 {
		t.Errorf("--count %q, jsonl gave %d", count, n)
	}
	both, _, _ := run(t, "", "query", "--db", db, "--kind", "arms_sale,meeting", "--count")
	one, _, _ := run(t, "", "query", "--db", db, "--kind", "meeting", "--count")
	if both <= one || strings.TrimSpace(one) == "0" {
		t.Errorf("--kind arms_sale,meeting counts %s, meeting alone %s", both, one)
	}
	table, _, _ := run(t, "", "query", "--db", db, "--kind", "arms_sale")
	if !strings.Contains(table, "AID") || !strings.Contains(table, "arms_sale") {
		t.Errorf("arms sales table:\n%s", table)
	}

	total, _, _ := run(t, "", "query", "--db", db, "--count")
	for _, format := range []string{"jsonl", "csv", "plover", "gdelt"} {
		out, stderr, err := run(t, "", "export", "--db", db, "--format", format)
		if err != nil {
			t.Fatalf("export %s: %v %s", format, err, stderr)
		}
		rows := strings.Count(out, "\n")
		if format == "csv" || format == "gdelt" {
			r := csv.NewReader(strings.NewReader(out))
			if format == "gdelt" {
				r.Comma = '\t'
			}
			recs, err := r.ReadAll()
			if err != nil {
				t.Fatalf("export %s: %v", format, err)
			}
			rows = len(recs) - 1
		}
		if fmt.Sprint(rows) != strings.TrimSpace(total) {
			t.Errorf("export %s: %d rows, store has %s events", format, rows, strings.TrimSpace(total))
		}
	}
	for _, bad := range [][]string{
		{"query", "--db", db, "--since", "soon"},
		{"query", "--db", db, "--dyad", "USA"},
		{"query", "--db", db, "--format", "xml"},
		{"export", "--db", db, "--format", "xml"},
		{"ingest", "--db", db},
	} {
		if _, _, err := run(t, "", bad...); !errors.Is(err, errUsage) {
			t.Errorf("%v: err %v, want usage", bad, err)
		}
	}
}

func TestDemoAndServe(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	cmd := exec.Command(bin, "demo", "--db", db, "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if _, rest, ok := strings.Cut(sc.Text(), "on http://"); ok {
				addr <- strings.Fields(rest)[0]
			}
		}
	}()
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case <-time.After(60 * time.Second):
		t.Fatal("demo did not start serving")
	}
	resp, err := http.Get(base + "/api/events?limit=5")
	if err != nil {
		t.Fatal(err)
	}
	var page struct {
		Total  int
		Events []store.Event
	}
	json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if page.Total == 0 || len(page.Events) == 0 {
		t.Errorf("demo serves no events: %+v", page)
	}
	// SIGTERM drains and exits 0
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Error("demo did not stop on SIGTERM")
	}
}

// A real ingest process killed with SIGKILL part-way leaves a database
// that opens, holds only whole documents, and a re-run completes it with
// nothing twice.
func TestIngestKilled(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	storyLines(t, in, 6000)
	db := filepath.Join(dir, "killed.db")

	cmd := exec.Command(bin, "ingest", "--db", db, "--quiet", "--batch", "25", "--workers", "1", in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	killedAt := 0
	for time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		if n := countDocs(t, db); n >= 300 {
			killedAt = n
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("kill: %v", err)
	}
	werr := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(werr, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("the ingest was not killed mid-run (exit %v, %d documents seen); the machine is too fast for this input", werr, killedAt)
	}
	after := checkWhole(t, db)
	if after >= 6000 || after < killedAt {
		t.Fatalf("after the kill: %d documents (saw %d before)", after, killedAt)
	}
	t.Logf("killed with %d documents stored", after)

	if out, err := exec.Command(bin, "ingest", "--db", db, "--quiet", in).CombinedOutput(); err != nil {
		t.Fatalf("re-run: %v\n%s", err, out)
	}
	if n := checkWhole(t, db); n != 6000 {
		t.Errorf("after the re-run: %d documents, want 6000", n)
	}
	clean := filepath.Join(dir, "clean.db")
	if out, err := exec.Command(bin, "ingest", "--db", clean, "--quiet", in).CombinedOutput(); err != nil {
		t.Fatalf("clean run: %v\n%s", err, out)
	}
	if a, b := mentionCount(t, db), mentionCount(t, clean); a != b {
		t.Errorf("killed+re-run has %d mentions, a clean run %d", a, b)
	}
}

func openRO(t *testing.T, db string) *sql.DB {
	t.Helper()
	d, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func countDocs(t *testing.T, db string) int {
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	d := openRO(t, db)
	defer d.Close()
	var n int
	if err := d.QueryRow("SELECT count(*) FROM documents").Scan(&n); err != nil {
		return 0 // the schema may not exist yet
	}
	return n
}

func mentionCount(t *testing.T, db string) int {
	d := openRO(t, db)
	defer d.Close()
	var n int
	if err := d.QueryRow("SELECT count(*) FROM mentions").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// checkWhole verifies that every stored document has all its rows and
// returns the number of documents.
func checkWhole(t *testing.T, db string) int {
	t.Helper()
	d := openRO(t, db)
	defer d.Close()
	var ok string
	if err := d.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check: %q %v", ok, err)
	}
	rows, err := d.Query(`SELECT d.id, d.result, (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id),
		(SELECT count(*) FROM entities e WHERE e.doc_id = d.id), (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id)
		FROM documents d`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id, mentions, entities, sentences int
		var res string
		if err := rows.Scan(&id, &res, &mentions, &entities, &sentences); err != nil {
			t.Fatal(err)
		}
		var r struct {
			Events []struct {
				Mentions []json.RawMessage `json:"mentions"`
			} `json:"events"`
			Entities  []json.RawMessage `json:"entities"`
			Sentences []json.RawMessage `json:"sentences"`
		}
		if err := json.Unmarshal([]byte(res), &r); err != nil {
			t.Fatalf("document %d: result: %v", id, err)
		}
		want := 0
		for _, ev := range r.Events {
			want += max(1, len(ev.Mentions))
		}
		if mentions != want || entities != len(r.Entities) || sentences != len(r.Sentences) {
			t.Errorf("document %d is partial: %d/%d mentions, %d/%d entities, %d/%d sentences", id, mentions, want, entities, len(r.Entities), sentences, len(r.Sentences))
		}
		n++
	}
	var distinct int
	d.QueryRow("SELECT count(DISTINCT hash) FROM documents").Scan(&distinct)
	if distinct != n {
		t.Errorf("%d documents, %d distinct hashes", n, distinct)
	}
	return n
}
