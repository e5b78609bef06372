// The capacity of a Modul: units are reserved for the requests a partner accepted and
// released when they end, each by one conditional single-document update in the
// store, so that concurrent acceptances can never book more than the capacity.

package drehscheibe

import (
	"context"
	"encoding/json"
	"slices"
)

// reserve takes one unit of Modul modul's capacity for request holder. Taking it
// again is harmless. ECONFLICT "ausgebucht".
func (s *Service) reserve(ctx context.Context, op Operation, p Principal, modul, holder ID) error {
	err := s.changeCapacity(ctx, op, p, modul, holder, true)
	if ErrorCode(err) == ECONFLICT {
		if c, ok := s.catalog.Lookup(modul); ok {
			return asField(fullyBooked(c.(*Modul)), "id")
		}
	}
	return err
}

// release gives request holder's unit of Modul modul back; releasing one it does not
// hold is harmless.
func (s *Service) release(ctx context.Context, op Operation, p Principal, modul, holder ID) error {
	return s.changeCapacity(ctx, op, p, modul, holder, false)
}

// changeCapacity reserves (take) or releases a unit in the store with a catalogue
// version and its audit entry, and hands the changed Modul to the catalogue. When a
// write with a later catalogue version got to the Modul first, it takes a new one.
func (s *Service) changeCapacity(ctx context.Context, op Operation, p Principal, modul, holder ID, take bool) error {
	held, _ := json.Marshal(holder)
	change := FieldChange{Field: "reservations", Before: json.RawMessage("null"), After: held}
	apply := s.store.Reserve
	if !take {
		change.Before, change.After = held, json.RawMessage("null")
		apply = s.store.Release
	}
	for attempt := 1; ; attempt++ {
		seq, err := s.catalog.Reserve(ctx, 1)
		if err != nil {
			return err
		}
		now := s.clock()
		entry := &AuditEntry{ID: NewID(KindAudit), At: now, KeyID: p.KeyID, KeyName: p.Name, Subject: p.Subject, Role: p.Role,
			EntityID: modul, Operation: op, RequestID: RequestIDFrom(ctx), Changes: []FieldChange{change}}
		m, changed, err := apply(ctx, modul, holder, seq, now, entry)
		if err != nil || !changed {
			s.catalog.Abandon(seq, err != nil && mayHaveStored(err))
			if e, ok := AsError(err); ok && e.Code == ECONFLICT && slices.Equal(e.Field, path("version")) && attempt < capacityAttempts {
				continue
			}
			return err
		}
		s.catalog.Written(m)
		return nil
	}
}

// capacityAttempts bounds the retries of a reservation that writes with later
// catalogue versions overtook.
const capacityAttempts = 20

// Holds reports whether request a holds one unit of the Modul's capacity.
func (m *Modul) Holds(a ID) bool { return slices.Contains(m.Reservations, a) }
