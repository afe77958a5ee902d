// Package plover holds facts about the PLOVER event types that aggregate
// views need: quad class, a cooperation–conflict intensity and the nearest
// CAMEO root code (for GDELT-shaped exports). The table is data
// (types.tsv) so that analysts can see and change the weights.
package plover

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed types.tsv
var table string

// Quad classes.
const (
	VerbalCoop   = 1
	MaterialCoop = 2
	VerbalConf   = 3
	MaterialConf = 4
)

// QuadNames names the quad classes by number.
var QuadNames = map[int]string{
	VerbalCoop:   "verbal_cooperation",
	MaterialCoop: "material_cooperation",
	VerbalConf:   "verbal_conflict",
	MaterialConf: "material_conflict",
}

// Info is one row of the table.
type Info struct {
	Type      string
	Quad      int
	Intensity float64
	CAMEO     string
}

var byType = map[string]Info{}

// Types lists the 16 types in table order.
var Types []string

func init() {
	for n, line := range strings.Split(table, "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			panic(fmt.Sprintf("plover/types.tsv:%d: want 4 fields", n+1))
		}
		q, err1 := strconv.Atoi(f[1])
		in, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil {
			panic(fmt.Sprintf("plover/types.tsv:%d: bad number", n+1))
		}
		byType[f[0]] = Info{Type: f[0], Quad: q, Intensity: in, CAMEO: f[3]}
		Types = append(Types, f[0])
	}
}

// Lookup returns the row of a type.
func Lookup(typ string) (Info, bool) {
	i, ok := byType[typ]
	return i, ok
}
