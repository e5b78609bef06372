package opendata

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// The encodings a file can be read in, as FileSummary.Encoding names them.
const (
	EncodingUTF8        = "UTF-8"
	EncodingWindows1252 = "Windows-1252"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeText returns the content of a file as UTF-8 and the encoding it was read in.
// Valid UTF-8 is taken as UTF-8 (a byte-order mark is dropped); anything else as
// Windows-1252, the superset of ISO 8859-1 that German office software writes. A
// Latin-1 text with umlauts is practically never valid UTF-8 (an umlaut byte would
// have to be followed by a continuation byte), so the check is safe in that direction.
func decodeText(b []byte) ([]byte, string) {
	if utf8.Valid(b) {
		return bytes.TrimPrefix(b, utf8BOM), EncodingUTF8
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil { // cannot happen: every byte has a mapping
		return b, EncodingWindows1252
	}
	return out, EncodingWindows1252
}

// cleanText normalises a single-line text from a source file: NFC (sources differ in
// how they compose umlauts), white space runs folded to one space, trimmed. It is what
// the domain's cleaning does, applied before Validate, which does not clean.
func cleanText(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}
