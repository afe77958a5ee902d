package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
	"github.com/attache/attache/source"
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
	if done, err := parseFlags(fs, args); done {
		return err
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
	x, err := loadExtractor(lexDirs...)
	if err != nil {
		return err
	}
	x.MaxBytes = *maxBytes
	if *workers < 1 {
		*workers = 1
	}

	inputs := fs.Args()
	if *jsonl != "" {
		inputs = append([]string{*jsonl}, inputs...)
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	opt := source.Options{MaxBytes: *maxBytes, Date: docDate, ID: *id, Stdin: m.Stdin}
	jobs := make(chan job)
	go func() {
		defer close(jobs)
		err := source.Read(ctx, inputs, opt, func(it source.Item) error {
			name := it.Origin
			if it.Err == nil && it.Doc.ID != "" && !strings.HasSuffix(name, it.Doc.ID) {
				name += " (" + it.Doc.ID + ")"
			}
			jobs <- job{doc: it.Doc, name: name, err: it.Err}
			return nil
		})
		if err != nil {
			jobs <- job{name: strings.Join(inputs, " "), err: err}
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

func entList(es []attache.Entity) string {
	var parts []string
	for _, e := range es {
		k := strings.Join(e.Keys(), "/")
		if e.Sector != "" {
			k += " " + e.Sector
		}
		// (a name broken across lines in wire copy prints on one line)
		parts = append(parts, fmt.Sprintf("%s (%s)", strings.Join(strings.Fields(e.Text), " "), k))
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
	// One line per row: wire copy wraps inside triggers and evidence.
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}
