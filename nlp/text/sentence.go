package text

// Sentence is a range of tokens [Start, End) and of Norm bytes [S, E).
type Sentence struct {
	Start, End int
	S, E       int
}

// MaxSentenceTokens bounds a sentence so that no stage does unbounded work on
// text without punctuation (a 100 MB single line is cut into pieces).
const MaxSentenceTokens = 250

var sentenceStarters = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true, "in": true,
	"but": true, "a": true, "an": true, "this": true, "that": true, "its": true, "his": true,
	"her": true, "on": true, "at": true, "as": true, "after": true, "meanwhile": true,
	"however": true, "i": true, "there": true, "both": true, "officials": true, "analysts": true,
	"last": true, "earlier": true, "since": true, "while": true, "some": true, "also": true,
}

// Sentences splits tokens into sentences. A newline always ends a sentence.
func Sentences(toks []Token) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		if end > start {
			out = append(out, Sentence{Start: start, End: end, S: int(toks[start].S), E: int(toks[end-1].E)})
		}
		start = end
	}
	for i := 0; i < len(toks); i++ {
		if i > start && toks[i].ParaStart {
			emit(i)
		}
		if i-start >= MaxSentenceTokens {
			emit(i)
		}
		t := toks[i]
		end := false
		switch t.Text {
		case ".", "?", "!", "...":
			end = true
		default:
			// "U.S." closing a sentence: only when a typical sentence opener follows
			if len(t.Text) > 2 && t.Text[len(t.Text)-1] == '.' && i+1 < len(toks) && !abbrev[t.Lower[:len(t.Lower)-1]] {
				if sentenceStarters[toks[i+1].Lower] && toks[i+1].Cap {
					end = true
				}
			}
		}
		if !end {
			continue
		}
		// take closing quotes and brackets along
		j := i + 1
		for j < len(toks) && (toks[j].Text == "\"" || toks[j].Text == "'" || toks[j].Text == ")") && toks[j].Joined {
			j++
		}
		if j >= len(toks) {
			i = j - 1
			continue
		}
		nt := toks[j]
		if nt.Cap || nt.Num || nt.Text == "\"" || nt.Text == "(" || nt.ParaStart || nt.Text == "'" {
			emit(j)
			i = j - 1
		}
	}
	emit(len(toks))
	return out
}
