package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/attache/attache"
	"github.com/attache/attache/source"
)

// sampleRow is one sentence with the events coded in it, for a reviewer.
type sampleRow struct {
	Doc      string          `json:"doc"`
	Date     string          `json:"date,omitempty"`
	Sentence int             `json:"sentence"`
	Text     string          `json:"text"`
	Events   []attache.Event `json:"events"`
}

func (m *Main) sample(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("sample", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	n := fs.Int("n", 200, "sentences to draw")
	seed := fs.Uint64("seed", 1, "random seed: the same seed, inputs and version draw the same sentences")
	format := fs.String("format", "text", "text (a review sheet) or jsonl")
	fs.Usage = func() {
		fmt.Fprint(m.Stderr, `Usage: attache sample [flags] INPUT...

Codes the inputs and draws sentences that hold at least one event, uniformly
at random with a fixed seed, for a person to judge: the precision check of
unlabeled news.

Flags:
`)
		fs.PrintDefaults()
	}
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if fs.NArg() == 0 || (*format != "text" && *format != "jsonl") {
		fs.Usage()
		return errUsage
	}
	x, err := loadExtractor()
	if err != nil {
		return err
	}
	var rows []sampleRow
	err = source.Read(ctx, fs.Args(), source.Options{}, func(it source.Item) error {
		if it.Err != nil {
			fmt.Fprintf(m.Stderr, "attache sample: skip %s: %v\n", it.Origin, it.Err)
			return nil
		}
		res, err := x.Extract(it.Doc)
		if err != nil {
			return nil
		}
		by := map[int][]attache.Event{}
		for _, ev := range res.Events {
			by[ev.Sentence] = append(by[ev.Sentence], ev)
		}
		var sents []int
		for s := range by {
			sents = append(sents, s)
		}
		sort.Ints(sents)
		for _, s := range sents {
			rows = append(rows, sampleRow{Doc: it.Doc.ID, Date: res.Date, Sentence: s, Text: by[s][0].Evidence, Events: by[s]})
		}
		return nil
	})
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(*seed, *seed))
	r.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
	if len(rows) > *n {
		rows = rows[:*n]
	}
	fmt.Fprintf(m.Stderr, "attache sample: %d sentences drawn (seed %d)\n", len(rows), *seed)
	if *format == "jsonl" {
		enc := json.NewEncoder(m.Stdout)
		enc.SetEscapeHTML(false)
		for _, row := range rows {
			enc.Encode(row)
		}
		return nil
	}
	for i, row := range rows {
		fmt.Fprintf(m.Stdout, "## %d. %s #%d (%s)\n%s\n", i+1, row.Doc, row.Sentence, row.Date, strings.TrimSpace(row.Text))
		for _, ev := range row.Events {
			mode := ""
			if ev.Mode != "" {
				mode = "/" + ev.Mode
			}
			fmt.Fprintf(m.Stdout, "  - %s%s %s → %s [%s] %q\n", ev.Type, mode, entList(ev.Actor), entList(ev.Recipient), ev.Status, ev.Trigger.Text)
		}
		fmt.Fprintln(m.Stdout)
	}
	return nil
}
