package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/attache/attache/examples"
	"github.com/attache/attache/ingest"
)

func (m *Main) demo(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := fs.String("db", "", "database to create (default: a fresh file in the temporary directory)")
	noServe := fs.Bool("no-serve", false, "ingest the examples, print the summary and exit")
	var sf serveFlags
	sf.register(fs)
	fs.Usage = func() {
		fmt.Fprint(m.Stderr, `Usage: attache demo [flags]

Ingests the bundled public-domain Voice of America stories into a fresh
database and serves it (see attache serve -h for the API).

Flags:
`)
		fs.PrintDefaults()
	}
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if *db == "" {
		dir, err := os.MkdirTemp("", "attache-demo-")
		if err != nil {
			return err
		}
		*db = filepath.Join(dir, "demo.db")
	}
	docs, err := examples.Documents()
	if err != nil {
		return err
	}
	x, err := loadExtractor(sf.lexDirs...)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	sum, err := ingest.Run(ctx, ingest.FromDocuments(docs...), x, st, ingest.Options{})
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	fmt.Fprintf(m.Stderr, "attache demo: %s into %s\n", sum, *db)
	if *noServe {
		return nil
	}
	fmt.Fprintf(m.Stderr, "open http://%s/ in a browser, or: curl 'http://%s/api/events?actor=USA'   or   attache query --db %s\n", sf.addr, sf.addr, *db)
	return m.listen(ctx, st, x, sf, *db)
}
