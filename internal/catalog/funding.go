package catalog

import (
	"slices"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// FoerderprogrammFilter selects programmes; zero fields do not filter.
type FoerderprogrammFilter struct {
	Text      string
	Providers []drehscheibe.ProgrammeProvider
	// Theme keeps programmes funding it (or any theme).
	Theme drehscheibe.Theme
	// OpenOn keeps programmes accepting applications on that day.
	OpenOn drehscheibe.Date
}

// Foerderprogramme returns the programmes matching f, ordered by o (ByName, ByCreated,
// ByUpdated, ByRelevance).
func (s *Snapshot) Foerderprogramme(f FoerderprogrammFilter, o Order) List[*drehscheibe.Foerderprogramm] {
	q := parseText(f.Text)
	keep := func(r *row[*drehscheibe.Foerderprogramm]) bool {
		e := r.e
		return (len(f.Providers) == 0 || slices.Contains(f.Providers, e.Provider)) &&
			(f.Theme == "" || len(e.Eligibility.Themes) == 0 || slices.Contains(e.Eligibility.Themes, f.Theme)) &&
			(f.OpenOn.IsZero() || e.Window.Contains(f.OpenOn)) &&
			q.matches(r.text)
	}
	return selectFrom(s.programme, nil, false, keep, o, q, drehscheibe.KindFoerderprogramm)
}

// programmes returns every programme, by ID.
func (s *Snapshot) programmes() []*drehscheibe.Foerderprogramm { return entities(s.programme) }

// fundingContext is the context programmes decide on for institution in.
func (s *Snapshot) fundingContext(in *drehscheibe.Institution, m *drehscheibe.Modul, cost int64, date drehscheibe.Date) drehscheibe.FundingContext {
	c := drehscheibe.FundingContext{Institution: in, Modul: m, CostCent: cost, Year: date.Year, Today: date}
	if q, ok := s.quartiere.get(in.QuartierID); ok {
		c.Quartier = q
	}
	return c
}

// FundingOptions returns what each programme would pay for Modul m costing cost at
// institution in on date, the most first, and why each other does not.
func (s *Snapshot) FundingOptions(in *drehscheibe.Institution, m *drehscheibe.Modul, cost int64, date drehscheibe.Date) ([]drehscheibe.FundingOption, map[drehscheibe.ID]string) {
	return drehscheibe.FundingOptions(s.programmes(), s.fundingContext(in, m, cost, date))
}

// funder is how the matching asks what programmes pay at institution in (nil when no
// programme could pay there at all).
func (s *Snapshot) funder(in *drehscheibe.Institution, date drehscheibe.Date) match.Funder {
	if s.programme.len() == 0 {
		return nil
	}
	all := s.programmes()
	c := s.fundingContext(in, nil, 0, date)
	return func(m *drehscheibe.Modul, cost int64) (int64, string) {
		c.Modul, c.CostCent = m, cost
		var best int64
		var name string
		for _, f := range all {
			if pays := f.Pays(c); pays > best {
				best, name = pays, f.Name
			}
		}
		return best, name
	}
}

// FundingReport sums the ledgers of the programmes and campus sites for filter f
// (which the caller's rights have narrowed: Principal.MayReportFunding).
func (s *Snapshot) FundingReport(f drehscheibe.FundingReportFilter) drehscheibe.FundingReport {
	return drehscheibe.NewFundingReport(s.programmes(), entities(s.campus), f, func(id drehscheibe.ID) string {
		if e, ok := s.Get(id); ok {
			if k, ok := e.(*drehscheibe.Kindercampus); ok {
				return k.Name
			}
		}
		return string(id)
	})
}
