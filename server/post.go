package server

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
	"github.com/attache/attache/store"
)

// postedDoc is the JSON body of a posted document.
type postedDoc struct {
	ID        string `json:"id"`
	Date      string `json:"date"`
	Published string `json:"published"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	URL       string `json:"url"`
	Source    string `json:"source"`
}

// readDoc reads a document from a request: JSON {"id","date","title","text",
// "url"} (a URL without text is fetched), or any other body as plain text
// with id, date and title in the query string.
func (s *Server) readDoc(r *http.Request) (attache.Document, error) {
	var d attache.Document
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return d, badRequest(fmt.Sprintf("body larger than %d bytes", s.opt.MaxBody))
		}
		return d, badRequest("reading body: " + err.Error())
	}
	var p postedDoc
	if ct == "application/json" {
		if err := jsonStrict(body, &p); err != nil {
			return d, badRequest("invalid JSON: " + err.Error())
		}
	} else {
		v := r.URL.Query()
		p = postedDoc{ID: v.Get("id"), Date: v.Get("date"), Title: v.Get("title"), URL: v.Get("url"), Source: v.Get("source"), Text: string(body)}
	}
	if strings.TrimSpace(p.Text) == "" && p.URL != "" {
		if s.opt.Fetch == nil {
			return d, badRequest("fetching URLs is off on this server; post the text")
		}
		fd, err := s.opt.Fetch(r.Context(), p.URL)
		if err != nil {
			return d, badRequest(fmt.Sprintf("fetch %s: %v", p.URL, err))
		}
		if p.ID != "" {
			fd.ID = p.ID
		}
		if p.Title != "" {
			fd.Title = p.Title
		}
		d = fd
	} else {
		d = attache.Document{ID: p.ID, Title: p.Title, Text: p.Text, URL: p.URL, Source: p.Source}
	}
	if !utf8.ValidString(d.Text) {
		return d, badRequest("text is not valid UTF-8")
	}
	if strings.TrimSpace(d.Text) == "" {
		return d, badRequest("no text: post {\"text\": ...} as JSON, a plain-text body, or a URL to fetch")
	}
	ds := p.Date
	if ds == "" {
		ds = p.Published
	}
	if ds != "" {
		t, err := extract.ParseDate(ds)
		if err != nil {
			return d, badRequest(fmt.Sprintf("date: %v", err))
		}
		d.Date = t
	}
	if d.ID == "" {
		d.ID = "post-" + store.Hash(d)[:12]
	}
	return d, nil
}

func (s *Server) extract(w http.ResponseWriter, r *http.Request) {
	if s.opt.Extractor == nil {
		writeErr(w, http.StatusNotImplemented, "this server has no extractor")
		return
	}
	d, err := s.readDoc(r)
	if err != nil {
		writeErr(w, http.StatusBadRequest, err.Error())
		return
	}
	res, err := s.opt.Extractor.Extract(d)
	if err != nil {
		writeErr(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"document": docJSON(d), "result": res})
}

func docJSON(d attache.Document) map[string]string {
	m := map[string]string{"id": d.ID, "title": d.Title, "url": d.URL, "text": d.Text}
	if !d.Date.IsZero() {
		m["date"] = d.Date.Format("2006-01-02")
	}
	return m
}

func (s *Server) postDocument(w http.ResponseWriter, r *http.Request) {
	if s.opt.Token == "" {
		writeErr(w, http.StatusForbidden, "writes are off: start the server with --token or ATTACHE_TOKEN")
		return
	}
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="attache"`)
		writeErr(w, http.StatusUnauthorized, "missing or wrong bearer token")
		return
	}
	if s.opt.Extractor == nil {
		writeErr(w, http.StatusNotImplemented, "this server has no extractor")
		return
	}
	d, err := s.readDoc(r)
	if err != nil {
		writeErr(w, http.StatusBadRequest, err.Error())
		return
	}
	h := store.Hash(d)
	res, err := s.opt.Extractor.Extract(d)
	if err != nil {
		writeErr(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	ps, err := s.st.Put(r.Context(), []store.Coded{{Doc: d, Hash: h, Result: res}})
	if err != nil {
		s.storeErr(w, r, err)
		return
	}
	status := http.StatusCreated
	if ps.Documents == 0 {
		status = http.StatusOK
	}
	writeJSON(w, status, map[string]any{"stored": ps.Documents == 1, "duplicate": ps.Duplicate == 1, "id": d.ID, "hash": h,
		"new_events": ps.Events, "merged": ps.Merged, "result": res})
}
