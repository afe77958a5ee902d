// Package source reads news documents from files, directories, stdin and byte
// slices, sniffing each input's format: plain text, HTML, RSS/Atom, JSON Lines, WARC.
//
// A bad input never stops a batch: it becomes an Item whose Err says why it
// was skipped, and reading goes on with the next input (or the next line or
// record of the same input).
package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/attache/attache"
)

// Format is the kind of an input.
type Format string

// Document formats.
const (
	Text  Format = "text"
	HTML  Format = "html"
	Feed  Format = "feed"
	JSONL Format = "jsonl"
	WARC  Format = "warc"
)

// What Sniff reports for inputs that are not documents themselves: Gzip is
// unwrapped and sniffed again, Binary is skipped.
const (
	Gzip   Format = "gzip"
	Binary Format = "binary"
)

// DefaultMaxBytes is the document size limit when Options.MaxBytes is 0.
const DefaultMaxBytes = 16 << 20

// Reasons for skipping; Item.Err wraps them, so test with errors.Is.
var (
	ErrEmpty       = errors.New("empty document")
	ErrBinary      = errors.New("binary file")
	ErrTooLarge    = errors.New("document too large")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
)

// sniffLen is how much of an input Sniff looks at.
const sniffLen = 8 << 10

// Item is one document read from an input, or why an input (or part) was skipped.
type Item struct {
	Doc attache.Document
	// Origin says where: "path", "path:LINE" for JSONL, "path#N" for feed
	// item N, "path@OFFSET" for a WARC record, "stdin".
	Origin string
	Format Format
	// Err is non-nil when the input (or this part of it) was skipped.
	Err error
}

// Options control reading.
type Options struct {
	// MaxBytes limits each document, and each input that is read whole
	// (text, HTML, feed); 0 means DefaultMaxBytes.
	MaxBytes int
	// Date is the date of documents that carry none.
	Date time.Time
	// ID names a single plain-text or HTML input instead of its file name.
	ID string
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Fetch, when set, is used to fetch the linked page of a feed item that
	// has little text of its own; nil keeps readers off the network.
	Fetch *http.Client
}

func (o Options) max() int {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// input is what the readers know about where bytes come from.
type input struct {
	origin string // Item.Origin prefix
	name   string // for extension hints and default ids; ".gz" removed once unwrapped
	path   string // file on disk, "" otherwise: only files have metadata beside them
	single bool   // Options.ID may name it
	size   int64  // bytes on disk, 0 when unknown
}

type emitFunc func(Item) error

// Read reads each input in order ("-" = stdin; a directory is walked
// recursively in lexical order, skipping dot-files and NAME.json metadata
// files that sit beside a NAME.txt or NAME.html) and calls fn for every
// document or skip. It stops early only if ctx is cancelled or fn returns an
// error, and then returns that error.
func Read(ctx context.Context, inputs []string, opt Options, fn func(Item) error) error {
	emit := guard(ctx, fn)
	single := len(inputs) == 1
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := readInput(ctx, in, single, opt, emit); err != nil {
			return err
		}
	}
	return nil
}

// Parse reads one input already opened; name is used for Origin, extension
// hints and default ids ("-" or "" mean stdin). Parse does not look for
// metadata files: it has no file system path.
func Parse(ctx context.Context, name string, r io.Reader, opt Options, fn func(Item) error) error {
	in := input{origin: name, name: name, single: true}
	if name == "" || name == "-" {
		in.origin, in.name = "stdin", "-"
	}
	return parse(ctx, in, r, opt, guard(ctx, fn), 0)
}

// guard makes every emit check for cancellation, so that readers deep in a
// large input stop promptly.
func guard(ctx context.Context, fn func(Item) error) emitFunc {
	return func(it Item) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return fn(it)
	}
}

func readInput(ctx context.Context, name string, single bool, opt Options, emit emitFunc) error {
	if name == "-" {
		if opt.Stdin == nil {
			return emit(Item{Origin: "stdin", Err: errors.New("no standard input given")})
		}
		return parse(ctx, input{origin: "stdin", name: "-", single: single}, opt.Stdin, opt, emit, 0)
	}
	st, err := os.Stat(name)
	if err != nil {
		return emit(Item{Origin: name, Err: fmt.Errorf("cannot read input: %w", err)})
	}
	if !st.IsDir() {
		return readFile(ctx, name, single, opt, emit)
	}
	return filepath.WalkDir(name, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			if e := emit(Item{Origin: p, Err: fmt.Errorf("cannot read directory entry: %w", err)}); e != nil {
				return e
			}
			if de != nil && de.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != name && strings.HasPrefix(de.Name(), ".") {
			if de.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if de.IsDir() || isMetadataFile(p) {
			return nil
		}
		return readFile(ctx, p, false, opt, emit)
	})
}

// docExts are the extensions of documents that may carry a NAME.json.
var docExts = []string{".txt", ".text", ".html", ".htm", ".xhtml"}

// isMetadataFile reports whether p is NAME.json beside a document NAME.txt
// (or .html): such a file describes that document and is not one itself.
func isMetadataFile(p string) bool {
	if !strings.EqualFold(filepath.Ext(p), ".json") {
		return false
	}
	stem := strings.TrimSuffix(p, filepath.Ext(p))
	for _, ext := range docExts {
		if st, err := os.Stat(stem + ext); err == nil && !st.IsDir() {
			return true
		}
	}
	return false
}

func readFile(ctx context.Context, path string, single bool, opt Options, emit emitFunc) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{Origin: path, Err: fmt.Errorf("cannot open: %w", err)})
	}
	defer f.Close()
	in := input{origin: path, name: path, path: path, single: single}
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		in.size = st.Size()
	}
	return parse(ctx, in, f, opt, emit, 0)
}

// parse sniffs r and hands it to the reader for its format. depth counts
// gzip layers already removed.
func parse(ctx context.Context, in input, r io.Reader, opt Options, emit emitFunc, depth int) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return emit(Item{Origin: in.origin, Err: fmt.Errorf("reading: %w", err)})
	}
	if len(head) == 0 {
		return emit(Item{Origin: in.origin, Format: Sniff(in.name, nil), Err: ErrEmpty})
	}
	f := Sniff(in.name, head)
	switch f {
	case Gzip:
		if depth > 0 {
			// A gzip inside a gzip is not something news archives do; it
			// is more likely a decompression bomb.
			return emit(Item{Origin: in.origin, Format: Binary, Err: fmt.Errorf("%w: nested gzip", ErrBinary)})
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			return emit(Item{Origin: in.origin, Format: Gzip, Err: fmt.Errorf("gzip: %w", err)})
		}
		defer zr.Close()
		in.name = strings.TrimSuffix(in.name, filepath.Ext(in.name))
		return parse(ctx, in, zr, opt, emit, depth+1)
	case Binary:
		return emit(Item{Origin: in.origin, Format: Binary, Err: fmt.Errorf("%w: %s", ErrBinary, binaryReason(head))})
	case WARC:
		return readWARC(ctx, in, br, opt, emit)
	case JSONL:
		if strings.EqualFold(filepath.Ext(in.name), ".json") {
			return readJSON(ctx, in, br, opt, emit)
		}
		return readJSONL(ctx, in, br, opt, emit)
	}
	if depth == 0 && in.size > int64(opt.max()) {
		// Known too large from its size: no need to read it.
		return emit(Item{Origin: in.origin, Format: f, Err: tooLarge(in.size, opt.max())})
	}
	b, err := readBounded(br, opt.max())
	if err != nil {
		return emit(Item{Origin: in.origin, Format: f, Err: err})
	}
	switch f {
	case Feed:
		return readFeed(ctx, in, b, opt, emit)
	case HTML:
		return readHTMLFile(in, b, opt, emit)
	}
	return readPlain(in, b, opt, emit)
}

// readBounded reads all of r unless it holds more than max bytes; then the
// rest is counted, not kept, so the error can say how large it was.
func readBounded(r io.Reader, max int) ([]byte, error) {
	b := make([]byte, 0, min(max+1, 4096))
	for {
		if len(b) == cap(b) {
			b = grow(b, len(b)+1, max+1)
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if len(b) > max {
			rest, _ := io.Copy(io.Discard, r)
			return nil, tooLarge(int64(len(b))+rest, max)
		}
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading: %w", err)
		}
	}
}

// grow returns b with room for need bytes, doubling but never past limit:
// append's gentler growth for large slices would allocate several times the
// limit on the way to refusing a huge document.
func grow(b []byte, need, limit int) []byte {
	if need <= cap(b) {
		return b
	}
	c := max(2*cap(b), need, 512)
	c = min(c, max(limit, need))
	nb := make([]byte, len(b), c)
	copy(nb, b)
	return nb
}

func tooLarge(n int64, max int) error {
	return fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, n, max)
}

// checkText validates the text of one document.
func checkText(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w at byte %d", ErrInvalidUTF8, invalidAt([]byte(s)))
	}
	if strings.TrimSpace(s) == "" {
		return ErrEmpty
	}
	return nil
}

// invalidAt returns the offset of the first byte that is not valid UTF-8, or -1.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// baseID is the default id of a document named name: the file name without
// its extensions (".jsonl.gz" too).
func baseID(name string) string {
	if name == "" || name == "-" {
		return "stdin"
	}
	base := filepath.Base(name)
	b := strings.TrimSuffix(base, filepath.Ext(base))
	if ext := filepath.Ext(b); ext != "" && knownExt(ext) {
		b = strings.TrimSuffix(b, ext)
	}
	if b == "" { // ".profile": the whole name is the stem
		b = base
	}
	if b == "." || b == string(filepath.Separator) {
		return "document"
	}
	return b
}

func knownExt(ext string) bool {
	switch strings.ToLower(ext) {
	case ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json", ".warc", ".xml", ".rss", ".atom":
		return true
	}
	return false
}

// day keeps the calendar date of t as UTC midnight, the form documents carry.
func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// safely turns a panic in a third-party parser into an error: one strange
// input must not bring down a batch.
func safely(what string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s failed: %v", what, r)
		}
	}()
	return f()
}

// Sniff guesses the format from the first bytes and the name. Content
// signatures win over the name; the name decides between weak guesses.
func Sniff(name string, head []byte) Format {
	lname := strings.ToLower(filepath.Base(name))
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		if strings.Contains(lname, ".warc") {
			return WARC
		}
		return Gzip
	}
	ext := filepath.Ext(lname)
	if ext == ".gz" {
		ext = filepath.Ext(strings.TrimSuffix(lname, ".gz"))
	}
	b := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n\f")
	if bytes.HasPrefix(b, []byte("WARC/")) {
		return WARC
	}
	if looksBinary(head) {
		return Binary
	}
	if len(b) == 0 {
		return byExt(ext, Text)
	}
	switch b[0] {
	case '<':
		lower := bytes.ToLower(b[:min(len(b), 2048)])
		feedRoot := bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf"))
		htmlRoot := bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.Contains(lower, []byte("<html"))
		switch {
		case bytes.HasPrefix(lower, []byte("<rss")) || bytes.HasPrefix(lower, []byte("<feed")) || bytes.HasPrefix(lower, []byte("<rdf:rdf")):
			return Feed
		case htmlRoot:
			return HTML
		case feedRoot:
			return Feed
		}
		if f := byExt(ext, ""); f != "" && f != Text {
			return f
		}
		if bytes.HasPrefix(lower, []byte("<?xml")) {
			return Feed // some other XML: the feed parser says clearly what it is not
		}
		if ext == ".txt" || ext == ".text" {
			return Text
		}
		return HTML
	case '{':
		if bytes.Contains(b, []byte("jsonfeed.org/version")) {
			return Feed
		}
		return JSONL
	case '[':
		if ext == ".json" || ext == ".jsonl" || ext == ".ndjson" {
			return JSONL
		}
	}
	return byExt(ext, Text)
}

func byExt(ext string, def Format) Format {
	switch ext {
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".rss", ".atom":
		return Feed
	case ".jsonl", ".ndjson":
		return JSONL
	case ".warc":
		return WARC
	}
	return def
}

// looksBinary reports whether head is not text.
func looksBinary(head []byte) bool { return binaryReason(head) != "" }

// binaryReason says why head is not text, or "" if it is: it holds a NUL,
// or much of it is control characters or bytes that are not UTF-8. A few
// stray Latin-1 bytes in a text file are left for the reader, which names
// the first bad byte.
func binaryReason(head []byte) string {
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return fmt.Sprintf("NUL byte at %d", i)
	}
	ctrl, invalid := 0, 0
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n == 1 {
			if len(head)-i < utf8.UTFMax && !utf8.FullRune(head[i:]) {
				break // a rune cut by the end of the sniffed window
			}
			invalid++
		} else if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' && r != 0x1b {
			ctrl++
		}
		i += n
	}
	// Random bytes are about half invalid UTF-8 and one in eight control
	// characters; text in a legacy encoding is a few percent invalid.
	switch {
	case ctrl*10 > len(head):
		return fmt.Sprintf("%d control characters in the first %d bytes", ctrl, len(head))
	case (ctrl+invalid)*10 > len(head)*3:
		return fmt.Sprintf("%d bytes that are not UTF-8 text in the first %d", ctrl+invalid, len(head))
	}
	return ""
}
