package fold

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMatches(t *testing.T) {
	cases := map[string]struct {
		reason string
		text   string
		query  string
		want   bool
	}{
		"sz":                {"ß and ss are the same", "Fußball-AG für Mädchen", "Fussball", true},
		"sz reversed":       {"a query with ß finds ss", "Fussballschule", "Fußball", true},
		"umlaut spelled":    {"ue finds ü", "Schülerzeitung", "Schueler", true},
		"umlaut typed":      {"ü finds ue", "Schuelerzeitung", "Schüler", true},
		"umlaut dropped":    {"u finds ü when dots are left out", "Schülerzeitung", "schuler", true},
		"case":              {"case does not matter", "MINT-Labor", "mint labor", true},
		"accent":            {"accents are dropped", "Café der Kulturen", "cafe", true},
		"punctuation":       {"punctuation separates words", "Theater/Tanz", "theater tanz", true},
		"miss":              {"other words do not match", "Fußball", "Handball", false},
		"ampersand":         {"a symbol finds a text holding it", "Kunst & Kultur", "&", true},
		"ampersand miss":    {"a symbol finds no text without it", "Kunst und Kultur", "&", false},
		"emoji":             {"an emoji finds a title with it", "⚽ Fußball-AG", "⚽", true},
		"emoji miss":        {"an emoji finds no other text", "Fußball-AG", "⚽", false},
		"emoji sequence":    {"an emoji with a skin tone and variation selector finds it", "Daumen 👍🏽 hoch ❤️", "👍🏽❤️", true},
		"dash":              {"a dash finds a text with a dash", "Lesen — Schreiben", "—", true},
		"dash miss":         {"a dash does not find a hyphen", "Lesen-Schreiben", "—", false},
		"separator":         {"a bar does not find the separators of a haystack", "Fußball AG", "|", false},
		"zero width":        {"a query of a zero-width space finds nothing", "Fußball\u200bAG", "\u200b", false},
		"words and symbols": {"symbols between words only separate", "Kunst und Kultur", "Kunst & Kultur", true},
		"mark":              {"a private-use mark in a query finds nothing", "Fußball", "\ue000", false},
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

func TestTerms(t *testing.T) {
	cases := map[string]struct {
		reason string
		query  string
		want   []string
	}{
		"blank":     {"a blank query has no terms: no filter", " \t ", nil},
		"words":     {"words are folded", "Schüler & Fußball", []string{"schueler", "fussball"}},
		"symbols":   {"a query of symbols searches for them, once each", "& & ⚽", []string{symbolMark + "&", symbolMark + "⚽"}},
		"invisible": {"a query of nothing visible gets a term no haystack has", "\u200b", []string{symbolMark + "\u200b"}},
		"combining": {"a lone combining mark is nothing visible", "\u0308", []string{symbolMark + "\u0308"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Terms(tc.query)); diff != "" {
				t.Errorf("%s: Terms(%q) (-want +got):\n%s", tc.reason, tc.query, diff)
			}
		})
	}
}

func FuzzTerms(f *testing.F) {
	for _, s := range []string{"&", "⚽", "\u200b", "Fußball", " ", "|", "\ue000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		terms := Terms(q)
		if (len(terms) == 0) != (strings.TrimSpace(q) == "") {
			t.Errorf("Terms(%q) = %q: only a blank query may have no terms", q, terms)
		}
		// the word forms of any text, joined as the catalogue joins parts, hold no symbol term
		words := String(q) + " | " + Loose(q) + " | " + String("Fußball AG")
		for _, term := range terms {
			if strings.HasPrefix(term, symbolMark) && strings.Contains(words, term) {
				t.Errorf("symbol term %q of %q matches the words %q", term, q, words)
			}
		}
	})
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
