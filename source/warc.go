package source

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/attache/attache"
	warc "github.com/internetarchive/gowarc"
)

// errIgnore marks a record that holds no document (an image, a redirect):
// not worth an Item.
var errIgnore = errors.New("not a document")

// readWARC makes one document of each response record with an HTML or
// plain-text payload. A read error ends the input (a WARC cannot be
// resynchronised), after every good record before it has been emitted.
func readWARC(ctx context.Context, in input, r io.Reader, opt Options, emit emitFunc) error {
	wr, err := warc.NewReader(r)
	if err != nil {
		return emit(Item{Origin: in.origin, Format: WARC, Err: fmt.Errorf("WARC reader: %w", err)})
	}
	defer wr.Close()
	var next int64 // where the next record starts, when the reader cannot say
	for records := 0; ; records++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var rec *warc.Record
		rerr := safely("WARC reading", func() error {
			var err error
			rec, err = wr.ReadRecord()
			return err
		})
		if rerr == io.EOF {
			if records == 0 {
				return emit(Item{Origin: in.origin, Format: WARC, Err: fmt.Errorf("%w: no WARC records", ErrEmpty)})
			}
			return nil
		}
		if rerr != nil {
			return emit(Item{Origin: fmt.Sprintf("%s@%d", in.origin, next), Format: WARC, Err: fmt.Errorf("reading WARC record: %w", rerr)})
		}
		off := rec.Offset
		if off >= 0 {
			next = off + rec.Size
		} else {
			off = next
			next += plainRecordSize(rec)
		}
		origin := fmt.Sprintf("%s@%d", in.origin, off)
		doc, err := warcDoc(rec, opt, fmt.Sprintf("%s@%d", baseID(in.name), off))
		rec.Content.Close()
		if errors.Is(err, errIgnore) {
			continue
		}
		it := Item{Doc: doc, Origin: origin, Format: WARC, Err: err}
		if err := emit(it); err != nil {
			return err
		}
	}
}

// plainRecordSize is the length of an uncompressed record as written in
// canonical form ("Name: value" headers), which is how writers write them;
// gowarc gives no offsets for uncompressed files.
func plainRecordSize(rec *warc.Record) int64 {
	n := int64(len(rec.Version)) + 2
	for k, v := range rec.Header {
		n += int64(len(k)+len(v)) + 4
	}
	cl, _ := strconv.ParseInt(rec.Header.Get("Content-Length"), 10, 64)
	return n + 2 + cl + 4
}

// fallbackID names a record that has neither a record id nor a target URI.
func warcDoc(rec *warc.Record, opt Options, fallbackID string) (attache.Document, error) {
	var doc attache.Document
	if !strings.EqualFold(rec.Header.Get("WARC-Type"), "response") {
		return doc, errIgnore
	}
	doc.ID = strings.Trim(rec.Header.Get("WARC-Record-ID"), "<> ")
	doc.URL = strings.Trim(rec.Header.Get("WARC-Target-URI"), "<> ")
	doc.ID = firstNonEmpty(doc.ID, doc.URL, fallbackID)
	if t, err := time.Parse(time.RFC3339, strings.TrimSpace(rec.Header.Get("WARC-Date"))); err == nil {
		doc.Date = day(t)
	}
	max := opt.max()
	// The HTTP head is small; a block far beyond the limit is refused before
	// it is parsed.
	if cl, err := strconv.ParseInt(rec.Header.Get("Content-Length"), 10, 64); err == nil && cl > int64(max)+64<<10 {
		return doc, tooLarge(cl, max)
	}
	if ct := strings.ToLower(rec.Header.Get("Content-Type")); ct != "" && !strings.HasPrefix(ct, "application/http") {
		return doc, errIgnore
	}
	resp, err := http.ReadResponse(bufio.NewReader(rec.Content), nil)
	if err != nil {
		return doc, fmt.Errorf("reading HTTP response: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return doc, errIgnore
	}
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if mt != "" && !isHTMLType(mt) && mt != "text/plain" {
		return doc, errIgnore
	}
	var body io.Reader = resp.Body
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return doc, fmt.Errorf("HTTP body: %w", err)
		}
		defer zr.Close()
		body = zr
	case "deflate":
		fr := flate.NewReader(body)
		defer fr.Close()
		body = fr
	default:
		return doc, fmt.Errorf("HTTP body: unsupported content encoding %q", enc)
	}
	b, err := io.ReadAll(io.LimitReader(body, int64(max)+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		// A body cut short of its Content-Length still holds the story.
		return doc, fmt.Errorf("HTTP body: %w", err)
	}
	if len(b) > max {
		n, _ := io.Copy(io.Discard, body)
		return doc, tooLarge(int64(len(b))+n, max)
	}
	if len(b) == 0 {
		return doc, ErrEmpty
	}
	if mt == "text/plain" {
		doc.Text = strings.TrimPrefix(string(b), "\ufeff")
		if doc.Date.IsZero() {
			doc.Date = day(opt.Date)
		}
		return doc, checkText(doc.Text)
	}
	if mt == "" && Sniff(doc.URL, b[:min(len(b), sniffLen)]) != HTML {
		return doc, errIgnore
	}
	p, err := extractHTML(b, doc.URL)
	if err != nil {
		return doc, err
	}
	doc.Title, doc.Text = p.Title, p.Text
	if doc.Date.IsZero() {
		doc.Date = p.Date
	}
	if doc.Date.IsZero() {
		doc.Date = day(opt.Date)
	}
	return doc, checkText(doc.Text)
}
