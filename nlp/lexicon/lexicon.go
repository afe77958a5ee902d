// Package lexicon loads attache's vocabularies: countries, organizations,
// office titles, people with dated roles, trigger patterns and the smaller
// word lists the stages use. They are data files embedded in the binary
// (see data/README.md) and can be extended by a user's directory.
package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

//go:embed data/*.tsv
var builtin embed.FS

// Former is a former name of a country with the years it was in use.
type Former struct {
	Name     string
	From, To int // 0 when open
}

// Country is one ISO 3166-1 entry.
type Country struct {
	Code       string
	Names      []string
	Adjectives []string
	Capitals   []string
	Former     []Former
	Src        string
}

// Actor is any other named actor with a fixed identity.
type Actor struct {
	Names                      []string
	Country, Sector, Org, Role string
	Src                        string
}

// Org is an international organization, armed group or company.
type Org struct {
	Code            string
	Names           []string
	Country, Sector string
	Src             string
}

// Title is an office title.
type Title struct {
	Names        []string
	Sector, Role string
	Src          string
}

// Person is one dated role of a person.
type Person struct {
	Names                      []string
	Country, Org, Sector, Role string
	From, To                   string // YYYY[-MM[-DD]]; empty To = open
	Src                        string
}

// Trigger is one event-trigger pattern.
type Trigger struct {
	Pattern   string
	Type      string
	Mode      string
	Kind      string
	Contexts  []string
	Status    string
	NoRecip   bool
	NeedActor bool
	// Speaker: the event is the statement itself; its actor is who says
	// the words ("X said the move is unacceptable") and the entities the
	// words are about are its recipients.
	Speaker bool
	// NeedRecip: drop the event unless a recipient entity is found ("warn"
	// alone is a forecast; "warned Iran" is a threat).
	NeedRecip bool
	// Mutual: drop the event unless two or more parties act together
	// ("Macron and Scholz spoke on Tuesday"; one speaker alone gave a
	// speech).
	Mutual bool
	Conf   float64
	Src    string // file:line, for --explain
}

// Verb lists the irregular forms of a verb.
type Verb struct {
	Lemma      string
	Past, Part []string
}

// Noun is a head noun that names a group of actors: "troops" is MIL.
type Noun struct {
	Names  []string
	Sector string
	Src    string
}

// Topic maps cue words to a meeting topic.
type Topic struct {
	Topic string
	Words []string
}

// KindRule refines an event's kind from words near its trigger.
type KindRule struct {
	Type, Kind, Mode string
	Words            []string
	Contexts         []string
	Src              string
}

// Lexicon is the whole vocabulary.
type Lexicon struct {
	Countries []Country
	Actors    []Actor
	Orgs      []Org
	Titles    []Title
	People    []Person
	Triggers  []Trigger
	Verbs     []Verb
	Nouns     []Noun
	Topics    []Topic
	Kinds     []KindRule
}

// Default returns the embedded lexicons.
func Default() (*Lexicon, error) {
	lx := &Lexicon{}
	sub, err := fs.Sub(builtin, "data")
	if err != nil {
		return nil, err
	}
	if err := lx.LoadFS(sub, "builtin:"); err != nil {
		return nil, err
	}
	return lx, nil
}

// LoadDir adds the lexicon files of a user directory, and the words of
// its lists/*.txt to the built-in word lists (see AddLists).
func (lx *Lexicon) LoadDir(dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("lexicon dir: %w", err)
	}
	if !st.IsDir() {
		return fmt.Errorf("lexicon dir %s: not a directory", dir)
	}
	fsys := os.DirFS(dir)
	if err := lx.LoadFS(fsys, dir+"/"); err != nil {
		return err
	}
	// lists/NAME.txt add words to the rule code's built-in word lists
	// (lists.go): process-wide, not per Lexicon, since the rules hold the
	// lists in package variables.
	return AddLists(fsys, dir+"/")
}

var prefixes = []string{"countries", "actors", "orgs", "titles", "people", "triggers", "verbs", "nouns", "topics", "kinds"}

// LoadFS reads every lexicon file at the top of fsys, in name order.
func (lx *Lexicon) LoadFS(fsys fs.FS, label string) error {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return fmt.Errorf("lexicon %s: %w", label, err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".tsv") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, name := range names {
		prefix := ""
		for _, p := range prefixes {
			if strings.HasPrefix(name, p) {
				prefix = p
				break
			}
		}
		if prefix == "" {
			continue
		}
		f, err := fsys.Open(name)
		if err != nil {
			return fmt.Errorf("lexicon %s%s: %w", label, name, err)
		}
		err = lx.parse(f, prefix, label+path.Base(name))
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func splitList(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	parts := strings.Split(s, ";")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (lx *Lexicon) parse(r interface{ Read([]byte) (int, error) }, kind, file string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		f := strings.Split(raw, "|")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		get := func(i int) string {
			if i < len(f) {
				return f[i]
			}
			return ""
		}
		src := fmt.Sprintf("%s:%d", file, line)
		bad := func(msg string) error { return fmt.Errorf("lexicon %s: %s: %q", src, msg, raw) }
		switch kind {
		case "countries":
			if len(get(0)) != 3 {
				return bad("first field must be an ISO 3166-1 alpha-3 code")
			}
			c := Country{Code: strings.ToUpper(get(0)), Names: splitList(get(1)), Adjectives: splitList(get(2)), Capitals: splitList(get(3)), Src: src}
			for _, fn := range splitList(get(4)) {
				c.Former = append(c.Former, parseFormer(fn))
			}
			lx.Countries = append(lx.Countries, c)
		case "actors":
			if len(f) < 3 {
				return bad("want name | country | sector | org | role")
			}
			lx.Actors = append(lx.Actors, Actor{Names: splitList(get(0)), Country: get(1), Sector: get(2), Org: get(3), Role: get(4), Src: src})
		case "orgs":
			if len(f) < 2 {
				return bad("want CODE | names | country | sector")
			}
			sec := get(3)
			if sec == "" {
				sec = "IGO"
			}
			lx.Orgs = append(lx.Orgs, Org{Code: get(0), Names: splitList(get(1)), Country: get(2), Sector: sec, Src: src})
		case "titles":
			if len(f) < 2 {
				return bad("want title | sector | role")
			}
			lx.Titles = append(lx.Titles, Title{Names: splitList(get(0)), Sector: get(1), Role: get(2), Src: src})
		case "people":
			if len(f) < 3 {
				return bad("want name | country | sector | role | from | to")
			}
			p := Person{Names: splitList(get(0)), Sector: get(2), Role: get(3), From: get(4), To: get(5), Src: src}
			if c := get(1); strings.HasPrefix(c, "org:") {
				p.Org = strings.TrimPrefix(c, "org:")
			} else {
				p.Country = c
			}
			lx.People = append(lx.People, p)
		case "triggers":
			t, err := parseTrigger(f, src)
			if err != nil {
				return bad(err.Error())
			}
			lx.Triggers = append(lx.Triggers, t)
		case "verbs":
			lx.Verbs = append(lx.Verbs, Verb{Lemma: get(0), Past: splitList(get(1)), Part: splitList(get(2))})
		case "nouns":
			lx.Nouns = append(lx.Nouns, Noun{Names: splitList(get(0)), Sector: get(1), Src: src})
		case "topics":
			lx.Topics = append(lx.Topics, Topic{Topic: get(0), Words: splitList(get(1))})
		case "kinds":
			lx.Kinds = append(lx.Kinds, KindRule{Type: get(0), Kind: get(1), Mode: get(2), Words: splitList(get(3)), Contexts: splitCSV(get(4)), Src: src})
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon %s: %w", file, err)
	}
	return nil
}

func splitCSV(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseFormer(s string) Former {
	fm := Former{Name: s}
	if i := strings.LastIndex(s, "("); i > 0 && strings.HasSuffix(s, ")") {
		fm.Name = strings.TrimSpace(s[:i])
		years := s[i+1 : len(s)-1]
		a, b, _ := strings.Cut(years, "-")
		fmt.Sscanf(a, "%d", &fm.From)
		fmt.Sscanf(b, "%d", &fm.To)
	}
	return fm
}

// Types are the 16 PLOVER event types; "-" marks a stop pattern that
// claims words so that no event is coded from them.
var Types = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true,
	"AID": true, "RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true,
	"THREATEN": true, "PROTEST": true, "SANCTION": true, "MOBILIZE": true, "COERCE": true,
	"ASSAULT": true, "-": true,
}

func parseTrigger(f []string, src string) (Trigger, error) {
	get := func(i int) string {
		if i < len(f) {
			return f[i]
		}
		return ""
	}
	t := Trigger{Pattern: get(0), Type: strings.ToUpper(get(1)), Mode: get(2), Kind: get(3), Contexts: splitCSV(get(4)), Conf: 0.8, Src: src}
	if t.Pattern == "" {
		return t, fmt.Errorf("empty pattern")
	}
	if !Types[t.Type] {
		return t, fmt.Errorf("unknown event type %q", t.Type)
	}
	for _, o := range splitCSV(get(5)) {
		k, v, _ := strings.Cut(o, "=")
		switch k {
		case "status":
			t.Status = v
		case "norecip":
			t.NoRecip = true
		case "needactor":
			t.NeedActor = true
		case "speaker":
			t.Speaker = true
		case "needrecip":
			t.NeedRecip = true
		case "mutual":
			t.Mutual = true
		case "conf":
			if _, err := fmt.Sscanf(v, "%g", &t.Conf); err != nil {
				return t, fmt.Errorf("bad conf %q", v)
			}
		default:
			return t, fmt.Errorf("unknown option %q", o)
		}
	}
	return t, nil
}
