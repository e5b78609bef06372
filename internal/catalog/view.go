package catalog

import (
	"fmt"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// View is a snapshot as one caller sees it. Everything the API reads goes through a
// View, so that node lookups, connections, nested edges and matching obey the same
// rule (drehscheibe.Principal.Sees): what the caller may not see is not there, and a
// hidden entity cannot be told apart from an unknown ID.
type View struct {
	s *Snapshot
	p drehscheibe.Principal
}

// As returns the snapshot as p sees it.
func (s *Snapshot) As(p drehscheibe.Principal) *View { return &View{s: s, p: p} }

// Snapshot is the underlying snapshot.
func (v *View) Snapshot() *Snapshot { return v.s }

// Version is the catalogue version of the underlying snapshot.
func (v *View) Version() int64 { return v.s.Version }

// Principal is the caller the view is for.
func (v *View) Principal() drehscheibe.Principal { return v.p }

func (v *View) sees(e drehscheibe.Entity) bool { return v.p.Sees(e, v.s.CampusOf) }

func (v *View) seesModul(m *drehscheibe.Modul) bool   { return v.sees(m) }
func (v *View) seesBedarf(b *drehscheibe.Bedarf) bool { return v.sees(b) }

// Get returns the entity with id, of whichever kind, if the caller may see it.
func (v *View) Get(id drehscheibe.ID) (drehscheibe.Entity, bool) {
	e, ok := v.s.Get(id)
	if !ok || !v.sees(e) {
		return nil, false
	}
	return e, true
}

// Quartier returns the Quartier with id.
func (v *View) Quartier(id drehscheibe.ID) (*drehscheibe.Quartier, bool) { return v.s.Quartier(id) }

// Institution returns the Institution with id.
func (v *View) Institution(id drehscheibe.ID) (*drehscheibe.Institution, bool) {
	return v.s.Institution(id)
}

// Partner returns the Partner with id.
func (v *View) Partner(id drehscheibe.ID) (*drehscheibe.Partner, bool) { return v.s.Partner(id) }

// Kindercampus returns the Kindercampus with id.
func (v *View) Kindercampus(id drehscheibe.ID) (*drehscheibe.Kindercampus, bool) {
	return v.s.Kindercampus(id)
}

// Modul returns the Modul with id if the caller may see it.
func (v *View) Modul(id drehscheibe.ID) (*drehscheibe.Modul, bool) {
	m, ok := v.s.Modul(id)
	return m, ok && v.sees(m)
}

// Bedarf returns the Bedarf with id if the caller may see it.
func (v *View) Bedarf(id drehscheibe.ID) (*drehscheibe.Bedarf, bool) {
	b, ok := v.s.Bedarf(id)
	return b, ok && v.sees(b)
}

// Anfrage returns the request with id if the caller may see it.
func (v *View) Anfrage(id drehscheibe.ID) (*drehscheibe.Anfrage, bool) {
	a, ok := v.s.Anfrage(id)
	return a, ok && v.sees(a)
}

// Anfragen returns the requests matching f that the caller may see, ordered by o.
func (v *View) Anfragen(f AnfrageFilter, o Order) List[*drehscheibe.Anfrage] {
	f.visible = func(a *drehscheibe.Anfrage) bool { return v.sees(a) }
	return v.s.Anfragen(f, o)
}

// CampusOf returns the Kindercampus the institution belongs to, or "".
func (v *View) CampusOf(institution drehscheibe.ID) drehscheibe.ID { return v.s.CampusOf(institution) }

// CampusInstitutions returns the member institutions of a campus, anchor school first.
func (v *View) CampusInstitutions(k *drehscheibe.Kindercampus) []*drehscheibe.Institution {
	return v.s.CampusInstitutions(k)
}

// SeesBudget reports whether the caller sees the budget of Kindercampus campus.
func (v *View) SeesBudget(campus drehscheibe.ID) bool { return v.p.Manages(campus) }

// Quartiere lists Quartiere (see Snapshot.Quartiere).
func (v *View) Quartiere(f QuartierFilter, o Order) List[*drehscheibe.Quartier] {
	return v.s.Quartiere(f, o)
}

// Institutionen lists institutions (see Snapshot.Institutionen).
func (v *View) Institutionen(f InstitutionFilter, o Order) List[*drehscheibe.Institution] {
	return v.s.Institutionen(f, o)
}

// Partners lists partners (see Snapshot.Partners).
func (v *View) Partners(f PartnerFilter, o Order) List[*drehscheibe.Partner] {
	return v.s.Partners(f, o)
}

// KindercampusStandorte lists the Kindercampus sites.
func (v *View) KindercampusStandorte() List[*drehscheibe.Kindercampus] {
	return v.s.KindercampusStandorte()
}

// Module lists the Module the caller may see (see Snapshot.Module); totals count only
// those.
func (v *View) Module(f ModulFilter, o Order) List[*drehscheibe.Modul] {
	f.visible = v.seesModul
	return v.s.Module(f, o)
}

// Bedarfe lists the Bedarfe the caller may see (see Snapshot.Bedarfe).
func (v *View) Bedarfe(f BedarfFilter, o Order) List[*drehscheibe.Bedarf] {
	f.visible = v.seesBedarf
	return v.s.Bedarfe(f, o)
}

// VisibleBedarfe keeps the Bedarfe of bs the caller may see.
func (v *View) VisibleBedarfe(bs []*drehscheibe.Bedarf) []*drehscheibe.Bedarf {
	out := make([]*drehscheibe.Bedarf, 0, len(bs))
	for _, b := range bs {
		if v.sees(b) {
			out = append(out, b)
		}
	}
	return out
}

// Recommend ranks the catalogue for an institution the caller acts for (coordinators
// and the Servicestelle for any). EUNAUTHENTICATED, EFORBIDDEN, and the errors of
// Snapshot.Recommend; a Bedarf the caller may not see is not found.
func (v *View) Recommend(req RecommendRequest, cfg match.Config) (match.Result, error) {
	if _, ok := v.s.Institution(req.InstitutionID); !ok {
		if err := v.p.May(drehscheibe.OpRecommendModules); err != nil {
			return match.Result{}, err
		}
	} else if err := v.p.MayRecommendFor(req.InstitutionID, v.s.CampusOf); err != nil {
		return match.Result{}, err
	}
	for i, id := range req.BedarfIDs {
		if _, ok := v.Bedarf(id); !ok {
			return match.Result{}, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, []string{"bedarfIds", fmt.Sprint(i)}, "Bedarf %q nicht gefunden", id)
		}
	}
	return v.s.Recommend(req, cfg)
}

// Alternatives are the next best Module for request a's need (Snapshot.Alternatives),
// for those who may ask for recommendations for its institution; nothing for others
// (partners).
func (v *View) Alternatives(a *drehscheibe.Anfrage, first int, today drehscheibe.Date, cfg match.Config) (match.Result, error) {
	if v.p.MayRecommendFor(a.InstitutionID, v.s.CampusOf) != nil || !v.sees(a) {
		return match.Result{}, nil
	}
	return v.s.Alternatives(a, first, today, cfg)
}

// Placements answers "Wo werde ich gebraucht?" for a Modul of the caller's partner
// (coordinators and the Servicestelle for any they see). EUNAUTHENTICATED,
// EFORBIDDEN, and the errors of Snapshot.Placements; a Modul the caller may not see
// is not found.
func (v *View) Placements(id drehscheibe.ID, first int, date, today drehscheibe.Date, cfg match.Config) ([]match.Match, error) {
	if err := v.p.May(drehscheibe.OpPlacementSuggestions); err != nil {
		return nil, err
	}
	m, ok := v.Modul(id)
	if !ok {
		return nil, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, []string{"modulId"}, "Modul nicht gefunden")
	}
	if err := v.p.MayPlace(m); err != nil {
		return nil, err
	}
	return v.s.Placements(id, first, date, today, cfg)
}

// Coverage compares needs and supply in an area: for campus management its own
// campus, for coordinators and the Servicestelle any area. EUNAUTHENTICATED,
// EFORBIDDEN, and the errors of Snapshot.Coverage.
func (v *View) Coverage(area CoverageArea, date, today drehscheibe.Date, cfg match.Config) ([]match.ThemeCoverage, error) {
	if err := v.p.MayCompareCoverage(area.KindercampusID, area.QuartierID != "" || area.Stadtbezirk != ""); err != nil {
		return nil, err
	}
	return v.s.Coverage(area, date, today, cfg)
}
