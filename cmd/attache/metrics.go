package main

import (
	"net/http"

	"github.com/attache/attache/metrics"
	"github.com/attache/attache/server"
	"github.com/attache/attache/store"
)

// withMetrics returns the API handler for st with GET /metrics (Prometheus
// text format) mounted beside the other routes, after any Mount already in
// opt, and every request counted and timed by route pattern and status.
func withMetrics(st store.Store, opt server.Options) http.Handler {
	met := metrics.New()
	var mux *http.ServeMux
	prev := opt.Mount
	opt.Mount = func(m *http.ServeMux) {
		mux = m
		if prev != nil {
			prev(m)
		}
		m.Handle("GET /metrics", met.Handler())
	}
	h := server.New(st, opt)
	// The pattern, not the path, names a route: ids in paths would make a
	// label value each.
	return met.Instrument(h, func(r *http.Request) string {
		_, pattern := mux.Handler(r)
		return pattern
	})
}
