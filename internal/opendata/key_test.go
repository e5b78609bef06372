package opendata

import (
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestStreetKeys(t *testing.T) {
	tests := map[string]struct {
		reason string
		a, b   string
		equal  bool
	}{
		"abbreviation":  {"Str. and Straße are one word", "Schulte-Heuthaus-Str.", "Schulte-Heuthaus-Straße", true},
		"spaced":        {"a separate Straße joins the name", "Wittener Straße", "Wittenerstraße", true},
		"sharp s":       {"ß and ss are one letter", "Am Waßerfall", "Am Wasserfall", true},
		"typo doubled":  {"a doubled letter missing in one source still joins", "Beurhaustraße", "Beurhausstr.", true},
		"umlaut":        {"ü and ue are one letter", "Müllerstr.", "Muellerstraße", true},
		"other street":  {"different streets stay different", "Kreuzstraße", "Kreuzweg", false},
		"other numbers": {"a street with a different number word stays different", "Zeche Zollern 1", "Zeche Zollern 2", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := looseStreet(tc.a) == looseStreet(tc.b); got != tc.equal {
				t.Errorf("%s: looseStreet(%q) = %q, looseStreet(%q) = %q; equal %v, want %v", tc.reason, tc.a, looseStreet(tc.a), tc.b, looseStreet(tc.b), got, tc.equal)
			}
		})
	}
}

func TestHouseRange(t *testing.T) {
	tests := map[string]struct {
		reason string
		in     string
		lo, hi int
		ok     bool
	}{
		"single":    {"a plain number", "47", 47, 47, true},
		"letter":    {"a letter suffix keeps the number", "55b", 55, 55, true},
		"range":     {"a range covers both ends", "11-13", 11, 13, true},
		"spaced":    {"spaces are ignored", "15 - 17", 15, 17, true},
		"truncated": {"a range cut by the field length keeps its first number", "100-10", 100, 100, true},
		"none":      {"no digits, no number", "S-BahnHaltestelle", 0, 0, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			lo, hi, ok := houseRange(tc.in)
			if lo != tc.lo || hi != tc.hi || ok != tc.ok {
				t.Errorf("%s: houseRange(%q) = %d, %d, %v; want %d, %d, %v", tc.reason, tc.in, lo, hi, ok, tc.lo, tc.hi, tc.ok)
			}
		})
	}
}

func TestSplitAddress(t *testing.T) {
	tests := map[string]struct{ in, street, house string }{
		"plain":   {"Am Bruchheck 47", "Am Bruchheck", "47"},
		"range":   {"Beurhausstr. 15-17", "Beurhausstr.", "15-17"},
		"letter":  {"Kreuzstr. 155 a", "Kreuzstr.", "155 a"},
		"numbers": {"Straße des 17. Juni 4", "Straße des 17. Juni", "4"},
		"none":    {"Westfalenpark", "Westfalenpark", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if s, h := splitAddress(tc.in); s != tc.street || h != tc.house {
				t.Errorf("splitAddress(%q) = %q, %q; want %q, %q", tc.in, s, h, tc.street, tc.house)
			}
		})
	}
}

func TestNumbers(t *testing.T) {
	tests := map[string]struct {
		reason                   string
		in, ubz, stadtbez, statb string
	}{
		"hoerde":      {"Clarenberg is in Hörde (5), district 530", "535", "535", "5", "530"},
		"padded":      {"a number without leading zeros is padded", "12", "012", "10", "010"},
		"innen-nord":  {"second digit 4–6 of the Innenstadt is Nord", "053", "053", "20", "050"},
		"innen-ost":   {"second digit 7–9 of the Innenstadt is Ost", "084", "084", "30", "080"},
		"innen-west":  {"second digit 0–3 of the Innenstadt is West", "003", "003", "10", "000"},
		"not a digit": {"a number with letters is none", "53a", "", "", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			ubz := unterbezirkNumber(tc.in)
			if ubz != tc.ubz {
				t.Fatalf("%s: unterbezirkNumber(%q) = %q, want %q", tc.reason, tc.in, ubz, tc.ubz)
			}
			if ubz == "" {
				return
			}
			if sb, st := stadtbezirkNumber(ubz), statbezNumber(ubz); sb != tc.stadtbez || st != tc.statb || stadtbezirke[sb] == "" {
				t.Errorf("%s: Stadtbezirk %q (%s), statistischer Bezirk %q; want %q, %q", tc.reason, sb, stadtbezirke[sb], st, tc.stadtbez, tc.statb)
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	latin1, err := charmap.ISO8859_1.NewEncoder().String("Hörde, Straße, Förderschule")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		reason string
		in     []byte
		want   string
		enc    string
	}{
		"utf8":   {"UTF-8 stays", []byte("Hörde, Straße"), "Hörde, Straße", EncodingUTF8},
		"bom":    {"a byte-order mark is dropped", append([]byte{0xEF, 0xBB, 0xBF}, "Hörde"...), "Hörde", EncodingUTF8},
		"latin1": {"ISO 8859-1 umlauts are decoded", []byte(latin1), "Hörde, Straße, Förderschule", EncodingWindows1252},
		"cp1252": {"Windows-1252 quotes and the euro sign are decoded", []byte{0x84, 'K', 'i', 't', 'a', 0x93, ' ', 0x80}, "„Kita“ €", EncodingWindows1252},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, enc := decodeText(tc.in)
			if string(got) != tc.want || enc != tc.enc {
				t.Errorf("%s: decodeText = %q, %s; want %q, %s", tc.reason, got, enc, tc.want, tc.enc)
			}
		})
	}
}

func TestNameSimilarity(t *testing.T) {
	tests := map[string]struct {
		reason string
		a, b   string
		min    float64
		max    float64
	}{
		"same":      {"equal names are 1", "Josefschule", "Josefschule", 1, 1},
		"spelling":  {"hyphen and suffix do not matter", "Stift-Grundschule", "Stiftschule", 1, 1},
		"shared":    {"the informative word counts", "Städt. Gem. Hauptschule Scharnhorst", "Hauptschule Scharnhorst", 0.5, 1},
		"different": {"two schools at one address differ", "Josefschule", "Bachschule", 0, 0},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if s := nameSimilarity(tc.a, tc.b); s < tc.min || s > tc.max {
				t.Errorf("%s: nameSimilarity(%q, %q) = %.2f, want %.2f…%.2f", tc.reason, tc.a, tc.b, s, tc.min, tc.max)
			}
		})
	}
}
