package store

import (
	"crypto/sha256"
	"encoding/hex"
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

// EventUID is a stored event's id: stable for the same document content and
// event, and distinct across documents that happen to share an id.
func EventUID(docHash, eventID string) string {
	h := sha256.Sum256([]byte(docHash + "/" + eventID))
	return hex.EncodeToString(h[:8])
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
