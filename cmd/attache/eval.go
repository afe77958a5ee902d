package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/attache/attache/eval"
)

func (m *Main) eval(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	misses := fs.Bool("misses", false, "print every false positive and false negative at L2 with the sentence, prediction, gold and rule")
	var lexDirs stringList
	fs.Var(&lexDirs, "lexicon", "directory of extra lexicon files (repeatable)")
	fs.Usage = func() {
		fmt.Fprint(m.Stderr, "Usage: attache eval [flags] GOLD.jsonl\n\nScores attache on a gold set (shared/eval/README.md).\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	recs, err := eval.ReadGold(f)
	if err != nil {
		return fmt.Errorf("eval %s: %w", fs.Arg(0), err)
	}
	x, err := loadExtractor(lexDirs...)
	if err != nil {
		return err
	}
	rep, err := eval.Score(recs, x.Predictor(), *misses)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	PrintReport(m, rep)
	return nil
}

// PrintReport writes the human-readable report.
func PrintReport(m *Main, rep *eval.Report) {
	w := m.Stdout
	fmt.Fprintf(w, "records %d\n", rep.Records)
	for _, l := range []struct {
		n string
		p eval.PRF
	}{{"L1 type", rep.L1}, {"L2 +actor", rep.L2}, {"L3 +recipient", rep.L3}} {
		fmt.Fprintf(w, "%-14s P %.3f  R %.3f  F1 %.3f   (tp %d fp %d fn %d)\n", l.n, l.p.P, l.p.R, l.p.F1, l.p.TP, l.p.FP, l.p.FN)
	}
	fmt.Fprintf(w, "macro L2 F1    %.3f\n", rep.MacroL2F1)
	fmt.Fprintf(w, "facts on L2 matches: money %d/%d  percent %d/%d  deadline %d/%d\n", rep.Money.Right, rep.Money.Total, rep.Percent.Right, rep.Percent.Total, rep.Deadline.Right, rep.Deadline.Total)
	fmt.Fprintln(w, "per type (L2):")
	for _, t := range rep.Types() {
		p := rep.PerType[t]
		fmt.Fprintf(w, "  %-10s F1 %.3f  P %.3f  R %.3f  (tp %d fp %d fn %d)\n", t, p.F1, p.P, p.R, p.TP, p.FP, p.FN)
	}
	for _, ms := range rep.Misses {
		if ms.Level != "L2" {
			continue
		}
		fmt.Fprintf(w, "\n%s %s: %s\n", ms.Kind, ms.Record, trunc(strings.ReplaceAll(ms.Text, "\n", " "), 300))
		if ms.Gold != nil {
			g := ms.Gold
			fmt.Fprintf(w, "   gold %s%v %v -> %v trigger %q\n", g.Type, g.Alt, g.Actor, g.Recipient, g.Trigger)
		}
		if ms.Pred != nil {
			p := ms.Pred
			fmt.Fprintf(w, "   pred %s %s %v -> %v trigger %q status %s rule %s\n", p.Type, p.Mode, p.ActorKeys(), p.RecipientKeys(), p.Trigger.Text, p.Status, p.Rule)
		}
	}
}
