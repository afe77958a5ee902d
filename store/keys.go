package store

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/attache/attache"
)

// MergeKey is what two reports must share to be one event: type, kind,
// actor keys, recipient keys and status (a threat and the act threatened
// are two events; a pledge to spend and a pledge to talk are two).
func MergeKey(ev *attache.Event) string {
	return ev.Type + "/" + ev.Kind + "|" + strings.Join(ev.ActorKeys(), ",") + "|" + strings.Join(ev.RecipientKeys(), ",") + "|" + ev.Status
}

// EventUID is the id of an undated report's event: undated reports never
// merge across documents, so the id is the document's content hash and the
// event's extraction id.
func EventUID(docHash, eventID string) string {
	h := sha256.Sum256([]byte(docHash + "/" + eventID))
	return hex.EncodeToString(h[:8])
}

// MergedUID is the id of the event that dated reports with merge key mkey in
// window bucket share: the n-th such report of every document (counting from
// 0 in the document's event order) goes to the same event, so two events the
// coder kept apart in one document stay apart, and the ids do not depend on
// which document arrived first.
func MergedUID(mkey string, bucket int64, n int) string {
	h := sha256.Sum256([]byte("merge\x00" + mkey + "\x00" + strconv.FormatInt(bucket, 10) + "\x00" + strconv.Itoa(n)))
	return hex.EncodeToString(h[:8])
}

// Bucket is the merge window of a day (days since 1970): floor(day/MergeDays).
func Bucket(day int64) int64 {
	b := day / MergeDays
	if day%MergeDays < 0 {
		b--
	}
	return b
}

// DocDate is a document's date as stored, YYYY-MM-DD or "".
func DocDate(d attache.Document) string {
	if d.Date.IsZero() {
		return ""
	}
	return d.Date.Format("2006-01-02")
}

// Placement says which stored event one report of a document belongs to,
// and where the report ranks among that event's reports.
type Placement struct {
	UID   string
	MKey  string
	Date  string // the event's date, else the document's
	Day   int64  // Date as days since 1970, when Dated
	Dated bool
	// Rank orders the reports of one event independently of arrival: the
	// least is the event's representative (its record, date, evidence and
	// first document). Compare bytewise.
	Rank string
}

// Place assigns every event of a document to its stored event. Backends
// store the same documents into the same events whatever the order.
func Place(hash string, docDate string, evs []attache.Event) []Placement {
	out := make([]Placement, len(evs))
	nth := map[string]int{}
	uids := map[string]bool{}
	for i := range evs {
		ev := &evs[i]
		p := Placement{MKey: MergeKey(ev), Date: ev.Date}
		if p.Date == "" {
			p.Date = docDate
		}
		p.Day, p.Dated = Day(p.Date)
		if p.Dated {
			slot := p.MKey + "\x00" + strconv.FormatInt(Bucket(p.Day), 10)
			p.UID = MergedUID(p.MKey, Bucket(p.Day), nth[slot])
			nth[slot]++
		} else {
			// Two events of one document can share an extraction id
			// (same sentence, type and parties, different kind); the
			// stored id must not.
			p.UID = EventUID(hash, ev.ID)
			for n := 1; uids[p.UID]; n++ {
				p.UID = EventUID(hash, ev.ID+"/"+strconv.Itoa(n))
			}
		}
		uids[p.UID] = true
		p.Rank = ReportRank(p.Date, hash, ev.ID)
		out[i] = p
	}
	return out
}

// ReportRank is the key that orders the reports of one event: date (so the
// representative is the earliest report), then document content hash, then
// the event's extraction id. One document reports an event at most once, so
// ties cannot occur.
func ReportRank(date, hash, eventID string) string {
	return date + "\x00" + hash + "\x00" + eventID
}

// AddSource adds a source to a sorted, tab-separated set of sources.
func AddSource(set, src string) string {
	if src == "" {
		return set
	}
	var ss []string
	if set != "" {
		ss = strings.Split(set, "\t")
	}
	i := sort.SearchStrings(ss, src)
	if i < len(ss) && ss[i] == src {
		return set
	}
	ss = append(ss, "")
	copy(ss[i+1:], ss[i:])
	ss[i] = src
	return strings.Join(ss, "\t")
}

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// Day turns an event date (YYYY-MM-DD, YYYY-MM or YYYY) into days since
// 1970-01-01; a month or year counts from its first day.
func Day(date string) (int64, bool) {
	var t time.Time
	var err error
	switch len(date) {
	case 10:
		t, err = time.Parse("2006-01-02", date)
	case 7:
		t, err = time.Parse("2006-01", date)
	case 4:
		t, err = time.Parse("2006", date)
	default:
		return 0, false
	}
	if err != nil {
		return 0, false
	}
	return int64(t.Sub(epoch).Hours() / 24), true
}

// EntityKeys lists the (key, name) pairs of entities, one per key.
func EntityKeys(es []attache.Entity) [][2]string {
	var out [][2]string
	seen := map[string]bool{}
	for _, e := range es {
		for _, k := range e.Keys() {
			if !seen[k] {
				seen[k] = true
				out = append(out, [2]string{k, e.Name})
			}
		}
	}
	return out
}
