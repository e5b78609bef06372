package angebote

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// layout is what every page has: its title, description, canonical address, whether
// search engines may index it, the breadcrumb trail and structured data.
type layout struct {
	Area        string
	Title       string
	Description string
	Canonical   string
	NoIndex     bool
	// Message is an error to show (a bad search value, an unknown page).
	Message string
	Crumbs  []link
	JSONLD  any
}

// Stylesheet is the address of the style sheet.
func (layout) Stylesheet() string { return assetURL["style.css"] }

// Icon is the address of the page icon.
func (layout) Icon() string { return assetURL["icon.svg"] }

// Home is the address of the search.
func (layout) Home() string { return Prefix }

// layout completes a page's layout.
func (h *Handler) layout(l layout) layout {
	l.Area = h.opts.AreaName
	return l
}

// link is a link: its text and address; Hidden goes before the text for screen
// readers only ("Seite " before "2"); Current marks the page itself.
type link struct {
	Text, Href, Hidden string
	Current            bool
}

// fact is a line of a page's "auf einen Blick": a label and one or more values.
type fact struct {
	Label  string
	Values []string
}

// facts keeps the facts that have a value.
func facts(fs ...fact) []fact {
	out := fs[:0]
	for _, f := range fs {
		var vs []string
		for _, v := range f.Values {
			if v != "" {
				vs = append(vs, v)
			}
		}
		if len(vs) > 0 {
			out = append(out, fact{f.Label, vs})
		}
	}
	return out
}

// card is a Modul in a list.
type card struct {
	ID, Title, Href      string
	Partner, PartnerHref string
	Short                string
	Facts                []fact
}

func modulHref(id drehscheibe.ID) string   { return Prefix + "/modul/" + string(id) }
func partnerHref(id drehscheibe.ID) string { return Prefix + "/partner/" + string(id) }

// cardOf is the list entry of Modul m.
func (rq *request) cardOf(m *drehscheibe.Modul) card {
	c := card{ID: string(m.ID), Title: m.Title, Href: modulHref(m.ID), Short: short(m.Description, 220)}
	if p, ok := rq.v.Partner(m.PartnerID); ok {
		c.Partner, c.PartnerHref = p.Name, partnerHref(p.ID)
	}
	c.Facts = facts(
		fact{plural(len(m.Themes()), "Themenfeld", "Themenfelder"), []string{names(m.Themes(), drehscheibe.Theme.Label)}},
		fact{"Alter", []string{ages(m.AgeRange)}},
		fact{plural(len(m.Formats), "Format", "Formate"), []string{names(m.Formats, drehscheibe.Format.Label)}},
		fact{"Kosten", []string{cost(m)}},
	)
	return c
}

// modulPage is the page of a Modul.
type modulPage struct {
	layout
	Heading, Partner, PartnerHref, Website string
	Paragraphs                             []string
	Facts                                  []fact
	Updated                                string
}

// modul is GET /angebote/modul/{id}: a published Modul with every public field.
func (h *Handler) modul(w http.ResponseWriter, rq *request) {
	id := drehscheibe.ID(rq.r.PathValue("id"))
	m, ok := rq.v.Modul(id)
	if !id.Is(drehscheibe.KindModul) || !ok || m.Status != drehscheibe.ModulPublished {
		h.fail(w, rq.r, http.StatusNotFound, "Dieses Angebot gibt es nicht oder nicht mehr. Vielleicht finden Sie in der Suche ein ähnliches.")
		return
	}
	if h.notModified(w, rq) {
		return
	}
	p, _ := rq.v.Partner(m.PartnerID)
	if p == nil {
		p = &drehscheibe.Partner{Meta: drehscheibe.Meta{ID: m.PartnerID}}
	}
	var where, area []string
	seat := address(p.Address)
	for _, d := range m.DeliveryModes {
		switch {
		case d == drehscheibe.AtPartner && seat != "":
			where = append(where, "beim Partner: "+seat)
		case d == drehscheibe.AtInstitution:
			where, area = append(where, d.Label()), serviceArea(rq.v, p, h.opts.AreaName)
		default:
			where = append(where, d.Label())
		}
	}
	var when []string
	when = append(when, slots(m.Schedule.Slots)...)
	if per := period(m.Schedule.Period); per != "" {
		when = append(when, "Zeitraum: "+per)
	}
	if n := m.Schedule.DurationMinutes; n > 0 {
		when = append(when, fmt.Sprintf("%d Minuten je Termin", n))
	}
	if n := m.Schedule.Sessions; n == 1 {
		when = append(when, "ein Termin")
	} else if n > 1 {
		when = append(when, fmt.Sprintf("%d Termine", n))
	}
	parents := ""
	if m.InvolvesParents {
		parents = "ja, mit den Eltern"
	}
	free := ""
	if m.Capacity > 0 {
		if n := m.RemainingCapacity(); n == 0 {
			free = "derzeit ausgebucht"
		} else {
			free = fmt.Sprintf("noch %d von %d Buchungen frei", n, m.Capacity)
		}
	}
	canonical := rq.base + modulHref(m.ID)
	page := modulPage{
		layout: h.layout(layout{
			Title:       m.Title + " – " + p.Name,
			Description: short(m.Description, 155),
			Canonical:   canonical,
			Crumbs:      []link{{Text: "Angebote", Href: Prefix}, {Text: p.Name, Href: partnerHref(p.ID)}, {Text: m.Title, Current: true}},
			JSONLD:      courseData(m, p, canonical, rq.base+partnerHref(p.ID)),
		}),
		Heading: m.Title, Partner: p.Name, PartnerHref: partnerHref(p.ID), Website: p.Website,
		Paragraphs: paragraphs(m.Description),
		Facts: facts(
			fact{plural(len(m.Themes()), "Themenfeld", "Themenfelder"), []string{names(m.Themes(), drehscheibe.Theme.Label)}},
			fact{"Alter", []string{ages(m.AgeRange)}},
			fact{"Für", []string{names(m.TargetTypes, drehscheibe.InstitutionType.Label)}},
			fact{plural(len(m.Formats), "Format", "Formate"), []string{names(m.Formats, drehscheibe.Format.Label)}},
			fact{"Wo", where},
			fact{"Kommt in Einrichtungen in", area},
			fact{"Wann", when},
			fact{"Gruppengröße", []string{groupSize(m.GroupSize)}},
			fact{"Verfügbarkeit", []string{free}},
			fact{"Sprachen", []string{names(m.Languages, drehscheibe.LanguageName)}},
			fact{"Elternarbeit", []string{parents}},
			fact{"Inklusion und Barrierefreiheit", []string{m.Inclusion}},
			fact{"Kosten", []string{cost(m)}},
			fact{"Förderung", []string{funding(m)}},
			fact{"Schlagworte", []string{strings.Join(m.Tags, ", ")}},
		),
		Updated: m.UpdatedAt.In(drehscheibe.Dortmund).Format("02.01.2006"),
	}
	render(w, rq.r, http.StatusOK, pages.modul, page)
}

// partnerPage is the page of a partner.
type partnerPage struct {
	layout
	Name, Kind, Website string
	Count               string
	Paragraphs          []string
	Facts               []fact
	Cards               []card
}

// partner is GET /angebote/partner/{id}: a partner's public profile and its published
// Module.
func (h *Handler) partner(w http.ResponseWriter, rq *request) {
	id := drehscheibe.ID(rq.r.PathValue("id"))
	p, ok := rq.v.Partner(id)
	if !id.Is(drehscheibe.KindPartner) || !ok {
		h.fail(w, rq.r, http.StatusNotFound, "Diesen Partner gibt es nicht oder nicht mehr.")
		return
	}
	if h.notModified(w, rq) {
		return
	}
	var cards []card
	for _, m := range rq.v.Module(catalog.ModulFilter{PartnerID: p.ID}, catalog.Order{By: catalog.ByName}).All() {
		cards = append(cards, rq.cardOf(m))
	}
	description := short(p.Description, 155)
	if description == "" {
		description = fmt.Sprintf("%s in %s: %d Bildungsangebote", p.Kind.Label(), h.opts.AreaName, len(cards))
	}
	canonical := rq.base + partnerHref(p.ID)
	bezirke := bezirkeServed(rq.v, p)
	page := partnerPage{
		layout: h.layout(layout{
			Title:       p.Name + " – Bildungspartner",
			Description: description,
			Canonical:   canonical,
			Crumbs:      []link{{Text: "Angebote", Href: Prefix}, {Text: p.Name, Current: true}},
			JSONLD:      organizationData(p, canonical, h.opts.AreaName, bezirke),
		}),
		Name: p.Name, Kind: p.Kind.Label(), Website: p.Website, Count: count(len(cards)),
		Paragraphs: paragraphs(p.Description),
		Facts: facts(
			fact{plural(len(p.Themes), "Themenfeld", "Themenfelder"), []string{names(p.Themes, drehscheibe.Theme.Label)}},
			fact{"Kommt in Einrichtungen in", serviceArea(rq.v, p, h.opts.AreaName)},
			fact{"Stadtbezirke", []string{strings.Join(bezirke, ", ")}},
			fact{"Anschrift", []string{address(p.Address)}},
			fact{"Sprachen", []string{names(p.Languages, drehscheibe.LanguageName)}},
		),
		Cards: cards,
	}
	render(w, rq.r, http.StatusOK, pages.partner, page)
}
