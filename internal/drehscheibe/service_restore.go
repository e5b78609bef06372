// Restoring entities from trusted sources (demo data, generated data) as they are.

package drehscheibe

import (
	"context"
	"fmt"
)

// Restore stores an entity from a trusted source (demo data, import) as it is: with
// its ID, status and bookings. Only the system may (the command line, the start-up
// seeding). It is validated like every other write. EINVALID, ECONFLICT.
func (s *Service) Restore(ctx context.Context, e Entity) error {
	return s.insert(ctx, OpRestore, e, nil)
}

// restoreBatch is how many entities RestoreAll stores with one round trip.
const restoreBatch = 1000

// RestoreAll stores entities from a trusted source as Restore does, a batch at a time
// (a few round trips per thousand entities): for loading the demo data and generated
// test data. References may point to entities earlier in es. When a batch fails, the
// batches before it stay stored. EINVALID, ECONFLICT.
func (s *Service) RestoreAll(ctx context.Context, es []Entity) error {
	p, err := s.principal(ctx, OpRestore)
	if err != nil {
		return err
	}
	for len(es) > 0 {
		n := min(restoreBatch, len(es))
		if err := s.restoreBatch(ctx, p, es[:n]); err != nil {
			return err
		}
		es = es[n:]
	}
	return nil
}

func (s *Service) restoreBatch(ctx context.Context, p Principal, batch []Entity) (err error) {
	pending := make(map[ID]Entity, len(batch))
	lookup := func(ctx context.Context, id ID) (Entity, error) {
		if e, ok := pending[id]; ok {
			return e, nil
		}
		return s.lookup(ctx, id)
	}
	audits := make([]*AuditEntry, len(batch))
	now := s.clock()
	catalogued := 0
	for i, e := range batch {
		m := e.meta()
		if m.ID == "" {
			m.ID = NewID(e.EntityKind())
		} else if !m.ID.Is(e.EntityKind()) {
			return FieldErrorf(EINVALID, path("id"), "ID passt nicht zur Art %s", e.EntityKind().Label())
		}
		e.clean()
		if err := s.validateWith(ctx, e, lookup); err != nil {
			return fmt.Errorf("%s: %w", m.ID, err)
		}
		pending[m.ID] = e
		m.Version = 1
		stampNew(m, now)
		audits[i] = s.auditEntry(ctx, OpRestore, p, nil, e, now)
		if Catalogued(e.EntityKind()) {
			catalogued++
		}
	}
	if catalogued > 0 {
		first, err := s.catalog.Reserve(ctx, catalogued)
		if err != nil {
			return err
		}
		seq := first
		for _, e := range batch {
			if Catalogued(e.EntityKind()) {
				e.meta().Seq = seq
				seq++
			}
		}
		defer func() {
			if err != nil {
				for s2 := first; s2 < seq; s2++ {
					s.catalog.Abandon(s2, true)
				}
			}
		}()
	}
	if err := s.store.InsertAll(ctx, batch, audits); err != nil {
		return err
	}
	var written []Entity
	for _, e := range batch {
		if Catalogued(e.EntityKind()) {
			written = append(written, e)
		}
	}
	s.catalog.Written(written...)
	return nil
}
