package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefault(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.Countries) < 249 {
		t.Errorf("%d countries, want every ISO 3166-1 entry", len(lx.Countries))
	}
	if len(lx.Orgs) < 60 || len(lx.People) < 600 || len(lx.Triggers) < 400 {
		t.Errorf("orgs %d people %d triggers %d", len(lx.Orgs), len(lx.People), len(lx.Triggers))
	}
	types := map[string]bool{}
	for _, tr := range lx.Triggers {
		types[tr.Type] = true
	}
	for ty := range Types {
		if ty != "-" && !types[ty] {
			t.Errorf("no trigger for %s", ty)
		}
	}
	for _, p := range lx.People {
		if p.From == "" || (p.To != "" && p.To < p.From) {
			t.Errorf("%s: bad dates %q-%q", p.Src, p.From, p.To)
		}
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ file, line, want string }{
		{"countries_x.tsv", "JP | Japan", "ISO 3166-1"},
		{"triggers_x.tsv", "v:meet | MEETING", "unknown event type"},
		{"triggers_x.tsv", "v:meet | CONSULT | | | | loud", "unknown option"},
		{"people_x.tsv", "Nobody", "want name"},
	}
	for _, c := range cases {
		lx := &Lexicon{}
		err := lx.LoadFS(fstest.MapFS{c.file: {Data: []byte("# header\n" + c.line + "\n")}}, "test:")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.file+":2") {
			t.Errorf("%s %q: err %v, want %q at line 2", c.file, c.line, err, c.want)
		}
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "people_local.tsv"), []byte("Jane Doe; Doe | CAN | GOV | Foreign Minister | 2025-03-01 |\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := len(lx.People)
	if err := lx.LoadDir(dir); err != nil {
		t.Fatal(err)
	}
	if len(lx.People) != n+1 || lx.People[n].Country != "CAN" || lx.People[n].Names[1] != "Doe" {
		t.Errorf("user row not loaded: %+v", lx.People[len(lx.People)-1])
	}
	if err := lx.LoadDir(filepath.Join(dir, "people_local.tsv")); err == nil {
		t.Error("a file accepted as a lexicon directory")
	}
}
