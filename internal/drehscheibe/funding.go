// Funding: who pays for a request (its shares), which programmes could pay (their
// eligibility), and the ledger of what is committed and spent against programmes and
// campus budget lines.

package drehscheibe

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// FundingShare is one part of a request's costs and who pays it: the institution's
// own budget, a budget line of its Kindercampus, or a Förderprogramm.
type FundingShare struct {
	Source FundingSource
	// Category is the campus budget line (CAMPUS_BUDGET).
	Category BudgetCategory
	// ProgrammeID is the programme (PROGRAMME).
	ProgrammeID ID
	AmountCent  int64
	// Rest marks the share that takes what the others leave of the total (its amount
	// follows the total when the terms change).
	Rest bool
}

// FundingSource is who pays a share.
type FundingSource string

// The funding sources.
const (
	// FundingOwn: the institution pays from its own budget.
	FundingOwn FundingSource = "OWN_BUDGET"
	// FundingCampus: a budget line of the institution's Kindercampus.
	FundingCampus FundingSource = "CAMPUS_BUDGET"
	// FundingProgramme: a Förderprogramm.
	FundingProgramme FundingSource = "PROGRAMME"
)

// FundingSources lists every funding source.
var FundingSources = []FundingSource{FundingOwn, FundingCampus, FundingProgramme}

var fundingSourceLabels = map[FundingSource]string{
	FundingOwn: "Eigenmittel der Einrichtung", FundingCampus: "Budget des Kindercampus", FundingProgramme: "Förderprogramm",
}

// Label returns the German name of the source.
func (f FundingSource) Label() string { return label(f, fundingSourceLabels) }

// Booked reports whether the share is booked in a ledger (campus lines and
// programmes; the institution's own money is its own business).
func (f FundingShare) Booked() bool { return f.Source != FundingOwn && f.AmountCent > 0 }

// MaxFundingShares bounds the shares of one request.
const MaxFundingShares = 5

func (p *problems) checkFunding(field []string, shares []FundingShare) {
	if len(shares) > MaxFundingShares {
		p.add(field, EINVALID, "Höchstens %d Finanzierungsanteile", MaxFundingShares)
	}
	rest := 0
	for i, f := range shares {
		fp := sub(field, itoa(i))
		if !valid(f.Source, FundingSources) {
			p.add(sub(fp, "source"), EINVALID, "Unbekannte Finanzierung")
		}
		switch {
		case f.Source == FundingCampus && !valid(f.Category, BudgetCategories):
			p.add(sub(fp, "category"), EINVALID, "Für das Campus-Budget die Budgetlinie angeben")
		case f.Source != FundingCampus && f.Category != "":
			p.add(sub(fp, "category"), EINVALID, "Eine Budgetlinie gibt es nur beim Campus-Budget")
		}
		switch {
		case f.Source == FundingProgramme:
			p.checkRef(sub(fp, "programmeId"), f.ProgrammeID, KindFoerderprogramm, true)
		case f.ProgrammeID != "":
			p.add(sub(fp, "programmeId"), EINVALID, "Ein Förderprogramm gibt es nur bei der Quelle PROGRAMME")
		}
		if f.AmountCent < 0 || f.AmountCent > MaxCostCent {
			p.add(sub(fp, "amountCent"), EINVALID, "Betrag muss zwischen 0 und %d Cent liegen", int64(MaxCostCent))
		}
		if f.Rest {
			rest++
		}
		for j := range i {
			if o := shares[j]; o.Source == f.Source && o.Category == f.Category && o.ProgrammeID == f.ProgrammeID {
				p.add(fp, EINVALID, "Diese Quelle ist doppelt angegeben")
			}
		}
	}
	if rest > 1 {
		p.add(field, EINVALID, "Nur ein Anteil kann den Rest tragen (ohne Betrag)")
	}
}

// splitFunding resolves the shares for a total: the rest share gets what the others
// leave; without one, what is left is the institution's own. EINVALID when the shares
// exceed the total.
func splitFunding(shares []FundingShare, total int64) ([]FundingShare, error) {
	out := slices.Clone(shares)
	var fixed int64
	restAt := -1
	for i, s := range out {
		if s.Rest {
			restAt = i
			continue
		}
		fixed += s.AmountCent
	}
	if fixed > total {
		return nil, FieldErrorf(EINVALID, path("funding"), "Die Finanzierungsanteile (%s) übersteigen die Kosten (%s)", FormatEuro(fixed), FormatEuro(total))
	}
	switch {
	case restAt >= 0:
		out[restAt].AmountCent = total - fixed
	case fixed < total:
		out = append(out, FundingShare{Source: FundingOwn, AmountCent: total - fixed, Rest: true})
	}
	// a share of nothing says nothing (a free Modul has no shares)
	return slices.DeleteFunc(out, func(s FundingShare) bool { return s.AmountCent == 0 }), nil
}

// LedgerKind is what a ledger entry does.
type LedgerKind string

// The ledger entry kinds.
const (
	// LedgerCommit: money is promised to a request (when it is agreed).
	LedgerCommit LedgerKind = "COMMIT"
	// LedgerSpend: a promise becomes a payment of the actual amount (when it is done).
	LedgerSpend LedgerKind = "SPEND"
	// LedgerRelease: a promise is taken back (when it is cancelled).
	LedgerRelease LedgerKind = "RELEASE"
)

var ledgerKindLabels = map[LedgerKind]string{LedgerCommit: "zugesagt", LedgerSpend: "ausgegeben", LedgerRelease: "freigegeben"}

// Label returns the German name of the kind.
func (k LedgerKind) Label() string { return label(k, ledgerKindLabels) }

// LedgerEntry is one movement of money against a budget (a programme's year, or a
// campus's budget line): how committed and spent changed, for which request, with the
// request's context for the controlling (counts of money only, no personal data).
type LedgerEntry struct {
	// ID identifies the entry: a booking retried books it once.
	ID            ID
	At            time.Time
	Kind          LedgerKind
	Year          int
	Category      BudgetCategory // campus budget lines
	AnfrageID     ID
	CommittedCent int64 // change
	SpentCent     int64 // change
	// the request's context, for the reports
	InstitutionID  ID
	KindercampusID ID
	QuartierID     ID
	SozialeStadt   bool
	Theme          Theme
	By             Actor
}

// UsedCent is how the entry changes committed + spent.
func (e LedgerEntry) UsedCent() int64 { return e.CommittedCent + e.SpentCent }

// FundingOption is what one programme would pay for a request.
type FundingOption struct {
	Programme     *Foerderprogramm
	CoveredCent   int64
	RemainingCent int64
	// Reasons say in German why it fits.
	Reasons []string
}

// FundingContext is what eligibility is decided on: the institution, its Quartier
// (nil when unknown), the Modul, the request's costs, its budget year and the day of
// the application.
type FundingContext struct {
	Institution *Institution
	Quartier    *Quartier
	Modul       *Modul
	CostCent    int64
	Year        int
	Today       Date
}

// Covers returns what programme f pays in context c and why, or zero and why not.
func (f *Foerderprogramm) Covers(c FundingContext) (FundingOption, string) {
	if no := f.refusal(c, true); no != "" {
		return FundingOption{}, no
	}
	return f.option(c, true), ""
}

// Pays returns what programme f pays in context c (0: nothing), without saying why
// (the matching asks this for many Module).
func (f *Foerderprogramm) Pays(c FundingContext) int64 {
	if f.refusal(c, false) != "" {
		return 0
	}
	return f.option(c, false).CoveredCent
}

// refusal says why f pays nothing in context c ("": it pays); with explain unset it
// only says that it refuses.
func (f *Foerderprogramm) refusal(c FundingContext, explain bool) string {
	e := f.Eligibility
	m, in, q := c.Modul, c.Institution, c.Quartier
	why := func(s func() string) string {
		if explain {
			return s()
		}
		return "nein"
	}
	switch {
	case c.CostCent <= 0:
		return "das Angebot ist kostenfrei"
	case !f.Window.Contains(c.Today):
		return why(func() string { return "Antragsfrist " + periodText(f.Window) })
	case len(e.Themes) > 0 && !slices.ContainsFunc(e.Themes, m.HasTheme):
		return "fördert andere Themenfelder"
	case len(e.InstitutionTypes) > 0 && !slices.Contains(e.InstitutionTypes, in.Type):
		return why(func() string { return "fördert keine " + in.Type.Label() })
	case len(e.QuartierIDs) > 0 && !slices.Contains(e.QuartierIDs, in.QuartierID):
		return "fördert nur ausgewählte Quartiere"
	case e.OnlySozialeStadt && (q == nil || !q.SozialeStadt):
		return "fördert nur in Aktionsräumen Soziale Stadt"
	case e.MinPriority > 0 && (q == nil || q.Priority() < e.MinPriority):
		return why(func() string { return fmt.Sprintf("fördert nur Quartiere mit Priorität ab %.2f", e.MinPriority) })
	case e.Ages != nil && !m.AgeRange.Overlaps(*e.Ages):
		return why(func() string { return fmt.Sprintf("fördert Angebote für %d–%d Jahre", e.Ages.Min, e.Ages.Max) })
	}
	if year, ok := f.Year(c.Year); !ok || year.RemainingCent() <= 0 {
		return why(func() string { return fmt.Sprintf("kein Budget mehr für %d", c.Year) })
	}
	return ""
}

// option is what f pays in context c, where it is not refused.
func (f *Foerderprogramm) option(c FundingContext, explain bool) FundingOption {
	e := f.Eligibility
	year, _ := f.Year(c.Year)
	covered := c.CostCent * int64(e.MaxSharePct) / 100
	capped := e.MaxPerAnfrageCent > 0 && covered > e.MaxPerAnfrageCent
	if capped {
		covered = e.MaxPerAnfrageCent
	}
	short := covered > year.RemainingCent()
	if short {
		covered = year.RemainingCent()
	}
	o := FundingOption{Programme: f, CoveredCent: covered, RemainingCent: c.CostCent - covered}
	if !explain {
		return o
	}
	o.Reasons = []string{fmt.Sprintf("%s fördert %d %% der Kosten", f.Name, e.MaxSharePct)}
	if capped {
		o.Reasons = append(o.Reasons, "höchstens "+FormatEuro(e.MaxPerAnfrageCent)+" je Anfrage")
	}
	if short {
		o.Reasons = append(o.Reasons, fmt.Sprintf("noch %s frei im Jahr %d", FormatEuro(year.RemainingCent()), c.Year))
	}
	switch {
	case e.OnlySozialeStadt:
		o.Reasons = append(o.Reasons, "Aktionsraum Soziale Stadt")
	case e.MinPriority > 0:
		o.Reasons = append(o.Reasons, fmt.Sprintf("Quartier mit Priorität %.2f", c.Quartier.Priority()))
	}
	if len(e.Themes) > 0 {
		o.Reasons = append(o.Reasons, "Themenfeld "+c.Modul.Theme.Label())
	}
	if e.CoFundingRequired {
		o.Reasons = append(o.Reasons, "mit Eigenanteil")
	}
	return o
}

// FundingOptions returns what each programme would pay in context c, the most first,
// and why each other does not.
func FundingOptions(programmes []*Foerderprogramm, c FundingContext) ([]FundingOption, map[ID]string) {
	var out []FundingOption
	whyNot := map[ID]string{}
	for _, f := range programmes {
		if o, no := f.Covers(c); no == "" {
			out = append(out, o)
		} else {
			whyNot[f.ID] = no
		}
	}
	slices.SortStableFunc(out, func(a, b FundingOption) int {
		return cmp.Or(cmp.Compare(b.CoveredCent, a.CoveredCent), cmp.Compare(a.Programme.ID, b.Programme.ID))
	})
	return out, whyNot
}
