// Package timex finds time expressions in news sentences and resolves them
// against the document date: event dates toward the past ("Tuesday", "last
// month"), deadlines toward the future ("by 2027", "by May 1").
package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/attache/attache/nlp/text"
)

// Precisions.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
	Year  = "year"
)

// Expr is a resolved time expression over tokens [Start, End).
type Expr struct {
	Start, End int
	Date       time.Time
	Precision  string
	Deadline   bool // "by 2027": a date something is due
	Future     bool // "next week", "tomorrow"
}

// Format renders the date; a deadline of year precision is the year's last
// day, as EVENTS.md asks ("by 2027" → 2027-12-31).
func (x Expr) Format() string { return x.Date.Format("2006-01-02") }

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3, "mar.": 3,
	"april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7,
	"august": 8, "aug": 8, "aug.": 8, "september": 9, "sept": 9, "sept.": 9, "sep.": 9,
	"october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12, "dec.": 12,
}

func day(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }

func lastDay(y int, m time.Month) time.Time {
	return time.Date(y, m+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
}

func yearNum(t text.Token) (int, bool) {
	if len(t.Text) != 4 || !t.Num {
		return 0, false
	}
	y, err := strconv.Atoi(t.Text)
	if err != nil || y < 1900 || y > 2100 {
		return 0, false
	}
	return y, true
}

func dayNum(t text.Token) (int, bool) {
	s := strings.TrimRight(t.Lower, "stndrh")
	d, err := strconv.Atoi(s)
	if err != nil || d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

// Find returns the time expressions of toks[start:end] resolved against doc.
// With a zero doc date only absolute expressions resolve.
func Find(toks []text.Token, start, end int, doc time.Time) []Expr {
	var out []Expr
	doc = day(doc)
	has := !doc.IsZero()
	for i := start; i < end; i++ {
		w := toks[i].Lower
		prev := ""
		if i > start {
			prev = toks[i-1].Lower
		}
		deadline := prev == "by" || prev == "before" || prev == "until"
		// month [day] [, year]
		if m, ok := months[w]; ok && (toks[i].Cap) && !(w == "may" && !(i+1 < end && (toks[i+1].Num))) && !(w == "march" && !(i+1 < end && toks[i+1].Num) && prev != "in" && prev != "early" && prev != "late" && prev != "mid" && prev != "since" && prev != "by") {
			j := i + 1
			d, hasDay := 0, false
			if j < end {
				if dd, ok := dayNum(toks[j]); ok && len(toks[j].Text) <= 4 {
					d, hasDay = dd, true
					j++
				}
			}
			y, hasYear := 0, false
			k := j
			if k < end && toks[k].Text == "," {
				k++
			}
			if k < end {
				if yy, ok := yearNum(toks[k]); ok {
					y, hasYear = yy, true
					j = k + 1
				}
			}
			if !hasYear {
				if !has {
					continue
				}
				y = doc.Year()
			}
			x := Expr{Start: i, End: j, Deadline: deadline}
			if prev == "early" || prev == "late" || prev == "mid" {
				x.Start = i - 1
			}
			if hasDay {
				x.Date, x.Precision = time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Day
			} else {
				x.Date, x.Precision = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), Month
				if deadline {
					x.Date = lastDay(y, m)
				}
			}
			if !hasYear {
				// past for events, future for deadlines
				if deadline && x.Date.Before(doc) {
					x.Date = x.Date.AddDate(1, 0, 0)
				} else if !deadline && x.Date.After(doc) && !(x.Precision == Month && x.Date.Month() == doc.Month()) {
					x.Date = x.Date.AddDate(-1, 0, 0)
				}
			}
			out = append(out, x)
			i = j - 1
			continue
		}
		if y, ok := yearNum(toks[i]); ok && (prev == "in" || prev == "by" || prev == "since" || prev == "until" || prev == "during" || prev == "before" || prev == "of" || prev == "from" || prev == "end") {
			x := Expr{Start: i, End: i + 1, Precision: Year, Deadline: deadline, Date: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)}
			if deadline {
				x.Date = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
			}
			out = append(out, x)
			continue
		}
		if !has {
			continue
		}
		if wd, ok := weekdays[w]; ok {
			back := (int(doc.Weekday()) - int(wd) + 7) % 7
			x := Expr{Start: i, End: i + 1, Precision: Day, Date: doc.AddDate(0, 0, -back)}
			if prev == "next" || prev == "this" && back > 0 && false {
				fwd := (int(wd) - int(doc.Weekday()) + 7) % 7
				x.Date, x.Future = doc.AddDate(0, 0, fwd), true
			}
			if prev == "last" || prev == "next" || prev == "on" {
				x.Start = i - 1
			}
			out = append(out, x)
			continue
		}
		switch w {
		case "today", "tonight":
			out = append(out, Expr{Start: i, End: i + 1, Date: doc, Precision: Day})
			continue
		case "yesterday":
			out = append(out, Expr{Start: i, End: i + 1, Date: doc.AddDate(0, 0, -1), Precision: Day})
			continue
		case "tomorrow":
			out = append(out, Expr{Start: i, End: i + 1, Date: doc.AddDate(0, 0, 1), Precision: Day, Future: true})
			continue
		}
		if i+1 < end && (w == "this" || w == "last" || w == "next" || w == "past") {
			unit := toks[i+1].Lower
			x := Expr{Start: i, End: i + 2}
			if i > start && (prev == "earlier" || prev == "later") {
				x.Start = i - 1
			}
			step := 0
			switch w {
			case "last", "past":
				step = -1
			case "next":
				step, x.Future = 1, true
			}
			switch unit {
			case "week":
				x.Date, x.Precision = doc.AddDate(0, 0, 7*step), Week
			case "month":
				d := time.Date(doc.Year(), doc.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, step, 0)
				x.Date, x.Precision = d, Month
			case "year":
				x.Date, x.Precision = time.Date(doc.Year()+step, 1, 1, 0, 0, 0, 0, time.UTC), Year
			case "weekend":
				x.Date, x.Precision = doc.AddDate(0, 0, 7*step), Week
			default:
				continue
			}
			if w == "past" && unit != "week" {
				continue
			}
			out = append(out, x)
			i++
			continue
		}
		if w == "end" && i+3 < end && toks[i+1].Lower == "of" && (toks[i+2].Lower == "the" || toks[i+2].Lower == "this") && toks[i+3].Lower == "year" {
			out = append(out, Expr{Start: i, End: i + 4, Date: time.Date(doc.Year(), 12, 31, 0, 0, 0, 0, time.UTC), Precision: Year, Deadline: deadline})
			i += 3
		}
	}
	return out
}
