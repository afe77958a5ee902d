package plover

import "testing"

func TestTable(t *testing.T) {
	if len(Types) != 16 {
		t.Fatalf("%d types, want 16", len(Types))
	}
	for _, typ := range Types {
		i, _ := Lookup(typ)
		if i.Quad < 1 || i.Quad > 4 || i.Intensity < -10 || i.Intensity > 10 || len(i.CAMEO) != 2 {
			t.Errorf("%s: bad row %+v", typ, i)
		}
		// cooperation quads score above zero, conflict quads below
		if (i.Quad <= 2) != (i.Intensity > 0) {
			t.Errorf("%s: quad %d with intensity %v", typ, i.Quad, i.Intensity)
		}
	}
	if _, ok := Lookup("NOPE"); ok {
		t.Error("unknown type found")
	}
}
