package coder_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// heldoutRowsPath holds CAMEO-style rows written apart from cameo_test.go,
// to measure the coder on sentences it was not tuned on (round 9 of issue 3
// measured them before its fixes: 441/432/398 of 552).
const heldoutRowsPath = "testdata/cameo_heldout.txt"

// Floors for the held-out rows (494/489/461 at the end of round 9), with
// the same room for trades as the tuned rows.
const (
	heldoutMinL1 = 489
	heldoutMinL2 = 484
	heldoutMinL3 = 456
)

// parseHeldoutRows reads rows in the format of cameoRows from text.
func parseHeldoutRows(t *testing.T, text string) []cameoCase {
	t.Helper()
	var out []cameoCase
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "|")
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		if len(f) < 6 {
			t.Fatalf("held-out row %d: want at least 6 fields: %q", i+1, line)
		}
		n := len(f)
		c := cameoCase{code: f[0], in: f[1], types: f[2 : n-3], status: f[n-1]}
		c.actor = keyList(f[n-3])
		c.recip = keyList(f[n-2])
		out = append(out, c)
	}
	return out
}

// TestCameoHeldout scores the held-out rows like TestCameoSentences, logs
// every miss and false positive, and fails below the floors.
func TestCameoHeldout(t *testing.T) {
	b, err := os.ReadFile(filepath.Clean(heldoutRowsPath))
	if err != nil {
		t.Fatalf("held-out rows: %v", err)
	}
	d := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	cases := parseHeldoutRows(t, string(b))
	type tally struct{ n, l1, l2, l3 int }
	roots := map[string]*tally{}
	var all, ev, non tally
	for _, c := range cases {
		evs := code(t, c.in, d)
		lvl := cameoLevel(c, evs)
		// per-root tallies count event rows only, so that the near-miss
		// rows filed under a root do not inflate its score
		root := c.code[:2]
		tallies := []*tally{&all, &non}
		if c.types[0] != "-" {
			if roots[root] == nil {
				roots[root] = &tally{}
			}
			tallies = []*tally{&all, &ev, roots[root]}
		}
		for _, r := range tallies {
			r.n++
			if lvl >= 1 {
				r.l1++
			}
			if lvl >= 2 {
				r.l2++
			}
			if lvl >= 3 {
				r.l3++
			}
		}
		if lvl < 3 {
			tag := "MISS"
			if c.types[0] == "-" {
				tag = "FP"
			}
			t.Logf("%s L%d %s %q want %s %s->%s; coded %q", tag, lvl, c.code, c.in,
				strings.Join(c.types, "|"), strings.Join(c.actor, ","), strings.Join(c.recip, ","), describe(evs))
		}
	}
	keys := make([]string, 0, len(roots))
	for k := range roots {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		r := roots[k]
		fmt.Fprintf(&sb, "%s: %d rows, L1 %d L2 %d L3 %d\n", k, r.n, r.l1, r.l2, r.l3)
	}
	t.Logf("per CAMEO root (event rows):\n%sevents: %d rows, L1 %d L2 %d L3 %d\nnon-events: %d rows, %d right\nall: %d rows, L1 %d L2 %d L3 %d",
		sb.String(), ev.n, ev.l1, ev.l2, ev.l3, non.n, non.l3, all.n, all.l1, all.l2, all.l3)
	if all.l1 < heldoutMinL1 || all.l2 < heldoutMinL2 || all.l3 < heldoutMinL3 {
		t.Errorf("held-out CAMEO rows right: L1 %d L2 %d L3 %d of %d, below the floors %d/%d/%d",
			all.l1, all.l2, all.l3, all.n, heldoutMinL1, heldoutMinL2, heldoutMinL3)
	}
}
