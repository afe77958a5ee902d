package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBuiltinListsWellFormed keeps the list files as the README promises:
// a header naming the list, then one lower-case word or phrase per line,
// no blank lines, no duplicates.
func TestBuiltinListsWellFormed(t *testing.T) {
	names, err := ListNames()
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 40 {
		t.Fatalf("%d built-in word lists, want the 60-odd of data/lists", len(names))
	}
	for _, name := range names {
		b, err := builtinLists.ReadFile("data/lists/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if !strings.HasPrefix(text, "# "+name+": ") {
			t.Errorf("%s.txt: header does not start with %q", name, "# "+name+": ")
		}
		if !strings.HasSuffix(text, "\n") {
			t.Errorf("%s.txt: no final newline", name)
		}
		seen := map[string]int{}
		for i, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
			switch {
			case line == "":
				t.Errorf("%s.txt:%d: empty line", name, i+1)
			case strings.HasPrefix(line, "#"):
			case line != strings.TrimSpace(line):
				t.Errorf("%s.txt:%d: spaces around %q", name, i+1, line)
			case line != strings.ToLower(line):
				t.Errorf("%s.txt:%d: %q is not lower case (the rules compare lower-cased words)", name, i+1, line)
			case seen[line] > 0:
				t.Errorf("%s.txt:%d: %q repeats line %d", name, i+1, line, seen[line])
			default:
				seen[line] = i + 1
			}
		}
		set := List(name)
		if len(set) != len(seen) {
			t.Errorf("List(%q) has %d words, the file %d", name, len(set), len(seen))
		}
		for w := range seen {
			if !set[w] {
				t.Errorf("List(%q) lacks %q", name, w)
			}
		}
	}
}

func TestListIsShared(t *testing.T) {
	a, b := List("kin_nouns"), List("kin_nouns")
	if !a["wife"] || !a["daughters"] {
		t.Fatalf("kin_nouns lacks wife or daughters: %v", a)
	}
	// One map per name: what LoadDir adds reaches every holder.
	a["zz-shared-probe"] = true
	defer delete(a, "zz-shared-probe")
	if !b["zz-shared-probe"] {
		t.Fatal("two List calls for one name returned different maps")
	}
}

func TestListUnknownPanics(t *testing.T) {
	for _, name := range []string{"sprot_words", "Sport_Words", "../lists/sport_words", ""} {
		func() {
			defer func() {
				r := recover()
				if r == nil {
					t.Errorf("List(%q) did not panic", name)
					return
				}
				if msg, _ := r.(string); !strings.Contains(msg, `"`+name+`"`) {
					t.Errorf("List(%q) panic %v does not name the list", name, r)
				}
			}()
			List(name)
		}()
	}
}

// addWords writes files under dir/lists and removes, after the test, the
// words they add, so the process-wide lists stay as built in.
func addWords(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, "lists"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, "lists", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func forget(t *testing.T, list string, words ...string) {
	t.Cleanup(func() { ForgetListWords(list, words...) })
}

func TestLoadDirAddsToLists(t *testing.T) {
	dir := t.TempDir()
	addWords(t, dir, map[string]string{
		"kin_nouns.txt":   "# my relatives\n\n  stepdaughter  \nwife\nstepdaughter\ngodson\n",
		"disasters.txt":   "sinkhole\n",
		"ignored.tsv":     "not a list: only .txt files are read\n",
		"README.md":       "notes\n",
		"kin_nouns.txt~x": "backup files are not lists\n",
	})
	if err := os.WriteFile(filepath.Join(dir, "countries_extra.tsv"), []byte("XKX | Kosovo | Kosovar | Pristina |\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	forget(t, "kin_nouns", "stepdaughter", "godson")
	forget(t, "disasters", "sinkhole")
	kin := List("kin_nouns")
	before := len(kin)
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := lx.LoadDir(dir); err != nil {
		t.Fatal(err)
	}
	if !kin["stepdaughter"] || !kin["godson"] || !kin["wife"] {
		t.Errorf("kin_nouns after LoadDir lacks an added word: %v", kin)
	}
	if len(kin) != before+2 {
		t.Errorf("kin_nouns grew by %d words, want 2 (a repeated or built-in word adds nothing)", len(kin)-before)
	}
	if !List("disasters")["sinkhole"] {
		t.Error("disasters lacks sinkhole")
	}
	if kin["# my relatives"] || kin[""] {
		t.Error("a comment or blank line became a word")
	}
	// The directory's other lexicon files still load.
	found := false
	for _, c := range lx.Countries {
		found = found || c.Code == "XKX"
	}
	if !found {
		t.Error("countries_extra.tsv beside lists/ was not loaded")
	}
}

func TestLoadDirUnknownList(t *testing.T) {
	dir := t.TempDir()
	addWords(t, dir, map[string]string{
		"kin_nouns.txt":   "grandnephew\n",
		"sprot_words.txt": "curling\n",
	})
	forget(t, "kin_nouns", "grandnephew")
	lx := &Lexicon{}
	err := lx.LoadDir(dir)
	if err == nil {
		t.Fatal("LoadDir accepted lists/sprot_words.txt")
	}
	if want := filepath.Join(dir, "lists", "sprot_words.txt"); !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not name %s", err, want)
	}
	// A bad file leaves every list as built in.
	if List("kin_nouns")["grandnephew"] {
		t.Error("kin_nouns took words from a directory that failed to load")
	}
}

func TestAddListsBadLine(t *testing.T) {
	dir := t.TempDir()
	addWords(t, dir, map[string]string{"kin_nouns.txt": "cousin\nstep\tfather\n"})
	err := (&Lexicon{}).LoadDir(dir)
	if err == nil || !strings.Contains(err.Error(), "kin_nouns.txt:2:") {
		t.Fatalf("LoadDir error %v, want one naming kin_nouns.txt:2", err)
	}
}

func TestAddListsAfterSeal(t *testing.T) {
	dir := t.TempDir()
	addWords(t, dir, map[string]string{"kin_nouns.txt": "great-aunt\n"})
	forget(t, "kin_nouns", "great-aunt")
	SealLists()
	t.Cleanup(func() { lists.Lock(); lists.sealed = false; lists.Unlock() })
	err := (&Lexicon{}).LoadDir(dir)
	if err == nil || !strings.Contains(err.Error(), "after coding started") {
		t.Fatalf("LoadDir after SealLists: error %v, want a refusal", err)
	}
	if List("kin_nouns")["great-aunt"] {
		t.Error("a sealed list took a word")
	}
	// A directory without lists/ is still fine once sealed.
	if err := (&Lexicon{}).LoadDir(t.TempDir()); err != nil {
		t.Errorf("LoadDir of a directory without lists/ after SealLists: %v", err)
	}
}

func TestParseList(t *testing.T) {
	got, err := ParseList(strings.NewReader("# head\n\nfoo\n  Bar BAZ \r\n#x\nqux"), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"foo", "bar baz", "qux"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("ParseList = %q, want %q", got, want)
	}
	for _, bad := range []string{"ok\n\xff\n", "ok\na\x00b\n", "ok\na\u0085b\n"} {
		if _, err := ParseList(strings.NewReader(bad), "t.txt"); err == nil || !strings.Contains(err.Error(), "t.txt:2:") {
			t.Errorf("ParseList(%q) error %v, want one at t.txt:2", bad, err)
		}
	}
}

func FuzzParseList(f *testing.F) {
	f.Add("# comment\nword\n two words \n\n")
	f.Add("a\r\nb\x00\n")
	f.Add("\xff\n#\n")
	f.Fuzz(func(t *testing.T, s string) {
		words, err := ParseList(strings.NewReader(s), "fuzz.txt")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.txt:") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for _, w := range words {
			if w == "" || w != strings.TrimSpace(w) || strings.HasPrefix(w, "#") || !utf8.ValidString(w) || strings.ContainsAny(w, "\n\r\t") {
				t.Fatalf("ParseList(%q) returned the word %q", s, w)
			}
		}
		// Words written one per line read back as the same words.
		again, err := ParseList(strings.NewReader(strings.Join(words, "\n")), "again.txt")
		if err != nil || strings.Join(again, "\n") != strings.Join(words, "\n") {
			t.Fatalf("round trip of %q: %q, %v", words, again, err)
		}
	})
}
