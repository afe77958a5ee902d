// Package examples embeds the public-domain stories (Voice of America, a US
// government work) that attache demo ingests, each NAME.txt with its
// metadata in NAME.json.
package examples

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
)

//go:embed stories/*.txt stories/*.json
var files embed.FS

// Documents returns the bundled stories.
func Documents() ([]attache.Document, error) {
	names, err := fs.Glob(files, "stories/*.txt")
	if err != nil {
		return nil, err
	}
	var docs []attache.Document
	for _, n := range names {
		text, err := files.ReadFile(n)
		if err != nil {
			return nil, err
		}
		d := attache.Document{ID: strings.TrimSuffix(path.Base(n), ".txt"), Text: string(text)}
		if mb, err := files.ReadFile(strings.TrimSuffix(n, ".txt") + ".json"); err == nil {
			var md struct{ ID, Date, Title, URL, Source string }
			if err := json.Unmarshal(mb, &md); err != nil {
				return nil, fmt.Errorf("examples: %s metadata: %w", n, err)
			}
			if md.ID != "" {
				d.ID = md.ID
			}
			if t, err := extract.ParseDate(md.Date); err == nil {
				d.Date = t
			}
			d.Title, d.URL, d.Source = md.Title, md.URL, md.Source
		}
		if d.Source == "" {
			d.Source = "voa"
		}
		docs = append(docs, d)
	}
	return docs, nil
}
