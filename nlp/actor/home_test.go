package actor

import "testing"

// TestHomeTieIsStable: a tie between countries that are not the latest is
// broken by code order, not by the map's iteration order.
func TestHomeTieIsStable(t *testing.T) {
	for i := 0; i < 50; i++ {
		c := &Coref{counts: map[string]int{"RUS": 1, "BRA": 1, "JPN": 1, "USA": 2, "DEU": 2}, last: "JPN"}
		if got := c.home(); got != "DEU" {
			t.Fatalf("home() = %q, want DEU", got)
		}
		c.last = "USA"
		if got := c.home(); got != "USA" {
			t.Fatalf("home() with latest USA = %q, want USA", got)
		}
	}
}
