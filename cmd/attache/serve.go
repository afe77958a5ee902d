package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
	"github.com/attache/attache/server"
	"github.com/attache/attache/source"
	"github.com/attache/attache/store"
)

type serveFlags struct {
	addr, token string
	fetch       bool
	lexDirs     stringList
}

func (f *serveFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8080", "listen address")
	fs.StringVar(&f.token, "token", os.Getenv("ATTACHE_TOKEN"), "bearer token that enables POST /api/documents (default $ATTACHE_TOKEN; empty: writes off)")
	fs.BoolVar(&f.fetch, "fetch", false, "let POST /api/documents and /api/extract fetch a posted URL")
	fs.Var(&f.lexDirs, "lexicon", "directory of extra lexicon files (repeatable)")
}

func (m *Main) serve(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := fs.String("db", defaultDB(), "database (SQLite file or postgres:// URL)")
	var sf serveFlags
	sf.register(fs)
	fs.Usage = func() {
		fmt.Fprint(m.Stderr, `Usage: attache serve [flags]

Serves the store over HTTP until interrupted: the web UI at / (events,
dyads, ledgers, documents with their coded spans, "Try it") and the JSON API:
  GET  /healthz
  GET  /metrics                    Prometheus text format
  GET  /api/events?actor=&recipient=&type=&kind=&status=&since=&until=&text=&source=&doc=&a=&b=&sort=&limit=&offset=
  GET  /api/events/{id}            one event with every report of it
  GET  /api/documents?q=&source=  full-text search over documents
  GET  /api/documents/{id}         text, sentences and every coded span
  GET  /api/actors                 keys by number of events
  GET  /api/dyads?a=USA&b=JPN&by=month   counts per type and quad, cooperation-conflict score
  GET  /api/ledgers/{kind}         arms_sale, tariff, tariff_relief, defense_spending, investment_block, sanctions, meeting (?format=csv)
  GET  /api/counts?by=type|quad|month|year|kind|status
  POST /api/extract                code a posted document without storing it
  POST /api/documents              code and store (needs --token)

Flags:
`)
		fs.PrintDefaults()
	}
	if done, err := parseFlags(fs, args); done {
		return err
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	x, err := loadExtractor(sf.lexDirs...)
	if err != nil {
		return err
	}
	return m.listen(ctx, st, x, sf, *db)
}

// listen serves until ctx ends or SIGINT/SIGTERM, then drains requests.
func (m *Main) listen(ctx context.Context, st store.Store, x *extract.Extractor, sf serveFlags, db string) error {
	opt := server.Options{Token: sf.token, Extractor: x, Log: slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	if sf.fetch {
		client := &http.Client{Timeout: 20 * time.Second}
		opt.Fetch = func(ctx context.Context, u string) (attache.Document, error) {
			return source.FetchURL(ctx, client, u, source.Options{MaxBytes: x.MaxBytes})
		}
	}
	withUI(&opt)
	ln, err := net.Listen("tcp", sf.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := server.HTTPServer(sf.addr, withMetrics(st, opt)) // the API with /metrics
	writes := "writes off: no --token"
	if sf.token != "" {
		writes = "writes on: bearer token"
	}
	fmt.Fprintf(m.Stderr, "attache: serving %s on http://%s (%s); Ctrl-C to stop\n", db, ln.Addr(), writes)
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	fmt.Fprintln(m.Stderr, "attache: stopped")
	return nil
}
