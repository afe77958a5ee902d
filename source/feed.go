package source

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
	"github.com/mmcdole/gofeed"
)

// shortText is the item text below which, with Options.Fetch set, the linked
// page is fetched: feeds often carry only a teaser.
const shortText = 400

// defaultFetchTimeout bounds a fetch when the client sets no timeout.
const defaultFetchTimeout = 30 * time.Second

// readFeed makes one document of each item of an RSS, Atom or JSON feed.
func readFeed(ctx context.Context, in input, b []byte, opt Options, emit emitFunc) error {
	var feed *gofeed.Feed
	err := safely("feed parsing", func() error {
		var err error
		feed, err = gofeed.NewParser().Parse(bytes.NewReader(b))
		return err
	})
	if err != nil {
		return emit(Item{Origin: in.origin, Format: Feed, Err: fmt.Errorf("malformed feed: %w", err)})
	}
	if len(feed.Items) == 0 {
		return emit(Item{Origin: in.origin, Format: Feed, Err: fmt.Errorf("%w: feed has no items", ErrEmpty)})
	}
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		n := i + 1
		origin := fmt.Sprintf("%s#%d", in.origin, n)
		doc := attache.Document{
			ID:    firstNonEmpty(strings.TrimSpace(it.GUID), strings.TrimSpace(it.Link), fmt.Sprintf("%s#%d", baseID(in.name), n)),
			URL:   strings.TrimSpace(it.Link),
			Title: htmlToText(it.Title),
			Date:  itemDate(it),
		}
		doc.Text = htmlToText(it.Content)
		if desc := htmlToText(it.Description); len(desc) > len(doc.Text) {
			// Some feeds put the story in the description and a teaser (or
			// nothing) in the content, others the other way round.
			doc.Text = desc
		}
		if opt.Fetch != nil && len(doc.Text) < shortText && doc.URL != "" {
			if p, err := fetchPage(ctx, opt.Fetch, doc.URL, opt.max()); err == nil && len(p.Text) > len(doc.Text) {
				doc.Text = p.Text
				if doc.Title == "" {
					doc.Title = p.Title
				}
				if doc.Date.IsZero() {
					doc.Date = p.Date
				}
			} else if ctx.Err() != nil {
				return ctx.Err()
			}
		}
		if doc.Date.IsZero() {
			doc.Date = day(opt.Date)
		}
		if err := checkText(doc.Text); err != nil {
			if e := emit(Item{Doc: doc, Origin: origin, Format: Feed, Err: err}); e != nil {
				return e
			}
			continue
		}
		if len(doc.Text) > opt.max() {
			if e := emit(Item{Doc: doc, Origin: origin, Format: Feed, Err: tooLarge(int64(len(doc.Text)), opt.max())}); e != nil {
				return e
			}
			continue
		}
		if err := emit(Item{Doc: doc, Origin: origin, Format: Feed}); err != nil {
			return err
		}
	}
	return nil
}

func itemDate(it *gofeed.Item) time.Time {
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() {
			return day(*t)
		}
	}
	for _, s := range []string{it.Published, it.Updated} {
		if t, err := extract.ParseDate(strings.TrimSpace(s)); err == nil {
			return t
		}
	}
	return time.Time{}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// fetchPage gets the page a feed item links to and extracts it; the
// client's timeout bounds the request and max bounds the body.
func fetchPage(ctx context.Context, client *http.Client, link string, max int) (page, error) {
	if !strings.HasPrefix(link, "http://") && !strings.HasPrefix(link, "https://") {
		return page{}, fmt.Errorf("not an http link: %q", link)
	}
	if client.Timeout == 0 {
		// A client without a timeout would let one slow site stall the batch.
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, defaultFetchTimeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, link, nil)
	if err != nil {
		return page{}, fmt.Errorf("fetch %s: %w", link, err)
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	resp, err := client.Do(req)
	if err != nil {
		return page{}, fmt.Errorf("fetch %s: %w", link, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return page{}, fmt.Errorf("fetch %s: %s", link, resp.Status)
	}
	if mt, _, err := mime.ParseMediaType(resp.Header.Get("Content-Type")); err == nil && !isHTMLType(mt) {
		return page{}, fmt.Errorf("fetch %s: not HTML but %s", link, mt)
	}
	b, err := readBounded(resp.Body, max)
	if err != nil {
		return page{}, fmt.Errorf("fetch %s: %w", link, err)
	}
	p, err := extractHTML(b, link)
	if err != nil {
		return page{}, fmt.Errorf("fetch %s: %w", link, err)
	}
	return p, nil
}

func isHTMLType(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml"
}
