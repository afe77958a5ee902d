package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Japan\u2019s \u201cdeal\u201d \u2014 done", "Japan's \"deal\" - done"},
		// a Reuters hard wrap inside a paragraph becomes a space
		{"Light rain fell on most days last month in\nthe Ghana coffee belt.", "Light rain fell on most days last month in the Ghana coffee belt."},
		// an indented line starts a paragraph
		{"said in its weekly review of the market.\n    The dry period", "said in its weekly review of the market.\n    The dry period"},
		// a line ending in a colon introduces a quote
		{"A Trump administration official stated:\n\"We all know\"", "A Trump administration official stated:\n\"We all know\""},
		{"JAPAN WILL NOT RETALIATE AGAINST US\nBody", "Japan Will Not Retaliate Against Us\nBody"},
	}
	for _, c := range cases {
		got := Normalize(c.in).Norm
		if got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOrigSpan(t *testing.T) {
	in := "\u201cJapan\u201d is \u2014 here"
	tx := Normalize(in)
	toks := Tokenize(tx)
	for _, tok := range toks {
		s, e := tx.OrigSpan(int(tok.S), int(tok.E))
		orig := in[s:e]
		if !utf8.ValidString(orig) {
			t.Fatalf("span %d-%d cuts a rune", s, e)
		}
		if tok.Text == "Japan" && orig != "Japan" {
			t.Errorf("Japan maps to %q", orig)
		}
		if tok.Text == "\"" && orig != "\u201c" && orig != "\u201d" {
			t.Errorf("quote maps to %q", orig)
		}
	}
}

func toks(s string) []string {
	var out []string
	for _, t := range Tokenize(Normalize(s)) {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want string
	}{
		{"U.S. President Donald Trump's deal.", "U.S.|President|Donald|Trump|'s|deal|."},
		{"nearly $1 billion, 25% and 300 mln dlrs", "nearly|$|1|billion|,|25|%|and|300|mln|dlrs"},
		{"£1.35bn offer", "£|1.35|bn|offer"},
		{"US-Japan talks; U.S.-led forces", "US|-|Japan|talks|;|U.S.|-|led|forces"},
		{"didn't (AI) \"quote\"", "did|n't|(|AI|)|\"|quote|\""},
		{"Mr. Blair met Gen. Smith", "Mr.|Blair|met|Gen.|Smith"},
	}
	for _, c := range cases {
		got := strings.Join(toks(c.in), "|")
		if got != c.want {
			t.Errorf("Tokenize(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"Trump met Ishiba. He said so.", 2},
		{"He arrived in the U.S. The talks began.", 2},
		{"Mr. Smith met Gen. Jones on Tuesday.", 1},
		{"\"We agree,\" he said. \"It is done.\"", 2},
		{"Heading line\n\nBody sentence one. Body two.", 3},
		{"", 0},
	}
	for _, c := range cases {
		tx := Normalize(c.in)
		got := len(Sentences(Tokenize(tx)))
		if got != c.want {
			t.Errorf("Sentences(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestCheck(t *testing.T) {
	if Check("ok text") != nil {
		t.Error("valid text rejected")
	}
	if Check("bad\xff") != ErrInvalidUTF8 {
		t.Error("invalid UTF-8 accepted")
	}
	if Check("nul\x00") != ErrNUL {
		t.Error("NUL accepted")
	}
}

func TestLongLineIsCut(t *testing.T) {
	s := strings.Repeat("word ", 10000)
	ss := Sentences(Tokenize(Normalize(s)))
	for _, x := range ss {
		if x.End-x.Start > MaxSentenceTokens+1 {
			t.Fatalf("sentence of %d tokens", x.End-x.Start)
		}
	}
}

func FuzzPipelineText(f *testing.F) {
	f.Add("US President Donald Trump\u2019s deal \u2014 \u201cok\u201d.\nNext line")
	f.Add("JAPAN WILL NOT\n    RETALIATE. U.S. 300 mln dlrs")
	f.Fuzz(func(t *testing.T, s string) {
		if Check(s) != nil {
			return
		}
		tx := Normalize(s)
		if len(tx.Lower) != len(tx.Norm) {
			t.Fatal("Lower and Norm differ in length")
		}
		tk := Tokenize(tx)
		for _, x := range tk {
			a, b := tx.OrigSpan(int(x.S), int(x.E))
			if a < 0 || b > len(s) || a > b {
				t.Fatalf("bad span %d-%d of %d", a, b, len(s))
			}
		}
		for _, st := range Sentences(tk) {
			if st.Start >= st.End {
				t.Fatal("empty sentence")
			}
		}
	})
}
