// The controlling of the money: budgets, commitments and spending of a year per
// source, and the bookings by programme × campus × theme × Quartier, summed from the
// ledgers.

package drehscheibe

import (
	"cmp"
	"slices"
)

// FundingReportFilter restricts a funding report; the year is required.
type FundingReportFilter struct {
	Year           int
	ProgrammeID    ID
	KindercampusID ID
	QuartierID     ID
	Theme          Theme
}

// FundingReport is the controlling of one year.
type FundingReport struct {
	Year                                                int
	BudgetCent, CommittedCent, SpentCent, RemainingCent int64
	Sources                                             []FundingSourceRow
	Rows                                                []FundingReportRow
	// SozialeStadtCent is what is committed and spent in Aktionsräume Soziale Stadt;
	// SozialeStadtSharePct its share of all that is committed and spent (nil: nothing
	// is booked).
	SozialeStadtCent     int64
	SozialeStadtSharePct *float64
}

// FundingSourceRow is one budget in the report: a programme's year (ProgrammeID) or a
// campus's budget line (KindercampusID, Category). Committed and spent count the
// bookings the filter selects; budget and remaining are the whole budget's.
type FundingSourceRow struct {
	ProgrammeID                                         ID
	KindercampusID                                      ID
	Category                                            BudgetCategory
	Label                                               string
	BudgetCent, CommittedCent, SpentCent, RemainingCent int64
}

// FundingReportRow sums the bookings of one source (programme, or campus line),
// campus, theme and Quartier.
type FundingReportRow struct {
	ProgrammeID    ID
	Category       BudgetCategory
	KindercampusID ID
	Theme          Theme
	QuartierID     ID
	SozialeStadt   bool
	CommittedCent  int64
	SpentCent      int64
	// Anfragen counts the requests booked.
	Anfragen int
}

// MayReportFunding checks that p may see the funding report with filter f: the
// Servicestelle any, campus management its own campus only (the filter is narrowed to
// it). EUNAUTHENTICATED, EFORBIDDEN, EINVALID.
func (p Principal) MayReportFunding(f *FundingReportFilter) error {
	if err := p.May(OpFundingReport); err != nil {
		return err
	}
	if f.Year < 2000 || f.Year > 2100 {
		return FieldErrorf(EINVALID, path("filter", "year"), "Jahr muss zwischen 2000 und 2100 liegen")
	}
	if p.all() {
		return nil
	}
	switch {
	case f.KindercampusID == "":
		f.KindercampusID = p.Scope.KindercampusID
	case !p.Manages(f.KindercampusID):
		return &Error{Code: EFORBIDDEN, Field: path("filter", "kindercampusId"), Message: "Keine Berechtigung: nur der eigene Kindercampus"}
	}
	return nil
}

// NewFundingReport sums the ledgers of programmes and campus sites for filter f.
// names labels a programme or campus by ID.
func NewFundingReport(programmes []*Foerderprogramm, campus []*Kindercampus, f FundingReportFilter, names func(ID) string) FundingReport {
	r := FundingReport{Year: f.Year}
	type key struct {
		programme, campus, quartier ID
		category                    BudgetCategory
		theme                       Theme
	}
	rows := map[key]*FundingReportRow{}
	anfragen := map[key]map[ID]bool{}
	selected := func(e LedgerEntry) bool {
		return e.Year == f.Year && (f.KindercampusID == "" || e.KindercampusID == f.KindercampusID) &&
			(f.QuartierID == "" || e.QuartierID == f.QuartierID) && (f.Theme == "" || e.Theme == f.Theme)
	}
	book := func(src *FundingSourceRow, programme ID, ledger []LedgerEntry) {
		for _, e := range ledger {
			if !selected(e) || (src.Category != "" && e.Category != src.Category) {
				continue
			}
			src.CommittedCent += e.CommittedCent
			src.SpentCent += e.SpentCent
			k := key{programme, e.KindercampusID, e.QuartierID, e.Category, e.Theme}
			row := rows[k]
			if row == nil {
				row = &FundingReportRow{ProgrammeID: programme, Category: e.Category, KindercampusID: e.KindercampusID,
					Theme: e.Theme, QuartierID: e.QuartierID, SozialeStadt: e.SozialeStadt}
				rows[k], anfragen[k] = row, map[ID]bool{}
			}
			row.CommittedCent += e.CommittedCent
			row.SpentCent += e.SpentCent
			anfragen[k][e.AnfrageID] = true
		}
	}
	for _, fp := range programmes {
		y, ok := fp.Year(f.Year)
		if !ok || (f.ProgrammeID != "" && fp.ID != f.ProgrammeID) {
			continue
		}
		src := FundingSourceRow{ProgrammeID: fp.ID, Label: fp.Name, BudgetCent: y.BudgetCent, RemainingCent: y.RemainingCent()}
		book(&src, fp.ID, fp.Ledger)
		r.Sources = append(r.Sources, src)
	}
	for _, k := range campus {
		if f.ProgrammeID != "" || (f.KindercampusID != "" && k.ID != f.KindercampusID) {
			continue
		}
		for _, b := range k.Budget {
			if b.Year != f.Year {
				continue
			}
			src := FundingSourceRow{KindercampusID: k.ID, Category: b.Category, Label: names(k.ID) + ": " + b.Category.Label(),
				BudgetCent: b.AmountCent, RemainingCent: b.RemainingCent()}
			book(&src, "", k.Ledger)
			r.Sources = append(r.Sources, src)
		}
	}
	for _, s := range r.Sources {
		r.BudgetCent += s.BudgetCent
		r.CommittedCent += s.CommittedCent
		r.SpentCent += s.SpentCent
		r.RemainingCent += s.RemainingCent
	}
	var booked int64
	for k, row := range rows {
		row.Anfragen = len(anfragen[k])
		r.Rows = append(r.Rows, *row)
		booked += row.CommittedCent + row.SpentCent
		if row.SozialeStadt {
			r.SozialeStadtCent += row.CommittedCent + row.SpentCent
		}
	}
	if booked > 0 {
		pct := float64(r.SozialeStadtCent) * 100 / float64(booked)
		r.SozialeStadtSharePct = &pct
	}
	slices.SortFunc(r.Rows, func(a, b FundingReportRow) int {
		return cmp.Or(cmp.Compare(a.ProgrammeID, b.ProgrammeID), cmp.Compare(a.Category, b.Category),
			cmp.Compare(a.KindercampusID, b.KindercampusID), cmp.Compare(a.Theme, b.Theme), cmp.Compare(a.QuartierID, b.QuartierID))
	})
	return r
}
