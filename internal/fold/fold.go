// Package fold normalises German text for searching: case, umlauts, ß and other
// diacritics, so that "Fussball" finds "Fußball" and "Schueler" finds "Schüler".
package fold

import (
	"slices"
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
// by its Loose form where that differs, and its symbols (see Terms).
func Haystack(s string) string {
	a, b := String(s), Loose(s)
	if a != b {
		a += " | " + b
	}
	if sym := symbols(s); len(sym) > 0 {
		a += " | " + strings.Join(sym, " ")
	}
	return a
}

// Terms splits a query into its folded terms. A query of words ("Kunst & Kultur")
// searches for its words; symbols between them only separate. A query without a
// letter or digit searches for its symbols ("&", "⚽", "—"), which only a Haystack
// holding them contains, and one of nothing visible (a zero-width space) for a term no
// Haystack contains. Only a blank query has no terms.
func Terms(query string) []string {
	if t := strings.Fields(String(query)); len(t) > 0 {
		return t
	}
	if sym := symbols(query); len(sym) > 0 {
		return sym
	}
	if q := strings.TrimSpace(query); q != "" {
		return []string{symbolMark + q}
	}
	return nil
}

// symbolMark starts each symbol term. It is a private-use character, which String
// drops, so a symbol term can never match a word, and a word never a symbol: "|"
// does not find the separators of a Haystack.
const symbolMark = "\ue000"

// symbols returns the visible characters of s that are neither letters nor digits nor
// white space, each as a term behind symbolMark, in order, once each. Marks, format
// characters (joiners, variation selectors) and private-use characters are skipped,
// so that an emoji sequence finds its emoji.
func symbols(s string) []string {
	var out []string
	for _, r := range composed(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) || unicode.IsMark(r) || !unicode.IsGraphic(r) {
			continue
		}
		t := symbolMark + string(r)
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

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
