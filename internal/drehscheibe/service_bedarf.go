// Use cases of the needs (Bedarfe): recording, changing, closing, covering.

package drehscheibe

import (
	"context"
	"time"
)

// CreateBedarf stores a new, open Bedarf of an institution the caller acts for.
// EINVALID, EFORBIDDEN.
func (s *Service) CreateBedarf(ctx context.Context, b *Bedarf) (*Bedarf, error) {
	b.Status, b.ClosedReason, b.CoveredBy, b.CoveredAt = BedarfOpen, "", nil, time.Time{}
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

// CoverBedarf records that Modul modul was booked for the need id outside the
// service: a shortcut of the request workflow that records an Anfrage straight as
// AGREED (Outside), reserves one unit of the Modul's capacity for it and covers the
// need; the outcome is reported on that Anfrage. EINVALID (not published, already
// booked), ECONFLICT (fully booked, stale version), EINVALIDTRANSITION (need closed),
// ENOTFOUND, EFORBIDDEN (not the caller's institution).
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
	if err := coverable(b, modul); err != nil {
		return nil, err
	}
	m, err := getAs[*Modul](ctx, s, p, modul, anyVersion, false)
	if err != nil {
		return nil, asField(err, "modulId")
	}
	if m.Status != ModulPublished {
		return nil, FieldErrorf(EINVALID, path("modulId"), "Nur veröffentlichte Module können gebucht werden (Status: %s)", m.Status.Label())
	}
	inst, err := getAs[*Institution](ctx, s, p, b.InstitutionID, anyVersion, false)
	if err != nil {
		return nil, err
	}
	a := s.outsideBooking(p, b, m, inst)
	if err := s.validate(ctx, a); err != nil {
		return nil, err
	}
	if err := s.reserve(ctx, OpCoverBedarf, p, modul, a.ID); err != nil {
		return nil, asField(err, "modulId")
	}
	undo := func() { _ = s.release(context.WithoutCancel(ctx), OpCoverBedarf, p, modul, a.ID) }
	covered, err := update(ctx, s, OpCoverBedarf, id, version, func(_ Principal, b *Bedarf) error {
		if err := coverable(b, modul); err != nil {
			return err
		}
		b.cover(modul, s.clock())
		return nil
	})
	if err != nil {
		undo()
		return nil, err
	}
	if err := s.write(ctx, OpCoverBedarf, p, nil, a); err != nil {
		undo()
		_, _ = modify(context.WithoutCancel(ctx), s, OpCoverBedarf, p, id, func(b *Bedarf) error {
			b.uncover(modul)
			return nil
		})
		return nil, err
	}
	return covered, nil
}

// coverable checks that Modul modul can be booked for need b.
func coverable(b *Bedarf, modul ID) error {
	switch {
	case b.Status == BedarfClosed:
		return &Error{Code: EINVALIDTRANSITION, Field: path("status"), Message: "Ein geschlossener Bedarf kann nicht mehr gedeckt werden"}
	case b.Covers(modul):
		return FieldErrorf(EINVALID, path("modulId"), "Dieses Modul ist für den Bedarf bereits gebucht")
	}
	return nil
}

// outsideBooking is the AGREED Anfrage that records a booking of m for need b made
// outside the service.
func (s *Service) outsideBooking(p Principal, b *Bedarf, m *Modul, inst *Institution) *Anfrage {
	now := s.clock()
	a := &Anfrage{
		Meta: Meta{ID: NewID(KindAnfrage)}, Outside: true,
		InstitutionID: b.InstitutionID, ModulID: m.ID, PartnerID: m.PartnerID, BedarfID: b.ID,
		RequestedBy: ActorOf(p), Period: m.Schedule.Period, Slots: b.Slots, Sessions: max(m.Schedule.Sessions, 1),
		GroupSize: b.GroupSize, Contact: inst.Contact, Reserved: true,
	}
	if total := TotalCostCent(m, a.Sessions, a.GroupSize); total > 0 {
		a.Funding = []FundingShare{{Source: FundingOwn, AmountCent: total, Rest: true}}
	}
	a.transit(AnfrageAgreed, Transition{At: now, By: ActorOf(p), Side: sideOfInstitution(p)})
	a.NextActor, a.DueAt = PartyBoth, s.reportDue(a)
	return a
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
