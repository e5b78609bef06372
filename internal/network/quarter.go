package network

import (
	"fmt"
	"slices"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Quarter is a calendar quarter, such as 2026-Q1 (January to March 2026).
type Quarter struct {
	Year int
	// Number is 1 to 4.
	Number int
}

// QuarterOf returns the quarter day d lies in.
func QuarterOf(d drehscheibe.Date) Quarter {
	return Quarter{Year: d.Year, Number: (int(d.Month)-1)/3 + 1}
}

// String formats q as "2026-Q1".
func (q Quarter) String() string { return fmt.Sprintf("%04d-Q%d", q.Year, q.Number) }

// First returns the first day of the quarter.
func (q Quarter) First() drehscheibe.Date {
	return drehscheibe.Date{Year: q.Year, Month: time.Month(3*q.Number - 2), Day: 1}
}

// Last returns the last day of the quarter.
func (q Quarter) Last() drehscheibe.Date {
	// Day 0 of the month after the quarter is the quarter's last day.
	return drehscheibe.DateOf(time.Date(q.Year, time.Month(3*q.Number+1), 0, 0, 0, 0, 0, time.UTC))
}

func (q Quarter) next() Quarter {
	if q.Number == 4 {
		return Quarter{Year: q.Year + 1, Number: 1}
	}
	return Quarter{Year: q.Year, Number: q.Number + 1}
}

func (q Quarter) after(r Quarter) bool {
	return q.Year > r.Year || q.Year == r.Year && q.Number > r.Number
}

// QuarterStat is the network as of the end of one quarter: exactly the figures Build
// gives for the same scope with To set to AsOf.
type QuarterStat struct {
	Quarter Quarter
	// AsOf is the last day counted: the quarter's last day, or the filter's To when
	// that comes first.
	AsOf drehscheibe.Date
	// Institutions is the number of institutions in the scope (all quarters alike: the
	// network knows no founding dates).
	Institutions int
	// Connected is the number of institutions with at least one cooperation.
	Connected    int
	Partners     int
	Edges        int
	Cooperations int
	// Density is Edges / (Institutions × Partners), 0 when either is 0.
	Density float64
}

// quarters lists the network's growth, one row per quarter from the quarter of the
// filter's From (or of the earliest counted start) to that of its To (or of the latest
// start). Without dates in the filter and without cooperations there are no rows.
func (g *bipartite) quarters(f Filter) []QuarterStat {
	starts := slices.Clone(g.starts)
	slices.Sort(starts)
	first, last := f.From, f.To
	if first.IsZero() && len(starts) > 0 {
		first = starts[0].date()
	}
	if last.IsZero() && len(starts) > 0 {
		last = starts[len(starts)-1].date()
	}
	if first.IsZero() || last.IsZero() {
		return nil
	}

	// The day each edge, partner and institution joins the network.
	edgeDays := make([]day, len(g.edges))
	partnerDays := make([]day, len(g.partners))
	institutionDays := make([]day, len(g.institutions))
	for k, e := range g.edges {
		edgeDays[k] = e.first
		for _, d := range []*day{&partnerDays[e.partner], &institutionDays[e.institution]} {
			if *d == 0 || e.first < *d {
				*d = e.first
			}
		}
	}
	institutionDays = slices.DeleteFunc(institutionDays, func(d day) bool { return d == 0 })
	for _, days := range [][]day{edgeDays, partnerDays, institutionDays} {
		slices.Sort(days)
	}

	var rows []QuarterStat
	end := QuarterOf(last)
	for q := QuarterOf(first); !q.after(end); q = q.next() {
		asOf := q.Last()
		if !f.To.IsZero() && f.To.Before(asOf) {
			asOf = f.To
		}
		r := QuarterStat{
			Quarter:      q,
			AsOf:         asOf,
			Institutions: len(g.institutions),
			Connected:    countUpTo(institutionDays, dayOf(asOf)),
			Partners:     countUpTo(partnerDays, dayOf(asOf)),
			Edges:        countUpTo(edgeDays, dayOf(asOf)),
			Cooperations: countUpTo(starts, dayOf(asOf)),
		}
		if r.Institutions > 0 && r.Partners > 0 {
			r.Density = density(r.Edges, r.Institutions, r.Partners)
		}
		rows = append(rows, r)
	}
	return rows
}

// countUpTo returns how many of the sorted days are on or before d.
func countUpTo(sorted []day, d day) int {
	n, _ := slices.BinarySearch(sorted, d+1)
	return n
}
