package evaluation

import (
	"math"
	"slices"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Input is what the KPIs are computed from: the catalogue's entities. Compute picks
// those of the filter's scope itself; a caller may hand it more.
type Input struct {
	Quartiere    []*drehscheibe.Quartier
	Institutions []*drehscheibe.Institution
	Campus       []*drehscheibe.Kindercampus
	Programmes   []*drehscheibe.Foerderprogramm
	Bedarfe      []*drehscheibe.Bedarf
	Anfragen     []*drehscheibe.Anfrage
}

// Report is the evaluation of one scope over a range of months.
type Report struct {
	Filter Filter
	// Campus is the Kindercampus evaluated (nil: the whole city).
	Campus *drehscheibe.Kindercampus
	// Months has one entry per month of the range, oldest first.
	Months []Figures
	// Total is the whole range: sums of the months, the median and means over all of
	// the range's cases, and the stock figures (institutions, partners) of its end.
	Total Figures
	// CoveredUndated counts the scope's covered needs whose time of covering is not
	// known (covered before the service recorded it); they are in no month.
	CoveredUndated int
}

// Figures are the KPIs of one month, or of the whole range (Total). Percentages,
// the median and the means are rounded as docs/evaluation.md says; nil where there is
// nothing to divide by.
type Figures struct {
	// From and To are the month (equal), or the range.
	From, To Month

	// Needs (Bedarfe).
	BedarfeRecorded   int
	BedarfeCovered    int
	MedianDaysToCover *float64

	// Agreements: requests that became AGREED (also bookings recorded as made outside
	// the service), and those of institutions in Aktionsräume Soziale Stadt.
	Agreements                int
	AgreementsSozialeStadt    int
	AgreementsSozialeStadtPct *float64

	// Money from the ledgers, in cents: committed (promised), released (promises
	// taken back), spent; the committed money for institutions in Aktionsräume Soziale
	// Stadt and its share.
	CommittedCent             int64
	ReleasedCent              int64
	SpentCent                 int64
	CommittedSozialeStadtCent int64
	CommittedSozialeStadtPct  *float64

	// Network at the end of the month: institutions recorded by then, those with at
	// least one partner under an agreement, the institution–partner pairs, and pairs
	// per institution.
	Institutions            int
	InstitutionsWithPartner int
	Partnerships            int
	PartnersPerInstitution  *float64

	// Delivery: requests completed (DONE) with the sessions held and the participants
	// they reported.
	Completed    int
	SessionsHeld int
	Participants int

	// Ratings (1–5) given by each side.
	InstitutionRatings Ratings
	PartnerRatings     Ratings
}

// Period is the month ("2026-03") or the range ("2026-01/2026-12").
func (f Figures) Period() string {
	if f.From == f.To {
		return f.From.String()
	}
	return f.From.String() + "/" + f.To.String()
}

// Label is the month or the range in German ("März 2026", "Januar 2026 bis Dezember
// 2026").
func (f Figures) Label() string {
	if f.From == f.To {
		return f.From.Label()
	}
	return f.From.Label() + " bis " + f.To.Label()
}

// Ratings are the ratings one side gave.
type Ratings struct {
	Count int
	Sum   int
	// Mean is Sum/Count rounded to two decimals (nil: none).
	Mean *float64
}

// Compute evaluates in for filter f. ENOTFOUND when f names a Kindercampus that is
// not in in.Campus.
func Compute(in Input, f Filter) (Report, error) {
	s, err := newScope(in, f.KindercampusID)
	if err != nil {
		return Report{}, err
	}
	r := Report{Filter: f, Campus: s.campus}
	months := make(map[Month]*Figures, f.Months())
	for m := f.From; !f.To.Before(m); m = m.Next() {
		r.Months = append(r.Months, Figures{From: m, To: m})
	}
	for i := range r.Months {
		months[r.Months[i].From] = &r.Months[i]
	}
	at := func(t time.Time) *Figures {
		if t.IsZero() {
			return nil
		}
		return months[MonthOf(t)]
	}
	var allDays []int
	days := map[Month][]int{}

	for _, b := range s.bedarfe {
		if fig := at(b.CreatedAt); fig != nil {
			fig.BedarfeRecorded++
		}
		covered, ok := s.coveredAt(b)
		if !ok {
			continue
		}
		if covered.IsZero() {
			r.CoveredUndated++
			continue
		}
		if fig := at(covered); fig != nil {
			fig.BedarfeCovered++
			d := daysBetween(b.CreatedAt, covered)
			days[fig.From] = append(days[fig.From], d)
			allDays = append(allDays, d)
		}
	}

	for _, a := range s.anfragen {
		for _, t := range a.History {
			if t.To != drehscheibe.AnfrageAgreed {
				continue
			}
			if fig := at(t.At); fig != nil {
				fig.Agreements++
				if s.sozialeStadt(a.InstitutionID) {
					fig.AgreementsSozialeStadt++
				}
			}
		}
		o := a.Outcome
		if o == nil {
			continue
		}
		if fig := at(o.CompletedAt); fig != nil {
			fig.Completed++
			fig.SessionsHeld += o.SessionsHeld
			fig.Participants += o.Participants
		}
		for _, side := range []struct {
			fb  *drehscheibe.Feedback
			get func(*Figures) *Ratings
		}{
			{o.Institution, func(f *Figures) *Ratings { return &f.InstitutionRatings }},
			{o.Partner, func(f *Figures) *Ratings { return &f.PartnerRatings }},
		} {
			if side.fb == nil {
				continue
			}
			if fig := at(side.fb.At); fig != nil {
				rt := side.get(fig)
				rt.Count++
				rt.Sum += side.fb.Rating
			}
		}
	}

	for _, e := range s.ledger {
		fig := at(e.At)
		if fig == nil {
			continue
		}
		switch e.Kind {
		case drehscheibe.LedgerCommit:
			fig.CommittedCent += e.CommittedCent
			if e.SozialeStadt {
				fig.CommittedSozialeStadtCent += e.CommittedCent
			}
		case drehscheibe.LedgerRelease:
			fig.ReleasedCent -= e.CommittedCent
		case drehscheibe.LedgerSpend:
			fig.SpentCent += e.SpentCent
		}
	}

	for i := range r.Months {
		fig := &r.Months[i]
		s.network(fig, fig.To.End())
		fig.MedianDaysToCover = median(days[fig.From])
		finish(fig)
	}
	r.Total = total(r.Months, f)
	r.Total.MedianDaysToCover = median(allDays)
	return r, nil
}

// total adds up the months: flows are summed, the stock figures are those of the last
// month.
func total(months []Figures, f Filter) Figures {
	t := Figures{From: f.From, To: f.To}
	for _, m := range months {
		t.BedarfeRecorded += m.BedarfeRecorded
		t.BedarfeCovered += m.BedarfeCovered
		t.Agreements += m.Agreements
		t.AgreementsSozialeStadt += m.AgreementsSozialeStadt
		t.CommittedCent += m.CommittedCent
		t.ReleasedCent += m.ReleasedCent
		t.SpentCent += m.SpentCent
		t.CommittedSozialeStadtCent += m.CommittedSozialeStadtCent
		t.Completed += m.Completed
		t.SessionsHeld += m.SessionsHeld
		t.Participants += m.Participants
		t.InstitutionRatings.Count += m.InstitutionRatings.Count
		t.InstitutionRatings.Sum += m.InstitutionRatings.Sum
		t.PartnerRatings.Count += m.PartnerRatings.Count
		t.PartnerRatings.Sum += m.PartnerRatings.Sum
	}
	last := months[len(months)-1]
	t.Institutions, t.InstitutionsWithPartner, t.Partnerships = last.Institutions, last.InstitutionsWithPartner, last.Partnerships
	finish(&t)
	return t
}

// finish computes the shares and means of fig from its counts.
func finish(fig *Figures) {
	fig.AgreementsSozialeStadtPct = percent(int64(fig.AgreementsSozialeStadt), int64(fig.Agreements))
	fig.CommittedSozialeStadtPct = percent(fig.CommittedSozialeStadtCent, fig.CommittedCent)
	fig.PartnersPerInstitution = ratio(fig.Partnerships, fig.Institutions)
	fig.InstitutionRatings.Mean = ratio(fig.InstitutionRatings.Sum, fig.InstitutionRatings.Count)
	fig.PartnerRatings.Mean = ratio(fig.PartnerRatings.Sum, fig.PartnerRatings.Count)
}

// percent is part of whole in percent, rounded to one decimal (nil: whole ≤ 0).
func percent(part, whole int64) *float64 {
	if whole <= 0 {
		return nil
	}
	return round(float64(part)*100/float64(whole), 1)
}

// ratio is a/b rounded to two decimals (nil: b is 0).
func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	return round(float64(a)/float64(b), 2)
}

// median of the days, rounded to one decimal (nil: none).
func median(days []int) *float64 {
	if len(days) == 0 {
		return nil
	}
	d := slices.Clone(days)
	slices.Sort(d)
	n := len(d)
	if n%2 == 1 {
		return round(float64(d[n/2]), 1)
	}
	return round(float64(d[n/2-1]+d[n/2])/2, 1)
}

// round rounds x half away from zero to places decimals.
func round(x float64, places int) *float64 {
	p := math.Pow10(places)
	v := math.Round(x*p) / p
	return &v
}

// daysBetween counts the calendar days in Dortmund from the day of a to the day of b.
func daysBetween(a, b time.Time) int {
	da, db := drehscheibe.DateOf(a.In(drehscheibe.Dortmund)), drehscheibe.DateOf(b.In(drehscheibe.Dortmund))
	return int(db.Time().Sub(da.Time()) / (24 * time.Hour))
}
