package printdoc

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/image/font/sfnt"
)

// The PDF's font: DejaVu Sans 2.37, regular and bold (Bitstream Vera licence, DejaVu
// changes public domain; fonts/LICENSE). It covers Latin, Greek, Cyrillic, Turkish,
// Arabic letters in part, and the typographic signs German text needs („“ – € § ß).
// The PDF embeds only the glyphs a document uses.
var (
	//go:embed fonts/DejaVuSans.ttf
	regularTTF []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	boldTTF []byte
)

// fontFamily is the family name the PDF registers the font under.
const fontFamily = "DejaVuSans"

// replacement stands in the PDF for a character the font has no glyph for.
const replacement = '\uFFFD'

// glyphs is the set of characters of the Basic Multilingual Plane that both faces
// of the font draw, read from their character maps once.
var glyphs = sync.OnceValue(func() *[0x10000 / 64]uint64 {
	var faces []*sfnt.Font
	for _, b := range [][]byte{regularTTF, boldTTF} {
		f, err := sfnt.Parse(b)
		if err != nil {
			panic("printdoc: embedded font unreadable: " + err.Error()) // embedded at build time
		}
		faces = append(faces, f)
	}
	var set [0x10000 / 64]uint64
	var buf sfnt.Buffer
next:
	for r := rune(0); r <= 0xFFFF; r++ {
		for _, f := range faces {
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				continue next
			}
		}
		set[r/64] |= 1 << (r % 64)
	}
	return &set
})

// drawable reports whether the PDF's font draws r.
func drawable(r rune) bool {
	return r <= 0xFFFF && glyphs()[r/64]&(1<<(r%64)) != 0
}

// printable returns s with what the PDF cannot show replaced: characters outside the
// Basic Multilingual Plane (the PDF's text encoding is two bytes a character) or
// without a glyph become U+FFFD, tabs and other control characters a space (line
// breaks stay). The HTML shows the text as it is.
func printable(s string) string {
	ok := true
	for _, r := range s {
		if r != '\n' && (unicode.IsControl(r) || !drawable(r)) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case unicode.IsControl(r):
			return ' '
		case !drawable(r):
			return replacement
		}
		return r
	}, s)
}
