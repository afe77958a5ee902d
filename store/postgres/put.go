package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/attache/attache"
	"github.com/attache/attache/store"
)

// maxAttempts bounds the retries of a batch that keeps losing races.
const maxAttempts = 8

// Put stores documents in one transaction. A batch that loses a deadlock or
// a serialization race with another writer is retried whole; a document the
// server refuses (text it cannot store, a full-text vector over its size
// limit) is reported in Failed and the rest of the batch is stored.
func (db *DB) Put(ctx context.Context, docs []store.Coded) (store.PutStats, error) {
	batch := make([]*store.Coded, 0, len(docs))
	seen := map[string]bool{}
	dup := 0
	for i := range docs {
		c := &docs[i]
		if c.Hash == "" {
			c.Hash = store.Hash(c.Doc)
		}
		if seen[c.Hash] {
			dup++
			continue
		}
		seen[c.Hash] = true
		batch = append(batch, c)
	}
	// One lock order for every writer: documents by hash (and events by
	// uid, in putBatch), so two batches cannot wait on each other.
	sort.Slice(batch, func(i, j int) bool { return batch[i].Hash < batch[j].Hash })
	for attempt := 1; ; attempt++ {
		st, err := db.putTx(ctx, batch)
		if err == nil {
			st.Duplicate += dup
			return st, nil
		}
		if !retryable(err) || attempt == maxAttempts {
			return store.PutStats{}, fmt.Errorf("put: %w", err)
		}
		// back off 10-20 ms, doubling: the winner of the race commits first
		wait := time.Duration(10<<min(attempt-1, 6))*time.Millisecond + rand.N(10*time.Millisecond)
		select {
		case <-ctx.Done():
			return store.PutStats{}, fmt.Errorf("put: %w (after %v)", ctx.Err(), err)
		case <-time.After(wait):
		}
	}
}

// errRedo makes putTx store a refused batch again one document at a time.
var errRedo = errors.New("redo document by document")

func (db *DB) putTx(ctx context.Context, batch []*store.Coded) (store.PutStats, error) {
	var st store.PutStats
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		st = store.PutStats{}
		err := putBatch(ctx, tx, batch, &st)
		if err != nil && refused(err) && len(batch) > 1 {
			return errRedo
		}
		return err
	})
	if !errors.Is(err, errRedo) {
		if err != nil && refused(err) && len(batch) == 1 {
			return store.PutStats{Failed: []store.DocError{{ID: batch[0].Doc.ID, Err: err}}}, nil
		}
		return st, err
	}
	// The slow path: a savepoint per document, as SQLite does always. Rows
	// are still locked in hash order within each document.
	err = pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		st = store.PutStats{}
		for _, c := range batch {
			var ds store.PutStats
			err := pgx.BeginFunc(ctx, tx, func(sp pgx.Tx) error { return putBatch(ctx, sp, []*store.Coded{c}, &ds) })
			if err != nil {
				if !refused(err) {
					return err
				}
				st.Failed = append(st.Failed, store.DocError{ID: c.Doc.ID, Err: err})
				continue
			}
			st.Documents += ds.Documents
			st.Duplicate += ds.Duplicate
			st.Events += ds.Events
			st.Merged += ds.Merged
		}
		return nil
	})
	return st, err
}

// retryable errors are lost races: the batch can succeed if run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

// refused errors are the server rejecting a value (class 22, data
// exception: NUL bytes, invalid UTF-8) or its size (class 54: a tsvector
// over 1 MB): the fault of one document, not of the store.
func refused(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (strings.HasPrefix(pe.Code, "22") || strings.HasPrefix(pe.Code, "54"))
}

// agg is what one batch adds to one event: the sums and bounds of its
// reports, and the least-ranked of them as the representative.
type agg struct {
	uid, mkey, typ, kind, mode, status, date string
	day                                      *int64
	confidence                               float64
	mentions, docs                           int32
	firstSeen, lastSeen, sources             string
	firstDoc                                 int64
	record, rank                             string
	keys                                     [][3]string // role, key, name
	id                                       int64
}

// mentionRow is a mention waiting for its event's row id.
type mentionRow struct {
	uid  string
	vals []any
}

// putBatch stores documents sorted by hash and without repeats: their rows
// in bulk, then one upsert of every event they report, in uid order.
func putBatch(ctx context.Context, tx pgx.Tx, batch []*store.Coded, st *store.PutStats) error {
	n := len(batch)
	cols := make([][]string, 8)
	for i := range cols {
		cols[i] = make([]string, n)
	}
	results := make([]*attache.Result, n)
	for i, c := range batch {
		res := c.Result
		if res == nil {
			res = &attache.Result{Doc: c.Doc.ID}
		}
		results[i] = res
		rj, err := json.Marshal(res)
		if err != nil {
			return fmt.Errorf("document %s: %w", c.Doc.ID, err)
		}
		d := &c.Doc
		for k, v := range []string{d.ID, c.Hash, d.URL, d.Title, d.Source, store.DocDate(*d), d.Text, string(rj)} {
			cols[k][i] = v
		}
	}
	rows, err := tx.Query(ctx, `INSERT INTO documents(ext_id, hash, url, title, source, date, ingested, text, result)
		SELECT e, h, u, t, s, d, $9, x, r
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS b(e, h, u, t, s, d, x, r)
		ORDER BY h COLLATE "C"
		ON CONFLICT (hash) DO NOTHING RETURNING id, hash`,
		cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7], time.Now().UTC())
	if err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	ids := map[string]int64{}
	for rows.Next() {
		var id int64
		var h string
		if err := rows.Scan(&id, &h); err != nil {
			rows.Close()
			return fmt.Errorf("documents: %w", err)
		}
		ids[h] = id
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("documents: %w", err)
	}

	var sentences, entities [][]any
	var mentions []mentionRow
	aggs := map[string]*agg{}
	for i, c := range batch {
		docID, ok := ids[c.Hash]
		if !ok {
			// stored before, or by another writer that committed first
			st.Duplicate++
			continue
		}
		st.Documents++
		res := results[i]
		for k, s := range res.Sentences {
			sentences = append(sentences, []any{docID, k, s[0], s[1]})
		}
		for _, e := range res.Entities {
			entities = append(entities, []any{docID, e.Span[0], e.Span[1], e.Name, e.Country, e.Org, e.Sector, e.Role})
		}
		docDate := store.DocDate(c.Doc)
		places := store.Place(c.Hash, docDate, res.Events)
		for k := range res.Events {
			ms, err := addReport(aggs, c, docID, docDate, res, &res.Events[k], &places[k])
			if err != nil {
				return fmt.Errorf("document %s: event %s: %w", c.Doc.ID, res.Events[k].ID, err)
			}
			mentions = append(mentions, ms...)
		}
	}
	if len(sentences) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"sentences"}, []string{"doc_id", "idx", "start", "end"}, pgx.CopyFromRows(sentences)); err != nil {
			return fmt.Errorf("sentences: %w", err)
		}
	}
	if len(entities) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"entities"}, []string{"doc_id", "start", "end", "name", "country", "org", "sector", "role"}, pgx.CopyFromRows(entities)); err != nil {
			return fmt.Errorf("entities: %w", err)
		}
	}
	if len(aggs) == 0 {
		return nil
	}
	if err := upsertEvents(ctx, tx, aggs, st); err != nil {
		return err
	}
	rowsM := make([][]any, len(mentions))
	for i, m := range mentions {
		rowsM[i] = append([]any{aggs[m.uid].id}, m.vals...)
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"mentions"},
		[]string{"event_id", "doc_id", "uid", "sentence", "start", "end", "trigger", "rule", "evidence", "record"}, pgx.CopyFromRows(rowsM)); err != nil {
		return fmt.Errorf("mentions: %w", err)
	}
	return nil
}

// addReport adds one report to its event's aggregate and returns its
// mention rows.
func addReport(aggs map[string]*agg, c *store.Coded, docID int64, docDate string, res *attache.Result, ev *attache.Event, p *store.Placement) ([]mentionRow, error) {
	ms := store.Reports(ev)
	a := aggs[p.UID]
	if a == nil {
		a = &agg{uid: p.UID, firstSeen: docDate, lastSeen: docDate, confidence: ev.Confidence}
		aggs[p.UID] = a
	}
	a.mentions += int32(len(ms))
	a.docs++
	if docDate != "" && (a.firstSeen == "" || docDate < a.firstSeen) {
		a.firstSeen = docDate
	}
	a.lastSeen = max(a.lastSeen, docDate)
	a.sources = store.AddSource(a.sources, c.Doc.Source)
	a.confidence = max(a.confidence, ev.Confidence)
	if a.rank == "" || p.Rank < a.rank {
		rec := *ev
		rec.Mentions = nil
		rj, err := json.Marshal(rec)
		if err != nil {
			return nil, err
		}
		a.mkey, a.typ, a.kind, a.mode, a.status, a.date = p.MKey, ev.Type, ev.Kind, ev.Mode, ev.Status, p.Date
		a.day = nil
		if p.Dated {
			day := p.Day
			a.day = &day
		}
		a.firstDoc, a.record, a.rank = docID, string(rj), p.Rank
		a.keys = a.keys[:0]
		for _, k := range store.EntityKeys(ev.Actor) {
			a.keys = append(a.keys, [3]string{"a", k[0], k[1]})
		}
		for _, k := range store.EntityKeys(ev.Recipient) {
			a.keys = append(a.keys, [3]string{"r", k[0], k[1]})
		}
	}
	rj, err := json.Marshal(ev)
	if err != nil {
		return nil, err
	}
	out := make([]mentionRow, 0, len(ms))
	for _, m := range ms {
		evidence := store.Evidence(c.Doc.Text, res, ev, m)
		out = append(out, mentionRow{p.UID, []any{docID, ev.ID, m.Sentence, m.Span[0], m.Span[1], m.Trigger, m.Rule, evidence, string(rj)}})
	}
	return out, nil
}

// upsertEvents inserts or merges every event of a batch in one statement,
// in uid order, and names the keys of the events whose representative this
// batch supplied. Every merged column is an order-independent function of
// the reports (sums, min, max, sorted set, least rank).
func upsertEvents(ctx context.Context, tx pgx.Tx, aggs map[string]*agg, st *store.PutStats) error {
	list := make([]*agg, 0, len(aggs))
	for _, a := range aggs {
		list = append(list, a)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].uid < list[j].uid })
	n := len(list)
	var (
		uid, mkey, typ, kind, mode, status, date = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		firstSeen, lastSeen, sources, record     = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		rank                                     = make([]string, n)
		day                                      = make([]*int64, n)
		conf                                     = make([]float64, n)
		nm, nd                                   = make([]int32, n), make([]int32, n)
		firstDoc                                 = make([]int64, n)
	)
	for i, a := range list {
		uid[i], mkey[i], typ[i], kind[i], mode[i], status[i], date[i] = a.uid, a.mkey, a.typ, a.kind, a.mode, a.status, a.date
		firstSeen[i], lastSeen[i], sources[i], record[i], rank[i] = a.firstSeen, a.lastSeen, a.sources, a.record, a.rank
		day[i], conf[i], nm[i], nd[i], firstDoc[i] = a.day, a.confidence, a.mentions, a.docs, a.firstDoc
	}
	rows, err := tx.Query(ctx, `INSERT INTO events AS e (uid, mkey, type, kind, mode, status, date, day, confidence,
			num_mentions, num_docs, first_seen, last_seen, sources, first_doc, record, rank)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int8[], $9::float8[],
			$10::int4[], $11::int4[], $12::text[], $13::text[], $14::text[], $15::int8[], $16::text[], $17::text[])
			AS b(uid, mkey, type, kind, mode, status, date, day, confidence, num_mentions, num_docs, first_seen, last_seen, sources, first_doc, record, rank)
		ORDER BY b.uid COLLATE "C"
		ON CONFLICT (uid) DO UPDATE SET
			num_mentions = e.num_mentions + excluded.num_mentions,
			num_docs = e.num_docs + excluded.num_docs,
			first_seen = CASE WHEN excluded.first_seen <> '' AND (e.first_seen = '' OR excluded.first_seen < e.first_seen)
				THEN excluded.first_seen ELSE e.first_seen END,
			last_seen = greatest(e.last_seen, excluded.last_seen),
			sources = CASE WHEN excluded.sources = '' THEN e.sources WHEN e.sources = '' THEN excluded.sources
				ELSE array_to_string(ARRAY(SELECT x FROM unnest(string_to_array(e.sources, E'\t') || string_to_array(excluded.sources, E'\t')) AS x
					GROUP BY x ORDER BY x COLLATE "C"), E'\t') END,
			confidence = greatest(e.confidence, excluded.confidence),
			mode = CASE WHEN excluded.rank < e.rank THEN excluded.mode ELSE e.mode END,
			date = CASE WHEN excluded.rank < e.rank THEN excluded.date ELSE e.date END,
			day = CASE WHEN excluded.rank < e.rank THEN excluded.day ELSE e.day END,
			first_doc = CASE WHEN excluded.rank < e.rank THEN excluded.first_doc ELSE e.first_doc END,
			record = CASE WHEN excluded.rank < e.rank THEN excluded.record ELSE e.record END,
			rank = least(e.rank, excluded.rank)
		RETURNING id, uid, num_docs, rank`,
		uid, mkey, typ, kind, mode, status, date, day, conf, nm, nd, firstSeen, lastSeen, sources, firstDoc, record, rank)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	var kEvent []int64
	var kRole, kKey, kName []string
	for rows.Next() {
		var id int64
		var u, r string
		var docs int32
		if err := rows.Scan(&id, &u, &docs, &r); err != nil {
			rows.Close()
			return fmt.Errorf("events: %w", err)
		}
		a := aggs[u]
		if a == nil {
			rows.Close()
			return fmt.Errorf("events: upsert returned unknown uid %s", u)
		}
		a.id = id
		if docs == a.docs { // the row had no reports before this batch
			st.Events++
			st.Merged += int(a.docs) - 1
		} else {
			st.Merged += int(a.docs)
		}
		if r == a.rank { // this batch supplied the representative
			for _, k := range a.keys {
				kEvent = append(kEvent, id)
				kRole = append(kRole, k[0])
				kKey = append(kKey, k[1])
				kName = append(kName, k[2])
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("events: %w", err)
	}
	for _, a := range list {
		if a.id == 0 {
			return fmt.Errorf("events: upsert returned no row for %s", a.uid)
		}
	}
	if len(kEvent) == 0 {
		return nil
	}
	// An event's key set is part of its merge key and never changes; a new
	// representative may name the keys differently.
	if _, err := tx.Exec(ctx, `INSERT INTO event_keys AS k (event_id, role, key, name)
		SELECT * FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[]) AS b(event_id, role, key, name)
		ORDER BY b.key COLLATE "C", b.role COLLATE "C", b.event_id
		ON CONFLICT (key, role, event_id) DO UPDATE SET name = excluded.name WHERE k.name <> excluded.name`,
		kEvent, kRole, kKey, kName); err != nil {
		return fmt.Errorf("event keys: %w", err)
	}
	return nil
}
