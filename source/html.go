package source

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"
	"time"

	"github.com/attache/attache"
	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// page is what HTML extraction finds.
type page struct {
	Title string
	URL   string
	Date  time.Time
	Text  string
}

// readHTMLFile makes one document of an HTML input.
func readHTMLFile(in input, b []byte, opt Options, emit emitFunc) error {
	p, err := extractHTML(b, "")
	if err == nil {
		err = checkText(p.Text)
	}
	if err != nil {
		return emit(Item{Origin: in.origin, Format: HTML, Err: err})
	}
	doc := attache.Document{ID: baseID(in.name), URL: p.URL, Title: p.Title, Date: p.Date, Text: p.Text}
	if err := withMeta(in, &doc, opt, emit); err != nil {
		return err
	}
	return emit(Item{Doc: doc, Origin: in.origin, Format: HTML})
}

// extractHTML finds the main text and the metadata of a page. pageURL, when
// known, resolves relative links in the page's metadata.
func extractHTML(b []byte, pageURL string) (page, error) {
	var p page
	err := safely("HTML extraction", func() error {
		doc, err := dom.Parse(bytes.NewReader(b))
		if err != nil {
			return fmt.Errorf("parsing HTML: %w", err)
		}
		opts := trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Fast}
		if u, err := nurl.Parse(pageURL); err == nil && pageURL != "" {
			opts.OriginalURL = u
		}
		res, err := trafilatura.ExtractDocument(doc, opts)
		if err == nil && res != nil {
			p.Title = strings.TrimSpace(res.Metadata.Title)
			p.URL = res.Metadata.URL
			p.Date = day(res.Metadata.Date)
			if res.ContentNode != nil {
				p.Text = nodeText(res.ContentNode)
			}
			if p.Text == "" {
				p.Text = strings.TrimSpace(res.ContentText)
			}
		}
		if p.Text == "" {
			// Trafilatura gives up on pages with little text; a short
			// notice is still a document, so take all of the visible text.
			doc, err := dom.Parse(bytes.NewReader(b))
			if err != nil {
				return fmt.Errorf("parsing HTML: %w", err)
			}
			if body := dom.QuerySelector(doc, "body"); body != nil {
				p.Text = nodeText(body)
			} else {
				p.Text = nodeText(doc)
			}
			if p.Title == "" {
				if t := dom.QuerySelector(doc, "title"); t != nil {
					p.Title = strings.TrimSpace(dom.TextContent(t))
				}
			}
		}
		return nil
	})
	if err != nil {
		return page{}, err
	}
	if p.Text == "" {
		return p, fmt.Errorf("%w: no text in HTML", ErrEmpty)
	}
	return p, nil
}

// htmlToText turns an HTML fragment (a feed item's content) into text.
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	var out string
	err := safely("HTML parsing", func() error {
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return err
		}
		out = nodeText(doc)
		return nil
	})
	if err != nil {
		return strings.TrimSpace(s)
	}
	return out
}

// skipTags hold no readable text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"iframe": true, "object": true, "embed": true, "head": true, "select": true,
	"button": true, "nav": true, "canvas": true, "math": true,
}

// blockTags start a paragraph; the first group are HTML, the rest the
// elements trafilatura may leave in its output.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "section": true, "article": true, "header": true,
	"footer": true, "main": true, "aside": true, "figure": true, "figcaption": true, "address": true,
	"details": true, "summary": true, "center": true, "form": true, "fieldset": true, "hr": true,
	"body": true, "html": true, "caption": true, "thead": true, "tbody": true, "tfoot": true,
	"list": true, "item": true, "quote": true,
}

// textWriter writes text with collapsed white space, paragraphs separated by
// a blank line and <br> as a line break.
type textWriter struct {
	sb    strings.Builder
	brk   int  // pending break: 0 none, 1 line, 2 paragraph
	space bool // pending space between words
	pre   int  // depth inside <pre>
}

func (w *textWriter) word(s string) {
	if w.sb.Len() > 0 {
		switch {
		case w.brk == 2:
			w.sb.WriteString("\n\n")
		case w.brk == 1:
			w.sb.WriteString("\n")
		case w.space:
			w.sb.WriteByte(' ')
		}
	}
	w.brk, w.space = 0, false
	w.sb.WriteString(s)
}

func (w *textWriter) text(s string) {
	if w.pre > 0 {
		lines := strings.Split(strings.Trim(s, "\n"), "\n")
		for i, l := range lines {
			if i > 0 {
				w.lineBreak()
			}
			if l = strings.TrimRight(l, " \t\r"); l != "" {
				w.word(l)
			}
		}
		return
	}
	if s == "" {
		return
	}
	if isSpace(s[0]) {
		w.space = true
	}
	f := strings.Fields(s)
	for i, t := range f {
		if i > 0 {
			w.space = true
		}
		w.word(t)
	}
	if isSpace(s[len(s)-1]) {
		w.space = true
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func (w *textWriter) lineBreak() {
	if w.brk < 1 {
		w.brk = 1
	}
}

func (w *textWriter) paragraph() { w.brk = 2 }

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		tag := strings.ToLower(n.Data)
		if skipTags[tag] {
			return
		}
		switch {
		case tag == "br" || tag == "lb":
			w.lineBreak()
			return
		case tag == "td" || tag == "th":
			w.space = true
		case blockTags[tag]:
			w.paragraph()
		}
		if tag == "pre" {
			w.pre++
			defer func() { w.pre-- }()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		if blockTags[tag] {
			w.paragraph()
		}
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
	}
}

// nodeText is the readable text under n.
func nodeText(n *html.Node) string {
	var w textWriter
	w.walk(n)
	return strings.TrimSpace(w.sb.String())
}
