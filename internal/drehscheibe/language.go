package drehscheibe

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Languages are BCP 47 tags built on an ISO 639 language code: "de", "tr", "ar", with
// a script or region where it matters ("zh-Hant", "sr-Latn", "ar-SY"). They are stored
// in their canonical form: "ZH-hant" becomes "zh-Hant", a withdrawn code its successor
// ("iw" → "he", "tl" → "fil").

// canonicalLanguage returns the canonical form of a language tag, or false for what is
// no ISO 639 language: unknown codes ("xx"), the private-use range qaa–qtz ("qqq"), the
// codes for no, several or an unknown language (zxx, mul, mis, und), and tags with
// variants or extensions.
func canonicalLanguage(s string) (string, bool) {
	if s == "" || len(s) > 35 {
		return "", false
	}
	tag, err := language.Parse(s)
	if err != nil {
		return "", false
	}
	base, conf := tag.Base()
	code := base.String()
	switch {
	case conf != language.Exact, code >= "qaa" && code <= "qtz", code == "zxx", code == "mul", code == "mis":
		return "", false
	case len(tag.Variants()) > 0, len(tag.Extensions()) > 0:
		return "", false
	}
	return tag.String(), true
}

// cleanLanguages cleans language tags: canonical form, duplicates dropped. A value that
// is no language stays as typed, for checkLanguages to report.
func cleanLanguages(vs []string) []string {
	vs = cleanList(vs)
	if vs == nil {
		return nil
	}
	out := vs[:0]
	seen := make(map[string]bool, len(vs))
	for _, v := range vs {
		if c, ok := canonicalLanguage(v); ok {
			v = c
		}
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// checkLanguages validates language tags (see canonicalLanguage).
func (p *problems) checkLanguages(field []string, vs []string) {
	if len(vs) > MaxListLength {
		p.add(field, EINVALID, "Zu viele Sprachen (höchstens %d)", MaxListLength)
		return
	}
	for i, v := range vs {
		if _, ok := canonicalLanguage(v); !ok {
			p.add(sub(field, itoa(i)), EINVALID, "Kein Sprachcode nach ISO 639 (z. B. \"de\", \"tr\", \"ar\" oder mit Schrift \"zh-Hant\")")
		}
	}
}

var germanLanguageNames = display.German.Tags()

// LanguageName returns the German name of a language tag ("tr" → "Türkisch", "zh-Hant"
// → "Chinesisch (traditionell)"). Languages the Unicode CLDR has no German name for
// are named by their code ("Sprache prs").
func LanguageName(code string) string {
	if n, ok := languageNames.Load(code); ok {
		return n.(string)
	}
	name := "Sprache " + strings.TrimSpace(code)
	if tag, err := language.Parse(code); err == nil {
		if n := germanLanguageNames.Name(tag); n != "" {
			name = n
		}
	}
	if len(code) <= 35 { // stored codes are valid tags; keep those, not arbitrary text
		languageNames.Store(code, name)
	}
	return name
}

// languageNames caches LanguageName: reasons name languages for every recommendation,
// and parsing a tag costs more than the rest of a reason.
var languageNames sync.Map
