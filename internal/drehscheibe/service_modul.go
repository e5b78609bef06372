// Use cases of the Module: creating, changing and the lifecycle draft → review →
// published → archived.

package drehscheibe

import "context"

// CreateModul stores a new Modul of the caller's partner as a draft. EINVALID,
// EFORBIDDEN (another partner's).
func (s *Service) CreateModul(ctx context.Context, m *Modul) (*Modul, error) {
	m.Status, m.Booked, m.ReviewNote, m.PublishedAt = ModulDraft, 0, "", nil
	return m, s.insert(ctx, OpCreateModul, m, func(p Principal) error { return offers(p, m.PartnerID) })
}

// UpdateModul changes the Modul id if it still has version; its partner and the
// Servicestelle may. An archived Modul cannot be changed (EINVALIDTRANSITION).
// ENOTFOUND, ECONFLICT, EINVALID, EFORBIDDEN.
func (s *Service) UpdateModul(ctx context.Context, id ID, version int64, pt ModulPatch) (*Modul, error) {
	return update(ctx, s, OpUpdateModul, id, version, func(p Principal, m *Modul) error {
		if err := offers(p, m.PartnerID); err != nil {
			return err
		}
		if m.Status == ModulArchived {
			return &Error{Code: EINVALIDTRANSITION, Field: path("status"), Message: "Ein archiviertes Modul kann nicht mehr geändert werden"}
		}
		pt.apply(m)
		return nil
	})
}

// SubmitModulForReview moves a draft of the caller's partner to review.
// EINVALIDTRANSITION, ENOTFOUND, ECONFLICT, EFORBIDDEN.
func (s *Service) SubmitModulForReview(ctx context.Context, id ID, version int64) (*Modul, error) {
	return update(ctx, s, OpSubmitModulForReview, id, version, func(p Principal, m *Modul) error {
		if err := offers(p, m.PartnerID); err != nil {
			return err
		}
		return m.transition(ModulInReview)
	})
}

// PublishModul publishes a Modul in review; coordinators of its primary theme and the
// Servicestelle may. EINVALIDTRANSITION, ENOTFOUND, ECONFLICT, EFORBIDDEN.
func (s *Service) PublishModul(ctx context.Context, id ID, version int64) (*Modul, error) {
	return update(ctx, s, OpPublishModul, id, version, func(p Principal, m *Modul) error {
		if err := curates(p, m); err != nil {
			return err
		}
		if err := m.transition(ModulPublished); err != nil {
			return err
		}
		now := s.clock()
		m.PublishedAt, m.ReviewNote = &now, ""
		return nil
	})
}

// RejectModul sends a Modul in review back to draft with a note for the partner.
// EINVALIDTRANSITION, ENOTFOUND, ECONFLICT, EINVALID, EFORBIDDEN.
func (s *Service) RejectModul(ctx context.Context, id ID, version int64, note string) (*Modul, error) {
	return update(ctx, s, OpRejectModul, id, version, func(p Principal, m *Modul) error {
		if err := curates(p, m); err != nil {
			return err
		}
		if err := m.transition(ModulDraft); err != nil {
			return err
		}
		m.ReviewNote = note
		return nil
	})
}

// ArchiveModul takes a published Modul out of the catalogue: its coordinators, the
// Servicestelle, or its partner withdrawing the offer. EINVALIDTRANSITION, ENOTFOUND,
// ECONFLICT, EFORBIDDEN.
func (s *Service) ArchiveModul(ctx context.Context, id ID, version int64) (*Modul, error) {
	return update(ctx, s, OpArchiveModul, id, version, func(p Principal, m *Modul) error {
		if !p.Curates(m) && !p.Offers(m.PartnerID) {
			return Forbidden("nur für die Koordination des Themenfelds %s oder den Partner des Moduls", m.Theme.Label())
		}
		return m.transition(ModulArchived)
	})
}
