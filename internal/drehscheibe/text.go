package drehscheibe

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/stadtdortmund/drehscheibe/internal/fold"
)

// Text arrives in every Unicode form a client makes: a Mac sends "ü" as "u" and a
// combining diaeresis, a copy from a web page brings zero-width spaces and soft
// hyphens along. Every text the service stores is therefore in normal form C, free of
// invisible characters, and names must show at least one letter or digit.

// invisible reports characters that show nothing on their own: format characters
// (zero-width space, word joiner, byte order mark, soft hyphen, direction marks) and
// the blank letters and symbols that are often used to fake an empty name (Hangul
// fillers, the blank Braille pattern). Zero-width joiner and non-joiner are format
// characters too, but they shape emoji and Persian or Indic words; they are kept
// between visible characters (see normalize).
func invisible(r rune) bool {
	switch r {
	case '\u115f', '\u1160', '\u3164', '\uffa0', '\u2800':
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// joiner reports the zero-width (non-)joiner.
func joiner(r rune) bool { return r == '\u200c' || r == '\u200d' }

// normalize returns s in normal form C without invisible characters (joiners kept
// only inside the text).
func normalize(s string) string {
	s = norm.NFC.String(s)
	if strings.IndexFunc(s, invisible) < 0 {
		return s
	}
	s = strings.Map(func(r rune) rune {
		if invisible(r) && !joiner(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimFunc(s, func(r rune) bool { return joiner(r) || unicode.IsSpace(r) })
}

// hasWord reports whether s has a letter or a digit that shows (a Hangul filler is a
// letter that does not).
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !invisible(r) }) >= 0
}

// NameKey is the form in which names of partners and Kindercampus must be unique: names
// that differ only in Unicode form, case, "ß" and "ss", umlauts and their spelling
// ("Müller", "Mueller"), accents, punctuation, spacing or invisible characters are the
// same name. Stores keep it with a unique index, so the rule holds for concurrent writes.
func NameKey(name string) string { return fold.String(normalize(name)) }
