package fold

import (
	"strings"
	"testing"
)

func TestMatches(t *testing.T) {
	cases := map[string]struct {
		reason string
		text   string
		query  string
		want   bool
	}{
		"sz":             {"ß and ss are the same", "Fußball-AG für Mädchen", "Fussball", true},
		"sz reversed":    {"a query with ß finds ss", "Fussballschule", "Fußball", true},
		"umlaut spelled": {"ue finds ü", "Schülerzeitung", "Schueler", true},
		"umlaut typed":   {"ü finds ue", "Schuelerzeitung", "Schüler", true},
		"umlaut dropped": {"u finds ü when dots are left out", "Schülerzeitung", "schuler", true},
		"case":           {"case does not matter", "MINT-Labor", "mint labor", true},
		"accent":         {"accents are dropped", "Café der Kulturen", "cafe", true},
		"punctuation":    {"punctuation separates words", "Theater/Tanz", "theater tanz", true},
		"miss":           {"other words do not match", "Fußball", "Handball", false},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			hay := Haystack(tc.text)
			got := true
			for _, term := range Terms(tc.query) {
				got = got && strings.Contains(hay, term)
			}
			if got != tc.want {
				t.Errorf("%s: Haystack(%q)=%q, Terms(%q)=%q: match %v, want %v", tc.reason, tc.text, hay, tc.query, Terms(tc.query), got, tc.want)
			}
		})
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"Fußball", "Schüler", "\xff\x00", "ẞ", "  a  b  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := String(s)
		if String(got) != got {
			t.Errorf("String is not idempotent: %q → %q → %q", s, got, String(got))
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Errorf("String(%q) = %q has stray spaces", s, got)
		}
	})
}
