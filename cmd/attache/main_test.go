package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	err := m.Run(context.Background(), args)
	return out.String(), errb.String(), err
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExtractPlain(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "story.txt", "Russia attacked Ukraine on Tuesday.")
	out, _, err := run(t, "", "extract", "--date", "2025-03-12", p)
	if err != nil {
		t.Fatal(err)
	}
	var ev struct{ Type, Date, Doc string }
	if err := json.Unmarshal([]byte(strings.Split(out, "\n")[0]), &ev); err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	if ev.Type != "ASSAULT" || ev.Date != "2025-03-11" || ev.Doc != "story" {
		t.Errorf("event %+v", ev)
	}
	// metadata beside the file gives id and date
	write(t, dir, "story.json", `{"id":"s1","date":"2025-03-14"}`)
	out, _, _ = run(t, "", "extract", p)
	if !strings.Contains(out, `"doc":"s1"`) || !strings.Contains(out, `"date":"2025-03-11"`) {
		t.Errorf("metadata not used: %s", out)
	}
	for _, f := range []string{"json", "table"} {
		out, _, err := run(t, "", "extract", "--format", f, "--explain", p)
		if err != nil || !strings.Contains(out, "ASSAULT") {
			t.Errorf("--format %s: %v %q", f, err, out)
		}
	}
}

func TestExtractJSONLBatch(t *testing.T) {
	in := `{"id":"a","date":"2025-03-12","text":"Russia attacked Ukraine."}
{not json}
{"id":"b","date":null,"text":"Japan imposed tariffs on China."}
`
	out, stderr, err := run(t, in, "extract", "--jsonl", "-")
	if !errors.Is(err, errSkipped) {
		t.Errorf("err %v, want skipped", err)
	}
	if !strings.Contains(out, `"doc":"a"`) || !strings.Contains(out, `"doc":"b"`) {
		t.Errorf("good records lost: %s", out)
	}
	if !strings.Contains(stderr, "stdin:2") || !strings.Contains(stderr, "invalid JSON") {
		t.Errorf("stderr %q", stderr)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "Russia attacked Ukraine.")
	cases := []struct{ name, content, want string }{
		{"bad.txt", "Japan \xff\xfe", "invalid UTF-8"},
		{"bin.dat", "ELF\x00\x01\x02", "NUL"},
		{"empty.txt", "", "empty document"},
	}
	for _, c := range cases {
		p := write(t, dir, c.name, c.content)
		out, stderr, err := run(t, "", "extract", "--date", "2025-03-12", p, good)
		if !errors.Is(err, errSkipped) {
			t.Errorf("%s: err %v", c.name, err)
		}
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if !strings.Contains(lines[0], c.name) || !strings.Contains(lines[0], c.want) {
			t.Errorf("%s: stderr %q", c.name, stderr)
		}
		if !strings.Contains(out, "ASSAULT") {
			t.Errorf("%s: the good file was not coded", c.name)
		}
	}
	// a missing file
	_, stderr, err := run(t, "", "extract", filepath.Join(dir, "nope.txt"))
	if !errors.Is(err, errSkipped) || !strings.Contains(stderr, "nope.txt") {
		t.Errorf("missing file: %v %q", err, stderr)
	}
}

// A 100 MB single line is refused with one line naming it; nothing panics.
func TestHugeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.txt")
	if err := os.WriteFile(p, bytes.Repeat([]byte("word "), 20<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := run(t, "", "extract", p)
	if !errors.Is(err, errSkipped) || !strings.Contains(stderr, "huge.txt") || !strings.Contains(stderr, "too large") {
		t.Errorf("err %v stderr %q", err, stderr)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"extract", "--format", "xml"}, {"extract", "--date", "soon"}, {"eval"}} {
		if _, _, err := run(t, "", args...); !errors.Is(err, errUsage) {
			t.Errorf("%v: err %v, want usage", args, err)
		}
	}
	out, _, err := run(t, "", "--help")
	if err != nil || !strings.Contains(out, "attache extract") {
		t.Errorf("help: %v %q", err, out)
	}
}

func TestEval(t *testing.T) {
	dir := t.TempDir()
	gold := write(t, dir, "gold.jsonl", `{"id":"a","date":"2025-03-12","text":"Russia attacked Ukraine.","events":[{"type":"ASSAULT","alt":[],"actor":["RUS"],"recipient":["UKR"]}]}`+"\n")
	out, _, err := run(t, "", "eval", gold)
	if err != nil || !strings.Contains(out, "L3 +recipient  P 1.000  R 1.000  F1 1.000") {
		t.Errorf("eval: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "eval", "--json", gold)
	var rep struct{ L2 struct{ F1 float64 } }
	if err != nil || json.Unmarshal([]byte(out), &rep) != nil || rep.L2.F1 != 1 {
		t.Errorf("eval --json: %v %s", err, out)
	}
}

// The binary's exit codes: 0 ok, 1 input skipped, 2 usage.
func TestExitCodes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "attache")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	good := write(t, dir, "good.txt", "Russia attacked Ukraine.")
	bad := write(t, dir, "bad.txt", "\xff")
	for _, c := range []struct {
		args []string
		code int
	}{{[]string{"extract", good}, 0}, {[]string{"extract", bad}, 1}, {[]string{"bogus"}, 2}} {
		err := exec.Command(bin, c.args...).Run()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		}
		if code != c.code {
			t.Errorf("%v: exit %d, want %d", c.args, code, c.code)
		}
	}
}
