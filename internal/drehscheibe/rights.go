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

// MaySeeNetwork checks that p may see the cooperation network of the institutions of
// *kindercampus ("" for those of every campus and none), within it of any Quartier,
// Themenfeld or period: campus management the network of its own campus only — without
// a campus named, *kindercampus is narrowed to it —, coordinators and the Servicestelle
// any network. EUNAUTHENTICATED, EFORBIDDEN.
func (p Principal) MaySeeNetwork(kindercampus *ID) error {
	if err := p.May(OpNetwork); err != nil {
		return err
	}
	if p.Role != RoleCampusManager {
		return nil
	}
	switch {
	case p.KindercampusID == "":
		return Forbidden("dem Schlüssel des Campus-Managements ist kein Kindercampus zugeordnet")
	case *kindercampus == "":
		*kindercampus = p.KindercampusID
	case *kindercampus != p.KindercampusID:
		return &Error{Code: EFORBIDDEN, Field: path("filter", "kindercampusId"),
			Message: "Keine Berechtigung: das Campus-Management sieht das Netzwerk des eigenen Kindercampus"}
	}
	return nil
}

// Sides of a request: the institution's side is the institution and its campus
// management, the partner's side the partner; the Servicestelle may act for either
// ("vermitteln").

// sideOf returns the side p acts for in request a (PartyServicestelle for the
// Servicestelle and the system), or PartyNone.
func (s *Service) sideOf(p Principal, a *Anfrage) Party {
	switch {
	case p.all():
		return PartyServicestelle
	case p.Role == RolePartner && p.PartnerID == a.PartnerID:
		return PartyPartner
	case p.Is(RoleInstitution, RoleCampusManager) && p.ActsFor(a.InstitutionID, s.catalog.CampusOf):
		return PartyInstitution
	}
	return PartyNone
}

// sideOfInstitution is the side recorded when p acts on the institution's behalf.
func sideOfInstitution(p Principal) Party {
	if p.all() {
		return PartyServicestelle
	}
	return PartyInstitution
}

// sideOfPartner is the side recorded when p acts on the partner's behalf.
func sideOfPartner(p Principal) Party {
	if p.all() {
		return PartyServicestelle
	}
	return PartyPartner
}

// mayAnswer checks that p answers request a for its partner (accept, decline).
func mayAnswer(p Principal, a *Anfrage) error {
	if p.Offers(a.PartnerID) {
		return nil
	}
	return Forbidden("nur der Partner des Moduls oder die Servicestelle beantwortet die Anfrage")
}

// mayAskFor checks that p acts for the institution of request a (withdraw).
func (s *Service) mayAskFor(p Principal, a *Anfrage) error {
	return s.actsFor(p, a.InstitutionID)
}

// isParty checks that p acts for either side of request a.
func (s *Service) isParty(p Principal, a *Anfrage) error {
	if s.sideOf(p, a) != PartyNone {
		return nil
	}
	return Forbidden("nur für die Einrichtung, den Partner oder die Servicestelle")
}

// confirmingSide returns the side p confirms or reports for in request a: its own, or
// for the Servicestelle the side it names. EFORBIDDEN, EINVALID (no side named).
func (s *Service) confirmingSide(p Principal, a *Anfrage, named Party) (Party, error) {
	switch side := s.sideOf(p, a); side {
	case PartyNone:
		return side, Forbidden("nur für die Einrichtung, den Partner oder die Servicestelle")
	case PartyServicestelle:
		if named != PartyInstitution && named != PartyPartner {
			return side, FieldErrorf(EINVALID, path("side"), "Die Servicestelle gibt an, für welche Seite sie handelt (INSTITUTION oder PARTNER)")
		}
		return named, nil
	default:
		if named != PartyNone && named != side {
			return side, FieldErrorf(EFORBIDDEN, path("side"), "Keine Berechtigung: Sie handeln für die Seite %s", side.Label())
		}
		return side, nil
	}
}

// SeesProgrammeMoney reports whether p sees the budgets and the ledgers of the
// Förderprogramme: the Servicestelle, which manages them.
func (p Principal) SeesProgrammeMoney() bool { return p.all() }
