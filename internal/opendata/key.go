package opendata

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
)

// Keys name a record by what the source says about it, so that reading the same files
// again gives the same keys and, through drehscheibe.StableID, the same IDs. Names
// repeat (97 Kitas are called "FABIDO TEK"), so an institution's key is its file, its
// folded name and its folded address, or its rounded coordinates when the row has no
// street. A correction of a name or an address in a later release therefore yields a
// new key; the importer has to recognise such a record by other means (see doc.go).

// quartierKey is the key of an Unterbezirk. It names neither the file nor the year, so
// that next year's indicator file updates the same Quartiere.
func quartierKey(number string) string { return "dortmund/unterbezirk/" + number }

// siteKey is the key of a point row: file|name|street house, or file|name|lat,lon
// (5 decimals, about a metre) when the row names no street.
func siteKey(file, name string, a drehscheibe.Address, at drehscheibe.GeoPoint) string {
	where := streetKey(a.Street)
	if where == "" {
		where = fmt.Sprintf("%.5f,%.5f", at.Lat, at.Lon)
	} else if h := houseKey(a.HouseNumber); h != "" {
		where += " " + h
	}
	return file + "|" + foldKey(name) + "|" + where
}

// foldKey folds s for comparison and keys: like search text (internal/fold), so that
// "Straße" and "Strasse", "Fußball" and "Fussball" give the same key.
func foldKey(s string) string { return fold.String(s) }

// streetKey folds a street name and writes every "Str." / "str" / "Straße" as
// "strasse", without spaces: "Schulte-Heuthaus-Str." and "Schulte-Heuthaus-Straße" both
// become "schulteheuthausstrasse".
func streetKey(street string) string {
	words := strings.Fields(foldKey(street))
	for i, w := range words {
		if w == "str" || (strings.HasSuffix(w, "str") && len(w) > 3) {
			words[i] = w + "asse"
		}
	}
	return strings.Join(words, "")
}

// looseStreet is the street key with every doubled letter single, so that spelling
// slips in either source ("Beurhaustraße" for "Beurhausstr.", "Am Waßerfall") still
// compare equal. It is used to join, never as part of a key.
func looseStreet(street string) string {
	k := streetKey(street)
	var b strings.Builder
	var last rune
	for _, r := range k {
		if r != last || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// houseKey folds a house number: lower case, no spaces ("11 - 13" → "11-13").
func houseKey(h string) string { return strings.Join(strings.Fields(strings.ToLower(h)), "") }

// houseRange returns the numbers a house number covers: "15-17" → 15..17, "55b" → 55..55.
// A range cut short by the source's field length ("100-10" for "100-104") covers its
// first number only. ok is false when h starts with no digit.
func houseRange(h string) (lo, hi int, ok bool) {
	h = houseKey(h)
	n := leadingDigits(h)
	if n == 0 {
		return 0, 0, false
	}
	lo, _ = strconv.Atoi(h[:n])
	hi = lo
	rest := strings.TrimLeft(h[n:], "abcdefghijklmnopqrstuvwxyz")
	if len(rest) > 1 && (rest[0] == '-' || rest[0] == '/') {
		if m := leadingDigits(rest[1:]); m > 0 {
			if v, _ := strconv.Atoi(rest[1 : 1+m]); v > lo && v-lo <= 50 {
				hi = v
			}
		}
	}
	return lo, hi, true
}

func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// nameSimilarity compares two folded names: 1 when equal without spaces, otherwise the
// share of words they have in common (Jaccard), ignoring words every school name has.
func nameSimilarity(a, b string) float64 {
	a, b = foldKey(a), foldKey(b)
	if strings.ReplaceAll(a, " ", "") == strings.ReplaceAll(b, " ", "") {
		return 1
	}
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	common := 0
	for w := range wa {
		if wb[w] {
			common++
		}
	}
	return float64(common) / float64(len(wa)+len(wb)-common)
}

// commonNameWords carry no information about which school is meant.
var commonNameWords = map[string]bool{"schule": true, "grundschule": true, "gs": true, "der": true, "die": true, "das": true, "am": true, "an": true, "im": true, "in": true, "und": true, "stadt": true, "dortmund": true, "staedt": true, "gem": true, "kath": true, "ev": true}

// nameWords returns the informative words of a folded name, with the school suffix cut
// off ("stiftschule" → "stift") so that "Stift-Grundschule" and "Stiftschule" share "stift".
func nameWords(folded string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(folded) {
		if commonNameWords[w] {
			continue
		}
		for _, suffix := range []string{"grundschule", "schule"} {
			if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
				w = strings.TrimSuffix(w, suffix)
				break
			}
		}
		out[w] = true
	}
	return out
}

// unterbezirkNumber normalises an Unterbezirk number to the city's three digits ("1" →
// "001"). It returns "" when s is not a number of one to three digits.
func unterbezirkNumber(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 3 || leadingDigits(s) != len(s) {
		return ""
	}
	return strings.Repeat("0", 3-len(s)) + s
}
