package catalog

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// RecommendRequest asks for the Module that fit an institution's needs: the recorded
// Bedarfe named, the ad-hoc needs given, or (neither given) its open Bedarfe.
type RecommendRequest struct {
	InstitutionID drehscheibe.ID
	BedarfIDs     []drehscheibe.ID
	Needs         []match.Need
	First         int
	// Date is the reference day; Today bounds it (a year back, three years ahead).
	Date, Today drehscheibe.Date
}

// Recommend ranks the catalogue for one institution. ENOTFOUND (unknown institution or
// Bedarf), EINVALID (a need is invalid or not the institution's, no needs at all, first
// or date out of range).
func (s *Snapshot) Recommend(req RecommendRequest, cfg match.Config) (match.Result, error) {
	in, ok := s.institutionen.get(req.InstitutionID)
	if !ok {
		return match.Result{}, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, []string{"institutionId"}, "Institution nicht gefunden")
	}
	if err := drehscheibe.CheckFirst(req.First); err != nil {
		return match.Result{}, err
	}
	if err := drehscheibe.CheckReferenceDate(req.Date, req.Today); err != nil {
		return match.Result{}, err
	}
	needs, err := s.needs(in, req)
	if err != nil {
		return match.Result{}, err
	}
	return s.matcher.Rank(match.Request{Institution: in, Needs: needs, Date: req.Date, First: req.First}, cfg), nil
}

// needs resolves the needs of a request.
func (s *Snapshot) needs(in *drehscheibe.Institution, req RecommendRequest) ([]match.Need, error) {
	if err := drehscheibe.CheckNeedCount(len(req.BedarfIDs) + len(req.Needs)); err != nil {
		return nil, err
	}
	var out []match.Need
	for i, id := range req.BedarfIDs {
		field := []string{"bedarfIds", fmt.Sprint(i)}
		b, ok := s.bedarfe.get(id)
		switch {
		case !ok:
			return nil, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, field, "Bedarf %q nicht gefunden", id)
		case b.InstitutionID != in.ID:
			return nil, drehscheibe.FieldErrorf(drehscheibe.EINVALID, field, "Der Bedarf „%s“ gehört zu einer anderen Einrichtung", b.Title)
		case b.Status == drehscheibe.BedarfClosed:
			return nil, drehscheibe.FieldErrorf(drehscheibe.EINVALID, field, "Der Bedarf „%s“ ist geschlossen", b.Title)
		}
		out = append(out, s.needOf(b))
	}
	for i, n := range req.Needs {
		if err := n.Check(); err != nil {
			return nil, needProblem(err, i)
		}
		out = append(out, n)
	}
	if len(req.BedarfIDs) == 0 && len(req.Needs) == 0 {
		for _, b := range s.bedarfeOf.rows(in.ID) {
			if b.e.Status == drehscheibe.BedarfOpen {
				out = append(out, s.needOf(b.e))
			}
		}
		if len(out) == 0 {
			return nil, drehscheibe.Errorf(drehscheibe.EINVALID, "%s hat keine offenen Bedarfe; gib bedarfIds oder needs an", in.Name)
		}
	}
	return out, nil
}

// needOf is the need of a recorded Bedarf, with the Module requested for it: those
// under way and those their partner declined (the agreed ones are covering it).
func (s *Snapshot) needOf(b *drehscheibe.Bedarf) match.Need {
	n := match.NeedOf(b)
	for _, r := range s.anfragenFor.rows(b.ID) {
		switch r.e.Status {
		case drehscheibe.AnfrageRequested, drehscheibe.AnfrageAccepted, drehscheibe.AnfrageDeclined:
			n.Requested = append(n.Requested, r.e.ModulID)
		}
	}
	return n
}

// Alternatives are the next best Module for the need a request answers, without the
// Module requested, declined or booked for it: for the need recorded, or (none named)
// for one like the request (the Modul's theme and ages, the request's group and slots).
func (s *Snapshot) Alternatives(a *drehscheibe.Anfrage, first int, today drehscheibe.Date, cfg match.Config) (match.Result, error) {
	in, ok := s.institutionen.get(a.InstitutionID)
	if !ok {
		return match.Result{}, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, []string{"institutionId"}, "Institution nicht gefunden")
	}
	if err := drehscheibe.CheckFirst(first); err != nil {
		return match.Result{}, err
	}
	date := a.Period.From
	if drehscheibe.CheckReferenceDate(date, today) != nil {
		date = today
	}
	var n match.Need
	if b, ok := s.bedarfe.get(a.BedarfID); ok && b.Status != drehscheibe.BedarfClosed {
		n = s.needOf(b)
	} else if m, ok := s.module.get(a.ModulID); ok {
		n = match.Need{Title: m.Title, Theme: m.Theme, Age: m.AgeRange, Slots: a.Slots, GroupSize: a.GroupSize, Priority: drehscheibe.PriorityMedium}
	} else {
		return match.Result{}, nil
	}
	if !slices.Contains(n.Requested, a.ModulID) {
		n.Requested = append(n.Requested, a.ModulID)
	}
	return s.matcher.Rank(match.Request{Institution: in, Needs: []match.Need{n}, Date: date, First: first}, cfg), nil
}

// needProblem puts the first problem of an invalid ad-hoc need under needs.i.
func needProblem(err error, i int) error {
	e, ok := drehscheibe.AsError(err)
	if !ok || len(e.Problems) == 0 {
		return err
	}
	p := e.Problems[0]
	field := append([]string{"needs", fmt.Sprint(i)}, p.Field...)
	return drehscheibe.FieldErrorf(drehscheibe.EINVALID, field, "needs[%d].%s: %s", i, strings.Join(p.Field, "."), p.Message)
}

// Placements answers a partner's "Wo werde ich gebraucht?" for Modul id: the
// institutions whose open needs it fits, best first. ENOTFOUND, EINVALID (first, date).
func (s *Snapshot) Placements(id drehscheibe.ID, first int, date, today drehscheibe.Date, cfg match.Config) ([]match.Match, error) {
	if err := drehscheibe.CheckFirst(first); err != nil {
		return nil, err
	}
	if err := drehscheibe.CheckReferenceDate(date, today); err != nil {
		return nil, err
	}
	ix := s.matcher
	c, ok := ix.Candidate(id)
	if !ok {
		return nil, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, []string{"modulId"}, "Modul nicht gefunden")
	}
	return ix.Place(c, date, first, cfg), nil
}

// CoverageArea names one area: a Quartier, a Kindercampus or a Stadtbezirk.
type CoverageArea struct {
	QuartierID     drehscheibe.ID
	KindercampusID drehscheibe.ID
	Stadtbezirk    string
}

// Coverage compares needs and supply per theme and age band in an area. EINVALID (not
// exactly one area given), ENOTFOUND (unknown area).
func (s *Snapshot) Coverage(area CoverageArea, date, today drehscheibe.Date, cfg match.Config) ([]match.ThemeCoverage, error) {
	given := 0
	for _, set := range []bool{area.QuartierID != "", area.KindercampusID != "", area.Stadtbezirk != ""} {
		if set {
			given++
		}
	}
	if given != 1 {
		return nil, drehscheibe.Errorf(drehscheibe.EINVALID, "Genau eines von quartierId, kindercampusId oder stadtbezirk angeben")
	}
	if err := drehscheibe.CheckReferenceDate(date, today); err != nil {
		return nil, err
	}
	var ins []*drehscheibe.Institution
	switch {
	case area.KindercampusID != "":
		k, ok := s.campus.get(area.KindercampusID)
		if !ok {
			return nil, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, []string{"kindercampusId"}, "Kindercampus nicht gefunden")
		}
		ins = s.CampusInstitutions(k)
	case area.QuartierID != "":
		if _, ok := s.quartiere.get(area.QuartierID); !ok {
			return nil, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, []string{"quartierId"}, "Quartier nicht gefunden")
		}
		ins = s.Institutionen(InstitutionFilter{QuartierID: area.QuartierID}, Order{}).All()
	default:
		want := fold.String(area.Stadtbezirk)
		known := false
		s.quartiere.each(func(r *row[*drehscheibe.Quartier]) bool { known = fold.String(r.e.Stadtbezirk) == want; return !known })
		if !known {
			return nil, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, []string{"stadtbezirk"}, "Stadtbezirk %q nicht gefunden", area.Stadtbezirk)
		}
		ins = s.Institutionen(InstitutionFilter{Stadtbezirk: area.Stadtbezirk}, Order{}).All()
	}
	return s.matcher.Coverage(ins, date, cfg), nil
}
