package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/attache/attache/extract"
	"github.com/attache/attache/ingest"
	"github.com/attache/attache/queue/nats"
	"github.com/attache/attache/source"
)

func (m *Main) ingest(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := fs.String("db", defaultDB(), "database: a SQLite file (created if missing) or a postgres:// URL (the database must exist; tables are created)")
	workers := fs.Int("workers", runtime.NumCPU(), "documents coded in parallel")
	batch := fs.Int("batch", 256, "documents per transaction")
	date := fs.String("date", "", "date (YYYY-MM-DD) for documents that carry none")
	src := fs.String("source", "", "source name for documents that carry none (default: the host of their URL)")
	fetch := fs.Bool("fetch", false, "follow feed items with little text to their linked page")
	maxBytes := fs.Int("max-bytes", extract.MaxBytes, "skip documents larger than this")
	quiet := fs.Bool("quiet", false, "no progress lines, only skips and the summary")
	asJSON := fs.Bool("json", false, "print the summary as JSON on stdout")
	queue := fs.String("queue", "", "publish to this NATS JetStream server (nats://HOST:4222) for attache worker processes instead of coding here")
	var lexDirs stringList
	fs.Var(&lexDirs, "lexicon", "directory of extra lexicon files (repeatable)")
	fs.Usage = func() {
		fmt.Fprint(m.Stderr, `Usage: attache ingest [flags] INPUT...

Codes documents and stores them with their events. An INPUT is a file, a
directory (read recursively) or - for stdin; each file's format is sniffed:
plain text (NAME.json beside it gives id, date, title, url), HTML pages, RSS,
Atom and JSON feeds, JSON Lines ({"id","date"|"published","title","text",
"url","source"}), WARC (.warc, .warc.gz) and gzip.

Ingest is idempotent: a document whose title and text are already stored is
skipped, so re-running after an interruption adds only what is missing. Each
batch of documents is one transaction. Progress goes to stderr every 2 s.

With --queue nats://HOST:4222 the documents are not coded here but published
to the JetStream work queue (stream ATTACHE, subject attache.docs) for
"attache worker" processes to code and store. Each message's id is the
document's content hash, so the server drops a document re-sent within 24 h
(counted as duplicate); --db, --workers, --batch and --lexicon do not apply.

Flags:
`)
		fs.PrintDefaults()
	}
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(m.Stderr, "attache ingest: no input (give files, directories or - for stdin)")
		return errUsage
	}
	opt := source.Options{MaxBytes: *maxBytes, Stdin: m.Stdin}
	if *date != "" {
		t, err := extract.ParseDate(*date)
		if err != nil {
			fmt.Fprintf(m.Stderr, "attache ingest: --date: %v\n", err)
			return errUsage
		}
		opt.Date = t
	}
	if *fetch {
		opt.Fetch = &http.Client{Timeout: 20 * time.Second}
	}
	if *queue != "" {
		return m.publish(ctx, *queue, withSource(ingest.FromSources(fs.Args(), opt), *src), *quiet, *asJSON)
	}
	x, st, err := openCoding(ctx, lexDirs, *maxBytes, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	items := withSource(ingest.FromSources(fs.Args(), opt), *src)
	iopt := ingest.Options{Workers: *workers, BatchSize: *batch, Skip: func(origin string, err error) {
		fmt.Fprintf(m.Stderr, "attache ingest: skip %s: %v\n", origin, err)
	}}
	if !*quiet {
		iopt.Progress = m.Stderr
	}
	sum, err := ingest.Run(ctx, items, x, st, iopt)
	if *quiet {
		fmt.Fprintf(m.Stderr, "attache ingest: %s\n", sum)
	}
	if *asJSON {
		json.NewEncoder(m.Stdout).Encode(map[string]any{"read": sum.Read, "stored": sum.Stored, "duplicate": sum.Duplicate,
			"skipped": sum.Skipped, "events": sum.Events, "merged": sum.Merged, "seconds": sum.Elapsed.Seconds(), "db": *db})
	}
	if err != nil {
		return fmt.Errorf("ingest into %s: %w", *db, err)
	}
	if sum.Skipped > 0 {
		return errSkipped
	}
	return nil
}

// withSource names the source of documents that carry none: the flag's
// value, else the host of their URL.
func withSource(items ingest.Items, name string) ingest.Items {
	return func(ctx context.Context, fn func(source.Item) error) error {
		return items(ctx, func(it source.Item) error {
			if it.Err == nil && it.Doc.Source == "" {
				it.Doc.Source = name
				if name == "" && it.Doc.URL != "" {
					if u, err := url.Parse(it.Doc.URL); err == nil {
						it.Doc.Source = strings.TrimPrefix(u.Hostname(), "www.")
					}
				}
			}
			return fn(it)
		})
	}
}

// publish sends every document the inputs yield to the work queue and
// counts what the server kept.
func (m *Main) publish(ctx context.Context, url string, items ingest.Items, quiet, asJSON bool) error {
	q, err := nats.Open(ctx, nats.Config{URL: url, Name: "attache ingest"})
	if err != nil {
		return err
	}
	defer q.Close()
	stderr := &lockedWriter{w: m.Stderr} // written by several goroutines
	start := time.Now()
	var read, published, dup, skipped atomic.Int64
	// Publications are waited for in order by one goroutine, so that the
	// reader runs ahead of the server's acknowledgements.
	pending := make(chan *nats.Publish, 4096)
	var pubErr error
	waited := make(chan struct{})
	go func() {
		defer close(waited)
		for p := range pending {
			isDup, err := p.Wait(ctx)
			switch {
			case err != nil:
				if pubErr == nil {
					pubErr = err
				}
				skipped.Add(1)
				fmt.Fprintf(stderr, "attache ingest: skip %s: %v\n", p.Origin, err)
			case isDup:
				dup.Add(1)
			default:
				published.Add(1)
			}
		}
	}()
	line := func() string {
		el := time.Since(start)
		return fmt.Sprintf("%d documents read, %d published, %d duplicate (dropped by the server), %d skipped; %.1fs (%.0f docs/s)",
			read.Load(), published.Load(), dup.Load(), skipped.Load(), el.Seconds(), float64(read.Load())/el.Seconds())
	}
	stopProgress := make(chan struct{})
	if !quiet {
		go func() {
			t := time.NewTicker(2 * time.Second)
			defer t.Stop()
			for {
				select {
				case <-t.C:
					fmt.Fprintf(stderr, "ingest: %s\n", line())
				case <-stopProgress:
					return
				}
			}
		}()
	}
	readErr := items(ctx, func(it source.Item) error {
		if it.Err != nil {
			skipped.Add(1)
			fmt.Fprintf(stderr, "attache ingest: skip %s: %v\n", it.Origin, it.Err)
			return nil
		}
		read.Add(1)
		p, err := q.PublishAsync(it.Doc, it.Origin)
		if err != nil {
			return err
		}
		pending <- p
		return nil
	})
	close(pending)
	<-waited
	close(stopProgress)
	fmt.Fprintf(stderr, "attache ingest: %s\n", line())
	if asJSON {
		json.NewEncoder(m.Stdout).Encode(map[string]any{"read": read.Load(), "published": published.Load(), "duplicate": dup.Load(),
			"skipped": skipped.Load(), "seconds": time.Since(start).Seconds(), "queue": url})
	}
	if err := errors.Join(readErr, pubErr); err != nil {
		return fmt.Errorf("publish to %s: %w", url, err)
	}
	if skipped.Load() > 0 {
		return errSkipped
	}
	return nil
}
