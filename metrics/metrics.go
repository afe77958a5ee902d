// Package metrics defines attache's Prometheus collectors, registered on a
// registry of their own (with the Go runtime and process collectors) and
// served in the Prometheus text format by Handler.
package metrics

import (
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/attache/attache/ingest"
	"github.com/attache/attache/store"
)

// Metrics holds the collectors of one process.
type Metrics struct {
	Registry *prometheus.Registry

	DocsRead      prometheus.Counter
	DocsStored    prometheus.Counter
	DocsDuplicate prometheus.Counter
	DocsSkipped   prometheus.Counter
	Events        prometheus.Counter
	Merged        prometheus.Counter
	BatchSeconds  prometheus.Histogram
	BatchDocs     prometheus.Histogram

	QueuePending    prometheus.Gauge
	QueueAckPending prometheus.Gauge
	DeadLettered    prometheus.Counter

	HTTPRequests *prometheus.CounterVec   // route, code
	HTTPSeconds  *prometheus.HistogramVec // route

	mu   sync.Mutex
	last ingest.Summary
}

// New makes and registers the collectors.
func New() *Metrics {
	r := prometheus.NewRegistry()
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := func(name, help string) prometheus.Counter {
		c := prometheus.NewCounter(prometheus.CounterOpts{Namespace: "attache", Name: name, Help: help})
		r.MustRegister(c)
		return c
	}
	g := func(name, help string) prometheus.Gauge {
		c := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "attache", Name: name, Help: help})
		r.MustRegister(c)
		return c
	}
	m := &Metrics{
		Registry:      r,
		DocsRead:      f("documents_read_total", "Documents read from sources or the queue."),
		DocsStored:    f("documents_stored_total", "New documents written to the store."),
		DocsDuplicate: f("documents_duplicate_total", "Documents already in the store."),
		DocsSkipped:   f("documents_skipped_total", "Inputs or documents skipped: unreadable, uncodable or refused by the store."),
		Events:        f("events_total", "New events written."),
		Merged:        f("reports_merged_total", "Reports merged into existing events."),
		BatchSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "attache", Name: "batch_commit_seconds",
			Help: "Time to write and commit one batch of documents.", Buckets: prometheus.ExponentialBuckets(0.005, 2, 14)}),
		BatchDocs: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "attache", Name: "batch_documents",
			Help: "Documents in one committed batch.", Buckets: prometheus.ExponentialBuckets(1, 2, 11)}),
		QueuePending:    g("queue_pending_messages", "Documents in the work queue not yet delivered to a worker."),
		QueueAckPending: g("queue_ack_pending_messages", "Documents delivered to workers and not yet acknowledged."),
		DeadLettered:    f("dead_lettered_total", "Documents sent to the dead-letter stream."),
		HTTPRequests: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "attache", Name: "http_requests_total",
			Help: "HTTP requests by route pattern and status code."}, []string{"route", "code"}),
		HTTPSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "attache", Name: "http_request_duration_seconds",
			Help: "HTTP request latency by route pattern.", Buckets: prometheus.DefBuckets}, []string{"route"}),
	}
	r.MustRegister(m.BatchSeconds, m.BatchDocs, m.HTTPRequests, m.HTTPSeconds)
	return m
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{})
}

// Batch records one committed batch (an ingest.Options.Batch hook).
func (m *Metrics) Batch(docs int, _ store.PutStats, took time.Duration) {
	m.BatchSeconds.Observe(took.Seconds())
	m.BatchDocs.Observe(float64(docs))
}

// Report adds what an ingest run did since its last report (an
// ingest.Options.Report hook). One Metrics follows one run at a time; a
// new run starts from zero with Reset.
func (m *Metrics) Report(s ingest.Summary) {
	m.mu.Lock()
	defer m.mu.Unlock()
	add := func(c prometheus.Counter, now, before int64) {
		if now > before {
			c.Add(float64(now - before))
		}
	}
	add(m.DocsRead, s.Read, m.last.Read)
	add(m.DocsStored, s.Stored, m.last.Stored)
	add(m.DocsDuplicate, s.Duplicate, m.last.Duplicate)
	add(m.DocsSkipped, s.Skipped, m.last.Skipped)
	add(m.Events, s.Events, m.last.Events)
	add(m.Merged, s.Merged, m.last.Merged)
	m.last = s
}

// Reset starts counting a new run's reports from zero.
func (m *Metrics) Reset() {
	m.mu.Lock()
	m.last = ingest.Summary{}
	m.mu.Unlock()
}

// Instrument counts and times the requests h serves. route names a
// request's route (a mux pattern, so that ids in paths do not make a label
// each); "" is counted as "other".
func (m *Metrics) Instrument(h http.Handler, route func(*http.Request) string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		h.ServeHTTP(rw, r)
		rt := route(r)
		if rt == "" {
			rt = "other"
		}
		m.HTTPRequests.WithLabelValues(rt, strconv.Itoa(rw.code)).Inc()
		m.HTTPSeconds.WithLabelValues(rt).Observe(time.Since(start).Seconds())
	})
}

type statusWriter struct {
	http.ResponseWriter
	code        int
	wroteHeader bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wroteHeader {
		w.code, w.wroteHeader = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wroteHeader = true
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
