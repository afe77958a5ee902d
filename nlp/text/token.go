package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark with its byte range in Text.Norm.
type Token struct {
	S, E  int32
	Text  string // slice of Norm
	Lower string // slice of Lower
	// Flags
	Cap       bool // first letter upper case
	AllCaps   bool // every letter upper case, at least two letters
	Num       bool // starts with a digit
	Punct     bool // no letter or digit
	Joined    bool // no space between this token and the one before
	ParaStart bool // first token after a newline
}

// abbreviations that keep their period and do not end a sentence.
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "capt": true, "sgt": true, "corp": true, "inc": true,
	"co": true, "ltd": true, "jr": true, "sr": true, "st": true, "mt": true, "no": true,
	"vs": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"prof": true, "adm": true, "maj": true, "cmdr": true, "pres": true, "rev": true, "gens": true,
	"messrs": true, "bros": true, "plc": true, "cos": true, "dept": true, "ft": true, "fig": true,
}

// Tokenize splits t.Norm into tokens.
func Tokenize(t *Text) []Token {
	return tokenize(t.Norm, t.Lower, make([]Token, 0, len(t.Norm)/4+8))
}

// TokenizeString tokenizes a lexicon phrase the same way as text, and returns
// the lowered token strings.
func TokenizeString(s string) []string {
	toks := tokenize(s, lowerASCII(s), nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Lower
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' }

func tokenize(norm, lower string, out []Token) []Token {
	n := len(norm)
	para := true
	for i := 0; i < n; {
		if isSpace(norm[i]) {
			if norm[i] == '\n' {
				para = true
			}
			i++
			continue
		}
		j := i
		for j < n && !isSpace(norm[j]) {
			j++
		}
		first := len(out)
		out = splitWord(norm, lower, i, j, out)
		if len(out) > first {
			out[first].Joined = false
			out[first].ParaStart = para
		}
		para = false
		i = j
	}
	return out
}

func mk(norm, lower string, s, e int, joined bool) Token {
	t := Token{S: int32(s), E: int32(e), Text: norm[s:e], Lower: lower[s:e], Joined: joined}
	letters, upper := 0, 0
	hasAlnum := false
	for k, r := range t.Text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				if letters == 1 {
					t.Cap = true
				}
			}
			hasAlnum = true
		} else if unicode.IsDigit(r) {
			hasAlnum = true
			if k == 0 {
				t.Num = true
			}
		}
	}
	t.AllCaps = letters >= 2 && upper == letters
	t.Punct = !hasAlnum
	return t
}

func isLeadPunct(c byte) bool {
	switch c {
	case '(', '[', '{', '"', '\'', '$', '*', '#', '<':
		return true
	}
	return false
}

func isTrailPunct(c byte) bool {
	switch c {
	case ')', ']', '}', '"', '\'', ',', ';', ':', '?', '!', '.', '>', '*':
		return true
	}
	return false
}

var currencyPrefixes = []string{"US$", "A$", "C$", "HK$", "NZ$", "S$", "R$", "$", "£", "€", "¥"}

// currencyAt returns the length of a currency symbol at norm[s] that is
// followed by a digit ("$1", "US$5", "£1.35bn"), or 0.
func currencyAt(norm string, s, e int) int {
	// only a word with a '$' or a non-ASCII first byte can start with one
	if norm[s] < utf8.RuneSelf && strings.IndexByte(norm[s:e], '$') < 0 {
		return 0
	}
	for _, p := range currencyPrefixes {
		if strings.HasPrefix(norm[s:e], p) && s+len(p) < e && isDigit(norm[s+len(p)]) {
			return len(p)
		}
	}
	return 0
}

// splitWord splits the whitespace-free run norm[s:e] into tokens.
func splitWord(norm, lower string, s, e int, out []Token) []Token {
	joined := false
	// leading punctuation and currency symbols
	for s < e {
		if n := currencyAt(norm, s, e); n > 0 {
			out = append(out, mk(norm, lower, s, s+n, joined))
			s += n
			joined = true
			continue
		}
		if isLeadPunct(norm[s]) && !(norm[s] == '\'' && s+1 < e && isDigit(norm[s+1])) {
			out = append(out, mk(norm, lower, s, s+1, joined))
			s++
			joined = true
			continue
		}
		break
	}
	// trailing punctuation, kept aside to append after the core
	var trail []int
	for e > s {
		c := norm[e-1]
		if !isTrailPunct(c) {
			break
		}
		if c == '.' {
			core := norm[s : e-1]
			if keepsPeriod(core) {
				break
			}
			// "..." stays one token
			if strings.HasSuffix(norm[s:e], "...") && e-3 >= s {
				trail = append(trail, e-3)
				e -= 3
				continue
			}
		}
		trail = append(trail, e-1)
		e--
	}
	if s < e {
		out = splitCore(norm, lower, s, e, joined, out)
		joined = true
	}
	for k := len(trail) - 1; k >= 0; k-- {
		ts := trail[k]
		te := ts + 1
		if norm[ts] == '.' && ts+3 <= len(norm) && norm[ts:ts+3] == "..." && (k == 0 || trail[k-1] != ts+1) {
			te = ts + 3
		}
		out = append(out, mk(norm, lower, ts, te, joined))
		joined = true
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlpha(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// keepsPeriod says whether core + "." is an abbreviation: U.S., U.N., Mr., Corp.
func keepsPeriod(core string) bool {
	if core == "" {
		return false
	}
	if abbrev[strings.ToLower(core)] {
		return true
	}
	// initials and dotted abbreviations: "S", "U.S", "a.m"
	if len(core) == 1 && isAlpha(core[0]) && core[0] >= 'A' && core[0] <= 'Z' {
		return true
	}
	if strings.Contains(core, ".") {
		for _, part := range strings.Split(core, ".") {
			if len(part) > 2 {
				return false
			}
			for k := 0; k < len(part); k++ {
				if !isAlpha(part[k]) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// splitCore splits the inside of a word at hyphens, slashes, possessive 's,
// n't, a trailing % and number-unit joins ("1.35bn").
func splitCore(norm, lower string, s, e int, joined bool, out []Token) []Token {
	w := norm[s:e]
	// possessive 's / s'
	if len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
		out = splitCore(norm, lower, s, e-2, joined, out)
		return append(out, mk(norm, lower, e-2, e, true))
	}
	if len(w) > 3 && strings.HasSuffix(lower[s:e], "n't") {
		out = splitCore(norm, lower, s, e-3, joined, out)
		return append(out, mk(norm, lower, e-3, e, true))
	}
	// split at - / -- and / except inside numbers ("4/03", "1,000")
	for k := s; k < e; k++ {
		c := norm[k]
		if (c == '-' || c == '/') && k > s && k < e-1 {
			if c == '/' && isDigit(norm[k-1]) && isDigit(norm[k+1]) {
				continue
			}
			if c == '-' && isDigit(norm[k-1]) && isDigit(norm[k+1]) {
				// ranges "16-27": split too
			}
			end := k + 1
			for end < e && norm[end] == c {
				end++
			}
			out = splitCore(norm, lower, s, k, joined, out)
			out = append(out, mk(norm, lower, k, end, true))
			if end < e {
				out = splitCore(norm, lower, end, e, true, out)
			}
			return out
		}
	}
	if w[len(w)-1] == '%' && len(w) > 1 {
		out = append(out, mk(norm, lower, s, e-1, joined))
		return append(out, mk(norm, lower, e-1, e, true))
	}
	// number followed by a unit: 1.35bn, 10m, 5pct, 20th stays (ordinal)
	if isDigit(w[0]) {
		k := 0
		for k < len(w) && (isDigit(w[k]) || w[k] == '.' || w[k] == ',') {
			k++
		}
		if k < len(w) && k > 0 {
			suffix := strings.ToLower(w[k:])
			switch suffix {
			case "bn", "b", "m", "mn", "mln", "bln", "tn", "trn", "k", "pct", "billion", "million", "trillion":
				out = append(out, mk(norm, lower, s, s+k, joined))
				return append(out, mk(norm, lower, s+k, e, true))
			}
		}
	}
	return append(out, mk(norm, lower, s, e, joined))
}
