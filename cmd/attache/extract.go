package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
)

type job struct {
	doc  attache.Document
	name string
	err  error
}

type outcome struct {
	res  *attache.Result
	name string
	err  error
}

func (m *Main) extract(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	format := fs.String("format", "jsonl", "output: jsonl (one event per line), json (one object per document with events, quotes, entities), table")
	jsonl := fs.String("jsonl", "", "read documents {\"id\",\"date\",\"title\",\"text\"} from this JSON Lines file (- for stdin)")
	date := fs.String("date", "", "document date (YYYY-MM-DD) for plain-text input; relative dates resolve against it")
	id := fs.String("id", "", "document id for a single plain-text input (default: the file name)")
	explain := fs.Bool("explain", false, "show for each event the rule and the spans behind it")
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed in parallel")
	maxBytes := fs.Int("max-bytes", extract.MaxBytes, "skip documents larger than this")
	var lexDirs stringList
	fs.Var(&lexDirs, "lexicon", "directory of extra lexicon files (repeatable); see nlp/lexicon/data/README.md")
	fs.Usage = func() {
		fmt.Fprint(m.Stderr, `Usage: attache extract [flags] [FILE|DIR|-]...

Codes each document and prints its events. Plain-text files take their date
from --date or from a FILE.json beside them ({"id","date","title"}); a
directory is read recursively; with no input, stdin is read.

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	switch *format {
	case "jsonl", "json", "table":
	default:
		fmt.Fprintf(m.Stderr, "attache extract: unknown --format %q (jsonl, json, table)\n", *format)
		return errUsage
	}
	var docDate time.Time
	if *date != "" {
		t, err := extract.ParseDate(*date)
		if err != nil {
			fmt.Fprintf(m.Stderr, "attache extract: --date: %v\n", err)
			return errUsage
		}
		docDate = t
	}
	x, err := extract.Default(lexDirs...)
	if err != nil {
		return err
	}
	x.MaxBytes = *maxBytes
	if *workers < 1 {
		*workers = 1
	}

	jobs := make(chan job)
	go func() {
		defer close(jobs)
		if *jsonl != "" {
			m.readJSONL(*jsonl, jobs)
			return
		}
		inputs := fs.Args()
		if len(inputs) == 0 {
			inputs = []string{"-"}
		}
		for _, in := range inputs {
			m.readPlain(in, *id, docDate, len(inputs) == 1, jobs)
		}
	}()

	// process in parallel, print in input order
	type slot struct {
		ch chan outcome
	}
	slots := make(chan slot, *workers*2)
	var wg sync.WaitGroup
	go func() {
		sem := make(chan struct{}, *workers)
		for j := range jobs {
			s := slot{ch: make(chan outcome, 1)}
			slots <- s
			if j.err != nil {
				s.ch <- outcome{name: j.name, err: j.err}
				continue
			}
			sem <- struct{}{}
			wg.Add(1)
			go func(j job, s slot) {
				defer wg.Done()
				defer func() { <-sem }()
				res, err := x.Extract(j.doc)
				s.ch <- outcome{res: res, name: j.name, err: err}
			}(j, s)
		}
		wg.Wait()
		close(slots)
	}()

	w := bufio.NewWriter(m.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	skipped := 0
	docs := 0
	for s := range slots {
		o := <-s.ch
		if o.err != nil {
			skipped++
			fmt.Fprintf(m.Stderr, "attache extract: skip %s: %v\n", o.name, o.err)
			continue
		}
		docs++
		switch *format {
		case "jsonl":
			for i := range o.res.Events {
				ev := o.res.Events[i]
				if !*explain {
					ev.Mentions = nil
				}
				if err := enc.Encode(ev); err != nil {
					return err
				}
			}
		case "json":
			if err := enc.Encode(o.res); err != nil {
				return err
			}
		case "table":
			printTable(w, o.res, *explain)
		}
	}
	if skipped > 0 {
		fmt.Fprintf(m.Stderr, "attache extract: %d documents coded, %d skipped\n", docs, skipped)
		return errSkipped
	}
	return nil
}

// readPlain sends one plain-text file (or every file under a directory).
func (m *Main) readPlain(in, id string, date time.Time, single bool, jobs chan<- job) {
	if in == "-" {
		b, err := io.ReadAll(m.Stdin)
		if err != nil {
			jobs <- job{name: "stdin", err: err}
			return
		}
		docID := id
		if docID == "" {
			docID = "stdin"
		}
		jobs <- job{name: "stdin", doc: attache.Document{ID: docID, Date: date, Text: string(b)}}
		return
	}
	st, err := os.Stat(in)
	if err != nil {
		jobs <- job{name: in, err: err}
		return
	}
	if st.IsDir() {
		err := filepath.WalkDir(in, func(p string, de fs.DirEntry, err error) error {
			if err != nil {
				jobs <- job{name: p, err: err}
				return nil
			}
			if de.IsDir() || strings.HasPrefix(de.Name(), ".") || strings.HasSuffix(p, ".json") {
				return nil
			}
			m.readPlain(p, "", date, false, jobs)
			return nil
		})
		if err != nil {
			jobs <- job{name: in, err: err}
		}
		return
	}
	b, err := os.ReadFile(in)
	if err != nil {
		jobs <- job{name: in, err: err}
		return
	}
	doc := attache.Document{ID: strings.TrimSuffix(filepath.Base(in), filepath.Ext(in)), Date: date, Text: string(b)}
	if single && id != "" {
		doc.ID = id
	}
	// metadata beside the file: name.json with id, date, title
	meta := strings.TrimSuffix(in, filepath.Ext(in)) + ".json"
	if mb, err := os.ReadFile(meta); err == nil && meta != in {
		var md struct{ ID, Date, Title, URL string }
		if json.Unmarshal(mb, &md) == nil {
			if md.ID != "" && id == "" {
				doc.ID = md.ID
			}
			if md.Date != "" && date.IsZero() {
				if t, err := extract.ParseDate(md.Date); err == nil {
					doc.Date = t
				}
			}
			doc.Title, doc.URL = md.Title, md.URL
		}
	}
	jobs <- job{name: in, doc: doc}
}

// jsonRecord is a batch input document.
type jsonRecord struct {
	ID        string  `json:"id"`
	Date      *string `json:"date"`
	Published string  `json:"published"`
	Title     string  `json:"title"`
	Text      string  `json:"text"`
	URL       string  `json:"url"`
}

func (m *Main) readJSONL(path string, jobs chan<- job) {
	var r io.Reader = m.Stdin
	name := "stdin"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			jobs <- job{name: path, err: err}
			return
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			jobs <- job{name: path, err: fmt.Errorf("is a directory, want a JSON Lines file")}
			return
		}
		r, name = f, path
	}
	br := bufio.NewReaderSize(r, 1<<20)
	line := 0
	for {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			line++
			where := fmt.Sprintf("%s:%d", name, line)
			if s := strings.TrimSpace(string(b)); s != "" {
				var rec jsonRecord
				if jerr := json.Unmarshal([]byte(s), &rec); jerr != nil {
					jobs <- job{name: where, err: fmt.Errorf("invalid JSON: %v", jerr)}
				} else {
					doc := attache.Document{ID: rec.ID, Title: rec.Title, Text: rec.Text, URL: rec.URL}
					if doc.ID == "" {
						doc.ID = fmt.Sprintf("line-%d", line)
					}
					ds := rec.Published
					if rec.Date != nil {
						ds = *rec.Date
					}
					if ds != "" {
						if t, derr := extract.ParseDate(ds); derr == nil {
							doc.Date = t
						}
					}
					jobs <- job{name: where + " (" + doc.ID + ")", doc: doc}
				}
			}
		}
		if err != nil {
			if err != io.EOF {
				jobs <- job{name: name, err: err}
			}
			return
		}
	}
}

func entList(es []attache.Entity) string {
	var parts []string
	for _, e := range es {
		k := strings.Join(e.Keys(), "/")
		if e.Sector != "" {
			k += " " + e.Sector
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", e.Text, k))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ", ")
}

func printTable(w io.Writer, r *attache.Result, explain bool) {
	fmt.Fprintf(w, "== %s %s %s\n", r.Doc, r.Date, r.Title)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tTYPE\tMODE\tKIND\tACTOR\tRECIPIENT\tDATE\tSTATUS\tFACTS\tTRIGGER")
	for i, e := range r.Events {
		var facts []string
		for _, q := range e.Quantities {
			facts = append(facts, q.Text)
		}
		if e.Deadline != "" {
			facts = append(facts, "due "+e.Deadline)
		}
		if e.Location != nil {
			facts = append(facts, "at "+e.Location.Name)
		}
		if len(e.Topics) > 0 {
			facts = append(facts, "topics "+strings.Join(e.Topics, ","))
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%q\n", i+1, e.Type, e.Mode, e.Kind, entList(e.Actor), entList(e.Recipient), e.Date, e.Status, strings.Join(facts, "; "), e.Trigger.Text)
	}
	tw.Flush()
	if explain {
		for i, e := range r.Events {
			fmt.Fprintf(w, "  [%d] rule %s conf %.2f trigger %q @%v\n", i+1, e.Rule, e.Confidence, e.Trigger.Text, e.Trigger.Span)
			for _, a := range e.Actor {
				fmt.Fprintf(w, "      actor %q @%v via %s\n", a.Text, a.Span, a.Via)
			}
			for _, a := range e.Recipient {
				fmt.Fprintf(w, "      recipient %q @%v via %s\n", a.Text, a.Span, a.Via)
			}
			for _, mm := range e.Mentions {
				fmt.Fprintf(w, "      mention s%d %q @%v %s\n", mm.Sentence, mm.Trigger, mm.Span, mm.Rule)
			}
			if e.Attribution != nil && e.Attribution.Speaker != nil {
				fmt.Fprintf(w, "      said by %q quote=%v via=%s\n", e.Attribution.Speaker.Text, e.Attribution.Quote, e.Attribution.Via)
			}
		}
	}
	if len(r.Quotes) > 0 {
		for _, q := range r.Quotes {
			sp := "?"
			if q.Speaker != nil {
				sp = q.Speaker.Text
			}
			fmt.Fprintf(w, "  quote by %s: %q\n", sp, trunc(q.Text, 80))
		}
	}
	fmt.Fprintln(w)
}

func trunc(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
