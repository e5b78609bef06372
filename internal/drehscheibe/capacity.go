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

// changeCapacity reserves (take) or releases a unit in the store (guarded).
func (s *Service) changeCapacity(ctx context.Context, op Operation, p Principal, modul, holder ID, take bool) error {
	held, _ := json.Marshal(holder)
	change := FieldChange{Field: "reservations", Before: json.RawMessage("null"), After: held}
	apply := s.store.Reserve
	if !take {
		change.Before, change.After = held, json.RawMessage("null")
		apply = s.store.Release
	}
	return s.guarded(ctx, op, p, modul, change, func(seq int64, audit *AuditEntry) (Entity, bool, error) {
		m, changed, err := apply(ctx, modul, holder, seq, audit.At, audit)
		if m == nil {
			return nil, changed, err // no nil *Modul in the interface
		}
		return m, changed, err
	})
}

// Holds reports whether request a holds one unit of the Modul's capacity.
func (m *Modul) Holds(a ID) bool { return slices.Contains(m.Reservations, a) }
