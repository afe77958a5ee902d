package metrics

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/attache/attache/ingest"
	"github.com/attache/attache/store"
)

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("scrape: %d", rec.Code)
	}
	return rec.Body.String()
}

func has(t *testing.T, text string, lines ...string) {
	t.Helper()
	for _, l := range lines {
		if !strings.Contains(text, "\n"+l+"\n") {
			t.Errorf("no line %q in the scrape", l)
		}
	}
}

func TestReportsAndBatches(t *testing.T) {
	m := New()
	m.Report(ingest.Summary{Read: 10, Stored: 7, Duplicate: 2, Skipped: 1, Events: 30, Merged: 4})
	m.Report(ingest.Summary{Read: 25, Stored: 20, Duplicate: 3, Skipped: 2, Events: 70, Merged: 9})
	m.Reset()
	m.Report(ingest.Summary{Read: 5, Stored: 5})
	m.Batch(20, store.PutStats{}, 30*time.Millisecond)
	m.QueuePending.Set(42)
	m.DeadLettered.Inc()
	has(t, scrape(t, m),
		"attache_documents_read_total 30",
		"attache_documents_stored_total 25",
		"attache_documents_duplicate_total 3",
		"attache_documents_skipped_total 2",
		"attache_events_total 70",
		"attache_reports_merged_total 9",
		"attache_batch_commit_seconds_count 1",
		`attache_batch_commit_seconds_bucket{le="0.04"} 1`,
		`attache_batch_commit_seconds_bucket{le="0.02"} 0`,
		"attache_queue_pending_messages 42",
		"attache_dead_lettered_total 1",
	)
}

func TestInstrument(t *testing.T) {
	m := New()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/events/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") == "missing" {
			http.NotFound(w, r)
			return
		}
		io.WriteString(w, "ok")
	})
	h := m.Instrument(mux, func(r *http.Request) string { _, p := mux.Handler(r); return p })
	for _, p := range []string{"/api/events/1", "/api/events/2", "/api/events/missing", "/nowhere"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", p, nil))
	}
	has(t, scrape(t, m),
		`attache_http_requests_total{code="200",route="GET /api/events/{id}"} 2`,
		`attache_http_requests_total{code="404",route="GET /api/events/{id}"} 1`,
		`attache_http_requests_total{code="404",route="other"} 1`,
		`attache_http_request_duration_seconds_count{route="GET /api/events/{id}"} 3`,
	)
}
