package actor

import (
	"testing"
	"time"
)

// TestRound11Mentions holds the mention-level rows of the round-11 actor
// families: which entity a phrase names. Each construction has a row that
// failed before its fix and a "survives" row. The sentences are written
// for these tests.
func TestRound11Mentions(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, in, text string
		want           want
	}{
		// an acronym with two bodies is read by its head noun
		{"ADF rebels are the Allied Democratic Forces", "Ten villagers were killed by ADF rebels in Ituri.", "ADF rebels", want{country: "UGA", sector: "REB", org: "ADF"}},
		{"survives: ADF troops are Australia's", "ADF troops landed in East Timor on Monday.", "ADF troops", want{country: "AUS", sector: "MIL"}},
		// followers of someone are the followers
		{"supporters of a named leader", "Supporters of the Ivorian president marched.", "Supporters of the Ivorian president", want{country: "CIV", sector: "CVL"}},
		{"loyalists of a party keep its sector", "Followers of the Labour Party marched.", "Followers of the Labour Party", want{country: "GBR", sector: "PTY"}},
		{"survives: the president alone", "The Ivorian president marched.", "Ivorian president", want{country: "CIV", sector: "GOV"}},
		// an appositive title that goes on with its post keys the name
		{"an appositive post keys the name", "Li Wei, China's ambassador to the United Nations, spoke.", "Li Wei", want{country: "CHN", sector: "GOV"}},
		{"survives: a list is no appositive", "Bankers, the World Bank, the IMF and donors met.", "Bankers", want{sector: "BUS"}},
		// a described role before the name keys it
		{"a film director of a demonym", "Canadian film director Jon Smalls spoke.", "Canadian film director Jon Smalls", want{country: "CAN", sector: "CVL"}},
	}
	for _, c := range cases {
		var got *Mention
		ms := mentions(t, c.in, d)
		for i := range ms {
			if ms[i].Entity.Text == c.text {
				got = &ms[i]
			}
		}
		if got == nil {
			t.Errorf("%s: no mention %q in %q: %+v", c.name, c.text, c.in, ms)
			continue
		}
		e := got.Entity
		if e.Country != c.want.country || e.Sector != c.want.sector || e.Org != c.want.org {
			t.Errorf("%s: %q keyed %s/%s %s, want %s/%s %s", c.name, c.text, e.Country, e.Org, e.Sector, c.want.country, c.want.org, c.want.sector)
		}
	}
}

// TestRound11Surnames: a person found again by a part of the name keeps
// the key the first mention had.
func TestRound11Surnames(t *testing.T) {
	d := time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, in, text string
		want           want
	}{
		{"a family name first, then alone", "Li Wei, China's ambassador to the United Nations, spoke. Li also criticized Japan.", "Li", want{country: "CHN", sector: "GOV"}},
		{"a charity head's surname", "Britain cut pensions. Charity boss Ann Tully spoke. Mr Tully urged the government to act.", "Tully", want{country: "GBR", sector: "NGO"}},
		{"survives: an unknown first word is no name", "Also criticized was Japan.", "Also", want{}},
	}
	for _, c := range cases {
		ms := mentions(t, c.in, d)
		var got *Mention
		for i := range ms {
			if ms[i].Entity.Text == c.text {
				got = &ms[i]
			}
		}
		if c.want == (want{}) {
			if got != nil {
				t.Errorf("%s: %q is a mention in %q", c.name, c.text, c.in)
			}
			continue
		}
		if got == nil {
			t.Errorf("%s: no mention %q in %q", c.name, c.text, c.in)
			continue
		}
		if e := got.Entity; e.Country != c.want.country || e.Sector != c.want.sector {
			t.Errorf("%s: %q keyed %s %s, want %s %s", c.name, c.text, e.Country, e.Sector, c.want.country, c.want.sector)
		}
	}
}
