package drehscheibe

import (
	"fmt"
	"net/mail"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text limits (in characters).
const (
	MaxNameLength        = 200
	MaxTitleLength       = 150
	MaxShortTextLength   = 500
	MaxDescriptionLength = 5000
	MaxTagLength         = 40
	MaxTags              = 20
	MaxListLength        = 50
)

// problems collects the rules an input breaks.
type problems struct{ list []Problem }

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

// cleanText trims s and folds runs of white space inside a single-line text.
func cleanText(s string) string { return strings.Join(strings.Fields(s), " ") }

// cleanMultiline trims s and normalises line ends, keeping paragraphs.
func cleanMultiline(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return strings.Join(lines, "\n")
}

// cleanList trims every entry, drops empty ones and keeps the first of duplicates
// (compared case-insensitively).
func cleanList(vs []string) []string {
	if vs == nil {
		return nil
	}
	out := make([]string, 0, len(vs))
	seen := make(map[string]bool, len(vs))
	for _, v := range vs {
		v = cleanText(v)
		k := strings.ToLower(v)
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

var phonePattern = regexp.MustCompile(`^\+?[0-9][0-9 ()/\-]{4,28}[0-9]$`)

// checkPhone validates an optional telephone number in a usual German notation.
func (p *problems) checkPhone(field []string, s string) {
	if s == "" {
		return
	}
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	if !phonePattern.MatchString(s) || digits < 6 || digits > 20 {
		p.add(field, EINVALID, "Keine gültige Telefonnummer")
	}
}

// checkURL validates an optional web address (http or https with a host).
func (p *problems) checkURL(field []string, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(s) > 500 || u.User != nil {
		p.add(field, EINVALID, "Keine gültige Web-Adresse (http/https)")
	}
}

var postalCodePattern = regexp.MustCompile(`^[0-9]{5}$`)

var languagePattern = regexp.MustCompile(`^[a-z]{2,3}$`)

// checkLanguages validates ISO 639 language codes ("de", "tr", "ar").
func (p *problems) checkLanguages(field []string, vs []string) {
	if len(vs) > MaxListLength {
		p.add(field, EINVALID, "Zu viele Sprachen (höchstens %d)", MaxListLength)
		return
	}
	for i, v := range vs {
		if !languagePattern.MatchString(v) {
			p.add(sub(field, itoa(i)), EINVALID, "Kein Sprachcode nach ISO 639 (z. B. \"de\", \"tr\")")
		}
	}
}

// cleanLanguages lower-cases and de-duplicates language codes.
func cleanLanguages(vs []string) []string {
	vs = cleanList(vs)
	for i, v := range vs {
		vs[i] = strings.ToLower(v)
	}
	return vs
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
