package evaluation

import (
	"slices"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// scope is what one evaluation counts: the institutions of a Kindercampus (its
// members now) or of the city, their needs and requests, and the ledger entries booked
// for the campus (or all of them).
type scope struct {
	campus       *drehscheibe.Kindercampus
	institutions []*drehscheibe.Institution
	bedarfe      []*drehscheibe.Bedarf
	anfragen     []*drehscheibe.Anfrage
	ledger       []drehscheibe.LedgerEntry
	// inSozialeStadt are the institutions whose Quartier is an Aktionsraum Soziale Stadt.
	inSozialeStadt map[drehscheibe.ID]bool
	// agreedFor lists the requests of each need, for needs covered without a recorded
	// time.
	agreedFor map[drehscheibe.ID][]*drehscheibe.Anfrage
}

func newScope(in Input, campus drehscheibe.ID) (*scope, error) {
	s := &scope{inSozialeStadt: map[drehscheibe.ID]bool{}, agreedFor: map[drehscheibe.ID][]*drehscheibe.Anfrage{}}
	member := func(drehscheibe.ID) bool { return true }
	if campus != "" {
		i := slices.IndexFunc(in.Campus, func(k *drehscheibe.Kindercampus) bool { return k.ID == campus })
		if i < 0 {
			return nil, drehscheibe.FieldErrorf(drehscheibe.ENOTFOUND, []string{"filter", "kindercampusId"}, "Kindercampus nicht gefunden")
		}
		s.campus = in.Campus[i]
		members := map[drehscheibe.ID]bool{}
		for _, id := range s.campus.InstitutionIDs {
			members[id] = true
		}
		member = func(id drehscheibe.ID) bool { return members[id] }
	}
	sozial := map[drehscheibe.ID]bool{}
	for _, q := range in.Quartiere {
		sozial[q.ID] = q.SozialeStadt
	}
	for _, inst := range in.Institutions {
		if member(inst.ID) {
			s.institutions = append(s.institutions, inst)
			s.inSozialeStadt[inst.ID] = sozial[inst.QuartierID]
		}
	}
	for _, b := range in.Bedarfe {
		if member(b.InstitutionID) {
			s.bedarfe = append(s.bedarfe, b)
		}
	}
	for _, a := range in.Anfragen {
		if member(a.InstitutionID) {
			s.anfragen = append(s.anfragen, a)
			if a.BedarfID != "" {
				s.agreedFor[a.BedarfID] = append(s.agreedFor[a.BedarfID], a)
			}
		}
	}
	book := func(ledger []drehscheibe.LedgerEntry) {
		for _, e := range ledger {
			if campus == "" || e.KindercampusID == campus {
				s.ledger = append(s.ledger, e)
			}
		}
	}
	for _, p := range in.Programmes {
		book(p.Ledger)
	}
	for _, k := range in.Campus {
		book(k.Ledger)
	}
	return s, nil
}

// sozialeStadt reports whether an institution lies in an Aktionsraum Soziale Stadt.
func (s *scope) sozialeStadt(institution drehscheibe.ID) bool { return s.inSozialeStadt[institution] }

// coveredAt is when need b became covered, and whether it is covered at all (now, or
// before it was closed). The time is b.CoveredAt; for a need covered before the
// service recorded that, the earliest agreement among the requests that still cover
// it (AGREED or DONE, for one of its Module); zero when there is none either.
func (s *scope) coveredAt(b *drehscheibe.Bedarf) (time.Time, bool) {
	if len(b.CoveredBy) == 0 {
		return time.Time{}, false
	}
	if !b.CoveredAt.IsZero() {
		return b.CoveredAt, true
	}
	var first time.Time
	for _, a := range s.agreedFor[b.ID] {
		if (a.Status != drehscheibe.AnfrageAgreed && a.Status != drehscheibe.AnfrageDone) || !b.Covers(a.ModulID) {
			continue
		}
		if t, ok := agreedAt(a); ok && (first.IsZero() || t.Before(first)) {
			first = t
		}
	}
	return first, true
}

// agreedAt is when request a became AGREED.
func agreedAt(a *drehscheibe.Anfrage) (time.Time, bool) {
	for _, t := range a.History {
		if t.To == drehscheibe.AnfrageAgreed {
			return t.At, true
		}
	}
	return time.Time{}, false
}

// cooperating reports whether request a is an agreement in force just before end:
// its last transition before end made it AGREED or DONE.
func cooperating(a *drehscheibe.Anfrage, end time.Time) bool {
	var status drehscheibe.AnfrageStatus
	for _, t := range a.History {
		if !t.At.Before(end) {
			break
		}
		status = t.To
	}
	return status == drehscheibe.AnfrageAgreed || status == drehscheibe.AnfrageDone
}

// network sets fig's stock figures as of end: the institutions recorded before end,
// and the distinct partners each of them has an agreement in force with.
func (s *scope) network(fig *Figures, end time.Time) {
	partners := map[drehscheibe.ID]map[drehscheibe.ID]bool{}
	for _, a := range s.anfragen {
		if !cooperating(a, end) {
			continue
		}
		if partners[a.InstitutionID] == nil {
			partners[a.InstitutionID] = map[drehscheibe.ID]bool{}
		}
		partners[a.InstitutionID][a.PartnerID] = true
	}
	for _, in := range s.institutions {
		if !in.CreatedAt.Before(end) {
			continue
		}
		fig.Institutions++
		if n := len(partners[in.ID]); n > 0 {
			fig.InstitutionsWithPartner++
			fig.Partnerships += n
		}
	}
}
