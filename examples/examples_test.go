package examples

import "testing"

func TestDocuments(t *testing.T) {
	docs, err := Documents()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 3 {
		t.Fatalf("%d documents", len(docs))
	}
	for _, d := range docs {
		if d.ID == "" || d.Date.IsZero() || d.Title == "" || len(d.Text) < 500 || d.Source != "voa" {
			t.Errorf("%s: incomplete: date %v title %q, %d bytes", d.ID, d.Date, d.Title, len(d.Text))
		}
	}
}
