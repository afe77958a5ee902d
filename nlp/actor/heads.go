package actor

import (
	"strings"

	"github.com/attache/attache/nlp/lexicon"
	"github.com/attache/attache/nlp/text"
)

// workerHeads are the people a strike is made by: "striking shipyard
// workers" are labour, not civilians.
var workerHeads = lexicon.List("worker_heads")

// labourMods before a worker head make a labour group.
var labourMods = lexicon.List("labour_modifiers")

// groupHeads are plural people nouns whose sector comes from a business
// modifier: "merchant families", "business people".
var groupHeads = lexicon.List("group_heads")

// businessMods before a group head make it a business group.
var businessMods = lexicon.List("business_modifiers")

// roleHeads are nouns for who speaks or leads a group ("leaders",
// "officials"): their own sector (GOV) is only a default that a group noun
// before them overrides ("rebel leaders" are REB, "opposition officials"
// OPP).
var roleHeads = lexicon.List("role_heads")

// armedHeads are the armed nouns a rebel or militia modifier makes its own:
// "rebel forces", "militia fighters" (a government noun, "government
// troops", leaves the head's sector).
var armedHeads = lexicon.List("armed_group_heads")

// groupSectors are the sectors of group nouns that may modify a role head.
var groupSectors = map[string]bool{"REB": true, "OPP": true, "LAB": true, "BUS": true, "NGO": true, "REL": true, "MED": true, "EDU": true, "REF": true, "PTY": true}

// headSectors sets the sector of a group noun from the words before it:
// a labour or business modifier ("striking shipyard workers", "merchant
// families") and a group noun before a role head ("rebel leaders"), which
// it absorbs. It runs before composition, so that a country before the
// phrase ("Sudanese rebel leaders") composes with the whole of it.
func headSectors(toks []text.Token, units []unit, s text.Sentence) []unit {
	for k := 0; k < len(units); k++ {
		u := &units[k]
		if u.kind != KNoun {
			continue
		}
		head := strings.ToLower(joinText(toks, u.start, u.end))
		if u.ent.Sector == "CVL" && workerHeads[head] && u.end+1 < s.End && toks[u.end].Lower == "on" && (toks[u.end+1].Lower == "strike" || toks[u.end+1].Lower == "strikes") {
			// "workers on strike"
			u.ent.Sector = "LAB"
			continue
		}
		if u.ent.Sector == "CVL" && (workerHeads[head] || groupHeads[head]) {
			// the modifiers right before the head, lower case or the
			// sentence's first word: "striking shipyard workers"
			for j := u.start - 1; j >= s.Start && j >= u.start-3; j-- {
				t := toks[j]
				if t.Punct || gapStop[t.Lower] || t.Num {
					break
				}
				sec := ""
				if workerHeads[head] && labourMods[t.Lower] {
					sec = "LAB"
				} else if groupHeads[head] && businessMods[t.Lower] {
					sec = "BUS"
				}
				if sec == "" {
					continue
				}
				u.ent.Sector = sec
				// "business families", "union workers": the modifier, a group
				// noun of its own, is part of this one
				if k > 0 && units[k-1].kind == KNoun && units[k-1].start >= j && units[k-1].end <= u.start {
					u.start = units[k-1].start
					units = append(units[:k-1], units[k:]...)
					k--
				}
				break
			}
			continue
		}
		// "Rebel leaders", "militia commanders", "opposition officials"
		if k == 0 {
			continue
		}
		p := &units[k-1]
		if p.kind != KNoun || p.end != u.start || p.ent.Country != "" || !groupSectors[p.ent.Sector] {
			continue
		}
		// ("media giant", "bank group": one company)
		if roleHeads[head] && u.ent.Sector == "GOV" || armedHeads[head] && p.ent.Sector == "REB" || u.ent.Sector == "BUS" && (p.ent.Sector == "MED" || p.ent.Sector == "BUS") {
			if u.ent.Sector != "BUS" {
				u.ent.Sector = p.ent.Sector
			}
			u.start = p.start
			units = append(units[:k-1], units[k:]...)
			k--
		}
	}
	return units
}

// shareHeads gives a bare demonym or country abbreviation the head noun of
// the conjunct after it: in "U.S. and Iraqi forces", "US-Iraqi troops" and
// "Chinese and Taiwanese leaders" the head keys both. A full country name keeps its own
// reading ("Israel and Palestinian militants" are not Israeli militants).
func shareHeads(toks []text.Token, units []unit) {
	var live []int
	for k := range units {
		if !units[k].done {
			live = append(live, k)
		}
	}
	for i := len(live) - 1; i > 0; i-- {
		p, q := &units[live[i-1]], &units[live[i]]
		if !(q.kind == KNoun && (q.lead == KAdj || q.lead == KCountry) || q.shared) {
			continue
		}
		if q.start-p.end != 1 {
			continue
		}
		// ("US-Iraqi troops", "Soviet-American talks")
		if w := toks[p.end]; w.Lower != "and" && w.Lower != "or" && w.Text != "," && !(w.Text == "-" && q.start < len(toks) && toks[q.start].Joined) {
			continue
		}
		if p.end < len(toks) && p.start > 0 && toks[p.start-1].Lower == "'s" {
			continue
		}
		if !(p.kind == KAdj || p.kind == KCountry && abbreviation(toks, p.start, p.end)) || p.ent.Country == "" || p.ent.Country == q.ent.Country {
			continue
		}
		p.ent.Sector = q.ent.Sector
		p.ent.Via += "+conjunct"
		p.shared = true
	}
}

// abbreviation says whether toks[a:b] is a country written as an
// abbreviation ("U.S.", "US", "UK"), which stands as a modifier.
func abbreviation(toks []text.Token, a, b int) bool {
	if b-a != 1 {
		return false
	}
	w := toks[a].Text
	return len(w) <= 5 && w == strings.ToUpper(w)
}

// militaryActs says whether the words at i name an armed act that only a
// military makes: "air strikes", "shelling", "an offensive".
func militaryActs(toks []text.Token, i, end int) bool {
	if i >= end {
		return false
	}
	w := toks[i].Lower
	if w == "air" || w == "aerial" || w == "naval" || w == "artillery" {
		if i+1 < end && (toks[i+1].Text == "-" && toks[i+1].Joined) {
			i++
		}
		if i+1 >= end {
			return false
		}
		switch toks[i+1].Lower {
		case "strikes", "strike", "raids", "raid", "attacks", "attack", "bombardment", "bombardments", "campaign", "fire", "shelling", "blockade":
			return true
		}
		return false
	}
	switch w {
	case "airstrikes", "airstrike", "airstrikes.", "shelling", "bombardment", "bombardments", "offensive", "incursion", "incursions", "invasion", "blockade":
		return true
	}
	return false
}

// partitives are nouns and quantifiers for a part of a group that the
// phrase after them names: "voices in Japanese industry", "allies in the
// war", "some in the administration", "members of the Taliban".
var partitives = lexicon.List("partitives")

// ledWords after "X-" make a war or coalition X's: "the US-led war".
var ledWords = map[string]bool{"led": true, "backed": true, "sponsored": true, "run": true}

// partitiveAt says whether toks[i] is a partitive before its group's phrase.
func partitiveAt(toks []text.Token, i, end int) bool {
	if !partitives[toks[i].Lower] || i+2 >= end {
		return false
	}
	// ("members of Congress", "some of the firms": the coder reads a
	// quantity before "of" itself, and "allies of X" are not X)
	switch toks[i+1].Lower {
	case "in", "among", "within", "inside":
		return true
	}
	return false
}

// partitiveKey gives the sector of a partitive from the unit its phrase
// names, and whether that unit keys it at all. A group keeps its sector
// ("voices in Japanese industry" are JPN BUS); a state makes allies its
// government, but "many in Japan" are only of Japan.
func partitiveKey(toks []text.Token, u *unit, nx unit) (string, bool) {
	if nx.ent.Country == "" && nx.ent.Org == "" {
		return "", false
	}
	w := toks[u.start].Lower
	state := nx.kind == KCountry || nx.kind == KAdj
	if state && nx.end < len(toks) {
		// "critics in the Iraq war", "members in Iraq's army": the state
		// only modifies the group's noun; "allies in the US-led war" are
		// the leader's
		n := toks[nx.end]
		if n.Lower == "'s" || n.Text == "'" || !n.Punct && !n.Cap && !gapStop[n.Lower] && !(n.Text == "-" && nx.end+1 < len(toks) && ledWords[toks[nx.end+1].Lower]) {
			return "", false
		}
	}
	if nx.kind == KCapital {
		return nx.ent.Sector, true
	}
	if state {
		if w == "allies" {
			return "GOV", true
		}
		return "", true
	}
	return nx.ent.Sector, true
}

// portfolioGap says whether toks[a:b] is a portfolio of two fields before
// a title: "EU transport and energy commissioner", "foreign and defence
// minister".
func portfolioGap(toks []text.Token, a, b int, past map[string]bool) bool {
	if b-a < 3 || b-a > 5 {
		return false
	}
	and := 0
	for k := a; k < b; k++ {
		t := toks[k]
		if t.Lower == "and" && k > a && k < b-1 {
			and++
			continue
		}
		if t.Punct || t.Num || gapStop[t.Lower] || past[t.Lower] || strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing") && t.Lower != "housing" && t.Lower != "planning" {
			return false
		}
	}
	return and == 1
}

// formerBefore says whether the title toks[i:end] is marked as past:
// "former Prime Minister", "ex-president", "the late King".
func formerBefore(toks []text.Token, i, end int) bool {
	for k := max(i-2, 0); k < end; k++ {
		switch toks[k].Lower {
		case "former", "ex", "late", "then", "onetime", "erstwhile", "deposed", "ousted", "toppled", "jailed", "shadow":
			return true
		}
	}
	return false
}

// genericTitles name a post in whatever body the words before them name
// ("Metropolitan Police Commissioner", "Labor leader"), not an office of
// state of their own.
var genericTitles = map[string]bool{"Leader": true, "Commissioner": true, "Spokesperson": true}

// oppositionMods before "opposition" make it an attitude: "strong
// opposition", "growing opposition".
var oppositionMods = lexicon.List("opposition_modifiers")

// oppositionVerbs before "opposition" make it an act: "voiced opposition".
var oppositionVerbs = lexicon.List("opposition_verbs")

// possessives before a noun.
var possessives = map[string]bool{"'s": true, "'": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// oppositionAct says whether "opposition" at i is the act of opposing
// ("Reagan's opposition to a tax", "in opposition to", "faced opposition
// from farmers", "strong opposition") rather than the political
// opposition ("Kenya's opposition", "the opposition to Maduro").
func oppositionAct(toks []text.Token, i int, s text.Sentence) bool {
	next := ""
	if i+1 < s.End {
		next = toks[i+1].Lower
	}
	prev := ""
	if i > s.Start {
		prev = toks[i-1].Lower
	}
	if next == "from" || prev == "in" && next == "to" {
		return true
	}
	if oppositionMods[prev] || oppositionVerbs[prev] {
		return true
	}
	return possessives[prev] && (next == "to" || next == "against")
}

// tickers drops Reuters ticker symbols ("<OLN>", "<KRPG.F>"), which name no
// one of their own. (The exchange's country would key the company before
// one, "Olin Corp <OLN>" is American, but keyed companies turn their deals,
// which are no political events, into coded ones: measured on Reuters, 27
// corporate events appeared for 7 rekeyed.)
func tickers(toks []text.Token, ms []Mention) []Mention {
	out := ms[:0]
	for i := range ms {
		m := ms[i]
		if m.Kind == KName && m.Start > 0 && m.End < len(toks) && toks[m.Start-1].Text == "<" && toks[m.End].Text == ">" {
			if sym := joinText(toks, m.Start, m.End); sym == strings.ToUpper(sym) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// diplomaticActs are acts only a state makes: a demonym before one names
// its government. ("demand", "offer" and "bid" are as often a market's or
// a company's.)
var diplomaticActs = lexicon.List("diplomatic_acts")

// stateActs says whether the words at i (past one modifier) name an act
// only a state makes: "accession talks", "peace proposal".
func stateActs(toks []text.Token, i, end int) bool {
	for k := i; k < end && k <= i+2; k++ {
		t := toks[k]
		if t.Punct && !(t.Text == "-" && t.Joined) || gapStop[t.Lower] {
			return false
		}
		if diplomaticActs[t.Lower] {
			return true
		}
	}
	return false
}

// companyHeads name one company ("the media giant", "the US firm"), which
// a definite description after its modifiers refers to; "the food
// industry" or "the two firms" do not.
var companyHeads = lexicon.List("company_heads")

// custodyNouns after "his" or "her" say the person is out of power:
// "since his capture", "at her trial".
var custodyNouns = lexicon.List("custody_nouns")

// deposed takes the sector from a known office holder the sentence marks
// as out of power whose every office has ended (in an undated story too, where
// dates cannot tell): "former President X", "the ousted X", "Saddam
// Hussein ... since his capture", "X, in custody".
func deposed(toks []text.Token, ms []Mention, s text.Sentence) {
	custody := false
	for k := s.Start; k+1 < s.End; k++ {
		if (toks[k].Lower == "his" || toks[k].Lower == "her") && custodyNouns[toks[k+1].Lower] || toks[k].Lower == "in" && toks[k+1].Lower == "custody" {
			custody = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != KPerson || m.Entity.Via != "person (out of office)" || !officeSectors[m.Entity.Sector] {
			continue
		}
		if custody || outBefore(toks, m.Start) {
			m.Entity.Sector, m.Entity.Org = "", ""
		}
	}
}

// officeSectors are the sectors of public offices, which a deposed or
// former holder no longer acts for (a jailed tycoon is still business,
// a shadow minister still his party's).
var officeSectors = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true, "IGO": true}

// outBefore says whether the words right before i mark a person as out of
// office: "former", "ex-", "the late", "ousted", "deposed", "jailed".
// ("then Home Office minister X" held the office at the time.)
func outBefore(toks []text.Token, i int) bool {
	for k := max(i-3, 0); k < i; k++ {
		switch toks[k].Lower {
		case "former", "ex", "late", "onetime", "erstwhile", "deposed", "ousted", "toppled", "jailed", "detained", "imprisoned", "exiled", "captured", "fallen":
			return true
		}
	}
	return false
}
