package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
)

// record is one JSON Lines document.
type record struct {
	ID        flexString  `json:"id"`
	Date      *flexString `json:"date"` // present (even "") wins over published; null does not
	Published flexString  `json:"published"`
	Title     flexString  `json:"title"`
	Text      flexString  `json:"text"`
	URL       flexString  `json:"url"`
	Source    flexString  `json:"source"`
}

// flexString accepts a JSON string, or a number kept as written (corpora
// give numeric ids); other values read as empty rather than losing the whole
// record over a field the coder does not need.
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0:
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
	case b[0] == '-' || (b[0] >= '0' && b[0] <= '9'):
		*f = flexString(b)
	default:
		*f = ""
	}
	return nil
}

// readJSONL makes one document of each line. Lines are read in bounded
// memory: a line longer than the limit is counted and skipped, not kept.
func readJSONL(ctx context.Context, in input, r io.Reader, opt Options, emit emitFunc) error {
	max := opt.max()
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var n int64
		var over bool
		var rerr error
		buf, n, over, rerr = readLine(br, buf[:0], max)
		origin := fmt.Sprintf("%s:%d", in.origin, line)
		if rerr != nil && rerr != io.EOF {
			// The line was cut by the failure (a truncated gzip, a read
			// error): parsing the fragment would only add a second,
			// misleading error.
			return emit(Item{Origin: origin, Format: JSONL, Err: fmt.Errorf("reading line %d: %w", line, rerr)})
		}
		if n == 0 && rerr == io.EOF {
			return nil
		}
		if over {
			if err := emit(Item{Origin: origin, Format: JSONL, Err: tooLarge(n, max)}); err != nil {
				return err
			}
		} else if err := jsonLine(in, line, origin, buf, opt, emit); err != nil {
			return err
		}
		if rerr == io.EOF {
			return nil
		}
	}
}

// readLine reads one line into buf without its line ending. n is the
// length of the line; over is true when it exceeds max, and then buf holds
// nothing: the rest of the line is only counted.
func readLine(br *bufio.Reader, buf []byte, max int) (line []byte, n int64, over bool, err error) {
	for {
		frag, e := br.ReadSlice('\n')
		n += int64(len(frag))
		if !over {
			if len(buf)+len(frag) > max+2 { // room for "\r\n"
				over, buf = true, buf[:0]
			} else {
				buf = append(grow(buf, len(buf)+len(frag), max+2), frag...)
			}
		}
		if errors.Is(e, bufio.ErrBufferFull) {
			continue
		}
		if bytes.HasSuffix(frag, []byte("\n")) {
			n--
			buf = bytes.TrimSuffix(buf, []byte("\n"))
			if bytes.HasSuffix(buf, []byte("\r")) || (over && len(frag) > 1 && frag[len(frag)-2] == '\r') {
				n--
				buf = bytes.TrimSuffix(buf, []byte("\r"))
			}
		}
		if !over && len(buf) > max {
			over, buf = true, buf[:0]
		}
		return buf, n, over, e
	}
}

func jsonLine(in input, line int, origin string, b []byte, opt Options, emit emitFunc) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil
	}
	return jsonRecord(origin, fmt.Sprintf("%s:%d", baseID(in.name), line), b, opt, emit)
}

// jsonRecord makes a document of one JSON object; defaultID names it when
// it has no id.
func jsonRecord(origin, defaultID string, b []byte, opt Options, emit emitFunc) error {
	if i := invalidAt(b); i >= 0 {
		return emit(Item{Origin: origin, Format: JSONL, Err: fmt.Errorf("%w at byte %d", ErrInvalidUTF8, i)})
	}
	var rec record
	if err := json.Unmarshal(b, &rec); err != nil {
		return emit(Item{Origin: origin, Format: JSONL, Err: fmt.Errorf("invalid JSON: %w", err)})
	}
	doc := attache.Document{
		ID:     strings.TrimSpace(string(rec.ID)),
		Title:  string(rec.Title),
		Text:   string(rec.Text),
		URL:    string(rec.URL),
		Source: string(rec.Source),
	}
	if doc.ID == "" {
		doc.ID = defaultID
	}
	ds := string(rec.Published)
	if rec.Date != nil {
		ds = string(*rec.Date)
	}
	if ds = strings.TrimSpace(ds); ds != "" {
		// An unreadable date is left out, as before, rather than losing
		// the document over it.
		if t, err := extract.ParseDate(ds); err == nil {
			doc.Date = t
		}
	}
	if doc.Date.IsZero() {
		doc.Date = day(opt.Date)
	}
	if err := checkText(doc.Text); err != nil {
		return emit(Item{Doc: doc, Origin: origin, Format: JSONL, Err: err})
	}
	return emit(Item{Doc: doc, Origin: origin, Format: JSONL})
}

// readJSON reads a .json file: people hand over one pretty-printed record or
// an array of records as often as JSON Lines. Anything else is read as JSON
// Lines, which reports the bad lines one by one.
func readJSON(ctx context.Context, in input, r io.Reader, opt Options, emit emitFunc) error {
	b, err := readBounded(r, opt.max())
	if err != nil {
		return emit(Item{Origin: in.origin, Format: JSONL, Err: err})
	}
	t := bytes.TrimSpace(b)
	if len(t) == 0 || !json.Valid(t) {
		return readJSONL(ctx, in, bytes.NewReader(b), opt, emit)
	}
	if t[0] == '{' {
		return jsonRecord(in.origin, baseID(in.name), t, opt, emit)
	}
	var recs []json.RawMessage
	if err := json.Unmarshal(t, &recs); err != nil {
		return emit(Item{Origin: in.origin, Format: JSONL, Err: fmt.Errorf("invalid JSON: %w", err)})
	}
	for i, rec := range recs {
		if err := ctx.Err(); err != nil {
			return err
		}
		n := i + 1
		if err := jsonRecord(fmt.Sprintf("%s#%d", in.origin, n), fmt.Sprintf("%s#%d", baseID(in.name), n), rec, opt, emit); err != nil {
			return err
		}
	}
	return nil
}
