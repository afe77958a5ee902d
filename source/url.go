package source

import (
	"context"
	"net/http"
	"time"

	"github.com/attache/attache"
)

// FetchURL gets one web page and makes a document of its main text, for
// callers that are handed a link rather than a file.
func FetchURL(ctx context.Context, client *http.Client, link string, opt Options) (attache.Document, error) {
	if client == nil {
		client = &http.Client{Timeout: 20 * time.Second}
	}
	p, err := fetchPage(ctx, client, link, opt.max())
	if err != nil {
		return attache.Document{}, err
	}
	d := attache.Document{ID: link, URL: p.URL, Title: p.Title, Text: p.Text, Date: day(p.Date)}
	if d.URL == "" {
		d.URL = link
	}
	if d.Date.IsZero() {
		d.Date = day(opt.Date)
	}
	if err := checkText(d.Text); err != nil {
		return d, err
	}
	return d, nil
}
