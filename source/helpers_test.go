package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// readAll collects every item Read gives for inputs.
func readAll(t testing.TB, inputs []string, opt Options) []Item {
	t.Helper()
	var items []Item
	if err := Read(context.Background(), inputs, opt, func(it Item) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatalf("Read: %v", err)
	}
	return items
}

// parseAll collects every item Parse gives for b.
func parseAll(t testing.TB, name string, b []byte, opt Options) []Item {
	t.Helper()
	var items []Item
	if err := Parse(context.Background(), name, bytes.NewReader(b), opt, func(it Item) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return items
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func describe(items []Item) string {
	var sb strings.Builder
	for _, it := range items {
		fmt.Fprintf(&sb, "  %s [%s] id=%q err=%v\n", it.Origin, it.Format, it.Doc.ID, it.Err)
	}
	return sb.String()
}

func writeFile(t testing.TB, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// httpResponse is an HTTP response as a WARC response record holds it.
func httpResponse(status int, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

type warcRec struct {
	typ, id, uri, date, block string
}

func (r warcRec) bytes() []byte {
	ct := "application/http; msgtype=response"
	switch r.typ {
	case "request":
		ct = "application/http; msgtype=request"
	case "warcinfo":
		ct = "application/warc-fields"
	}
	return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		r.typ, r.id, r.uri, r.date, ct, len(r.block), r.block))
}

// makeWARC writes recs uncompressed, or as one gzip member per record as
// crawlers do. It returns the file and where each record starts.
func makeWARC(recs []warcRec, gz bool) ([]byte, []int) {
	var out []byte
	var offs []int
	for _, r := range recs {
		offs = append(offs, len(out))
		if gz {
			out = append(out, gzipBytes(r.bytes())...)
		} else {
			out = append(out, r.bytes()...)
		}
	}
	return out, offs
}

const articleHTML = `<!DOCTYPE html><html><head><title>%s</title>
<link rel="canonical" href="%s"></head><body><article><h1>%s</h1>
<p>%s</p>
<p>Diplomats from both countries said further meetings were planned for the spring, though no dates had been agreed and the agenda remained in dispute.</p>
<p>Analysts said the outcome would shape trade between the two neighbours for years to come.</p>
</article></body></html>`

func sampleWARC() []warcRec {
	return []warcRec{
		{typ: "warcinfo", id: "00000000-0000-0000-0000-000000000000", uri: "", date: "2024-04-01T00:00:00Z", block: "software: test\r\n"},
		{typ: "request", id: "11111111-1111-1111-1111-111111111111", uri: "https://news.example.org/a", date: "2024-04-01T10:00:00Z", block: "GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n"},
		{typ: "response", id: "22222222-2222-2222-2222-222222222222", uri: "https://news.example.org/a", date: "2024-04-01T10:00:01Z",
			block: httpResponse(200, "text/html; charset=utf-8", fmt.Sprintf(articleHTML, "Tariff talks resume", "https://news.example.org/a", "Tariff talks resume", "Trade ministers from Freedonia and Sylvania resumed talks on tariffs on Monday."))},
		{typ: "response", id: "33333333-3333-3333-3333-333333333333", uri: "https://news.example.org/logo.png", date: "2024-04-01T10:00:02Z",
			block: httpResponse(200, "image/png", "\x89PNG\r\n\x1a\n")},
		{typ: "response", id: "44444444-4444-4444-4444-444444444444", uri: "https://news.example.org/b.txt", date: "2024-04-02T23:59:59Z",
			block: httpResponse(200, "text/plain", "The parliament of Ruritania approved the budget on Tuesday.")},
		{typ: "response", id: "55555555-5555-5555-5555-555555555555", uri: "https://news.example.org/gone", date: "2024-04-03T00:00:00Z",
			block: httpResponse(404, "text/html", "<html><body>Not found</body></html>")},
	}
}
