package source

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkItems holds for every reader: a document that is not an error has an
// id and valid, non-blank text within the limit.
func checkItems(t *testing.T, items []Item, max int) {
	t.Helper()
	for _, it := range items {
		if it.Err != nil {
			continue
		}
		d := it.Doc
		if d.ID == "" {
			t.Errorf("%s: document without id", it.Origin)
		}
		if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
			t.Errorf("%s: bad text %q", it.Origin, d.Text)
		}
		if len(d.Text) > max {
			t.Errorf("%s: text of %d bytes passed limit %d", it.Origin, len(d.Text), max)
		}
	}
}

func collect(read func(emitFunc) error) []Item {
	var items []Item
	read(func(it Item) error { items = append(items, it); return nil })
	return items
}

func seedFiles(f *testing.F, paths ...string) {
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzSniff(f *testing.F) {
	for _, s := range []string{"", "<html>", "<?xml version='1.0'?><rss>", "{\"id\":1}", "WARC/1.0\r\n", "\x1f\x8b\x08", "\xff\xfe", "Caf\xe9"} {
		f.Add("a.txt", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, head []byte) {
		switch got := Sniff(name, head); got {
		case Text, HTML, Feed, JSONL, WARC, Gzip, Binary:
		default:
			t.Fatalf("Sniff(%q, %q) = %q", name, head, got)
		}
		// Whatever the guess, reading must not panic.
		const max = 1 << 16
		items := collect(func(emit emitFunc) error {
			return parse(context.Background(), input{origin: name, name: name}, bytes.NewReader(head), Options{MaxBytes: max}, emit, 0)
		})
		checkItems(t, items, max)
	})
}

func FuzzJSONL(f *testing.F) {
	seedFiles(f, "testdata/docs.jsonl", "testdata/dir/orphan.jsonl")
	f.Add([]byte("{\"id\": \"a\", \"text\": \"x\"}\r\n\n{\"date\": null}\n{"))
	f.Add([]byte(`{"id": {"x": 1}, "text": ["a"], "date": 5, "source": {}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		const max = 64 // small, so that long lines are common
		items := collect(func(emit emitFunc) error {
			return readJSONL(context.Background(), input{origin: "f.jsonl", name: "f.jsonl"}, bytes.NewReader(b), Options{MaxBytes: max}, emit)
		})
		checkItems(t, items, max)
		if lines := bytes.Count(b, []byte("\n")) + 1; len(items) > lines {
			t.Errorf("%d items from %d lines", len(items), lines)
		}
	})
}

func FuzzFeed(f *testing.F) {
	seedFiles(f, "testdata/feed.rss", "testdata/feed.atom", "testdata/feed.json", "testdata/malformed.rss")
	f.Fuzz(func(t *testing.T, b []byte) {
		const max = 1 << 20
		items := collect(func(emit emitFunc) error {
			return readFeed(context.Background(), input{origin: "f", name: "f"}, b, Options{MaxBytes: max}, emit)
		})
		checkItems(t, items, max)
	})
}

func FuzzHTML(f *testing.F) {
	seedFiles(f, "testdata/page.html")
	f.Add([]byte("<p>a<br>b<pre>x\n y</pre><td>c</td>"))
	f.Add([]byte("<html><body></body></html>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		const max = 1 << 20
		items := collect(func(emit emitFunc) error {
			return readHTMLFile(input{origin: "f.html", name: "f.html"}, b, Options{MaxBytes: max}, emit)
		})
		checkItems(t, items, max)
		if len(items) != 1 {
			t.Errorf("%d items from one page", len(items))
		}
		htmlToText(string(b))
	})
}

func FuzzWARC(f *testing.F) {
	for _, gz := range []bool{false, true} {
		b, _ := makeWARC(sampleWARC(), gz)
		f.Add(b)
	}
	b, _ := makeWARC(sampleWARC()[2:3], false)
	f.Add(b[:len(b)-10])
	f.Fuzz(func(t *testing.T, b []byte) {
		const max = 1 << 20
		items := collect(func(emit emitFunc) error {
			return readWARC(context.Background(), input{origin: "f.warc", name: "f.warc"}, bytes.NewReader(b), Options{MaxBytes: max}, emit)
		})
		checkItems(t, items, max)
	})
}
