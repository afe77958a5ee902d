// Package text turns raw news text into a normalized form that later stages
// can match against, without losing the way back: every byte of the
// normalized text knows the byte of the original it came from.
package text

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// Text is a document's text after normalization.
type Text struct {
	Orig  string  // the text as given
	Norm  string  // normalized: straight quotes, ASCII dashes, unwrapped lines
	Lower string  // Norm with ASCII letters lowered; same length as Norm
	off   []int32 // off[i] is the byte in Orig that Norm[i] came from; len(Norm)+1 entries
}

// Errors for input that is not text.
var (
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrNUL         = errors.New("contains NUL bytes (binary data?)")
)

// Check reports whether s can be processed as text.
func Check(s string) error {
	if strings.IndexByte(s, 0) >= 0 {
		return ErrNUL
	}
	if !utf8.ValidString(s) {
		return ErrInvalidUTF8
	}
	return nil
}

// replacement for a rune during normalization; 0 means keep it.
func replacement(r rune) string {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`':
		return "'"
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033':
		return "\""
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return "-"
	case '\u2026':
		return "..."
	case '\u00a0', '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\t', '\r', '\v', '\f':
		return " "
	case '\u2022', '\u25cf', '\u25aa', '\u00b7':
		return "*"
	case '\u200b', '\ufeff', '\u00ad':
		return "\x00" // dropped
	}
	return ""
}

// Normalize builds the normalized text of s. s must pass Check.
func Normalize(s string) *Text {
	b := make([]byte, 0, len(s))
	off := make([]int32, 0, len(s)+1)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '`' {
				r := replacement(rune(c))
				b = append(b, r...)
				off = append(off, int32(i))
			} else {
				b = append(b, c)
				off = append(off, int32(i))
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if rep := replacement(r); rep != "" {
			if rep != "\x00" {
				for k := 0; k < len(rep); k++ {
					b = append(b, rep[k])
					off = append(off, int32(i))
				}
			}
		} else {
			b = append(b, s[i:i+n]...)
			for k := 0; k < n; k++ {
				off = append(off, int32(i+k))
			}
		}
		i += n
	}
	off = append(off, int32(len(s)))
	unwrap(b)
	decapLines(b)
	t := &Text{Orig: s, Norm: string(b), off: off}
	lowerBytes(b)
	t.Lower = string(b)
	return t
}

// unwrap joins hard-wrapped lines (Reuters wraps at ~65 columns) by turning
// a newline inside a paragraph into a space. A newline stays when the next
// line is indented or blank (a new paragraph), or when the line before is
// short or ends in a colon (a heading, a list, a speech introduction).
func unwrap(b []byte) {
	wrapped := hardWrapped(b)
	lineStart := 0
	for i := 0; i < len(b); i++ {
		if b[i] != '\n' {
			continue
		}
		line := b[lineStart:i]
		lineStart = i + 1
		if i+1 >= len(b) {
			break
		}
		next := b[i+1]
		if next == ' ' || next == '\n' || next == '*' || next == '-' {
			continue
		}
		trimmed := strings.TrimRight(string(line), " ")
		lower := next >= 'a' && next <= 'z'
		if !wrapped && !lower && len(strings.TrimLeft(trimmed, " ")) < 30 || strings.HasSuffix(trimmed, ":") || allCaps(line) {
			continue
		}
		b[i] = ' '
	}
}

// hardWrapped says whether the text is wrapped at a fixed width (Reuters
// 1987): most lines are 40-80 bytes long and most newlines are followed by
// a non-space. Such text marks paragraphs by indentation, so every other
// newline is a wrap.
func hardWrapped(b []byte) bool {
	lines, mid, cont := 0, 0, 0
	start := 0
	for i := 0; i < len(b); i++ {
		if b[i] != '\n' {
			continue
		}
		n := i - start
		lines++
		if n >= 40 && n <= 80 {
			mid++
		}
		if i+1 < len(b) && b[i+1] != ' ' && b[i+1] != '\n' {
			cont++
		}
		start = i + 1
	}
	return lines >= 3 && mid*10 >= lines*6 && cont*2 >= lines
}

// decapLines rewrites ALL-CAPS lines ("JAPAN WILL NOT RETALIATE") in title
// case, so that "US" in a headline is not taken for the country and names
// match the lexicons the way they do in running text.
func decapLines(b []byte) {
	start := 0
	for i := 0; i <= len(b); i++ {
		if i < len(b) && b[i] != '\n' {
			continue
		}
		line := b[start:i]
		if allCaps(line) {
			wordStart := true
			for k, c := range line {
				isLetter := (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
				if isLetter {
					if !wordStart && c >= 'A' && c <= 'Z' {
						line[k] = c + 32
					}
					wordStart = false
				} else if c != '\'' && c != '.' {
					wordStart = true
				}
			}
		}
		start = i + 1
	}
}

func allCaps(line []byte) bool {
	up, low := 0, 0
	for _, c := range line {
		switch {
		case c >= 'A' && c <= 'Z':
			up++
		case c >= 'a' && c <= 'z':
			low++
		}
	}
	return up >= 8 && low*10 <= up
}

func lowerASCII(s string) string {
	b := []byte(s)
	lowerBytes(b)
	return string(b)
}

// lowerBytes lowers ASCII letters in place; other bytes keep their length,
// so offsets into Norm stay valid in Lower.
func lowerBytes(b []byte) {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
}

// OrigSpan maps a byte range of Norm to the range of Orig it came from.
func (t *Text) OrigSpan(s, e int) (int, int) {
	if s < 0 {
		s = 0
	}
	if e > len(t.Norm) {
		e = len(t.Norm)
	}
	if e <= s {
		o := int(t.off[s])
		return o, o
	}
	os := int(t.off[s])
	// The end is one past the original byte of the last normalized byte,
	// extended to the end of its (possibly multi-byte) rune.
	last := int(t.off[e-1])
	oe := last + 1
	for oe < len(t.Orig) && !utf8.RuneStart(t.Orig[oe]) {
		oe++
	}
	return os, oe
}
