package angebote

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
)

// The search as its address says it: /angebote?q=Fußball&thema=sport-gesundheit&alter=8
// &einrichtung=grundschule&bezirk=Hörde&kostenlos=ja&seite=2. Every value is bounded
// and checked; an empty one (a form sends every field) does not filter. Parameters the
// search does not know (utm_source and the like, which links pick up) are ignored and
// never carried into the page's links.

// The parameters.
const (
	paramText   = "q"
	paramTheme  = "thema"
	paramAge    = "alter"
	paramType   = "einrichtung"
	paramBezirk = "bezirk"
	paramFree   = "kostenlos"
	paramPage   = "seite"
)

// Limits of a search.
const (
	maxRawQuery = 2048
	maxText     = 200
	maxBezirk   = 100
	maxPage     = 10_000
	// freeValue is what the "kostenlos" box sends.
	freeValue = "ja"
)

// search is a search of the published Module.
type search struct {
	Text   string
	Theme  drehscheibe.Theme
	Age    int // -1: any
	Type   drehscheibe.InstitutionType
	Bezirk string // as the catalogue spells it
	Free   bool
	Page   int
}

// badParam is a parameter the search cannot take: which, and why in German.
type badParam struct {
	Param, Message string
}

func bad(param, format string, args ...any) *badParam {
	return &badParam{Param: param, Message: fmt.Sprintf(format, args...)}
}

// slug is an enum value as the address writes it ("SPORT_GESUNDHEIT" → "sport-gesundheit").
func slug[T ~string](v T) string { return strings.ReplaceAll(strings.ToLower(string(v)), "_", "-") }

// parseSearch reads a search from a query string; bezirke are the Stadtbezirke the
// catalogue knows. It returns what it could read also when a value is bad, so that the
// form shows what was sent.
func parseSearch(raw string, bezirke []string) (search, *badParam) {
	s := search{Age: -1, Page: 1}
	if len(raw) > maxRawQuery {
		return s, bad("", "Die Suchanfrage ist zu lang (höchstens %d Zeichen).", maxRawQuery)
	}
	q, err := url.ParseQuery(raw)
	if err != nil {
		return s, bad("", "Die Suchanfrage ist nicht lesbar (falsch kodierte Zeichen in der Adresse).")
	}
	for _, name := range []string{paramText, paramTheme, paramAge, paramType, paramBezirk, paramFree, paramPage} {
		if len(q[name]) > 1 {
			return s, bad(name, "Die Angabe „%s“ steht mehrfach in der Adresse; bitte nur einmal angeben.", name)
		}
	}
	get := func(name string) (string, bool) {
		v := strings.TrimSpace(q.Get(name))
		return v, v != ""
	}
	var problem *badParam
	note := func(p *badParam) {
		if problem == nil {
			problem = p
		}
	}
	if v, ok := get(paramText); ok {
		switch {
		case !utf8.ValidString(v):
			note(bad(paramText, "Der Suchbegriff enthält Zeichen, die keine Schrift sind (falsch kodiert); bitte neu eingeben."))
		case utf8.RuneCountInString(v) > maxText:
			note(bad(paramText, "Der Suchbegriff darf höchstens %d Zeichen lang sein.", maxText))
		}
		v = clip(v, maxText)
		s.Text = v
	}
	if v, ok := get(paramTheme); ok {
		var p *badParam
		s.Theme, p = enum(v, drehscheibe.Themes, paramTheme, "Das Themenfeld „%s“ gibt es nicht. Bitte eines aus der Liste wählen.")
		note(p)
	}
	if v, ok := get(paramAge); ok {
		refused := fmt.Sprintf("Das Alter ist eine ganze Zahl von %d bis %d Jahren, nicht „%%s“.", drehscheibe.MinAge, drehscheibe.MaxAge)
		if n, p := whole(v, paramAge, drehscheibe.MinAge, drehscheibe.MaxAge, refused); p == nil {
			s.Age = n
		} else {
			note(p)
		}
	}
	if v, ok := get(paramType); ok {
		var p *badParam
		s.Type, p = enum(v, drehscheibe.InstitutionTypes, paramType, "Die Art der Einrichtung „%s“ gibt es nicht. Bitte eine aus der Liste wählen.")
		note(p)
	}
	if v, ok := get(paramBezirk); ok {
		i := -1
		if utf8.ValidString(v) && len(v) <= maxBezirk {
			key := fold.String(v)
			i = slices.IndexFunc(bezirke, func(b string) bool { return fold.String(b) == key })
		}
		if i >= 0 {
			s.Bezirk = bezirke[i]
		} else {
			note(bad(paramBezirk, "Den Stadtbezirk „%s“ kennt der Katalog nicht. Bitte einen aus der Liste wählen.", clip(v, 40)))
		}
	}
	if v, ok := get(paramFree); ok {
		if v == freeValue {
			s.Free = true
		} else {
			note(bad(paramFree, "„kostenlos“ ist „%s“ oder fehlt, nicht „%s“.", freeValue, clip(v, 10)))
		}
	}
	if v, ok := get(paramPage); ok {
		if n, p := whole(v, paramPage, 1, maxPage, fmt.Sprintf("Die Seite ist eine ganze Zahl von 1 bis %d, nicht „%%s“.", maxPage)); p == nil {
			s.Page = n
		} else {
			note(p)
		}
	}
	return s, problem
}

// enum reads the enum value of param whose slug is v; refused says why another value
// is refused (with the value for its %s).
func enum[T ~string](v string, all []T, param, refused string) (T, *badParam) {
	for _, t := range all {
		if slug(t) == strings.ToLower(v) {
			return t, nil
		}
	}
	return "", bad(param, refused, clip(v, 40))
}

// whole reads a whole number of param from lo to hi, written with at most the digits of
// hi; refused says why another value is refused (with the value for its %s).
func whole(v, param string, lo, hi int, refused string) (int, *badParam) {
	n, err := strconv.Atoi(v)
	if len(v) > len(strconv.Itoa(hi)) || err != nil || n < lo || n > hi {
		return 0, bad(param, refused, clip(v, 10))
	}
	return n, nil
}

// clip shortens a client's text for a message or the form: at most n characters, valid
// UTF-8.
func clip(s string, n int) string {
	s = strings.ToValidUTF8(s, "")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// filtered reports whether the search filters at all.
func (s search) filtered() bool {
	return s.Text != "" || s.Theme != "" || s.Age >= 0 || s.Type != "" || s.Bezirk != "" || s.Free
}

// values are the search's parameters, without the page.
func (s search) values() url.Values {
	v := url.Values{}
	if s.Text != "" {
		v.Set(paramText, s.Text)
	}
	if s.Theme != "" {
		v.Set(paramTheme, slug(s.Theme))
	}
	if s.Age >= 0 {
		v.Set(paramAge, strconv.Itoa(s.Age))
	}
	if s.Type != "" {
		v.Set(paramType, slug(s.Type))
	}
	if s.Bezirk != "" {
		v.Set(paramBezirk, s.Bezirk)
	}
	if s.Free {
		v.Set(paramFree, freeValue)
	}
	return v
}

// href is the address of page of the search (its one spelling: parameters in order,
// none empty, no page 1).
func (s search) href(page int) string {
	v := s.values()
	if page > 1 {
		v.Set(paramPage, strconv.Itoa(page))
	}
	if len(v) == 0 {
		return Prefix
	}
	return Prefix + "?" + v.Encode()
}

// without is the search without one of its filters (the "keine Treffer" help offers
// each).
func (s search) without(param string) search {
	switch param {
	case paramText:
		s.Text = ""
	case paramTheme:
		s.Theme = ""
	case paramAge:
		s.Age = -1
	case paramType:
		s.Type = ""
	case paramBezirk:
		s.Bezirk = ""
	case paramFree:
		s.Free = false
	}
	s.Page = 1
	return s
}
