// Package export writes stored events in the shapes analysts load elsewhere:
// attache's own JSON Lines, a flat CSV for spreadsheets, R and pandas,
// PLOVER/POLECAT-style JSON Lines, and a GDELT-style TSV.
package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/attache/attache"
	"github.com/attache/attache/plover"
	"github.com/attache/attache/store"
)

// Formats lists the formats New accepts.
var Formats = []string{"jsonl", "csv", "plover", "gdelt"}

// Writer writes events one at a time; Close flushes.
type Writer interface {
	Write(ev *store.Event) error
	Close() error
}

// New returns a writer of the named format.
func New(format string, w io.Writer) (Writer, error) {
	switch format {
	case "jsonl":
		return newJSONL(w, func(ev *store.Event) any { return ev }), nil
	case "plover":
		return newJSONL(w, func(ev *store.Event) any { return PLOVER(ev) }), nil
	case "csv":
		return newTable(w, ',', CSVHeader, CSVRow), nil
	case "gdelt":
		return newTable(w, '\t', GDELTHeader, GDELTRow), nil
	}
	return nil, fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(Formats, ", "))
}

type jsonlWriter struct {
	bw   *bufio.Writer
	enc  *json.Encoder
	conv func(*store.Event) any
}

func newJSONL(w io.Writer, conv func(*store.Event) any) *jsonlWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{bw: bw, enc: enc, conv: conv}
}

func (j *jsonlWriter) Write(ev *store.Event) error { return j.enc.Encode(j.conv(ev)) }
func (j *jsonlWriter) Close() error                { return j.bw.Flush() }

type tableWriter struct {
	cw     *csv.Writer
	header []string
	row    func(*store.Event) []string
	wrote  bool
}

func newTable(w io.Writer, comma rune, header []string, row func(*store.Event) []string) *tableWriter {
	cw := csv.NewWriter(w)
	cw.Comma = comma
	return &tableWriter{cw: cw, header: header, row: row}
}

func (t *tableWriter) Write(ev *store.Event) error {
	if !t.wrote {
		t.wrote = true
		if err := t.cw.Write(t.header); err != nil {
			return err
		}
	}
	return t.cw.Write(t.row(ev))
}

func (t *tableWriter) Close() error {
	if !t.wrote {
		t.wrote = true
		if err := t.cw.Write(t.header); err != nil {
			return err
		}
	}
	t.cw.Flush()
	return t.cw.Error()
}

// CSVHeader names the columns of CSVRow.
var CSVHeader = []string{"id", "date", "date_precision", "type", "mode", "kind", "status", "context",
	"actor", "actor_name", "actor_sector", "recipient", "recipient_name", "recipient_sector",
	"money", "money_unit", "percent", "multiplier", "deadline", "location", "topics", "facts",
	"num_mentions", "num_documents", "num_sources", "sources", "doc", "url", "trigger", "evidence", "rule", "confidence"}

// CSVRow flattens an event; lists are joined with ";".
func CSVRow(ev *store.Event) []string {
	money, unit := Amount(&ev.Event, attache.Money)
	pct, _ := Amount(&ev.Event, attache.Percent)
	mult, _ := Amount(&ev.Event, attache.Multiplier)
	loc := ""
	if ev.Location != nil {
		loc = ev.Location.Name
	}
	return []string{ev.ID, ev.Date, ev.DatePrecision, ev.Type, ev.Mode, ev.Kind, ev.Status, strings.Join(ev.Context, ";"),
		strings.Join(ev.ActorKeys(), ";"), names(ev.Actor), sectors(ev.Actor),
		strings.Join(ev.RecipientKeys(), ";"), names(ev.Recipient), sectors(ev.Recipient),
		money, unit, pct, mult, ev.Deadline, loc, strings.Join(ev.Topics, ";"), facts(ev.Facts),
		strconv.Itoa(ev.NumMentions), strconv.Itoa(ev.NumDocs), strconv.Itoa(ev.NumSources), strings.Join(ev.Sources, ";"),
		ev.Doc, ev.DocURL, ev.Trigger.Text, ev.Evidence, ev.Rule, strconv.FormatFloat(ev.Confidence, 'f', 2, 64)}
}

// Amount returns the first quantity of a kind as text, with its unit.
func Amount(ev *attache.Event, kind string) (string, string) {
	for _, q := range ev.Quantities {
		if q.Kind == kind {
			return strconv.FormatFloat(q.Value, 'f', -1, 64), q.Unit
		}
	}
	return "", ""
}

func names(es []attache.Entity) string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name)
	}
	return strings.Join(out, ";")
}

func sectors(es []attache.Entity) string {
	var out []string
	for _, e := range es {
		out = append(out, e.Sector)
	}
	return strings.Join(out, ";")
}

func facts(m map[string]string) string {
	if len(m) == 0 {
		return ""
	}
	b, _ := json.Marshal(m) // sorted keys: stable output
	return string(b)
}

// PLOVERActor is an actor or recipient in POLECAT's shape.
type PLOVERActor struct {
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Org     string `json:"org,omitempty"`
}

// PLOVERRecord is an event in the field names PLOVER/POLECAT users expect.
type PLOVERRecord struct {
	EventID    string             `json:"event_id"`
	EventDate  string             `json:"event_date,omitempty"`
	StoryDate  string             `json:"story_date,omitempty"`
	EventType  string             `json:"event_type"`
	EventMode  string             `json:"event_mode,omitempty"`
	Contexts   []string           `json:"contexts,omitempty"`
	Actor      []PLOVERActor      `json:"actor"`
	Recipient  []PLOVERActor      `json:"recipient"`
	EventText  string             `json:"event_text"`
	Trigger    string             `json:"trigger"`
	Location   string             `json:"location,omitempty"`
	Kind       string             `json:"attache_kind,omitempty"`
	Status     string             `json:"attache_status"`
	Quantities []attache.Quantity `json:"attache_quantities,omitempty"`
	Deadline   string             `json:"attache_deadline,omitempty"`
	StoryID    string             `json:"story_id"`
	StoryURL   string             `json:"story_url,omitempty"`
	NumStories int                `json:"num_stories"`
}

// PLOVER converts an event.
func PLOVER(ev *store.Event) PLOVERRecord {
	conv := func(es []attache.Entity) []PLOVERActor {
		out := []PLOVERActor{}
		for _, e := range es {
			out = append(out, PLOVERActor{Name: e.Name, Country: e.Country, Sector: e.Sector, Org: e.Org})
		}
		return out
	}
	r := PLOVERRecord{EventID: ev.ID, EventDate: ev.Date, StoryDate: ev.FirstSeen, EventType: ev.Type, EventMode: ev.Mode,
		Contexts: ev.Context, Actor: conv(ev.Actor), Recipient: conv(ev.Recipient), EventText: ev.Evidence, Trigger: ev.Trigger.Text,
		Kind: ev.Kind, Status: ev.Status, Quantities: ev.Quantities, Deadline: ev.Deadline,
		StoryID: ev.Doc, StoryURL: ev.DocURL, NumStories: ev.NumDocs}
	if ev.Location != nil {
		r.Location = ev.Location.Name
	}
	return r
}

// GDELTHeader names the columns of GDELTRow: the GDELT 2.0 event table
// columns attache can fill, under GDELT's names.
var GDELTHeader = []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL", "PLOVERType", "AttacheID"}

// GDELTRow flattens an event GDELT-style. EventCode is the CAMEO root
// nearest the PLOVER type; GoldsteinScale is the PLOVER intensity.
func GDELTRow(ev *store.Event) []string {
	info, _ := plover.Lookup(ev.Type)
	date := ev.Date
	if len(date) < 10 {
		date = ev.FirstSeen
	}
	sqlDate, monthYear, year, frac := "", "", "", ""
	if t, err := time.Parse("2006-01-02", date); err == nil {
		sqlDate = t.Format("20060102")
		monthYear = t.Format("200601")
		year = t.Format("2006")
		frac = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64)
	}
	a1 := actorCols(ev.Actor)
	a2 := actorCols(ev.Recipient)
	loc, locCountry := "", ""
	if ev.Location != nil {
		loc, locCountry = ev.Location.Name, ev.Location.Country
	}
	id := uint64(0)
	if len(ev.ID) >= 15 {
		id, _ = strconv.ParseUint(ev.ID[:15], 16, 64)
	}
	added := strings.ReplaceAll(ev.FirstSeen, "-", "")
	row := []string{strconv.FormatUint(id, 10), sqlDate, monthYear, year, frac}
	row = append(row, a1[:]...)
	row = append(row, a2[:]...)
	row = append(row, "1", info.CAMEO, info.CAMEO, info.CAMEO, strconv.Itoa(info.Quad), strconv.FormatFloat(info.Intensity, 'f', 1, 64),
		strconv.Itoa(ev.NumMentions), strconv.Itoa(ev.NumSources), strconv.Itoa(ev.NumDocs), "",
		loc, locCountry, added, ev.DocURL, ev.Type, ev.ID)
	return row
}

// actorCols: code (country + sector, CAMEO-style), name, country, type.
func actorCols(es []attache.Entity) [4]string {
	if len(es) == 0 {
		return [4]string{}
	}
	e := es[0]
	c := e.Country
	if e.Org != "" && c == "" {
		c = e.Org
	}
	return [4]string{c + e.Sector, e.Name, e.Country, e.Sector}
}

// LedgerRow is an event as a row of a fact ledger (arms sales, tariffs,
// pledges...): the facts an analyst tracks, flat.
type LedgerRow struct {
	ID            string            `json:"id"`
	Date          string            `json:"date,omitempty"`
	Kind          string            `json:"kind"`
	Type          string            `json:"type"`
	Status        string            `json:"status"`
	Actor         []string          `json:"actor"`
	ActorName     string            `json:"actor_name"`
	Recipient     []string          `json:"recipient"`
	RecipientName string            `json:"recipient_name"`
	Money         *float64          `json:"money,omitempty"`
	Unit          string            `json:"unit,omitempty"`
	Approx        bool              `json:"approx,omitempty"`
	Percent       *float64          `json:"percent,omitempty"`
	Multiplier    *float64          `json:"multiplier,omitempty"`
	Deadline      string            `json:"deadline,omitempty"`
	Location      string            `json:"location,omitempty"`
	Topics        []string          `json:"topics,omitempty"`
	Facts         map[string]string `json:"facts,omitempty"`
	Trigger       string            `json:"trigger"`
	Evidence      string            `json:"evidence"`
	NumDocs       int               `json:"num_documents"`
	Sources       []string          `json:"sources,omitempty"`
	Doc           string            `json:"doc"`
	URL           string            `json:"url,omitempty"`
}

// Ledger flattens an event into a ledger row.
func Ledger(ev *store.Event) LedgerRow {
	r := LedgerRow{ID: ev.ID, Date: ev.Date, Kind: ev.Kind, Type: ev.Type, Status: ev.Status,
		Actor: nonNil(ev.ActorKeys()), ActorName: names(ev.Actor), Recipient: nonNil(ev.RecipientKeys()), RecipientName: names(ev.Recipient),
		Deadline: ev.Deadline, Topics: ev.Topics, Facts: ev.Facts, Trigger: ev.Trigger.Text, Evidence: ev.Evidence,
		NumDocs: ev.NumDocs, Sources: ev.Sources, Doc: ev.Doc, URL: ev.DocURL}
	for _, q := range ev.Quantities {
		v := q.Value
		switch {
		case q.Kind == attache.Money && r.Money == nil:
			r.Money, r.Unit, r.Approx = &v, q.Unit, q.Approx
		case q.Kind == attache.Percent && r.Percent == nil:
			r.Percent = &v
		case q.Kind == attache.Multiplier && r.Multiplier == nil:
			r.Multiplier = &v
		}
	}
	if ev.Location != nil {
		r.Location = ev.Location.Name
	}
	return r
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
