package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/attache/attache/export"
	"github.com/attache/attache/store"
)

func (m *Main) query(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := fs.String("db", defaultDB(), "database (SQLite file or postgres:// URL)")
	format := fs.String("format", "table", "output: table, jsonl, csv")
	count := fs.Bool("count", false, "print only the number of matching events")
	var qf queryFlags
	qf.register(fs, 50)
	fs.Usage = func() {
		fmt.Fprint(m.Stderr, `Usage: attache query [flags]

Prints stored events that match every filter given, newest first. Each
event merges the reports of it across documents (mentions, documents, sources).

Examples:
  attache query --kind arms_sale --recipient JPN --since 2024
  attache query --actor USA --type SANCTION,CONCEDE --kind tariff,tariff_relief
  attache query --actor USA --text Japan --format jsonl

Flags:
`)
		fs.PrintDefaults()
	}
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(m.Stderr, "attache query: unexpected argument %q (filters are flags)\n", fs.Arg(0))
		return errUsage
	}
	q, err := qf.query()
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache query: %v\n", err)
		return errUsage
	}
	if *format != "table" && *format != "jsonl" && *format != "csv" {
		fmt.Fprintf(m.Stderr, "attache query: unknown --format %q (table, jsonl, csv)\n", *format)
		return errUsage
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *count {
		n, err := st.CountEvents(ctx, q)
		if err != nil {
			return err
		}
		fmt.Fprintln(m.Stdout, n)
		return nil
	}
	if *format == "table" {
		return m.queryTable(ctx, st, q)
	}
	w, _ := export.New(*format, m.Stdout)
	if err := eachEvent(ctx, st, q, w.Write); err != nil {
		return err
	}
	return w.Close()
}

func (m *Main) queryTable(ctx context.Context, st store.Store, q store.Query) error {
	bw := bufio.NewWriter(m.Stdout)
	defer bw.Flush()
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tTYPE\tKIND\tACTOR\tRECIPIENT\tSTATUS\tAMOUNT\tDOCS\tTRIGGER\tID")
	n := 0
	err := eachEvent(ctx, st, q, func(ev *store.Event) error {
		n++
		amount := ""
		if v, unit := export.Amount(&ev.Event, "money"); v != "" {
			amount = v + " " + unit
		} else if v, _ := export.Amount(&ev.Event, "percent"); v != "" {
			amount = v + "%"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", ev.Date, ev.Type, ev.Kind,
			strings.Join(ev.ActorKeys(), ","), strings.Join(ev.RecipientKeys(), ","), ev.Status, amount, ev.NumDocs,
			trunc(ev.Trigger.Text, 30), ev.ID)
		return nil
	})
	tw.Flush()
	if err != nil {
		return err
	}
	total, err := st.CountEvents(ctx, q)
	if err != nil {
		return err
	}
	fmt.Fprintf(bw, "%d of %d events\n", n, total)
	return nil
}
