package main

import (
	"testing"
	"unicode/utf8"
)

func TestTrunc(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"imposed\npunitive tariffs", 30, "imposed punitive tariffs"},
		{"  talks   with\n\tKyiv ", 30, "talks with Kyiv"},
		{"abcdef", 3, "abc..."},
		{"Zürich talks", 2, "Z..."}, // ü is two bytes: no cut inside it
		{"", 5, ""},
	}
	for _, tt := range tests {
		got := trunc(tt.in, tt.n)
		if got != tt.want || !utf8.ValidString(got) {
			t.Errorf("trunc(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
