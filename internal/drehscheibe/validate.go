package drehscheibe

import (
	"fmt"
	"net/mail"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stadtdortmund/drehscheibe/internal/fold"
)

// Text limits (in characters).
const (
	MaxNameLength        = 200
	MaxTitleLength       = 150
	MaxShortTextLength   = 500
	MaxDescriptionLength = 5000
	// MaxTagLength fits the longest labels of the city's own data used as tags: the
	// Sozialraum "Benninghofen/Hacheney/Wellinghofen/Wichlinghofen" (48 characters) and
	// the council paper's "Prozessbegleitung/Moderation und Evaluation" (43).
	MaxTagLength  = 60
	MaxTags       = 20
	MaxListLength = 50
)

// problems collects the rules an input breaks.
type problems struct {
	list []Problem
	// serviceArea is the Service's area (nil: DortmundArea).
	serviceArea Area
}

func (p *problems) add(field []string, code, format string, args ...any) {
	p.list = append(p.list, Problem{Field: field, Code: code, Message: fmt.Sprintf(format, args...)})
}

// err returns nil or an EINVALID Error listing every problem.
func (p *problems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	msg := p.list[0].Message
	if len(p.list) > 1 {
		msg = fmt.Sprintf("%s (und %d weitere Probleme)", msg, len(p.list)-1)
	}
	return &Error{Code: EINVALID, Message: msg, Field: p.list[0].Field, Problems: p.list}
}

func path(parts ...string) []string { return parts }

func itoa(i int) string { return strconv.Itoa(i) }

// cleanText normalises s (normal form C, no invisible characters, see normalize),
// trims it and folds runs of white space inside a single-line text.
func cleanText(s string) string { return strings.Join(strings.Fields(normalize(s)), " ") }

// cleanMultiline normalises s like cleanText, trims it and normalises line ends,
// keeping paragraphs.
func cleanMultiline(s string) string {
	s = strings.ReplaceAll(normalize(s), "\r\n", "\n")
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return strings.Join(lines, "\n")
}

// cleanList cleans every entry like cleanText, drops empty ones and keeps the first of
// duplicates (compared folded: case, umlaut spelling and punctuation ignored).
func cleanList(vs []string) []string {
	if vs == nil {
		return nil
	}
	out := make([]string, 0, len(vs))
	seen := make(map[string]bool, len(vs))
	for _, v := range vs {
		v = cleanText(v)
		k := fold.String(v)
		if k == "" {
			k = v // made of symbols only ("⚽"): compared as written
		}
		if v == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, v)
	}
	return out
}

// checkText validates a cleaned text: required (or not), maximum length, valid UTF-8
// and no control characters (line breaks only where multiline).
func (p *problems) checkText(field []string, s string, required bool, max int, multiline bool) {
	switch {
	case s == "" && required:
		p.add(field, EINVALID, "Pflichtfeld darf nicht leer sein")
	case !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError):
		// U+FFFD is what a JSON decoder makes of bytes that were not UTF-8
		p.add(field, EINVALID, "Text enthält ungültige Zeichen (kein gültiges UTF-8)")
	case utf8.RuneCountInString(s) > max:
		p.add(field, EINVALID, "Text ist zu lang (höchstens %d Zeichen)", max)
	default:
		for _, r := range s {
			if unicode.IsControl(r) && !(multiline && (r == '\n' || r == '\t')) {
				p.add(field, EINVALID, "Text enthält Steuerzeichen")
				return
			}
		}
	}
}

// checkName validates a cleaned name or title: required, at most max characters, and
// made of more than symbols: a name of zero-width spaces, Hangul fillers or emoji only
// names nothing.
func (p *problems) checkName(field []string, s string, max int) {
	n := len(p.list)
	p.checkText(field, s, true, max, false)
	if len(p.list) == n && !hasWord(s) {
		p.add(field, EINVALID, "Darf nicht nur aus Symbolen oder unsichtbaren Zeichen bestehen (mindestens ein Buchstabe oder eine Ziffer)")
	}
}

// checkList validates a cleaned list of short texts.
func (p *problems) checkList(field []string, vs []string, maxItems, maxLen int) {
	if len(vs) > maxItems {
		p.add(field, EINVALID, "Zu viele Einträge (höchstens %d)", maxItems)
		return
	}
	for i, v := range vs {
		p.checkText(sub(field, itoa(i)), v, true, maxLen, false)
	}
}

// checkEmail validates an optional e-mail address (empty = none).
func (p *problems) checkEmail(field []string, s string) {
	if s == "" {
		return
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || len(s) > 254 || !strings.Contains(s[strings.LastIndexByte(s, '@'):], ".") {
		p.add(field, EINVALID, "Keine gültige E-Mail-Adresse")
	}
}

// checkRef validates the form of a reference; existence is checked by the service.
func (p *problems) checkRef(field []string, id ID, k Kind, required bool) {
	switch {
	case id == "" && required:
		p.add(field, EINVALID, "Pflichtfeld: %s fehlt", k.Label())
	case id != "" && !id.Is(k):
		p.add(field, ENOTFOUND, "%s nicht gefunden", k.Label())
	}
}

// sub returns a new field path: field followed by parts.
func sub(field []string, parts ...string) []string {
	out := make([]string, 0, len(field)+len(parts))
	return append(append(out, field...), parts...)
}
