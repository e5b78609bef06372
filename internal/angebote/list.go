package angebote

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// listPage is the search with its results.
type listPage struct {
	layout
	Form form
	// Invalid names the parameter the Message is about.
	Invalid string
	// Searched is set when results are shown.
	Searched bool
	Count    string
	PageInfo string
	Cards    []card
	Pager    []link
	Prev     string
	Next     string
	// Remove offers the search without one of its filters each, when nothing is found.
	Remove []link
}

// form is what the search form shows.
type form struct {
	Text, Age string
	Free      bool
	// Open shows the filters; after a search they fold away behind their summary
	// (Active), so that on a phone the results come first.
	Open                    bool
	Active                  string
	Theme, Type, Bezirk     selection
	MaxText, MinAge, MaxAge int
}

// selection is a drop-down list of the form: its name (also its ID), label, the entry
// for "any" and the entries; Invalid marks a value refused.
type selection struct {
	ID, Label, All string
	Options        []option
	Invalid        bool
}

// option is an entry of a selection.
type option struct {
	Value, Label string
	Selected     bool
}

// list is GET /angebote: the search form and a page of results.
func (h *Handler) list(w http.ResponseWriter, rq *request) {
	bezirke := stadtbezirke(rq.v, nil)
	s, problem := parseSearch(rq.r.URL.RawQuery, bezirke)
	invalid := ""
	if problem != nil {
		invalid = problem.Param
	}
	page := listPage{Form: formOf(s, bezirke, invalid), Invalid: invalid}
	page.Form.Open = !s.filtered() || problem != nil
	if problem != nil {
		if problem.Param == paramAge {
			page.Form.Age = clip(strings.TrimSpace(rq.r.URL.Query().Get(paramAge)), 10)
		}
		page.layout = h.layout(layout{Title: "Fehler in der Suche", NoIndex: true, Message: problem.Message,
			Description: "Die Suche enthält eine Angabe, die nicht gelesen werden kann."})
		w.Header().Set("Cache-Control", "no-store")
		render(w, rq.r, http.StatusBadRequest, pages.list, page)
		return
	}
	if h.notModified(w, rq) {
		return
	}
	res := run(rq.v, s)
	summary := s.summary()
	title := "Bildungsangebote für Kitas, Schulen und Jugendeinrichtungen"
	if summary != "" {
		title = "Angebote: " + summary
	}
	if s.Page > 1 {
		title += fmt.Sprintf(" – Seite %d", s.Page)
	}
	page.layout = h.layout(layout{
		Title: title,
		Description: fmt.Sprintf("%s von Bildungspartnern in %s für Kitas, Schulen, Jugendfreizeitstätten und Familien. "+
			"Suche nach Themenfeld, Alter, Art der Einrichtung, Stadtbezirk und kostenlosen Angeboten.", count(res.Total), h.opts.AreaName),
		Canonical: rq.base + s.href(s.Page),
		// results of free-text searches are not for search engines
		NoIndex: s.Text != "",
	})
	if s.Page > res.Pages {
		w.Header().Del("ETag")
		w.Header().Set("Cache-Control", "no-store")
		page.layout.NoIndex = true
		page.Message = fmt.Sprintf("Seite %d gibt es in dieser Suche nicht; sie hat %d %s.", s.Page, res.Pages, plural(res.Pages, "Seite", "Seiten"))
		page.Pager = []link{{Text: "Zur ersten Seite", Href: s.href(1)}}
		render(w, rq.r, http.StatusNotFound, pages.list, page)
		return
	}
	page.Searched = true
	switch {
	case res.Total == 0:
		page.Count = "Keine Angebote gefunden"
	case s.filtered():
		page.Count = count(res.Total) + " gefunden"
	default:
		page.Count = count(res.Total) + " insgesamt"
	}
	if res.Pages > 1 {
		page.PageInfo = fmt.Sprintf("Seite %d von %d", res.Page, res.Pages)
		page.Pager = pager(s, res.Page, res.Pages)
		if res.Page > 1 {
			page.Prev = s.href(res.Page - 1)
		}
		if res.Page < res.Pages {
			page.Next = s.href(res.Page + 1)
		}
	}
	for _, m := range res.Items {
		page.Cards = append(page.Cards, rq.cardOf(m))
	}
	if res.Total == 0 {
		page.Remove = s.removals()
	}
	render(w, rq.r, http.StatusOK, pages.list, page)
}

// formOf fills the form with search s; invalid names a parameter refused.
func formOf(s search, bezirke []string, invalid string) form {
	f := form{Text: s.Text, Free: s.Free, Active: s.without(paramText).summary(), MaxText: maxText, MinAge: drehscheibe.MinAge, MaxAge: drehscheibe.MaxAge,
		Theme:  selection{ID: paramTheme, Label: "Themenfeld", All: "alle Themenfelder", Invalid: invalid == paramTheme},
		Type:   selection{ID: paramType, Label: "Art der Einrichtung", All: "alle Einrichtungen", Invalid: invalid == paramType},
		Bezirk: selection{ID: paramBezirk, Label: "Stadtbezirk", All: "alle Stadtbezirke", Invalid: invalid == paramBezirk},
	}
	if s.Age >= 0 {
		f.Age = strconv.Itoa(s.Age)
	}
	for _, t := range drehscheibe.Themes {
		f.Theme.Options = append(f.Theme.Options, option{slug(t), t.Label(), t == s.Theme})
	}
	for _, t := range drehscheibe.InstitutionTypes {
		f.Type.Options = append(f.Type.Options, option{slug(t), t.Label(), t == s.Type})
	}
	for _, b := range bezirke {
		f.Bezirk.Options = append(f.Bezirk.Options, option{b, b, b == s.Bezirk})
	}
	return f
}

// summary says what the search looks for: "Sport/Gesundheit, 8 Jahre, Hörde, „Fußball“".
func (s search) summary() string {
	var parts []string
	if s.Text != "" {
		parts = append(parts, "„"+s.Text+"“")
	}
	if s.Theme != "" {
		parts = append(parts, s.Theme.Label())
	}
	if s.Age >= 0 {
		parts = append(parts, fmt.Sprintf("für %d Jahre", s.Age))
	}
	if s.Type != "" {
		parts = append(parts, s.Type.Label())
	}
	if s.Bezirk != "" {
		parts = append(parts, "Stadtbezirk "+s.Bezirk)
	}
	if s.Free {
		parts = append(parts, "kostenlos")
	}
	return strings.Join(parts, ", ")
}

// removals are the search without each of its filters in turn.
func (s search) removals() []link {
	var out []link
	add := func(on bool, param, text string) {
		if on {
			out = append(out, link{Text: text, Href: s.without(param).href(1)})
		}
	}
	add(s.Text != "", paramText, "ohne den Suchbegriff „"+s.Text+"“")
	add(s.Theme != "", paramTheme, "ohne das Themenfeld "+s.Theme.Label())
	add(s.Age >= 0, paramAge, "ohne das Alter")
	add(s.Type != "", paramType, "ohne die Art der Einrichtung "+s.Type.Label())
	add(s.Bezirk != "", paramBezirk, "ohne den Stadtbezirk "+s.Bezirk)
	add(s.Free, paramFree, "auch Angebote, die etwas kosten")
	return out
}

// pager links the pages of a search: the first, the last, and two on either side of
// the current one.
func pager(s search, current, pages int) []link {
	var out []link
	last := 0
	for p := 1; p <= pages; p++ {
		if p != 1 && p != pages && (p < current-2 || p > current+2) {
			continue
		}
		if last != 0 && p > last+1 {
			out = append(out, link{Text: "…"})
		}
		out = append(out, link{Text: strconv.Itoa(p), Href: s.href(p), Hidden: "Seite ", Current: p == current})
		last = p
	}
	return out
}

// count says how many Module: "1 Angebot", "23 Angebote", "Keine Angebote".
func count(n int) string {
	if n == 0 {
		return "Keine Angebote"
	}
	return fmt.Sprintf("%d %s", n, plural(n, "Angebot", "Angebote"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
