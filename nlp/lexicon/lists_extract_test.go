package lexicon_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
	"github.com/attache/attache/nlp/lexicon"
)

// TestUserListReachesCoder: a word added through a lexicon directory's
// lists/ changes what the coder does. "sinkhole" is no built-in disaster,
// so a death in one reads as an assault; listed, it is a death that no one
// inflicts and no event.
func TestUserListReachesCoder(t *testing.T) {
	doc := attache.Document{ID: "t", Date: time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC),
		Text: "Twelve people were killed in a sinkhole in Guatemala City on Monday, officials said."}
	assaults := func(x *extract.Extractor) int {
		t.Helper()
		res, err := x.Extract(doc)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, e := range res.Events {
			if e.Type == "ASSAULT" {
				n++
			}
		}
		return n
	}
	plain, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	if assaults(plain) != 1 {
		t.Fatalf("built-in lists: want the death in a sinkhole coded as one ASSAULT (the premise of this test)")
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "lists"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "lists", "disasters.txt"), []byte("# collapses of the ground\nsinkhole\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lexicon.ForgetListWords("disasters", "sinkhole") })
	x, err := extract.Default(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n := assaults(x); n != 0 {
		t.Errorf("with lists/disasters.txt adding sinkhole: %d ASSAULT events, want 0", n)
	}
}
