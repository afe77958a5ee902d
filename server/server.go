// Package server is attache's HTTP JSON API over a store: events with the
// query filters, one event with its reports, documents with the spans of
// everything coded in them, actors, dyads, fact ledgers, and (with a token)
// ingestion of new documents.
package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/export"
	"github.com/attache/attache/plover"
	"github.com/attache/attache/store"
)

// Extractor codes one document.
type Extractor interface {
	Extract(attache.Document) (*attache.Result, error)
}

// Options configure a server.
type Options struct {
	// Token enables POST /api/documents for requests that carry it as a
	// bearer token. Empty: writes are off.
	Token string
	// Extractor codes posted documents (POST /api/extract, /api/documents).
	Extractor Extractor
	// Fetch reads documents posted by URL; nil: posting a URL is refused.
	Fetch func(ctx context.Context, url string) (attache.Document, error)
	// MaxBody bounds request bodies; default 4 MiB.
	MaxBody int64
	// Timeout bounds each request's work; default 10 s.
	Timeout time.Duration
	Log     *slog.Logger
	// Extra routes (the web UI, metrics) mounted on the same mux.
	Mount func(mux *http.ServeMux)
}

// Server serves the API.
type Server struct {
	st  store.Store
	opt Options
	mux *http.ServeMux
}

// New returns the API handler for a store.
func New(st store.Store, opt Options) *Server {
	if opt.MaxBody <= 0 {
		opt.MaxBody = 4 << 20
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 10 * time.Second
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s := &Server{st: st, opt: opt, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /healthz", s.health)
	s.mux.HandleFunc("GET /api/events", s.events)
	s.mux.HandleFunc("GET /api/events/{id}", s.event)
	s.mux.HandleFunc("GET /api/documents/{id}", s.document)
	s.mux.HandleFunc("GET /api/documents", s.documents)
	s.mux.HandleFunc("POST /api/documents", s.postDocument)
	s.mux.HandleFunc("POST /api/extract", s.extract)
	s.mux.HandleFunc("GET /api/actors", s.actors)
	s.mux.HandleFunc("GET /api/dyads", s.dyads)
	s.mux.HandleFunc("GET /api/ledgers/{kind}", s.ledger)
	s.mux.HandleFunc("GET /api/counts", s.counts)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeErr(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
	if opt.Mount != nil {
		opt.Mount(s.mux)
	}
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.opt.Timeout)
	defer cancel()
	r = r.WithContext(ctx)
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	start := time.Now()
	s.mux.ServeHTTP(w, r)
	s.opt.Log.Debug("request", "method", r.Method, "path", r.URL.Path, "dur", time.Since(start))
}

// HTTPServer wraps a handler with the timeouts a public listener needs.
func HTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// Error is the body of every error response.
type Error struct {
	Error string `json:"error"`
}

func writeErr(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, Error{Error: msg})
}

// storeErr maps store errors to statuses without leaking internals.
func (s *Server) storeErr(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeErr(w, http.StatusNotFound, err.Error())
	case errors.Is(err, store.ErrBadQuery):
		writeErr(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, context.DeadlineExceeded):
		writeErr(w, http.StatusServiceUnavailable, "request timed out")
	default:
		s.opt.Log.Error("store", "path", r.URL.Path, "err", err)
		writeErr(w, http.StatusInternalServerError, "internal error")
	}
}

type badRequest string

func (b badRequest) Error() string { return string(b) }

const (
	maxParam = 200 // bytes per parameter value
	maxList  = 20  // values per list parameter
)

// query reads the event filters from URL parameters.
func query(r *http.Request) (store.Query, error) {
	v := r.URL.Query()
	var q store.Query
	var err error
	str := func(name string) string {
		s := v.Get(name)
		if len(s) > maxParam && err == nil {
			err = badRequest(fmt.Sprintf("parameter %s: longer than %d bytes", name, maxParam))
		}
		return s
	}
	list := func(name string) []string {
		out := store.SplitList(v[name])
		for _, p := range out {
			if len(p) > maxParam && err == nil {
				err = badRequest(fmt.Sprintf("parameter %s: longer than %d bytes", name, maxParam))
			}
		}
		if len(out) > maxList && err == nil {
			err = badRequest(fmt.Sprintf("parameter %s: more than %d values", name, maxList))
		}
		return out
	}
	date := func(name string) string {
		s := str(name)
		if s != "" {
			if _, ok := store.Day(s); !ok && err == nil {
				err = badRequest(fmt.Sprintf("parameter %s: want YYYY-MM-DD, YYYY-MM or YYYY, got %q", name, s))
			}
		}
		return s
	}
	num := func(name string, def, max int) int {
		s := v.Get(name)
		if s == "" {
			return def
		}
		n, e := strconv.Atoi(s)
		if (e != nil || n < 0 || n > max) && err == nil {
			err = badRequest(fmt.Sprintf("parameter %s: want an integer 0..%d", name, max))
		}
		return n
	}
	q.Actor = list("actor")
	q.Recipient = list("recipient")
	q.Type = list("type")
	q.Kind = list("kind")
	q.Status = list("status")
	q.Source = list("source")
	q.Since = date("since")
	q.Until = date("until")
	q.Text = str("text")
	if q.Text == "" {
		q.Text = str("q")
	}
	q.Doc = str("doc")
	q.Dyad = [2]string{str("a"), str("b")}
	if (q.Dyad[0] == "") != (q.Dyad[1] == "") && err == nil {
		err = badRequest("parameters a and b go together")
	}
	q.Sort = str("sort")
	switch q.Sort {
	case "", "date", "-date", "mentions", "-mentions":
	default:
		if err == nil {
			err = badRequest("parameter sort: want date, -date, mentions or -mentions")
		}
	}
	q.Limit = num("limit", 50, store.MaxLimit)
	q.Offset = num("offset", 0, 1_000_000)
	return q, err
}

// EventsPage is the body of GET /api/events.
type EventsPage struct {
	Total  int           `json:"total"`
	Limit  int           `json:"limit"`
	Offset int           `json:"offset"`
	Events []store.Event `json:"events"`
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	q, err := query(r)
	if err != nil {
		writeErr(w, http.StatusBadRequest, err.Error())
		return
	}
	evs, err := s.st.Events(r.Context(), q)
	if err != nil {
		s.storeErr(w, r, err)
		return
	}
	total, err := s.st.CountEvents(r.Context(), q)
	if err != nil {
		s.storeErr(w, r, err)
		return
	}
	if evs == nil {
		evs = []store.Event{}
	}
	writeJSON(w, http.StatusOK, EventsPage{Total: total, Limit: q.Limit, Offset: q.Offset, Events: evs})
}

func (s *Server) event(w http.ResponseWriter, r *http.Request) {
	byID(s, w, r, s.st.Event)
}

// DocumentPage is the body of GET /api/documents/{id}: the stored document
// and EventIDs, index-aligned with Result.Events, the ids under which the
// store keeps those events (the ids of /api/events), so that a client can
// link an event list to the document's events without another query. An
// event merged into one first reported elsewhere has that event's id only
// under its first document.
type DocumentPage struct {
	store.Document
	EventIDs []string `json:"event_ids"`
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	byID(s, w, r, func(ctx context.Context, id string) (DocumentPage, error) {
		d, err := s.st.Document(ctx, id)
		if err != nil {
			return DocumentPage{}, err
		}
		return DocumentPage{Document: *d, EventIDs: storedIDs(d)}, nil
	})
}

// storedIDs names a document's events by their stored ids, with the
// store's own placement rule (store.Place), so the two cannot drift apart.
func storedIDs(d *store.Document) []string {
	ids := make([]string, 0, len(d.Result.Events))
	for _, p := range store.Place(d.Hash, d.Date, d.Result.Events) {
		ids = append(ids, p.UID)
	}
	return ids
}

// csvPage is how many events the CSV download reads at a time.
var csvPage = store.MaxLimit

// ledgerCSV writes a ledger as CSV in the query's sort: every row, unless
// the request names a limit, since a download is the whole ledger.
func (s *Server) ledgerCSV(w http.ResponseWriter, r *http.Request, kind string, q store.Query) {
	all := !r.URL.Query().Has("limit")
	if all {
		q.Limit = csvPage
	}
	evs, err := s.st.Events(r.Context(), q)
	if err != nil {
		s.storeErr(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", kind+".csv"))
	cw, _ := export.New("csv", w)
	defer cw.Close()
	for {
		for i := range evs {
			if err := cw.Write(&evs[i]); err != nil {
				return // the client went away
			}
		}
		if !all || len(evs) < q.Limit {
			return
		}
		q.Offset += len(evs)
		if evs, err = s.st.Events(r.Context(), q); err != nil {
			// Headers are sent: the truncated file is all we can say.
			s.opt.Log.Error("ledger csv", "kind", kind, "err", err)
			return
		}
	}
}

// byID serves one record named by the path's {id}.
func byID[T any](s *Server, w http.ResponseWriter, r *http.Request, get func(context.Context, string) (T, error)) {
	id := r.PathValue("id")
	if len(id) > maxParam {
		writeErr(w, http.StatusBadRequest, "id too long")
		return
	}
	v, err := get(r.Context(), id)
	if err != nil {
		s.storeErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) documents(w http.ResponseWriter, r *http.Request) {
	q, err := query(r)
	if err != nil {
		writeErr(w, http.StatusBadRequest, err.Error())
		return
	}
	docs, err := s.st.Documents(r.Context(), store.DocQuery{Text: q.Text, Source: q.Source, Limit: q.Limit, Offset: q.Offset})
	if err != nil {
		s.storeErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"limit": q.Limit, "offset": q.Offset, "documents": docs})
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "store unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "documents": st.Documents, "events": st.Events, "mentions": st.Mentions})
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	limit := 100
	if l := r.URL.Query().Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > store.MaxLimit {
			writeErr(w, http.StatusBadRequest, fmt.Sprintf("parameter limit: want an integer 1..%d", store.MaxLimit))
			return
		}
		limit = n
	}
	as, err := s.st.Actors(r.Context(), limit)
	if err != nil {
		s.storeErr(w, r, err)
		return
	}
	if as == nil {
		as = []store.ActorCount{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"actors": as})
}

// Period is one bucket of a dyad's history.
type Period struct {
	Period string         `json:"period"`
	Total  int            `json:"total"`
	Types  map[string]int `json:"types"`
	Quads  map[string]int `json:"quads"`
	// Score is the mean PLOVER intensity of the period's events, from -10
	// (all assaults) to +10 (all cooperation at its most intense).
	Score float64 `json:"score"`
}

// Dyad is the body of GET /api/dyads.
type Dyad struct {
	A       string   `json:"a"`
	B       string   `json:"b"`
	By      string   `json:"by"`
	Total   int      `json:"total"`
	Score   float64  `json:"score"`
	Periods []Period `json:"periods"`
}

func (s *Server) dyads(w http.ResponseWriter, r *http.Request) {
	q, err := query(r)
	if err != nil {
		writeErr(w, http.StatusBadRequest, err.Error())
		return
	}
	if q.Dyad[0] == "" {
		writeErr(w, http.StatusBadRequest, "parameters a and b (actor keys, e.g. a=USA&b=JPN) are required")
		return
	}
	by := r.URL.Query().Get("by")
	if by == "" {
		by = "month"
	}
	if by != "month" && by != "year" && by != "day" {
		writeErr(w, http.StatusBadRequest, "parameter by: want day, month or year")
		return
	}
	cs, err := s.st.CountBy(r.Context(), q, by+",type")
	if err != nil {
		s.storeErr(w, r, err)
		return
	}
	d := Dyad{A: strings.ToUpper(q.Dyad[0]), B: strings.ToUpper(q.Dyad[1]), By: by, Periods: []Period{}}
	var sum float64
	idx := map[string]int{}
	for _, c := range cs {
		period, typ, _ := strings.Cut(c.Key, "|")
		i, ok := idx[period]
		if !ok {
			i = len(d.Periods)
			idx[period] = i
			d.Periods = append(d.Periods, Period{Period: period, Types: map[string]int{}, Quads: map[string]int{}})
		}
		p := &d.Periods[i]
		p.Types[typ] += c.N
		p.Total += c.N
		if info, ok := plover.Lookup(typ); ok {
			p.Quads[plover.QuadNames[info.Quad]] += c.N
			p.Score += info.Intensity * float64(c.N)
			sum += info.Intensity * float64(c.N)
		}
		d.Total += c.N
	}
	for i := range d.Periods {
		if d.Periods[i].Total > 0 {
			d.Periods[i].Score = round2(d.Periods[i].Score / float64(d.Periods[i].Total))
		}
	}
	if d.Total > 0 {
		d.Score = round2(sum / float64(d.Total))
	}
	writeJSON(w, http.StatusOK, d)
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// Ledgers are the fact kinds with a ledger view.
var Ledgers = map[string]bool{"arms_sale": true, "tariff": true, "tariff_relief": true, "defense_spending": true,
	"investment_block": true, "sanctions": true, "meeting": true, "investment": true, "trade_deal": true}

func (s *Server) ledger(w http.ResponseWriter, r *http.Request) {
	kind := r.PathValue("kind")
	if !Ledgers[kind] {
		writeErr(w, http.StatusNotFound, fmt.Sprintf("no ledger %q (arms_sale, tariff, tariff_relief, defense_spending, investment_block, sanctions, meeting, investment, trade_deal)", kind))
		return
	}
	q, err := query(r)
	if err != nil {
		writeErr(w, http.StatusBadRequest, err.Error())
		return
	}
	q.Kind = []string{kind}
	if r.URL.Query().Get("format") == "csv" {
		s.ledgerCSV(w, r, kind, q)
		return
	}
	evs, err := s.st.Events(r.Context(), q)
	if err != nil {
		s.storeErr(w, r, err)
		return
	}
	total, err := s.st.CountEvents(r.Context(), q)
	if err != nil {
		s.storeErr(w, r, err)
		return
	}
	rows := make([]export.LedgerRow, 0, len(evs))
	for i := range evs {
		rows = append(rows, export.Ledger(&evs[i]))
	}
	writeJSON(w, http.StatusOK, map[string]any{"kind": kind, "total": total, "limit": q.Limit, "offset": q.Offset, "rows": rows})
}

func (s *Server) counts(w http.ResponseWriter, r *http.Request) {
	q, err := query(r)
	if err != nil {
		writeErr(w, http.StatusBadRequest, err.Error())
		return
	}
	by := r.URL.Query().Get("by")
	if by == "" {
		by = "type"
	}
	if len(by) > 40 {
		writeErr(w, http.StatusBadRequest, "parameter by too long")
		return
	}
	cs, err := s.st.CountBy(r.Context(), q, by)
	if err != nil {
		s.storeErr(w, r, err)
		return
	}
	if cs == nil {
		cs = []store.Count{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"by": by, "counts": cs})
}

// authorized checks the bearer token in constant time.
func (s *Server) authorized(r *http.Request) bool {
	if s.opt.Token == "" {
		return false
	}
	h := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(h, "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(tok), []byte(s.opt.Token)) == 1
}

// jsonStrict decodes one JSON value and refuses trailing data.
func jsonStrict(b []byte, v any) error {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}
