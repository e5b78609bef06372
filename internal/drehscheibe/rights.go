// Rights: who may do what to which entity. The roles per operation are in
// operation.go (operationRoles), visibility and ownership in principal.go; the checks
// here turn them into the errors the use cases and the catalogue's read paths return.

package drehscheibe

// actsFor checks that p acts for the institution.
func (s *Service) actsFor(p Principal, institution ID) error {
	if p.ActsFor(institution, s.catalog.CampusOf) {
		return nil
	}
	return Forbidden("nur für die Einrichtung selbst, ihr Campus-Management oder die Servicestelle")
}

// offers checks that p acts for the partner.
func offers(p Principal, partner ID) error {
	if p.Offers(partner) {
		return nil
	}
	return Forbidden("nur für den Partner selbst oder die Servicestelle")
}

// curates checks that p curates Modul m.
func curates(p Principal, m *Modul) error {
	if p.Curates(m) {
		return nil
	}
	return Forbidden("nur für die Koordination des Themenfelds %s oder die Servicestelle", m.Theme.Label())
}

// MayRecommendFor checks that p may ask for recommendations for the institution:
// coordinators and the Servicestelle for any, the others for the institutions they act
// for. EUNAUTHENTICATED, EFORBIDDEN.
func (p Principal) MayRecommendFor(institution ID, campusOf func(ID) ID) error {
	if err := p.May(OpRecommendModules); err != nil {
		return err
	}
	if !p.Is(RoleCoordinator) && !p.ActsFor(institution, campusOf) {
		return Forbidden("Empfehlungen nur für die eigene Einrichtung oder den eigenen Kindercampus")
	}
	return nil
}

// MayPlace checks that p may ask where Modul m is needed ("Wo werde ich gebraucht?"):
// its partner, coordinators and the Servicestelle. EUNAUTHENTICATED, EFORBIDDEN.
func (p Principal) MayPlace(m *Modul) error {
	if err := p.May(OpPlacementSuggestions); err != nil {
		return err
	}
	if !p.Is(RoleCoordinator) && !p.Offers(m.PartnerID) {
		return Forbidden("„Wo werde ich gebraucht?“ nur für die eigenen Module")
	}
	return nil
}

// MayCompareCoverage checks that p may compare needs and supply in an area given by a
// Kindercampus or otherwise (a Quartier, a Stadtbezirk): campus management its own
// campus, coordinators and the Servicestelle any area. EUNAUTHENTICATED, EFORBIDDEN.
func (p Principal) MayCompareCoverage(kindercampus ID, otherArea bool) error {
	if err := p.May(OpCoverage); err != nil {
		return err
	}
	if p.Is(RoleCampusManager) && (kindercampus != p.KindercampusID || otherArea) {
		return Forbidden("das Campus-Management sieht die Abdeckung des eigenen Kindercampus (kindercampusId)")
	}
	return nil
}
