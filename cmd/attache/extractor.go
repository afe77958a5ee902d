package main

import (
	"github.com/attache/attache/extract"
	"github.com/attache/attache/nlp/lexicon"
)

// loadExtractor builds the extractor with the built-in lexicon and any
// --lexicon directories, then seals the word lists: extraction workers read
// them without a lock, so a later addition would race with them.
func loadExtractor(lexDirs ...string) (*extract.Extractor, error) {
	x, err := extract.Default(lexDirs...)
	if err != nil {
		return nil, err
	}
	lexicon.SealLists()
	return x, nil
}
