package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/attache/attache/export"
)

func (m *Main) export(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := fs.String("db", defaultDB(), "database (SQLite file or postgres:// URL)")
	format := fs.String("format", "jsonl", "jsonl (attache records), csv (flat, for spreadsheets, R, pandas), plover (POLECAT-style JSON Lines), gdelt (GDELT 2.0-style TSV)")
	out := fs.String("o", "-", "output file (- for stdout)")
	var qf queryFlags
	qf.register(fs, 0)
	fs.Usage = func() {
		fmt.Fprint(m.Stderr, `Usage: attache export [flags]

Writes every stored event (or those matching the filters, which are the same
as attache query's) in one format, oldest first by default.

Flags:
`)
		fs.PrintDefaults()
	}
	if done, err := parseFlags(fs, args); done {
		return err
	}
	q, err := qf.query()
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache export: %v\n", err)
		return errUsage
	}
	if !isSet(fs, "sort") {
		q.Sort = "date"
	}
	var w io.Writer = m.Stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer f.Close()
		w = f
	}
	ew, err := export.New(*format, w)
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache export: %v (%s)\n", err, strings.Join(export.Formats, ", "))
		return errUsage
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := eachEvent(ctx, st, q, ew.Write); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := ew.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}
