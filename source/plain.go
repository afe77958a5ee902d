package source

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
)

// maxMetaBytes bounds a NAME.json: it holds a few short fields.
const maxMetaBytes = 1 << 20

// readPlain makes one document of a plain-text input.
func readPlain(in input, b []byte, opt Options, emit emitFunc) error {
	s := strings.TrimPrefix(string(b), "\ufeff")
	if err := checkText(s); err != nil {
		return emit(Item{Origin: in.origin, Format: Text, Err: err})
	}
	doc := attache.Document{ID: baseID(in.name), Text: s}
	if err := withMeta(in, &doc, opt, emit); err != nil {
		return err
	}
	return emit(Item{Doc: doc, Origin: in.origin, Format: Text})
}

// metadata is NAME.json beside NAME.txt or NAME.html.
type metadata struct {
	ID     flexString `json:"id"`
	Date   flexString `json:"date"`
	Title  flexString `json:"title"`
	URL    flexString `json:"url"`
	Source flexString `json:"source"`
}

// withMeta completes doc from the metadata file beside the input, then fills
// what is still missing from opt. The metadata is the user's own word, so it
// wins over anything found in the document. A broken metadata file is
// reported as its own Item, and the document is still read.
func withMeta(in input, doc *attache.Document, opt Options, emit emitFunc) error {
	if in.path != "" {
		md, mpath, err := readMeta(in.path)
		if err != nil {
			if e := emit(Item{Origin: mpath, Err: err}); e != nil {
				return e
			}
		}
		if md != nil {
			if md.ID != "" {
				doc.ID = string(md.ID)
			}
			if md.Date != "" {
				t, err := extract.ParseDate(strings.TrimSpace(string(md.Date)))
				if err != nil {
					if e := emit(Item{Origin: mpath, Err: fmt.Errorf("metadata date: %w", err)}); e != nil {
						return e
					}
				} else {
					doc.Date = t
				}
			}
			if md.Title != "" {
				doc.Title = string(md.Title)
			}
			if md.URL != "" {
				doc.URL = string(md.URL)
			}
			if md.Source != "" {
				doc.Source = string(md.Source)
			}
		}
	}
	if in.single && opt.ID != "" {
		doc.ID = opt.ID
	}
	if doc.Date.IsZero() {
		doc.Date = day(opt.Date)
	}
	return nil
}

// readMeta reads the metadata beside path; no file is no metadata.
func readMeta(path string) (*metadata, string, error) {
	mpath := strings.TrimSuffix(path, filepath.Ext(path)) + ".json"
	if mpath == path {
		return nil, mpath, nil
	}
	f, err := os.Open(mpath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, mpath, nil
	}
	if err != nil {
		return nil, mpath, fmt.Errorf("metadata: %w", err)
	}
	defer f.Close()
	b, err := readBounded(f, maxMetaBytes)
	if err != nil {
		return nil, mpath, fmt.Errorf("metadata: %w", err)
	}
	var md metadata
	if err := json.Unmarshal(b, &md); err != nil {
		return nil, mpath, fmt.Errorf("metadata: invalid JSON: %w", err)
	}
	return &md, mpath, nil
}
