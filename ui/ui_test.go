package ui

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func newMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "api", http.StatusTeapot) })
	Mount(mux)
	return mux
}

func get(t *testing.T, mux http.Handler, path string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("GET", path, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	return rec
}

func TestPagesServeIndex(t *testing.T) {
	mux := newMux()
	for _, p := range []string{"/", "/events?q=x&actor=USA", "/dyad", "/dyad/USA/JPN", "/ledgers", "/ledgers/arms_sale", "/documents", "/documents/8011115", "/try"} {
		rec := get(t, mux, p)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d", p, rec.Code)
		}
		if !strings.Contains(rec.Body.String(), `<main id="main"`) {
			t.Errorf("GET %s: not the app's index.html", p)
		}
		if cc := rec.Header().Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("GET %s: Cache-Control %q, want no-cache", p, cc)
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: CSP %q", p, csp)
		}
	}
	// Revalidation: the ETag answers 304.
	etag := get(t, mux, "/events").Header().Get("ETag")
	if rec := get(t, mux, "/events", "If-None-Match", etag); rec.Code != http.StatusNotModified {
		t.Errorf("If-None-Match %s: %d, want 304", etag, rec.Code)
	}
	for _, p := range []string{"/nope", "/dyad/USA", "/documents/a/b"} {
		if rec := get(t, mux, p); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, rec.Code)
		}
	}
	if rec := get(t, mux, "/api/events"); rec.Code != http.StatusTeapot {
		t.Errorf("the UI took /api/events: %d", rec.Code)
	}
}

// TestAssets checks that index.html names assets that exist, served
// immutable, gzip-compressed on request and identical once decompressed.
func TestAssets(t *testing.T) {
	mux := newMux()
	index := get(t, mux, "/").Body.String()
	refs := regexp.MustCompile(`(?:src|href)="(/assets/[^"]+)"`).FindAllStringSubmatch(index, -1)
	if len(refs) < 2 {
		t.Fatalf("index.html names %d assets, want a script and a stylesheet", len(refs))
	}
	for _, m := range refs {
		p := m[1]
		plain := get(t, mux, p)
		if plain.Code != http.StatusOK || plain.Body.Len() == 0 {
			t.Fatalf("GET %s: %d, %d bytes", p, plain.Code, plain.Body.Len())
		}
		if cc := plain.Header().Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("%s: Cache-Control %q", p, cc)
		}
		want := map[bool]string{true: "text/javascript; charset=utf-8", false: "text/css; charset=utf-8"}[strings.HasSuffix(p, ".js")]
		if ct := plain.Header().Get("Content-Type"); ct != want {
			t.Errorf("%s: Content-Type %q, want %q", p, ct, want)
		}
		gz := get(t, mux, p, "Accept-Encoding", "gzip, deflate")
		if gz.Header().Get("Content-Encoding") != "gzip" {
			t.Fatalf("%s: not gzip-encoded for a client that accepts it", p)
		}
		zr, err := gzip.NewReader(gz.Body)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		b, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if !bytes.Equal(b, plain.Body.Bytes()) {
			t.Errorf("%s: the .gz differs from the file: rebuild with npm run build", p)
		}
		if rec := get(t, mux, p, "Accept-Encoding", "gzip;q=0"); rec.Header().Get("Content-Encoding") != "" {
			t.Errorf("%s: gzip sent to a client that refuses it", p)
		}
	}
	for _, p := range []string{"/assets/nope.js", "/assets/../index.html", refs[0][1] + ".gz"} {
		// The mux redirects unclean paths; what matters is that nothing is served.
		if rec := get(t, mux, p); rec.Code == http.StatusOK {
			t.Errorf("GET %s: 200, want no file", p)
		}
	}
}
