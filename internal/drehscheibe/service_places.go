// Use cases of the places and organisations: Quartiere, institutions, partners and
// Kindercampus sites.

package drehscheibe

import "context"

// CreateQuartier stores a new Quartier. EINVALID, ECONFLICT (number taken).
func (s *Service) CreateQuartier(ctx context.Context, q *Quartier) (*Quartier, error) {
	return q, s.insert(ctx, OpCreateQuartier, q, nil)
}

// CreateInstitution stores a new Institution. EINVALID.
func (s *Service) CreateInstitution(ctx context.Context, in *Institution) (*Institution, error) {
	return in, s.insert(ctx, OpCreateInstitution, in, nil)
}

// CreatePartner stores a new Partner. EINVALID, ECONFLICT (name taken).
func (s *Service) CreatePartner(ctx context.Context, pa *Partner) (*Partner, error) {
	return pa, s.insert(ctx, OpCreatePartner, pa, nil)
}

// CreateKindercampus stores a new Kindercampus. EINVALID, ECONFLICT (name taken or an
// institution already belongs to another campus).
func (s *Service) CreateKindercampus(ctx context.Context, k *Kindercampus) (*Kindercampus, error) {
	return k, s.insert(ctx, OpCreateKindercampus, k, nil)
}

// UpdateQuartier changes the Quartier id if it still has version. ENOTFOUND,
// ECONFLICT, EINVALID.
func (s *Service) UpdateQuartier(ctx context.Context, id ID, version int64, pt QuartierPatch) (*Quartier, error) {
	return update(ctx, s, OpUpdateQuartier, id, version, func(_ Principal, q *Quartier) error { pt.apply(q); return nil })
}

// UpdateInstitution changes the Institution id if it still has version; the
// institution itself, its campus management and the Servicestelle may. ENOTFOUND,
// ECONFLICT, EINVALID, EFORBIDDEN.
func (s *Service) UpdateInstitution(ctx context.Context, id ID, version int64, pt InstitutionPatch) (*Institution, error) {
	return update(ctx, s, OpUpdateInstitution, id, version, func(p Principal, in *Institution) error {
		if err := s.actsFor(p, in.ID); err != nil {
			return err
		}
		pt.apply(in)
		return nil
	})
}

// UpdatePartner changes the Partner id if it still has version; the partner itself and
// the Servicestelle may. ENOTFOUND, ECONFLICT, EINVALID, EFORBIDDEN.
func (s *Service) UpdatePartner(ctx context.Context, id ID, version int64, pt PartnerPatch) (*Partner, error) {
	return update(ctx, s, OpUpdatePartner, id, version, func(p Principal, pa *Partner) error {
		if err := offers(p, pa.ID); err != nil {
			return err
		}
		pt.apply(pa)
		return nil
	})
}

// UpdateKindercampus changes the Kindercampus id if it still has version. Its
// management may change the description and the Campus-Manager*in; everything else
// (members, budget, name) is the Servicestelle's. ENOTFOUND, ECONFLICT, EINVALID,
// EFORBIDDEN.
func (s *Service) UpdateKindercampus(ctx context.Context, id ID, version int64, pt KindercampusPatch) (*Kindercampus, error) {
	return update(ctx, s, OpUpdateKindercampus, id, version, func(p Principal, k *Kindercampus) error {
		if !p.Manages(k.ID) {
			return Forbidden("nur für das Campus-Management dieses Kindercampus")
		}
		if !p.all() {
			for field, set := range map[string]bool{"name": pt.Name.Set, "quartierId": pt.QuartierID.Set,
				"anchorSchoolId": pt.AnchorSchoolID.Set, "institutionIds": pt.InstitutionIDs.Set, "budget": pt.Budget.Set} {
				if set {
					return &Error{Code: EFORBIDDEN, Field: path(field), Message: "Keine Berechtigung: " + field + " ändert nur die Servicestelle"}
				}
			}
		}
		pt.apply(k)
		return nil
	})
}
