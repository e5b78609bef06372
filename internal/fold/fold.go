// Package fold normalises German text for searching: case, umlauts, ß and other
// diacritics, so that "Fussball" finds "Fußball" and "Schueler" finds "Schüler".
package fold

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// germanSpelled spells umlauts and ß the way German writes them without the letters.
var germanSpelled = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "ẞ", "ss")

// String folds s to its search form: lower case, umlauts spelled out (ü → ue), other
// diacritics dropped (é → e), every run of non-letters and non-digits a single space.
// Umlauts written as a letter and a combining diaeresis fold like the composed ones.
func String(s string) string {
	return words(germanSpelled.Replace(strings.ToLower(composed(s))))
}

// Loose folds s like String but drops the umlaut dots (ü → u), for the spelling people
// type when they leave them out ("Schuler").
func Loose(s string) string { return words(strings.ToLower(composed(s))) }

// composed is s in Unicode normal form C (ASCII passes untouched).
func composed(s string) string {
	if isASCII(s) {
		return s
	}
	return norm.NFC.String(s)
}

// Haystack returns the text a query is matched against: the String form of s, followed
// by its Loose form where that differs.
func Haystack(s string) string {
	a, b := String(s), Loose(s)
	if a == b {
		return a
	}
	return a + " | " + b
}

// Terms splits a query into its folded terms.
func Terms(query string) []string { return strings.Fields(String(query)) }

// words strips diacritics and reduces s to letters and digits separated by single spaces.
func words(s string) string {
	if !isASCII(s) {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		s, _, _ = transform.String(t, s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
