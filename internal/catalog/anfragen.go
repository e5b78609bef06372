package catalog

import (
	"math"
	"slices"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// AnfrageFilter selects requests; zero fields do not filter.
type AnfrageFilter struct {
	Statuses       []drehscheibe.AnfrageStatus
	InstitutionID  drehscheibe.ID
	PartnerID      drehscheibe.ID
	ModulID        drehscheibe.ID
	BedarfID       drehscheibe.ID
	KindercampusID drehscheibe.ID // of the institution
	// NextActor keeps the requests waiting for this side (BOTH counts for either).
	NextActor drehscheibe.Party
	// Overdue keeps the requests whose next actor let the due date pass (true) or
	// not (false), as of Now.
	Overdue *bool
	Now     time.Time
	// visible leaves out what the caller may not see (set by View).
	visible func(*drehscheibe.Anfrage) bool
}

// Anfragen returns the requests matching f, ordered by o (ByCreated, ByUpdated, ByDue;
// newest first is the caller's choice of Desc).
func (s *Snapshot) Anfragen(f AnfrageFilter, o Order) List[*drehscheibe.Anfrage] {
	keep := func(r *row[*drehscheibe.Anfrage]) bool {
		a := r.e
		return (len(f.Statuses) == 0 || slices.Contains(f.Statuses, a.Status)) &&
			(f.visible == nil || f.visible(a)) &&
			(f.InstitutionID == "" || a.InstitutionID == f.InstitutionID) &&
			(f.PartnerID == "" || a.PartnerID == f.PartnerID) &&
			(f.ModulID == "" || a.ModulID == f.ModulID) &&
			(f.BedarfID == "" || a.BedarfID == f.BedarfID) &&
			(f.KindercampusID == "" || s.CampusOf(a.InstitutionID) == f.KindercampusID) &&
			(f.NextActor == "" || a.NextActor.Includes(f.NextActor)) &&
			(f.Overdue == nil || a.Overdue(f.Now) == *f.Overdue)
	}
	// the narrowest reverse edge the filter names
	var rows []*row[*drehscheibe.Anfrage]
	subset := true
	switch {
	case f.BedarfID != "":
		rows = s.anfragenFor.rows(f.BedarfID)
	case f.InstitutionID != "":
		rows = s.anfragenOf.rows(f.InstitutionID)
	case f.PartnerID != "":
		rows = s.anfragenTo.rows(f.PartnerID)
	case f.KindercampusID != "":
		if k, ok := s.campus.get(f.KindercampusID); ok {
			for _, in := range k.InstitutionIDs {
				rows = append(rows, s.anfragenOf.rows(in)...)
			}
		}
	default:
		subset = false
	}
	tag := orderTag(drehscheibe.KindAnfrage, o, nil)
	if o.By == ByDue {
		if !subset {
			rows = allRows(s.anfragen)
		}
		return sortRows(rows, keep, dueKey, o.Desc, tag)
	}
	if o.By != ByUpdated {
		o.By = ByCreated
	}
	return selectFrom(s.anfragen, rows, subset, keep, o, nil, drehscheibe.KindAnfrage)
}

// dueKey sorts by due date; requests without one come last.
func dueKey(r *row[*drehscheibe.Anfrage]) string {
	if r.e.DueAt.IsZero() {
		return timeKey(time.Unix(0, math.MaxInt64))
	}
	return timeKey(r.e.DueAt)
}
