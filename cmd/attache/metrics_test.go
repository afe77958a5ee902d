package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache/attache/server"
	"github.com/attache/attache/store/sqlite"
)

// serve's handler counts requests by route pattern and serves them at
// /metrics, keeping routes mounted by others.
func TestServeMetrics(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ui := func(mux *http.ServeMux) {
		mux.HandleFunc("GET /ui/", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ui") })
	}
	srv := httptest.NewServer(withMetrics(st, server.Options{Mount: ui}))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, p := range []string{"/api/events?limit=1", "/api/events/a1", "/api/events/b2", "/ui/x"} {
		get(p)
	}
	code, body := get("/metrics")
	if code != 200 {
		t.Fatalf("/metrics: %d", code)
	}
	for _, want := range []string{
		`attache_http_requests_total{code="200",route="GET /api/events"} 1`,
		`attache_http_requests_total{code="404",route="GET /api/events/{id}"} 2`,
		`attache_http_requests_total{code="200",route="GET /ui/"} 1`,
		`attache_http_request_duration_seconds_count{route="GET /api/events/{id}"} 2`,
		"go_goroutines",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("no %q in /metrics:\n%.3000s", want, body)
		}
	}
}
