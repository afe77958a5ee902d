package ui

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBrowser runs web/e2e/run.mjs (playwright-core driving Debian's
// chromium) against `attache serve`: first on a database of VOA stories
// (every page, filters, a document's spans, the dyad chart, a ledger's sort
// and CSV, Try it with and without the token), then, when ../shared has the
// corpora, it measures render times on the Reuters + VOA database.
//
// It skips without chromium, node or web/node_modules (run .ci/ui.sh),
// unless ATTACHE_REQUIRE_SERVICES=1. Screenshots and render-times*.json go
// to $ATTACHE_ARTIFACTS (default artifacts/ at the repository root).
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	if _, err := os.Stat("/usr/bin/chromium"); err != nil {
		missing = append(missing, "/usr/bin/chromium (apt-get install chromium)")
	}
	if _, err := exec.LookPath("node"); err != nil {
		missing = append(missing, "node")
	}
	if _, err := os.Stat(filepath.Join(root, "web", "node_modules", "playwright-core")); err != nil {
		missing = append(missing, "web/node_modules/playwright-core (npm ci in web/)")
	}
	if len(missing) > 0 {
		msg := "browser test needs " + strings.Join(missing, ", ") + "; .ci/ui.sh installs them"
		if os.Getenv("ATTACHE_REQUIRE_SERVICES") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	artifacts := os.Getenv("ATTACHE_ARTIFACTS")
	if artifacts == "" {
		artifacts = filepath.Join(root, "artifacts")
	}
	if artifacts, err = filepath.Abs(artifacts); err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "attache")
	run(t, root, nil, "go", "build", "-o", bin, "./cmd/attache")

	corpora := filepath.Join(root, "..", "shared", "corpora")
	voa := filepath.Join(corpora, "voa_stories.jsonl")
	reuters := filepath.Join(corpora, "reuters21578.jsonl")

	// The functional run: VOA stories (public domain), or the bundled ones.
	db := filepath.Join(tmp, "voa.db")
	if exists(voa) {
		run(t, root, nil, bin, "ingest", "--quiet", "--db", db, voa)
	} else {
		t.Logf("%s absent: using the bundled VOA examples", voa)
		run(t, root, nil, bin, "demo", "--no-serve", "--db", db)
	}
	const token = "e2e-token"
	base := serve(t, bin, db, token)
	node(t, root, artifacts, token, base, "--label", "voa")

	if !exists(voa) || !exists(reuters) {
		t.Logf("render times on Reuters + VOA skipped: %s absent", corpora)
		return
	}
	big := filepath.Join(tmp, "reuters-voa.db")
	start := time.Now()
	run(t, root, nil, bin, "ingest", "--quiet", "--db", big, reuters, voa)
	t.Logf("ingested Reuters + VOA in %s", time.Since(start).Round(time.Second))
	node(t, root, artifacts, "", serve(t, bin, big, ""), "--label", "reuters-voa", "--timing-only")
}

// TestWebUnit runs the front end's unit tests (web/test, node --test): the
// span nesting and byte offsets behind the document view.
func TestWebUnit(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		if os.Getenv("ATTACHE_REQUIRE_SERVICES") == "1" {
			t.Fatal("node is required")
		}
		t.Skip("node not installed: web unit tests skipped")
	}
	cmd := exec.Command("node", "--test", "test/")
	cmd.Dir = filepath.Join("..", "web")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node --test: %v\n%s", err, out)
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func run(t *testing.T, dir string, env []string, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

// serve starts attache serve on a free port and waits for /healthz.
func serve(t *testing.T, bin, db, token string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "serve", "--db", db, "--addr", addr, "--token", token)
	var logs strings.Builder
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("attache serve: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		cmd.Wait()
		if t.Failed() {
			t.Logf("attache serve output:\n%s", logs.String())
		}
	})
	base := "http://" + addr
	deadline := time.Now().Add(20 * time.Second)
	for {
		res, err := http.Get(base + "/healthz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return base
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("attache serve on %s not healthy after 20 s: %v\n%s", addr, err, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// node runs the playwright script, streaming its lines into the test log.
func node(t *testing.T, root, artifacts, token, base string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", append([]string{filepath.Join("e2e", "run.mjs"), base}, args...)...)
	cmd.Dir = filepath.Join(root, "web")
	cmd.Env = append(os.Environ(), "ATTACHE_ARTIFACTS="+artifacts, "ATTACHE_TOKEN="+token)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatalf("node: %v", err)
	}
	sc := bufio.NewScanner(out)
	var fails []string
	for sc.Scan() {
		line := sc.Text()
		t.Log(line)
		if strings.HasPrefix(line, "FAIL") {
			fails = append(fails, line)
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("node e2e/run.mjs %s %s: %v\n%s", base, strings.Join(args, " "), err, strings.Join(fails, "\n"))
	}
	fmt.Fprintf(os.Stderr, "ui e2e (%s): screenshots and render times in %s\n", strings.Join(args, " "), artifacts)
}
