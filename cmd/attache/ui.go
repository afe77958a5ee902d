package main

import (
	"net/http"

	"github.com/attache/attache/server"
	"github.com/attache/attache/ui"
)

// withUI mounts the embedded web UI on the API's mux, after any routes
// already mounted (metrics).
func withUI(opt *server.Options) {
	prev := opt.Mount
	opt.Mount = func(mux *http.ServeMux) {
		if prev != nil {
			prev(mux)
		}
		ui.Mount(mux)
	}
}
