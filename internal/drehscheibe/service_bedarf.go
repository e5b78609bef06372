// Use cases of the needs (Bedarfe): recording, changing, closing, covering.

package drehscheibe

import "context"

// CreateBedarf stores a new, open Bedarf of an institution the caller acts for.
// EINVALID, EFORBIDDEN.
func (s *Service) CreateBedarf(ctx context.Context, b *Bedarf) (*Bedarf, error) {
	b.Status, b.ClosedReason, b.CoveredBy = BedarfOpen, "", nil
	if b.Priority == "" {
		b.Priority = PriorityMedium
	}
	return b, s.insert(ctx, OpCreateBedarf, b, func(p Principal) error { return s.actsFor(p, b.InstitutionID) })
}

// UpdateBedarf changes the Bedarf id if it is still open and has version.
// EINVALIDTRANSITION (not open), ENOTFOUND, ECONFLICT, EINVALID, EFORBIDDEN.
func (s *Service) UpdateBedarf(ctx context.Context, id ID, version int64, pt BedarfPatch) (*Bedarf, error) {
	return update(ctx, s, OpUpdateBedarf, id, version, func(p Principal, b *Bedarf) error {
		if err := s.actsFor(p, b.InstitutionID); err != nil {
			return err
		}
		if b.Status != BedarfOpen {
			return &Error{Code: EINVALIDTRANSITION, Field: path("status"), Message: "Nur offene Bedarfe können geändert werden (Status: " + b.Status.Label() + ")"}
		}
		pt.apply(b)
		return nil
	})
}

// CloseBedarf closes an open or covered need. EINVALIDTRANSITION (already closed),
// ENOTFOUND, ECONFLICT, EINVALID, EFORBIDDEN.
func (s *Service) CloseBedarf(ctx context.Context, id ID, version int64, reason string) (*Bedarf, error) {
	return update(ctx, s, OpCloseBedarf, id, version, func(p Principal, b *Bedarf) error {
		if err := s.actsFor(p, b.InstitutionID); err != nil {
			return err
		}
		if b.Status == BedarfClosed {
			return &Error{Code: EINVALIDTRANSITION, Field: path("status"), Message: "Der Bedarf ist bereits geschlossen"}
		}
		b.Status, b.ClosedReason = BedarfClosed, reason
		return nil
	})
}

// CoverBedarf books Modul modul for the need id: one unit of the Modul's capacity is
// reserved and the need becomes COVERED. The Modul must be published and have capacity
// left. Two documents change, so the capacity is reserved first and released again
// should the need have changed meanwhile. EINVALID (no capacity, not published, already
// booked), EINVALIDTRANSITION (need closed), ENOTFOUND, ECONFLICT (stale version),
// EFORBIDDEN (not the caller's institution).
func (s *Service) CoverBedarf(ctx context.Context, id ID, version int64, modul ID) (*Bedarf, error) {
	p, err := s.principal(ctx, OpCoverBedarf)
	if err != nil {
		return nil, err
	}
	b, err := getAs[*Bedarf](ctx, s, p, id, version, false)
	if err != nil {
		return nil, err
	}
	if err := s.actsFor(p, b.InstitutionID); err != nil {
		return nil, err
	}
	switch {
	case b.Status == BedarfClosed:
		return nil, &Error{Code: EINVALIDTRANSITION, Field: path("status"), Message: "Ein geschlossener Bedarf kann nicht mehr gedeckt werden"}
	case b.Covers(modul):
		return nil, FieldErrorf(EINVALID, path("modulId"), "Dieses Modul ist für den Bedarf bereits gebucht")
	}
	if !modul.Is(KindModul) {
		return nil, FieldErrorf(ENOTFOUND, path("modulId"), "Modul nicht gefunden")
	}
	if _, err := modify(ctx, s, OpCoverBedarf, p, modul, reserve); err != nil {
		return nil, asField(err, "modulId")
	}
	covered, err := update(ctx, s, OpCoverBedarf, id, version, func(_ Principal, b *Bedarf) error {
		if b.Status == BedarfClosed {
			return &Error{Code: EINVALIDTRANSITION, Field: path("status"), Message: "Ein geschlossener Bedarf kann nicht mehr gedeckt werden"}
		}
		b.CoveredBy, b.Status = append(b.CoveredBy, modul), BedarfCovered
		return nil
	})
	if err != nil {
		// give the reserved unit back; should that fail too, the Modul shows one
		// booking too many, which its partner can correct
		_, _ = modify(context.WithoutCancel(ctx), s, OpCoverBedarf, p, modul, release)
		return nil, err
	}
	return covered, nil
}

// asField puts err on the input field when it has none.
func asField(err error, field string) error {
	if e, ok := AsError(err); ok && len(e.Field) == 0 && len(e.Problems) == 0 {
		c := *e
		c.Field = path(field)
		return &c
	}
	return err
}
