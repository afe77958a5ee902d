package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		head string
		want Format
	}{
		{"a.txt", "Plain news text.", Text},
		{"a", "Plain news text.", Text},
		{"a.html", "Some text", HTML},
		{"a.txt", "<!DOCTYPE html><html>", HTML},
		{"a", "\ufeff  <html lang=en>", HTML},
		{"a", "<!-- c --><HTML>", HTML},
		{"a", `<?xml version="1.0"?><rss version="2.0">`, Feed},
		{"a", `<?xml version="1.0"?>` + "\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", Feed},
		{"a", `<rdf:RDF xmlns:rdf="x">`, Feed},
		{"a.xml", `<?xml version="1.0"?><catalog/>`, Feed},
		{"a", `{"version": "https://jsonfeed.org/version/1", "items": []}`, Feed},
		{"a", `{"id": "x", "text": "y"}`, JSONL},
		{"a.jsonl", `not json`, JSONL},
		{"a.ndjson", `  {"id": 1}`, JSONL},
		{"a", "WARC/1.0\r\nWARC-Type: warcinfo\r\n", WARC},
		{"a.warc.gz", "\x1f\x8b\x08\x00", WARC},
		{"a.jsonl.gz", "\x1f\x8b\x08\x00", Gzip},
		{"a.txt", "ab\x00cd", Binary},
		{"a.txt", "\xff\xfe\xfd\xfc\x80\x81\x82\x83", Binary},
		{"a.txt", "Japan \xff\xfe", Text}, // reported as invalid UTF-8, with the byte
		{"a.bin", "\x01\x02\x03 some text \x04\x05", Binary},
		{"a.txt", "Caf\xe9 society, a long enough line of ordinary text.", Text}, // a stray Latin-1 byte: left to the reader
		{"a.txt", "", Text},
		{"a.html", "", HTML},
		{"a.txt", "Ends in a cut rune \xe2\x80", Text},
	}
	for _, tt := range tests {
		if got := Sniff(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("Sniff(%q, %q) = %s, want %s", tt.name, tt.head, got, tt.want)
		}
	}
}

// want describes one expected item.
type want struct {
	origin, id, title, url, source, date string
	text                                 []string // substrings of Doc.Text
	notText                              []string
	err                                  string // substring of Err; "" means no error
}

func check(t *testing.T, items []Item, wants []want) {
	t.Helper()
	if len(items) != len(wants) {
		t.Fatalf("got %d items, want %d:\n%s", len(items), len(wants), describe(items))
	}
	for i, w := range wants {
		it := items[i]
		if it.Origin != w.origin {
			t.Errorf("item %d: origin %q, want %q", i, it.Origin, w.origin)
		}
		if w.err != "" {
			if it.Err == nil || !strings.Contains(it.Err.Error(), w.err) {
				t.Errorf("item %d (%s): err %v, want %q", i, it.Origin, it.Err, w.err)
			}
			continue
		}
		if it.Err != nil {
			t.Errorf("item %d (%s): unexpected err %v", i, it.Origin, it.Err)
			continue
		}
		d := it.Doc
		if d.ID != w.id || d.Title != w.title || d.URL != w.url || d.Source != w.source {
			t.Errorf("item %d (%s): id/title/url/source = %q/%q/%q/%q, want %q/%q/%q/%q", i, it.Origin, d.ID, d.Title, d.URL, d.Source, w.id, w.title, w.url, w.source)
		}
		gotDate := ""
		if !d.Date.IsZero() {
			gotDate = d.Date.Format("2006-01-02")
			if d.Date.Location() != time.UTC || d.Date.Hour() != 0 {
				t.Errorf("item %d: date %v is not UTC midnight", i, d.Date)
			}
		}
		if gotDate != w.date {
			t.Errorf("item %d (%s): date %q, want %q", i, it.Origin, gotDate, w.date)
		}
		for _, s := range w.text {
			if !strings.Contains(d.Text, s) {
				t.Errorf("item %d (%s): text lacks %q:\n%s", i, it.Origin, s, d.Text)
			}
		}
		for _, s := range w.notText {
			if strings.Contains(d.Text, s) {
				t.Errorf("item %d (%s): text has %q:\n%s", i, it.Origin, s, d.Text)
			}
		}
	}
}

func TestFormats(t *testing.T) {
	tests := []struct {
		input string
		opt   Options
		want  []want
	}{
		{"testdata/crlf.txt", Options{Date: date("2024-02-29")}, []want{
			{origin: "testdata/crlf.txt", id: "crlf", date: "2024-02-29", text: []string{"A plain story\r\nwith CRLF"}},
		}},
		{"testdata/crlf.txt", Options{ID: "mine"}, []want{
			{origin: "testdata/crlf.txt", id: "mine", text: []string{"A plain story"}},
		}},
		{"testdata/page.html", Options{}, []want{
			{origin: "testdata/page.html", id: "page", title: "Harbour talks collapse", url: "https://news.example.org/world/harbour-talks", date: "2024-03-05",
				text:    []string{"Negotiators from Freedonia", "said.\n\nThe Freedonian delegation", "inviting the delegations again."},
				notText: []string{"tracking", "color: black", "Copyright", "Home"}},
		}},
		{"testdata/feed.rss", Options{}, []want{
			{origin: "testdata/feed.rss#1", id: "example-border-1", title: "Border crossing reopens", url: "https://news.example.org/border", date: "2024-03-04",
				text: []string{"reopened on Monday.\n\nTraders said"}, notText: []string{"<p>", "Teaser"}},
			{origin: "testdata/feed.rss#2", id: "https://news.example.org/election", title: "Election date set", url: "https://news.example.org/election", date: "2024-03-05",
				text: []string{"general election on June 2, the president"}, notText: []string{"<b>"}},
		}},
		{"testdata/feed.atom", Options{}, []want{
			{origin: "testdata/feed.atom#1", id: "urn:example:ceasefire", title: "Ceasefire holds", url: "https://news.example.org/ceasefire", date: "2024-03-06",
				text: []string{"held for a third day"}},
		}},
		{"testdata/feed.json", Options{}, []want{
			{origin: "testdata/feed.json#1", id: "json-1", title: "Aid convoy arrives", url: "https://news.example.org/aid", date: "2024-03-07",
				text: []string{"aid convoy reached"}},
		}},
		{"testdata/malformed.rss", Options{}, []want{
			{origin: "testdata/malformed.rss", err: "malformed feed"},
		}},
		{"testdata/single.json", Options{}, []want{
			{origin: "testdata/single.json", id: "pretty-1", title: "Pretty printed", date: "2024-08-01", text: []string{"one indented JSON object"}},
		}},
		{"testdata/array.json", Options{}, []want{
			{origin: "testdata/array.json#1", id: "arr-1", text: []string{"First record"}},
			{origin: "testdata/array.json#2", id: "array#2", date: "2024-08-02", text: []string{"Second record"}},
			{origin: "testdata/array.json#3", err: "invalid JSON"},
		}},
		{"testdata/docs.jsonl", Options{Date: date("2020-01-01")}, []want{
			{origin: "testdata/docs.jsonl:1", id: "j1", title: "First", url: "https://news.example.org/1", source: "Example", date: "2024-01-02", text: []string{"The first story."}},
			{origin: "testdata/docs.jsonl:2", id: "j2", title: "Second", date: "2024-01-03", text: []string{"The second story."}},
			{origin: "testdata/docs.jsonl:3", err: "invalid JSON"},
			{origin: "testdata/docs.jsonl:5", id: "docs:5", title: "No id", date: "2024-01-05", text: []string{"without an id"}},
			{origin: "testdata/docs.jsonl:6", id: "42", date: "2024-01-06", text: []string{"Numeric id"}},
			{origin: "testdata/docs.jsonl:7", err: "empty document"},
		}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.input), func(t *testing.T) {
			check(t, readAll(t, []string{tt.input}, tt.opt), tt.want)
		})
	}
}

func TestDirectory(t *testing.T) {
	items := readAll(t, []string{"testdata/dir"}, Options{ID: "ignored: not a single input", Date: date("2024-06-01")})
	check(t, items, []want{
		{origin: "testdata/dir/brief.txt", id: "brief", date: "2024-06-01", text: []string{"central bank of Ruritania"}},
		{origin: "testdata/dir/orphan.jsonl:1", id: "orphan-1", title: "Orphan", date: "2024-12-31", text: []string{"inside a directory"}},
		{origin: "testdata/dir/sub/notice.txt", id: "notice", date: "2024-06-01", text: []string{"Port workers"}},
		{origin: "testdata/dir/summit.txt", id: "summit-2025", title: "Ministers meet on fishing rights", url: "https://news.example.org/summit",
			source: "Example Wire", date: "2025-02-07", text: []string{"fishing rights"}},
	})
	// The walk must not depend on the order the file system lists entries.
	again := readAll(t, []string{"testdata/dir"}, Options{})
	for i := range items {
		if items[i].Origin != again[i].Origin {
			t.Errorf("walk order differs at %d: %s vs %s", i, items[i].Origin, again[i].Origin)
		}
	}
}

func TestMetadataBesideHTMLAndBrokenMetadata(t *testing.T) {
	dir := t.TempDir()
	html, _ := os.ReadFile("testdata/page.html")
	writeFile(t, dir, "a/story.html", html)
	writeFile(t, dir, "a/story.json", []byte(`{"id": "given", "title": "Given title", "date": "2023-01-01"}`))
	writeFile(t, dir, "b/note.txt", []byte("A note that has broken metadata."))
	writeFile(t, dir, "b/note.json", []byte(`{"id": `))
	items := readAll(t, []string{dir}, Options{})
	check(t, items, []want{
		{origin: filepath.Join(dir, "a/story.html"), id: "given", title: "Given title", url: "https://news.example.org/world/harbour-talks", date: "2023-01-01", text: []string{"Negotiators"}},
		{origin: filepath.Join(dir, "b/note.json"), err: "metadata: invalid JSON"},
		{origin: filepath.Join(dir, "b/note.txt"), id: "note", text: []string{"A note"}},
	})
}

func TestStdin(t *testing.T) {
	for _, tt := range []struct {
		in   string
		opt  Options
		want []want
	}{
		{"A story from standard input.", Options{}, []want{{origin: "stdin", id: "stdin", text: []string{"standard input"}}}},
		{"A story from standard input.", Options{ID: "piped"}, []want{{origin: "stdin", id: "piped", text: []string{"standard input"}}}},
		{`{"text": "Line one."}` + "\n" + `{"id": "b", "text": "Line two."}`, Options{}, []want{
			{origin: "stdin:1", id: "stdin:1", text: []string{"Line one."}},
			{origin: "stdin:2", id: "b", text: []string{"Line two."}},
		}},
	} {
		opt := tt.opt
		opt.Stdin = strings.NewReader(tt.in)
		check(t, readAll(t, []string{"-"}, opt), tt.want)
	}
	check(t, readAll(t, []string{"-"}, Options{}), []want{{origin: "stdin", err: "no standard input"}})
}

func TestWARC(t *testing.T) {
	for _, gz := range []bool{true, false} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			b, offs := makeWARC(sampleWARC(), gz)
			name := "crawl.warc"
			if gz {
				name += ".gz"
			}
			items := parseAll(t, name, b, Options{})
			check(t, items, []want{
				{origin: fmt.Sprintf("%s@%d", name, offs[2]), id: "urn:uuid:22222222-2222-2222-2222-222222222222", title: "Tariff talks resume",
					url: "https://news.example.org/a", date: "2024-04-01", text: []string{"resumed talks on tariffs on Monday.\n\nDiplomats"}},
				{origin: fmt.Sprintf("%s@%d", name, offs[4]), id: "urn:uuid:44444444-4444-4444-4444-444444444444",
					url: "https://news.example.org/b.txt", date: "2024-04-02", text: []string{"approved the budget"}},
			})
			for _, it := range items {
				var off int
				fmt.Sscanf(it.Origin[strings.LastIndex(it.Origin, "@")+1:], "%d", &off)
				if !gz && !bytes.HasPrefix(b[off:], []byte("WARC/1.1\r\n")) {
					t.Errorf("%s does not point at a record", it.Origin)
				}
			}
		})
	}
}

func TestFetchShortFeedItems(t *testing.T) {
	page, _ := os.ReadFile("testdata/page.html")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/full":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		default:
			http.Error(w, "gone", http.StatusNotFound)
		}
	}))
	defer srv.Close()
	feed := fmt.Sprintf(`<rss version="2.0"><channel><title>t</title>
<item><title>Short</title><link>%[1]s/full</link><description>Only a teaser.</description></item>
<item><title>Broken link</title><link>%[1]s/missing</link><description>Teaser kept.</description></item>
</channel></rss>`, srv.URL)
	items := parseAll(t, "f.rss", []byte(feed), Options{Fetch: srv.Client()})
	check(t, items, []want{
		{origin: "f.rss#1", id: srv.URL + "/full", title: "Short", url: srv.URL + "/full", date: "2024-03-05", text: []string{"Negotiators from Freedonia"}},
		{origin: "f.rss#2", id: srv.URL + "/missing", title: "Broken link", url: srv.URL + "/missing", text: []string{"Teaser kept."}},
	})
	// Without a client nothing is fetched.
	items = parseAll(t, "f.rss", []byte(feed), Options{})
	check(t, items, []want{
		{origin: "f.rss#1", id: srv.URL + "/full", title: "Short", url: srv.URL + "/full", text: []string{"Only a teaser."}},
		{origin: "f.rss#2", id: srv.URL + "/missing", title: "Broken link", url: srv.URL + "/missing", text: []string{"Teaser kept."}},
	})
}

// TestBadInputs puts every kind of bad input in one batch: each must give
// exactly one error item, and every good document around them is still read.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := func(name, text string) string { return writeFile(t, dir, name, []byte(text)) }

	warcGz, offs := makeWARC(sampleWARC()[:5], true)
	cut := offs[4] + (len(warcGz)-offs[4])/2 // halfway into the last member

	var jsonl bytes.Buffer
	for i := 1; i <= 200; i++ {
		fmt.Fprintf(&jsonl, `{"id": "z%d", "text": "Story number %d, long enough to fill a few bytes of the compressed stream."}`+"\n", i, i)
	}
	jgz := gzipBytes(jsonl.Bytes())

	huge := bytes.Repeat([]byte("word "), 10<<20) // 50 MiB
	bigLine := append(append([]byte(`{"id": "big", "text": "`), huge...), "\"}\n"...)

	inputs := []string{
		good("01-good.txt", "The first good story."),
		writeFile(t, dir, "02-binary.txt", []byte("\x00\x01\x02binary\x00data")),
		writeFile(t, dir, "03-crawl.warc.gz", warcGz[:cut]),
		writeFile(t, dir, "04-docs.jsonl.gz", jgz[:len(jgz)*2/3]),
		writeFile(t, dir, "05-broken.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut here`)),
		writeFile(t, dir, "06-mixed.jsonl", []byte(`{"id": "m1", "text": "Good before."}`+"\n{oops}\n"+`{"id": "m3", "text": "Good after."}`+"\n")),
		writeFile(t, dir, "07-huge.txt", huge),
		writeFile(t, dir, "08-hugeline.jsonl", append(append([]byte(`{"id": "h1", "text": "Before the big line."}`+"\n"), bigLine...), `{"id": "h3", "text": "After the big line."}`+"\n"...)),
		writeFile(t, dir, "09-empty.txt", nil),
		writeFile(t, dir, "10-latin1.txt", []byte("A story about the caf\xe9 on the corner, written in Latin-1 by mistake.")),
		filepath.Join(dir, "11-missing.txt"),
		good("12-good.txt", "The last good story."),
	}
	items := readAll(t, inputs, Options{})

	errs := map[string]string{} // input base name → error
	docs := map[string]bool{}
	for _, it := range items {
		base := filepath.Base(it.Origin)
		if i := strings.IndexAny(base, ":#@"); i >= 0 {
			base = base[:i]
		}
		if it.Err != nil {
			if prev, dup := errs[base]; dup {
				t.Errorf("%s: second error %v after %v", base, it.Err, prev)
			}
			errs[base] = it.Err.Error()
			continue
		}
		docs[it.Doc.ID] = true
	}
	wantErrs := map[string]string{
		"02-binary.txt":     "binary file",
		"03-crawl.warc.gz":  "reading WARC record",
		"04-docs.jsonl.gz":  "unexpected EOF",
		"05-broken.rss":     "malformed feed",
		"06-mixed.jsonl":    "invalid JSON",
		"07-huge.txt":       fmt.Sprintf("document too large: %d bytes (limit %d)", len(huge), DefaultMaxBytes),
		"08-hugeline.jsonl": fmt.Sprintf("document too large: %d bytes (limit %d)", len(bigLine)-1, DefaultMaxBytes),
		"09-empty.txt":      "empty document",
		"10-latin1.txt":     "invalid UTF-8 at byte 21",
		"11-missing.txt":    "no such file",
	}
	for base, w := range wantErrs {
		if got, ok := errs[base]; !ok || !strings.Contains(got, w) {
			t.Errorf("%s: error %q, want %q", base, got, w)
		}
	}
	for base := range errs {
		if _, ok := wantErrs[base]; !ok {
			t.Errorf("%s: unexpected error %s", base, errs[base])
		}
	}
	for _, id := range []string{"01-good", "12-good", "urn:uuid:22222222-2222-2222-2222-222222222222", "m1", "m3", "h1", "h3", "z1", "z100"} {
		if !docs[id] {
			t.Errorf("document %s was lost", id)
		}
	}
	if t.Failed() {
		t.Log(describe(items))
	}
}

func TestGzipJSONL(t *testing.T) {
	b := gzipBytes([]byte(`{"id": "g1", "date": "2024-05-05", "text": "Compressed story."}` + "\n"))
	check(t, parseAll(t, "dir/x.jsonl.gz", b, Options{}), []want{
		{origin: "dir/x.jsonl.gz:1", id: "g1", date: "2024-05-05", text: []string{"Compressed story."}},
	})
	// A text file that was gzipped keeps its own name as id.
	b = gzipBytes([]byte("A gzipped plain story."))
	check(t, parseAll(t, "notes.txt.gz", b, Options{}), []want{
		{origin: "notes.txt.gz", id: "notes", text: []string{"gzipped plain story"}},
	})
	check(t, parseAll(t, "double.gz", gzipBytes(gzipBytes([]byte("x"))), Options{}), []want{
		{origin: "double.gz", err: "nested gzip"},
	})
}

func TestMaxBytes(t *testing.T) {
	items := parseAll(t, "x.jsonl", []byte(`{"id": "a", "text": "short"}`+"\n"+`{"id": "b", "text": "this line is longer than forty bytes"}`+"\n"), Options{MaxBytes: 40})
	check(t, items, []want{
		{origin: "x.jsonl:1", id: "a", text: []string{"short"}},
		{origin: "x.jsonl:2", err: "document too large: 59 bytes (limit 40)"},
	})
}

func TestStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{"testdata/docs.jsonl", "testdata/feed.rss"}, Options{}, func(Item) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("fn error: got %v after %d items", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Read(ctx, []string{"testdata/docs.jsonl", "testdata/feed.rss"}, Options{}, func(Item) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancel: got %v after %d items", err, n)
	}
}

func TestVOACorpus(t *testing.T) {
	const path = "../../shared/corpora/voa_stories.jsonl"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	items := readAll(t, []string{path}, Options{})
	docs := 0
	for _, it := range items {
		if it.Err != nil {
			t.Errorf("%s: %v", it.Origin, it.Err)
			continue
		}
		docs++
		if it.Doc.ID == "" || it.Doc.URL == "" || it.Doc.Title == "" || it.Doc.Date.IsZero() || it.Doc.Text == "" {
			t.Errorf("%s: incomplete document %q", it.Origin, it.Doc.ID)
		}
	}
	if docs != 89 {
		t.Errorf("got %d documents, want 89", docs)
	}
}

func TestReadLine(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want []string // "!N" means too large, N bytes
	}{
		{"abc\ndef", 10, []string{"abc", "def"}},
		{"abc\r\ndef\r\n", 3, []string{"abc", "def"}},
		{"abcd\r\nxy\n", 3, []string{"!4", "xy"}},
		{"abcdefgh\r\n\nz", 3, []string{"!8", "", "z"}},
		{strings.Repeat("x", 200) + "\nok\n", 10, []string{"!200", "ok"}},
	}
	for _, tt := range tests {
		br := bufio.NewReaderSize(strings.NewReader(tt.in), 16)
		var got []string
		var buf []byte
		for {
			line, n, over, err := readLine(br, buf[:0], tt.max)
			buf = line
			if err == io.EOF && n == 0 {
				break
			}
			if over {
				got = append(got, fmt.Sprintf("!%d", n))
			} else {
				got = append(got, string(line))
			}
			if err != nil {
				break
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("readLine(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

// TestHugeLineMemory checks that a line far over the limit is skipped in
// bounded memory: less is allocated than the line's own size.
func TestHugeLineMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 50 MB")
	}
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "big.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	const size = 50 << 20
	f.WriteString(`{"id": "big", "text": "`)
	chunk := bytes.Repeat([]byte("news "), 1<<16)
	for n := 0; n < size; n += len(chunk) {
		f.Write(chunk)
	}
	f.WriteString("\"}\n" + `{"id": "after", "text": "The story after the big one."}` + "\n")
	f.Close()

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	items := readAll(t, []string{f.Name()}, Options{})
	runtime.ReadMemStats(&after)
	if len(items) != 2 || !errors.Is(items[0].Err, ErrTooLarge) || items[1].Err != nil || items[1].Doc.ID != "after" {
		t.Fatalf("items:\n%s", describe(items))
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > size*4/5 {
		t.Errorf("allocated %d MB reading a %d MB line", alloc>>20, size>>20)
	} else {
		t.Logf("allocated %d MB reading a %d MB line", alloc>>20, size>>20)
	}
}

func TestWARCNotARecord(t *testing.T) {
	for _, in := range []string{"x", "just some text in a file named .warc\r\n"} {
		items := parseAll(t, "bad.warc", []byte(in), Options{})
		if len(items) != 1 || items[0].Err == nil {
			t.Errorf("%q: want one error item, got\n%s", in, describe(items))
		}
	}
}

// FetchURL (url.go) shares fetchPage with the feed reader.
func TestFetchURL(t *testing.T) {
	page, _ := os.ReadFile("testdata/page.html")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/story" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	}))
	defer srv.Close()
	d, err := FetchURL(context.Background(), srv.Client(), srv.URL+"/story", Options{})
	if err != nil || d.ID != srv.URL+"/story" || d.Title != "Harbour talks collapse" || !strings.Contains(d.Text, "Negotiators") {
		t.Errorf("FetchURL = %+v, %v", d, err)
	}
	if _, err := FetchURL(context.Background(), srv.Client(), srv.URL+"/gone", Options{}); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("missing page: err %v", err)
	}
}
