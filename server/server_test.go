package server

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/extract"
	"github.com/attache/attache/store"
	"github.com/attache/attache/store/sqlite"
	"github.com/attache/attache/store/storetest"
)

var (
	xOnce sync.Once
	xx    *extract.Extractor
)

func extractor(t *testing.T) *extract.Extractor {
	xOnce.Do(func() {
		var err error
		if xx, err = extract.Default(); err != nil {
			panic(err)
		}
	})
	return xx
}

// fixture stores the story written for the tests and the bundled VOA
// examples, and serves them.
func fixture(t *testing.T, token string) (*httptest.Server, store.Store) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	x := extractor(t)
	var coded []store.Coded
	add := func(txt string, id string, date string) {
		b, err := os.ReadFile(txt)
		if err != nil {
			t.Fatal(err)
		}
		d := attache.Document{ID: id, Text: string(b), Source: "test", URL: "https://example.org/" + id}
		d.Date, _ = time.Parse("2006-01-02", date)
		res, err := x.Extract(d)
		if err != nil {
			t.Fatal(err)
		}
		coded = append(coded, store.Coded{Doc: d, Hash: store.Hash(d), Result: res})
	}
	add("../extract/testdata/golden/summit-written.txt", "summit-written", "2025-03-07")
	add("../extract/testdata/golden/conflict-written.txt", "conflict-written", "2025-03-07")
	add("../examples/stories/voa-8008152.txt", "voa-8008152", "2025-03-05")
	if _, err := db.Put(ctx, coded); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(db, Options{Token: token, Extractor: x, MaxBody: 64 << 10}))
	t.Cleanup(srv.Close)
	return srv, db
}

func get(t *testing.T, srv *httptest.Server, path string, wantStatus int, into any) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != wantStatus {
		t.Fatalf("GET %s: status %d, want %d: %s", path, resp.StatusCode, wantStatus, body)
	}
	if ct := resp.Header.Get("Content-Type"); into != nil && !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: content type %q", path, ct)
	}
	if into != nil {
		if err := json.Unmarshal(body, into); err != nil {
			t.Fatalf("GET %s: %v: %s", path, err, body)
		}
	}
}

func TestReadEndpoints(t *testing.T) {
	srv, _ := fixture(t, "")
	var health map[string]any
	get(t, srv, "/healthz", 200, &health)
	if health["status"] != "ok" || health["documents"].(float64) != 3 {
		t.Errorf("healthz = %v", health)
	}

	var all EventsPage
	get(t, srv, "/api/events?limit=1000", 200, &all)
	if all.Total == 0 || len(all.Events) != all.Total {
		t.Fatalf("events: total %d, page %d", all.Total, len(all.Events))
	}

	var usa EventsPage
	get(t, srv, "/api/events?actor=usa&sort=date", 200, &usa)
	if usa.Total == 0 || usa.Total >= all.Total {
		t.Errorf("actor=usa: %d of %d", usa.Total, all.Total)
	}
	for _, ev := range usa.Events {
		if !contains(ev.ActorKeys(), "USA") {
			t.Errorf("actor=usa returned %s with actors %v", ev.ID, ev.ActorKeys())
		}
	}
	var page EventsPage
	get(t, srv, "/api/events?limit=2&offset=1", 200, &page)
	if len(page.Events) != 2 || page.Events[0].ID != all.Events[1].ID || page.Total != all.Total {
		t.Errorf("page: %+v", page)
	}
	var txt EventsPage
	get(t, srv, "/api/events?text=tariffs", 200, &txt)
	if txt.Total == 0 {
		t.Error("text=tariffs found nothing")
	}
	for _, ev := range txt.Events {
		if !strings.Contains(strings.ToLower(ev.Evidence), "tariff") {
			t.Errorf("text=tariffs: evidence %q", ev.Evidence)
		}
	}

	// one event with its reports, and its document with spans inside the text
	var det store.EventDetail
	get(t, srv, "/api/events/"+usa.Events[0].ID, 200, &det)
	if len(det.Reports) == 0 || det.NumDocs < 1 {
		t.Fatalf("event detail: %+v", det)
	}
	var doc store.Document
	get(t, srv, "/api/documents/"+det.Reports[0].Doc, 200, &doc)
	if doc.Text == "" || len(doc.Sentences) == 0 || len(doc.Result.Events) == 0 {
		t.Fatalf("document: %+v", doc)
	}
	for _, ev := range doc.Result.Events {
		sp := ev.Trigger.Span
		if sp[0] < 0 || sp[1] > len(doc.Text) || doc.Text[sp[0]:sp[1]] != ev.Trigger.Text {
			t.Errorf("trigger span %v = %q, want %q", sp, doc.Text[sp[0]:sp[1]], ev.Trigger.Text)
		}
	}
	var byHash store.Document
	get(t, srv, "/api/documents/"+doc.Hash, 200, &byHash)
	if byHash.ID != doc.ID {
		t.Errorf("by hash: %s, want %s", byHash.ID, doc.ID)
	}

	var docs struct{ Documents []store.DocSummary }
	get(t, srv, "/api/documents?q=tariffs", 200, &docs)
	if len(docs.Documents) != 1 || docs.Documents[0].ID != "summit-written" || !strings.Contains(docs.Documents[0].Snippet, "[tariffs]") {
		t.Errorf("document search: %+v", docs)
	}

	var actors struct{ Actors []store.ActorCount }
	get(t, srv, "/api/actors?limit=5", 200, &actors)
	if len(actors.Actors) == 0 || len(actors.Actors) > 5 {
		t.Errorf("actors: %+v", actors)
	}

	var dy Dyad
	get(t, srv, "/api/dyads?a=USA&b=JPN&by=month", 200, &dy)
	if dy.Total == 0 || len(dy.Periods) == 0 || dy.Periods[0].Period != "2025-03" {
		t.Fatalf("dyad: %+v", dy)
	}
	sum := 0
	for _, p := range dy.Periods {
		sum += p.Total
		if p.Score < -10 || p.Score > 10 {
			t.Errorf("score %v", p.Score)
		}
	}
	var dyEvents EventsPage
	get(t, srv, "/api/events?a=JPN&b=USA", 200, &dyEvents)
	if sum != dy.Total || dyEvents.Total != dy.Total {
		t.Errorf("dyad total %d, periods %d, events %d", dy.Total, sum, dyEvents.Total)
	}

	var led struct {
		Kind  string
		Total int
		Rows  []map[string]any
	}
	get(t, srv, "/api/ledgers/defense_spending", 200, &led)
	if led.Total == 0 || led.Rows[0]["deadline"] == nil {
		t.Errorf("defense_spending ledger: %+v", led)
	}
	resp, err := http.Get(srv.URL + "/api/ledgers/defense_spending?format=csv")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.HasPrefix(string(b), "id,date,") || strings.Count(string(b), "\n") != led.Total+1 {
		t.Errorf("ledger csv:\n%s", b)
	}
	var counts struct{ Counts []store.Count }
	get(t, srv, "/api/counts?by=quad", 200, &counts)
	if len(counts.Counts) == 0 {
		t.Error("counts by quad empty")
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestBadRequests(t *testing.T) {
	srv, _ := fixture(t, "")
	for _, path := range []string{
		"/api/events?limit=abc",
		"/api/events?limit=100000",
		"/api/events?since=yesterday",
		"/api/events?sort=id%3Bdrop",
		"/api/events?a=USA",
		"/api/events?actor=" + strings.Repeat("A", 300),
		"/api/events?type=" + strings.Repeat("A,", 30),
		"/api/dyads?a=USA",
		"/api/dyads?a=USA&b=JPN&by=week",
		"/api/actors?limit=0",
		"/api/counts?by=nope",
	} {
		var e Error
		get(t, srv, path, 400, &e)
		if e.Error == "" {
			t.Errorf("%s: no error message", path)
		}
	}
	for _, path := range []string{"/api/events/nope", "/api/documents/nope", "/api/ledgers/nope", "/api/nope"} {
		var e Error
		get(t, srv, path, 404, &e)
		if e.Error == "" {
			t.Errorf("%s: no error message", path)
		}
	}
	// parameters are values, never SQL
	var page EventsPage
	get(t, srv, "/api/events?actor="+strings.ReplaceAll("USA') OR 1=1 --", " ", "%20"), 200, &page)
	if page.Total != 0 {
		t.Errorf("injection attempt matched %d events", page.Total)
	}
}

func post(t *testing.T, srv *httptest.Server, path, token, ctype, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("POST", srv.URL+path, strings.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		t.Fatalf("POST %s: %v", path, err)
	}
	return resp.StatusCode, m
}

const story = `{"id":"p1","date":"2025-04-02","title":"Test","text":"Japan's foreign minister met South Korea's foreign minister in Seoul on Tuesday."}`

func TestWrites(t *testing.T) {
	srv, _ := fixture(t, "")
	if code, m := post(t, srv, "/api/documents", "x", "application/json", story); code != 403 || m["error"] == nil {
		t.Errorf("no token configured: %d %v", code, m)
	}
	// extract needs no token and stores nothing
	code, m := post(t, srv, "/api/extract", "", "application/json", story)
	if code != 200 || len(m["result"].(map[string]any)["events"].([]any)) == 0 {
		t.Errorf("extract: %d %v", code, m)
	}
	code, m = post(t, srv, "/api/extract?date=2025-04-02", "", "text/plain", "Japan's foreign minister met South Korea's foreign minister in Seoul.")
	if code != 200 || m["document"].(map[string]any)["date"] != "2025-04-02" {
		t.Errorf("extract plain text: %d %v", code, m)
	}

	srv2, db := fixture(t, "s3cret")
	before, _ := db.Stats(context.Background())
	if code, _ := post(t, srv2, "/api/documents", "", "application/json", story); code != 401 {
		t.Errorf("no bearer: %d", code)
	}
	if code, _ := post(t, srv2, "/api/documents", "wrong", "application/json", story); code != 401 {
		t.Errorf("wrong bearer: %d", code)
	}
	if code, m := post(t, srv2, "/api/documents", "s3cret", "application/json", story); code != 201 || m["stored"] != true || m["new_events"].(float64) < 1 {
		t.Errorf("post: %d %v", code, m)
	}
	if code, m := post(t, srv2, "/api/documents", "s3cret", "application/json", story); code != 200 || m["duplicate"] != true {
		t.Errorf("re-post: %d %v", code, m)
	}
	for _, bad := range []struct{ ctype, body string }{
		{"application/json", `{"text": "x"`},
		{"application/json", `{"text": ""}`},
		{"application/json", `{"text": "a"} {"text": "b"}`},
		{"application/json", `{"text": "Japan met Korea.", "date": "soon"}`},
		{"application/json", `{"url": "https://example.org/"}`},
		{"text/plain", strings.Repeat("x", 70<<10)},
		{"text/plain", "bad \xff utf-8"},
	} {
		if code, m := post(t, srv2, "/api/documents", "s3cret", bad.ctype, bad.body); code != 400 || m["error"] == nil {
			t.Errorf("bad body %.40q: %d %v", bad.body, code, m)
		}
	}
	after, _ := db.Stats(context.Background())
	if after.Documents != before.Documents+1 {
		t.Errorf("documents %d → %d, want one more", before.Documents, after.Documents)
	}
}

// TestDocumentEventIDs checks that a document names its events by the ids
// that /api/events gives them, so the UI can link the two.
func TestDocumentEventIDs(t *testing.T) {
	srv, _ := fixture(t, "")
	var docs struct{ Documents []store.DocSummary }
	get(t, srv, "/api/documents?limit=100", 200, &docs)
	checked := 0
	for _, ds := range docs.Documents {
		var doc DocumentPage
		get(t, srv, "/api/documents/"+ds.ID, 200, &doc)
		if len(doc.EventIDs) != len(doc.Result.Events) {
			t.Fatalf("%s: %d event_ids for %d events", ds.ID, len(doc.EventIDs), len(doc.Result.Events))
		}
		ids := map[string]bool{}
		for _, id := range doc.EventIDs {
			ids[id] = true
		}
		var page EventsPage
		get(t, srv, "/api/events?limit=1000&doc="+ds.ID, 200, &page)
		// every event the document reports, whichever document is its
		// representative
		for _, ev := range page.Events {
			checked++
			if !ids[ev.ID] {
				t.Errorf("%s: stored event %s (%s %q) not in event_ids %v", ds.ID, ev.ID, ev.Type, ev.Trigger.Text, doc.EventIDs)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no stored event checked")
	}
}

// TestLedgerCSVAll checks that a ledger's CSV download is the whole ledger,
// however many pages of the store it takes, in the requested order, and
// that an explicit limit still limits.
func TestLedgerCSVAll(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var docs []store.Coded
	for i := 0; i < 7; i++ {
		c := storetest.WireStory(i * 10) // 10 days apart: no two merge
		c.Result.Events[0].Kind = "meeting"
		docs = append(docs, c)
	}
	if _, err := db.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(db, Options{}))
	defer srv.Close()
	defer func(n int) { csvPage = n }(csvPage)
	csvPage = 2
	for _, tc := range []struct {
		query string
		rows  int
	}{{"format=csv&sort=date", 7}, {"format=csv&sort=-date", 7}, {"format=csv&limit=1", 1}} {
		resp, err := http.Get(srv.URL + "/api/ledgers/meeting?" + tc.query)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(resp.Body).ReadAll()
		resp.Body.Close()
		if err != nil || len(recs) != tc.rows+1 {
			t.Fatalf("%s: %d rows, want %d (%v)", tc.query, len(recs)-1, tc.rows, err)
		}
		desc := strings.Contains(tc.query, "-date")
		for i := 2; i < len(recs); i++ {
			if a, b := recs[i-1][1], recs[i][1]; a == b || (a < b) == desc {
				t.Errorf("%s: row %d dated %s after %s", tc.query, i, b, a)
			}
		}
	}
}
