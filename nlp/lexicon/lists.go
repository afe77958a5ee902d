package lexicon

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Word lists are the open-class vocabularies of the rule code: "sport
// words", "kin nouns", "company heads"... One file per list in
// data/lists/NAME.txt, one word or phrase per line (data/README.md).
//
// The coder and the actor stage hold each list in a package-level
// map[string]bool (var sportWords = lexicon.List("sport_words")), which
// extraction workers read concurrently and without a lock: a map lookup
// is the hot path of the rules and the rules must not change. So a
// user's additions (a lexicon directory's lists/NAME.txt, read by
// LoadDir) are written into those same maps in place, which is only safe
// before any worker starts: the goroutine start then orders the writes
// before every read. A mutex serialises the writers (two LoadDir calls,
// init-time List calls), and SealLists closes the door: once the program
// starts coding it calls SealLists, and a later addition is an error
// instead of a data race. Copy-on-write would not help here, since the
// readers hold the map itself, not a pointer the registry could swap.

//go:embed data/lists/*.txt
var builtinLists embed.FS

var lists struct {
	sync.Mutex
	sets   map[string]map[string]bool // list name -> the live set
	sealed bool
}

// List returns the built-in word list NAME (data/lists/NAME.txt) as a
// set. Every call for one name returns the same map, to which LoadDir
// adds a user's words. A name with no file is a programming error and
// panics at init, so a misspelt name cannot become an empty list.
func List(name string) map[string]bool {
	lists.Lock()
	defer lists.Unlock()
	set, err := listLocked(name)
	if err != nil {
		panic(fmt.Sprintf("lexicon.List(%q): %v", name, err))
	}
	return set
}

// listLocked loads the built-in list on first use. lists must be held.
func listLocked(name string) (map[string]bool, error) {
	if set, ok := lists.sets[name]; ok {
		return set, nil
	}
	file := "data/lists/" + name + ".txt"
	if !validListName(name) {
		return nil, fmt.Errorf("no word list %q (names are lower case letters, digits and _)", name)
	}
	b, err := builtinLists.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no word list %q (no file %s)", name, file)
	}
	if err != nil {
		return nil, fmt.Errorf("word list %s: %w", file, err)
	}
	words, err := ParseList(strings.NewReader(string(b)), "builtin:lists/"+name+".txt")
	if err != nil {
		return nil, err
	}
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	if lists.sets == nil {
		lists.sets = map[string]map[string]bool{}
	}
	lists.sets[name] = set
	return set, nil
}

func validListName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// ListNames returns the names of the built-in word lists, sorted.
func ListNames() ([]string, error) {
	entries, err := fs.ReadDir(builtinLists, "data/lists")
	if err != nil {
		return nil, fmt.Errorf("word lists: %w", err)
	}
	var names []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ".txt"); ok && !e.IsDir() {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names, nil
}

// SealLists forbids further additions to the word lists. Call it before
// starting the workers that read them; AddLists fails afterwards.
func SealLists() {
	lists.Lock()
	lists.sealed = true
	lists.Unlock()
}

// AddLists adds the words of every lists/NAME.txt in fsys to the built-in
// list NAME. A file whose name is no built-in list is an error naming the
// file; a word the list holds already is no error. label prefixes file
// names in errors. A directory without lists/ adds nothing.
func AddLists(fsys fs.FS, label string) error {
	entries, err := fs.ReadDir(fsys, "lists")
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("word lists %slists: %w", label, err)
	}
	type addition struct {
		name  string
		words []string
	}
	var adds []addition
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		file := label + path.Join("lists", e.Name())
		name := strings.TrimSuffix(e.Name(), ".txt")
		b, err := fs.ReadFile(fsys, path.Join("lists", e.Name()))
		if err != nil {
			return fmt.Errorf("word list %s: %w", file, err)
		}
		words, err := ParseList(strings.NewReader(string(b)), file)
		if err != nil {
			return err
		}
		adds = append(adds, addition{name, words})
	}
	lists.Lock()
	defer lists.Unlock()
	if lists.sealed {
		return fmt.Errorf("word lists %slists: added after coding started (load lexicon directories first)", label)
	}
	// Check every file before changing any list, so an error leaves the
	// lists as they were.
	sets := make([]map[string]bool, len(adds))
	for i, a := range adds {
		set, err := listLocked(a.name)
		if err != nil {
			return fmt.Errorf("word list %s: %w", label+path.Join("lists", a.name+".txt"), err)
		}
		sets[i] = set
	}
	for i, a := range adds {
		for _, w := range a.words {
			sets[i][w] = true
		}
	}
	return nil
}

// ParseList reads a word list: one word or phrase per line, spaces around
// it trimmed; blank lines and lines starting with # are skipped. A line
// that is not UTF-8 or holds a control character (a tab, a stray \r) is
// an error naming file:line, since it could never match a token.
func ParseList(r io.Reader, file string) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), 64*1024)
	var words []string
	line := 0
	for sc.Scan() {
		line++
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if !utf8.ValidString(w) {
			return nil, fmt.Errorf("%s:%d: not UTF-8", file, line)
		}
		if i := strings.IndexFunc(w, unicode.IsControl); i >= 0 {
			return nil, fmt.Errorf("%s:%d: control character %q in %q", file, line, w[i:i+1], w)
		}
		// the rule code looks words up lower-cased; a capitalised user
		// entry would otherwise never match
		words = append(words, strings.ToLower(w))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", file, line+1, err)
	}
	return words, nil
}
