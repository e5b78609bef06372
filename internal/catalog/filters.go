package catalog

import (
	"fmt"
	"slices"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// QuartierFilter selects Quartiere; zero fields do not filter.
type QuartierFilter struct {
	Stadtbezirk  string
	SozialeStadt *bool
	Text         string
}

// Quartiere returns the Quartiere matching f, ordered by o (ByName, ByNumber,
// ByPriority, ByCreated, ByUpdated).
func (s *Snapshot) Quartiere(f QuartierFilter, o Order) List[*drehscheibe.Quartier] {
	q := parseText(f.Text)
	keep := func(r *row[*drehscheibe.Quartier]) bool {
		e := r.e
		return (f.Stadtbezirk == "" || foldedEqual(e.Stadtbezirk, f.Stadtbezirk)) &&
			(f.SozialeStadt == nil || e.SozialeStadt == *f.SozialeStadt) &&
			q.matches(r.text)
	}
	switch o.By {
	case ByPriority:
		return sortRows(allRows(s.quartiere), keep, func(r *row[*drehscheibe.Quartier]) string { return fmt.Sprintf("%.9f", r.e.Priority()) },
			o.Desc, orderTag(drehscheibe.KindQuartier, o, q))
	case ByNumber:
		return sortRows(allRows(s.quartiere), keep, func(r *row[*drehscheibe.Quartier]) string { return fmt.Sprintf("%06s", r.e.Number) },
			o.Desc, orderTag(drehscheibe.KindQuartier, o, q))
	}
	return selectFrom(s.quartiere, nil, false, keep, o, q, drehscheibe.KindQuartier)
}

// InstitutionFilter selects institutions; zero fields do not filter.
type InstitutionFilter struct {
	Types          []drehscheibe.InstitutionType
	QuartierID     drehscheibe.ID
	Stadtbezirk    string
	KindercampusID drehscheibe.ID
	// SozialeStadt filters by the flag of the institution's Quartier.
	SozialeStadt *bool
	Text         string
}

// Institutionen returns the institutions matching f, ordered by o (ByName, ByCreated,
// ByUpdated, ByRelevance).
func (s *Snapshot) Institutionen(f InstitutionFilter, o Order) List[*drehscheibe.Institution] {
	q := parseText(f.Text)
	keep := func(r *row[*drehscheibe.Institution]) bool {
		e := r.e
		if (len(f.Types) > 0 && !slices.Contains(f.Types, e.Type)) ||
			(f.QuartierID != "" && e.QuartierID != f.QuartierID) ||
			(f.KindercampusID != "" && s.CampusOf(e.ID) != f.KindercampusID) ||
			!q.matches(r.text) {
			return false
		}
		if f.Stadtbezirk != "" || f.SozialeStadt != nil {
			qu, ok := s.quartiere.get(e.QuartierID)
			if !ok || (f.Stadtbezirk != "" && !foldedEqual(qu.Stadtbezirk, f.Stadtbezirk)) ||
				(f.SozialeStadt != nil && qu.SozialeStadt != *f.SozialeStadt) {
				return false
			}
		}
		return true
	}
	if f.QuartierID != "" {
		return selectFrom(s.institutionen, s.institutionIn.rows(f.QuartierID), true, keep, o, q, drehscheibe.KindInstitution)
	}
	return selectFrom(s.institutionen, nil, false, keep, o, q, drehscheibe.KindInstitution)
}

// PartnerFilter selects partners; zero fields do not filter.
type PartnerFilter struct {
	// Themes keeps partners working in any of them.
	Themes []drehscheibe.Theme
	Kinds  []drehscheibe.PartnerKind
	// QuartierID keeps partners whose service area covers the Quartier.
	QuartierID drehscheibe.ID
	Text       string
}

// Partners returns the partners matching f, ordered by o (ByName, ByCreated, ByUpdated,
// ByRelevance).
func (s *Snapshot) Partners(f PartnerFilter, o Order) List[*drehscheibe.Partner] {
	q := parseText(f.Text)
	serves := s.servesQuartier(f.QuartierID)
	keep := func(r *row[*drehscheibe.Partner]) bool {
		e := r.e
		return (len(f.Themes) == 0 || slices.ContainsFunc(e.Themes, func(t drehscheibe.Theme) bool { return slices.Contains(f.Themes, t) })) &&
			(len(f.Kinds) == 0 || slices.Contains(f.Kinds, e.Kind)) &&
			serves(e) && q.matches(r.text)
	}
	return selectFrom(s.partner, nil, false, keep, o, q, drehscheibe.KindPartner)
}

// servesQuartier returns a test whether a partner serves Quartier id (always true for
// an empty id, never for an unknown one).
func (s *Snapshot) servesQuartier(id drehscheibe.ID) func(*drehscheibe.Partner) bool {
	if id == "" {
		return func(*drehscheibe.Partner) bool { return true }
	}
	qu, ok := s.quartiere.get(id)
	if !ok {
		return func(*drehscheibe.Partner) bool { return false }
	}
	return func(p *drehscheibe.Partner) bool { return match.Serves(p, qu.ID, qu.Centroid) }
}

// ModulFilter selects Module; zero fields do not filter, except Statuses.
type ModulFilter struct {
	// Themes keeps Module with any of them as primary or further theme.
	Themes []drehscheibe.Theme
	// Age keeps Module whose age range overlaps it.
	Age           *drehscheibe.AgeRange
	TargetType    drehscheibe.InstitutionType
	DeliveryMode  drehscheibe.DeliveryMode
	Formats       []drehscheibe.Format
	QuartierID    drehscheibe.ID // served by the Modul's partner
	PartnerID     drehscheibe.ID
	Statuses      []drehscheibe.ModulStatus // empty: PUBLISHED only
	Free          *bool
	Fundable      *bool
	Text          string
	ModifiedSince *time.Time
	// visible leaves out what the caller may not see (set by View).
	visible func(*drehscheibe.Modul) bool
}

// onlyPublished reports whether f selects exactly the published Module.
func (f ModulFilter) onlyPublished() bool {
	return (len(f.Statuses) == 0 || (len(f.Statuses) == 1 && f.Statuses[0] == drehscheibe.ModulPublished)) &&
		len(f.Themes) == 0 && f.Age == nil && f.TargetType == "" && f.DeliveryMode == "" && len(f.Formats) == 0 &&
		f.QuartierID == "" && f.PartnerID == "" && f.Free == nil && f.Fundable == nil && f.Text == "" && f.ModifiedSince == nil
}

// Module returns the Module matching f, ordered by o (ByName, ByCreated, ByUpdated,
// ByRelevance).
func (s *Snapshot) Module(f ModulFilter, o Order) List[*drehscheibe.Modul] {
	q := parseText(f.Text)
	statuses := f.Statuses
	if len(statuses) == 0 {
		statuses = []drehscheibe.ModulStatus{drehscheibe.ModulPublished}
	}
	serves := s.servesQuartier(f.QuartierID)
	keep := func(r *row[*drehscheibe.Modul]) bool {
		m := r.e
		if !slices.Contains(statuses, m.Status) || (f.visible != nil && !f.visible(m)) ||
			(len(f.Themes) > 0 && !slices.ContainsFunc(f.Themes, m.HasTheme)) ||
			(f.Age != nil && !m.AgeRange.Overlaps(*f.Age)) ||
			(f.TargetType != "" && !slices.Contains(m.TargetTypes, f.TargetType)) ||
			(f.DeliveryMode != "" && !slices.Contains(m.DeliveryModes, f.DeliveryMode)) ||
			(len(f.Formats) > 0 && !slices.ContainsFunc(m.Formats, func(x drehscheibe.Format) bool { return slices.Contains(f.Formats, x) })) ||
			(f.Free != nil && m.Free() != *f.Free) ||
			(f.Fundable != nil && m.Fundable != *f.Fundable) ||
			(f.ModifiedSince != nil && m.UpdatedAt.Before(*f.ModifiedSince)) ||
			!q.matches(r.text) {
			return false
		}
		if f.QuartierID != "" {
			p, ok := s.partner.get(m.PartnerID)
			return ok && serves(p)
		}
		return true
	}
	if f.PartnerID != "" {
		return selectFrom(s.module, s.modulesOf.rows(f.PartnerID), true, keep, o, q, drehscheibe.KindModul)
	}
	l := selectFrom(s.module, nil, false, keep, o, q, drehscheibe.KindModul)
	if src, ok := l.src.(indexSource[*drehscheibe.Modul]); ok && f.onlyPublished() {
		// every caller sees every published Modul, so the public list's total is kept
		src.total = func() int { return s.published }
		l.src = src
	}
	return l
}

// BedarfFilter selects Bedarfe; zero fields do not filter, except Statuses.
type BedarfFilter struct {
	InstitutionID  drehscheibe.ID
	QuartierID     drehscheibe.ID // of the institution
	KindercampusID drehscheibe.ID // of the institution
	Themes         []drehscheibe.Theme
	Statuses       []drehscheibe.BedarfStatus // empty: OPEN only
	Text           string
	// visible leaves out what the caller may not see (set by View).
	visible func(*drehscheibe.Bedarf) bool
}

// Bedarfe returns the Bedarfe matching f, ordered by o (ByName, ByCreated, ByUpdated,
// ByRelevance).
func (s *Snapshot) Bedarfe(f BedarfFilter, o Order) List[*drehscheibe.Bedarf] {
	q := parseText(f.Text)
	statuses := f.Statuses
	if len(statuses) == 0 {
		statuses = []drehscheibe.BedarfStatus{drehscheibe.BedarfOpen}
	}
	keep := func(r *row[*drehscheibe.Bedarf]) bool {
		b := r.e
		if !slices.Contains(statuses, b.Status) || (f.visible != nil && !f.visible(b)) ||
			(len(f.Themes) > 0 && !slices.Contains(f.Themes, b.Theme)) ||
			(f.KindercampusID != "" && s.CampusOf(b.InstitutionID) != f.KindercampusID) ||
			!q.matches(r.text) {
			return false
		}
		if f.QuartierID != "" {
			in, ok := s.institutionen.get(b.InstitutionID)
			return ok && in.QuartierID == f.QuartierID
		}
		return true
	}
	if f.InstitutionID != "" {
		return selectFrom(s.bedarfe, s.bedarfeOf.rows(f.InstitutionID), true, keep, o, q, drehscheibe.KindBedarf)
	}
	return selectFrom(s.bedarfe, nil, false, keep, o, q, drehscheibe.KindBedarf)
}

// KindercampusStandorte returns every Kindercampus by name.
func (s *Snapshot) KindercampusStandorte() List[*drehscheibe.Kindercampus] {
	return selectFrom(s.campus, nil, false, nil, Order{}, nil, drehscheibe.KindKindercampus)
}
