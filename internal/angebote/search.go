package angebote

import (
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// perPage is the number of Module on a page of results.
const perPage = 20

// The search runs on the catalogue's own filters and free-text search (German folding:
// "Fussball" finds "Fußball"), so it finds what the API's module(filter:) finds:
//
//   - thema: the Themenfeld, primary or further (ModulFilter.Themes);
//   - alter: a child's age, inside the Modul's age range (ModulFilter.Age);
//   - einrichtung: a kind of institution the Modul is made for (ModulFilter.TargetType);
//   - kostenlos: costCent = 0 (ModulFilter.Free);
//   - bezirk: Module whose partner brings its offers to at least one Quartier of the
//     Stadtbezirk — citywide, by naming the Quartier, or by a radius around its seat
//     reaching the Quartier's centre. That is the catalogue's rule for "served in a
//     Quartier" (ModulFilter.QuartierID, PartnerFilter.QuartierID, match.Serves), the
//     one matching uses too, taken over the Quartiere of the Bezirk.

// results is a page of a search.
type results struct {
	Items       []*drehscheibe.Modul
	Total       int
	Page, Pages int
}

// run runs s on v.
func run(v *catalog.View, s search) results {
	f := catalog.ModulFilter{Text: s.Text, TargetType: s.Type}
	if s.Theme != "" {
		f.Themes = []drehscheibe.Theme{s.Theme}
	}
	if s.Age >= 0 {
		f.Age = &drehscheibe.AgeRange{Min: s.Age, Max: s.Age}
	}
	if s.Free {
		free := true
		f.Free = &free
	}
	order := catalog.Order{By: catalog.ByName}
	if len(fold.Terms(s.Text)) > 0 {
		order.By = catalog.ByRelevance
	}
	var keep func(*drehscheibe.Modul) bool
	if s.Bezirk != "" {
		serving := partnersServing(v, s.Bezirk)
		keep = func(m *drehscheibe.Modul) bool { return serving[m.PartnerID] }
	}
	items, total := pageOf(v.Module(f, order), keep, (s.Page-1)*perPage, perPage)
	return results{Items: items, Total: total, Page: s.Page, Pages: max(1, (total+perPage-1)/perPage)}
}

// pageOf returns n entries of l from offset, of those keep accepts (nil: all), and how
// many there are. Without keep the list counts itself (the unfiltered public list
// without walking) and is walked only to the page; with keep it is walked once.
func pageOf(l catalog.List[*drehscheibe.Modul], keep func(*drehscheibe.Modul) bool, offset, n int) ([]*drehscheibe.Modul, int) {
	if keep == nil {
		total := l.Count()
		if offset >= total {
			return nil, total
		}
		upTo := offset + n
		return l.Page(catalog.PageRequest{First: &upTo}).Items[offset:], total
	}
	var items []*drehscheibe.Modul
	total := 0
	for _, m := range l.All() {
		if !keep(m) {
			continue
		}
		if total >= offset && len(items) < n {
			items = append(items, m)
		}
		total++
	}
	return items, total
}

// partnersServing returns the partners that bring their offers to a Quartier of
// Stadtbezirk bezirk, by the catalogue's filter.
func partnersServing(v *catalog.View, bezirk string) map[drehscheibe.ID]bool {
	out := map[drehscheibe.ID]bool{}
	for _, q := range v.Quartiere(catalog.QuartierFilter{Stadtbezirk: bezirk}, catalog.Order{}).All() {
		for _, p := range v.Partners(catalog.PartnerFilter{QuartierID: q.ID}, catalog.Order{}).All() {
			out[p.ID] = true
		}
	}
	return out
}

// stadtbezirke returns the Stadtbezirke of the catalogue's Quartiere keep accepts
// (nil: all) in German alphabetical order ("Hörde" between "Hombruch" and "Huckarde").
func stadtbezirke(v *catalog.View, keep func(*drehscheibe.Quartier) bool) []string {
	seen := map[string]bool{}
	var out []string
	for _, q := range v.Quartiere(catalog.QuartierFilter{}, catalog.Order{}).All() {
		if k := fold.String(q.Stadtbezirk); k != "" && !seen[k] && (keep == nil || keep(q)) {
			seen[k] = true
			out = append(out, q.Stadtbezirk)
		}
	}
	collate.New(language.German).SortStrings(out)
	return out
}

// bezirkeServed returns the Stadtbezirke partner p brings its offers to: those the
// bezirk filter finds its Module under (match.Serves, the rule of the catalogue's
// filter).
func bezirkeServed(v *catalog.View, p *drehscheibe.Partner) []string {
	return stadtbezirke(v, func(q *drehscheibe.Quartier) bool { return match.Serves(p, q.ID, q.Centroid) })
}
