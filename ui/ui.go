// Package ui serves attache's web UI: a single-page app (events with search
// and filters, dyad charts, fact ledgers, documents with their coded spans,
// and "Try it") whose built assets are embedded in the binary, so serving it
// needs no node, no network and no files on disk.
//
// The sources live in web/ at the repository root; `npm ci && npm run build`
// there regenerates dist/ here. dist/ is committed, so `go build` never
// needs node.
package ui

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed dist
var dist embed.FS

// Pages are the client-side routes that answer with the app's index.html.
var Pages = []string{
	"GET /{$}",
	"GET /events",
	"GET /dyad",
	"GET /dyad/{a}/{b}",
	"GET /ledgers",
	"GET /ledgers/{kind}",
	"GET /documents",
	"GET /documents/{id}",
	"GET /try",
}

// csp allows nothing but this origin: every asset comes from the binary.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"

// Mount adds the UI's routes to mux: the pages above and /assets/.
func Mount(mux *http.ServeMux) {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic("ui: embedded dist missing: " + err.Error()) // impossible: checked by go:embed
	}
	index, err := fs.ReadFile(sub, "index.html")
	if err != nil {
		panic("ui: dist/index.html missing; run npm run build in web/")
	}
	sum := sha256.Sum256(index)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	page := func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("ETag", etag)
		// index.html names the hashed assets, so it must be revalidated.
		h.Set("Cache-Control", "no-cache")
		h.Set("Content-Security-Policy", csp)
		h.Set("Referrer-Policy", "same-origin")
		http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(index))
	}
	for _, p := range Pages {
		mux.HandleFunc(p, page)
	}
	mux.Handle("GET /assets/", assets(sub))
}

// assets serves the hashed build outputs: immutable, and gzip-compressed when
// the build wrote a .gz beside the file and the client accepts it.
func assets(sub fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if strings.HasSuffix(name, ".gz") || !fs.ValidPath(name) {
			http.NotFound(w, r)
			return
		}
		b, err := fs.ReadFile(sub, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
		h.Add("Vary", "Accept-Encoding")
		if ct := contentType(name); ct != "" {
			h.Set("Content-Type", ct)
		}
		if acceptsGzip(r) {
			if gz, err := fs.ReadFile(sub, name+".gz"); err == nil {
				h.Set("Content-Encoding", "gzip")
				b = gz
			}
		}
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
	})
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".map":
		return "application/json"
	}
	return ""
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(enc) == "gzip" && strings.ReplaceAll(q, " ", "") != "q=0" {
			return true
		}
	}
	return false
}
