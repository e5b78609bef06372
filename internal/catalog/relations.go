package catalog

import (
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Get returns the entity with id, of whichever kind.
func (s *Snapshot) Get(id drehscheibe.ID) (drehscheibe.Entity, bool) {
	var e drehscheibe.Entity
	var ok bool
	switch id.Kind() {
	case drehscheibe.KindQuartier:
		e, ok = s.quartiere.get(id)
	case drehscheibe.KindInstitution:
		e, ok = s.institutionen.get(id)
	case drehscheibe.KindPartner:
		e, ok = s.partner.get(id)
	case drehscheibe.KindModul:
		e, ok = s.module.get(id)
	case drehscheibe.KindBedarf:
		e, ok = s.bedarfe.get(id)
	case drehscheibe.KindKindercampus:
		e, ok = s.campus.get(id)
	case drehscheibe.KindAnfrage:
		e, ok = s.anfragen.get(id)
	case drehscheibe.KindFoerderprogramm:
		e, ok = s.programme.get(id)
	}
	return e, ok
}

// Quartier returns the Quartier with id.
func (s *Snapshot) Quartier(id drehscheibe.ID) (*drehscheibe.Quartier, bool) {
	return s.quartiere.get(id)
}

// Institution returns the Institution with id.
func (s *Snapshot) Institution(id drehscheibe.ID) (*drehscheibe.Institution, bool) {
	return s.institutionen.get(id)
}

// Partner returns the Partner with id.
func (s *Snapshot) Partner(id drehscheibe.ID) (*drehscheibe.Partner, bool) {
	return s.partner.get(id)
}

// Modul returns the Modul with id.
func (s *Snapshot) Modul(id drehscheibe.ID) (*drehscheibe.Modul, bool) { return s.module.get(id) }

// Bedarf returns the Bedarf with id.
func (s *Snapshot) Bedarf(id drehscheibe.ID) (*drehscheibe.Bedarf, bool) {
	return s.bedarfe.get(id)
}

// Kindercampus returns the Kindercampus with id.
func (s *Snapshot) Kindercampus(id drehscheibe.ID) (*drehscheibe.Kindercampus, bool) {
	return s.campus.get(id)
}

// Anfrage returns the request with id.
func (s *Snapshot) Anfrage(id drehscheibe.ID) (*drehscheibe.Anfrage, bool) {
	return s.anfragen.get(id)
}

// Foerderprogramm returns the programme with id.
func (s *Snapshot) Foerderprogramm(id drehscheibe.ID) (*drehscheibe.Foerderprogramm, bool) {
	return s.programme.get(id)
}

// Names looks up what the notifications of request a name (drehscheibe.NotificationsOf):
// the Modul's title, the institution's and the partner's names.
func (s *Snapshot) Names(a *drehscheibe.Anfrage) drehscheibe.Names {
	var n drehscheibe.Names
	if m, ok := s.Modul(a.ModulID); ok {
		n.Modul = m.Title
	}
	if in, ok := s.Institution(a.InstitutionID); ok {
		n.Institution = in.Name
	}
	if pa, ok := s.Partner(a.PartnerID); ok {
		n.Partner = pa.Name
	}
	return n
}

// AnfragenOf returns the requests of an institution, in ID order.
func (s *Snapshot) AnfragenOf(institution drehscheibe.ID) []*drehscheibe.Anfrage {
	return rowEntities(s.anfragenOf.rows(institution))
}

// AnfragenFor returns the requests that answer a need, in ID order.
func (s *Snapshot) AnfragenFor(bedarf drehscheibe.ID) []*drehscheibe.Anfrage {
	return rowEntities(s.anfragenFor.rows(bedarf))
}

func rowEntities[T drehscheibe.Entity](rs []*row[T]) []T {
	out := make([]T, len(rs))
	for i, r := range rs {
		out[i] = r.e
	}
	return out
}

// CampusOf returns the Kindercampus the institution belongs to, or "".
func (s *Snapshot) CampusOf(institution drehscheibe.ID) drehscheibe.ID {
	k, _ := s.campusOf.Get(institution)
	return k
}

// CampusInstitutions returns the member institutions of a campus, anchor school first.
func (s *Snapshot) CampusInstitutions(k *drehscheibe.Kindercampus) []*drehscheibe.Institution {
	out := make([]*drehscheibe.Institution, 0, len(k.InstitutionIDs))
	for _, id := range k.InstitutionIDs {
		if in, ok := s.institutionen.get(id); ok {
			out = append(out, in)
		}
	}
	return out
}

// Counts returns the number of entities of each kind.
func (s *Snapshot) Counts() map[drehscheibe.Kind]int {
	return map[drehscheibe.Kind]int{
		drehscheibe.KindQuartier:        s.quartiere.len(),
		drehscheibe.KindInstitution:     s.institutionen.len(),
		drehscheibe.KindPartner:         s.partner.len(),
		drehscheibe.KindModul:           s.module.len(),
		drehscheibe.KindBedarf:          s.bedarfe.len(),
		drehscheibe.KindKindercampus:    s.campus.len(),
		drehscheibe.KindAnfrage:         s.anfragen.len(),
		drehscheibe.KindFoerderprogramm: s.programme.len(),
	}
}

// eachEntity calls f with every entity of the snapshot.
func (s *Snapshot) eachEntity(f func(drehscheibe.Entity)) {
	eachRow(s.quartiere, f)
	eachRow(s.institutionen, f)
	eachRow(s.partner, f)
	eachRow(s.module, f)
	eachRow(s.bedarfe, f)
	eachRow(s.campus, f)
	eachRow(s.anfragen, f)
	eachRow(s.programme, f)
}

func eachRow[T drehscheibe.Entity](t *table[T], f func(drehscheibe.Entity)) {
	t.each(func(r *row[T]) bool { f(r.e); return true })
}
