package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/attache/attache/extract"
	"github.com/attache/attache/store"
	"github.com/attache/attache/store/postgres"
	"github.com/attache/attache/store/sqlite"
)

// defaultDB is the store used when --db is not given: $ATTACHE_DB or
// attache.db in the working directory.
func defaultDB() string {
	if p := os.Getenv("ATTACHE_DB"); p != "" {
		return p
	}
	return "attache.db"
}

// openStore opens the store a --db value names: a postgres:// or
// postgresql:// URL, else a SQLite file (optionally sqlite://path).
func openStore(ctx context.Context, db string) (store.Store, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, strings.TrimPrefix(db, "sqlite://"))
}

// queryFlags are the event filters shared by query, export and serve's
// defaults.
type queryFlags struct {
	actor, recipient, typ, kind, status, source stringList
	since, until, text, doc, dyad, sort         string
	limit, offset                               int
}

func (q *queryFlags) register(fs *flag.FlagSet, defLimit int) {
	fs.Var(&q.actor, "actor", "actor key, e.g. USA, NATO, HAMAS (repeatable or comma-separated: any of them)")
	fs.Var(&q.recipient, "recipient", "recipient key (repeatable or comma-separated)")
	fs.Var(&q.typ, "type", "PLOVER type, e.g. AID, SANCTION (repeatable or comma-separated)")
	fs.Var(&q.kind, "kind", "fact kind: arms_sale, tariff, tariff_relief, defense_spending, investment_block, sanctions, meeting, ...")
	fs.Var(&q.status, "status", "occurred, announced, planned, threatened, proposed, denied, hypothetical")
	fs.Var(&q.source, "source", "document source, e.g. voa, reuters (repeatable)")
	fs.StringVar(&q.since, "since", "", "events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)")
	fs.StringVar(&q.until, "until", "", "events on or before this date")
	fs.StringVar(&q.text, "text", "", "words that must all occur in the evidence sentence")
	fs.StringVar(&q.doc, "doc", "", "events of one document (id or content hash)")
	fs.StringVar(&q.dyad, "dyad", "", "events between two keys in either direction, e.g. USA,JPN")
	fs.StringVar(&q.sort, "sort", "-date", "-date (newest first), date, -mentions, mentions")
	fs.IntVar(&q.limit, "limit", defLimit, "most events to print (0: all)")
	fs.IntVar(&q.offset, "offset", 0, "skip this many events first")
}

func (q *queryFlags) query() (store.Query, error) {
	split := store.SplitList
	sq := store.Query{Actor: split(q.actor), Recipient: split(q.recipient), Type: split(q.typ), Kind: split(q.kind), Status: split(q.status), Source: split(q.source),
		Since: q.since, Until: q.until, Text: q.text, Doc: q.doc, Sort: q.sort, Limit: q.limit, Offset: q.offset}
	for _, d := range []struct{ name, v string }{{"since", q.since}, {"until", q.until}} {
		if _, ok := store.Day(d.v); d.v != "" && !ok {
			return sq, fmt.Errorf("--%s: want YYYY-MM-DD, YYYY-MM or YYYY, got %q", d.name, d.v)
		}
	}
	if q.dyad != "" {
		a, b, ok := strings.Cut(q.dyad, ",")
		if !ok || a == "" || b == "" {
			return sq, fmt.Errorf("--dyad: want two keys like USA,JPN, got %q", q.dyad)
		}
		sq.Dyad = [2]string{strings.TrimSpace(a), strings.TrimSpace(b)}
	}
	return sq, nil
}

// eachEvent pages through every event a query selects (up to its limit; 0
// is no limit).
func eachEvent(ctx context.Context, st store.Store, q store.Query, fn func(*store.Event) error) error {
	want := q.Limit
	seen := 0
	for {
		page := store.MaxLimit
		if want > 0 && want-seen < page {
			page = want - seen
		}
		if page <= 0 {
			return nil
		}
		q.Limit = page
		evs, err := st.Events(ctx, q)
		if err != nil {
			return err
		}
		for i := range evs {
			if err := fn(&evs[i]); err != nil {
				return err
			}
		}
		seen += len(evs)
		if len(evs) < page {
			return nil
		}
		q.Offset += len(evs)
	}
}

// openCoding loads the extractor (with any extra lexicons) and opens the
// store, for the commands that code documents into it.
func openCoding(ctx context.Context, lexDirs []string, maxBytes int, db string) (*extract.Extractor, store.Store, error) {
	x, err := loadExtractor(lexDirs...)
	if err != nil {
		return nil, nil, err
	}
	x.MaxBytes = maxBytes
	st, err := openStore(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	return x, st, nil
}
