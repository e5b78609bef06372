// The write pipeline every use case ends in: load the entity as the caller sees it,
// check the version, let the use case change it, validate it and its references,
// take a catalogue version, store it with its audit entry, hand it to the catalogue.

package drehscheibe

import (
	"context"
	"encoding/json"
	"errors"
	"time"
)

// insert stores a new entity (with its ID, when it has one) after may (if any)
// allowed it.
func (s *Service) insert(ctx context.Context, op Operation, e Entity, may func(Principal) error) error {
	p, err := s.principal(ctx, op)
	if err != nil {
		return err
	}
	if may != nil {
		if err := may(p); err != nil {
			return err
		}
	}
	m := e.meta()
	if m.ID == "" {
		m.ID = NewID(e.EntityKind())
	} else if !m.ID.Is(e.EntityKind()) {
		return FieldErrorf(EINVALID, path("id"), "ID passt nicht zur Art %s", e.EntityKind().Label())
	}
	m.Version = 0
	return s.write(ctx, op, p, nil, e)
}

// update loads entity id as the caller sees it, checks that the client's version is
// current, lets change check the caller's right and apply the change, and writes the
// result conditionally on that version.
func update[T Entity](ctx context.Context, s *Service, op Operation, id ID, version int64, change func(Principal, T) error) (T, error) {
	var zero T
	p, err := s.principal(ctx, op)
	if err != nil {
		return zero, err
	}
	cur, err := getAs[T](ctx, s, p, id, version, false)
	if err != nil {
		return zero, err
	}
	before := fields(cur)
	if err := change(p, cur); err != nil {
		return zero, err
	}
	return cur, s.write(ctx, op, p, before, cur)
}

// anyVersion tells getAs to accept the current version.
const anyVersion = -1

// getAs loads entity id of type T as p sees it and checks that it still has version
// (unless anyVersion). It takes a copy from the catalogue, which holds every write of
// this instance, and reads the store only when the catalogue lacks the entity or holds
// an older version than the client names (another instance wrote it moments ago); the
// conditional write that follows catches what the catalogue cannot know. With fresh it
// always reads the store. ENOTFOUND (also for what p may not see), ECONFLICT.
func getAs[T Entity](ctx context.Context, s *Service, p Principal, id ID, version int64, fresh bool) (T, error) {
	var zero T
	kind := zero.EntityKind()
	notFound := FieldErrorf(ENOTFOUND, path("id"), "%s nicht gefunden", kind.Label())
	if !id.Is(kind) {
		return zero, notFound
	}
	var e Entity
	if c, ok := s.catalog.Lookup(id); ok && !fresh && (version == anyVersion || c.meta().Version >= version) {
		e = Clone(c)
	} else {
		stored, err := s.store.Get(ctx, id)
		if err != nil && ErrorCode(err) != ENOTFOUND {
			return zero, err
		}
		e = stored
	}
	cur, ok := e.(T)
	if !ok || !p.Sees(cur, s.catalog.CampusOf) {
		return zero, notFound
	}
	if stored := cur.meta().Version; version != anyVersion && stored != version {
		return zero, FieldErrorf(ECONFLICT, path("version"),
			"%s wurde inzwischen geändert (aktuelle Version %d, gesendet %d); bitte neu laden", kind.Label(), stored, version)
	}
	return cur, nil
}

// errUnchanged tells modify that the change leaves the entity as it is: nothing is
// written.
var errUnchanged = errors.New("unchanged")

// modifyAttempts bounds the retries of modify when others write the same entity.
const modifyAttempts = 5

// modify applies change to the current version of entity id on the service's own
// behalf (no client version), retrying when another writer got in between. The entity
// must be visible to p; rights are the caller's business.
func modify[T Entity](ctx context.Context, s *Service, op Operation, p Principal, id ID, change func(T) error) (T, error) {
	for attempt := 1; ; attempt++ {
		cur, err := getAs[T](ctx, s, p, id, anyVersion, attempt > 1)
		if err != nil {
			return cur, err
		}
		before := fields(cur)
		if err := change(cur); errors.Is(err, errUnchanged) {
			return cur, nil
		} else if err != nil {
			var zero T
			return zero, err
		}
		err = s.write(ctx, op, p, before, cur)
		if ErrorCode(err) != ECONFLICT || attempt == modifyAttempts {
			return cur, err
		}
	}
}

// write validates e and stores it: inserted when its Version is 0, else replaced on
// the condition that the stored version is still Version. Catalogue entities are
// stamped with a new catalogue version and handed to the catalogue. The audit entry of
// the change (before: the audited fields of the entity as it was, nil for a new one)
// is stored with it. Round trips: the catalogue version (shared by concurrent writes)
// and the write itself.
func (s *Service) write(ctx context.Context, op Operation, p Principal, before map[string]json.RawMessage, e Entity) (err error) {
	e.clean()
	if err := s.validate(ctx, e); err != nil {
		return err
	}
	m := e.meta()
	catalogued := Catalogued(e.EntityKind())
	if catalogued {
		seq, rerr := s.catalog.Reserve(ctx, 1)
		if rerr != nil {
			return rerr
		}
		m.Seq = seq
		defer func() {
			if err != nil {
				s.catalog.Abandon(seq, mayHaveStored(err))
			}
		}()
	}
	prev, now := m.Version, s.clock()
	m.Version = prev + 1
	if prev == 0 {
		stampNew(m, now)
	} else {
		m.UpdatedAt = now
	}
	entry := s.auditEntry(ctx, op, p, before, e, now)
	if prev == 0 {
		err = s.store.Insert(ctx, e, entry)
	} else {
		err = s.store.Replace(ctx, e, prev, entry)
	}
	if err != nil {
		m.Version = prev
		return err
	}
	if catalogued {
		s.catalog.Written(e)
	}
	return nil
}

// stampNew sets the times of a new entity: a restored one keeps its own, a new one
// starts now (at the database's precision).
func stampNew(m *Meta, now time.Time) {
	if m.CreatedAt.IsZero() {
		m.CreatedAt = now
	}
	if m.UpdatedAt.IsZero() {
		m.UpdatedAt = m.CreatedAt
	}
	m.CreatedAt, m.UpdatedAt = m.CreatedAt.UTC().Truncate(time.Millisecond), m.UpdatedAt.UTC().Truncate(time.Millisecond)
}

// mayHaveStored reports whether a failed write may have been stored all the same: its
// answer was lost (the database went away or the time ran out), rather than refused.
func mayHaveStored(err error) bool {
	switch ErrorCode(err) {
	case ECONFLICT, EINVALID, ENOTFOUND:
		return false
	}
	return true
}

// validate checks the rules of e, that its references exist and the rules that span
// entities (a campus's anchor is a Grundschule; an institution is on one campus only).
func (s *Service) validate(ctx context.Context, e Entity) error {
	return s.validateWith(ctx, e, s.lookup)
}

// validateWith is validate with references found by lookup.
func (s *Service) validateWith(ctx context.Context, e Entity, lookup func(context.Context, ID) (Entity, error)) error {
	p := problems{serviceArea: s.area}
	e.check(&p)
	for _, r := range e.refs() {
		if !r.id.Is(r.kind) {
			continue // malformed: check already reported it
		}
		target, err := lookup(ctx, r.id)
		switch ErrorCode(err) {
		case "":
			s.checkRelation(&p, e, r, target)
		case ENOTFOUND:
			p.add(r.field, ENOTFOUND, "%s nicht gefunden", r.kind.Label())
		default:
			return err
		}
	}
	return p.err()
}

// lookup finds an entity in the catalogue and falls back to the store for entities
// another instance wrote moments ago.
func (s *Service) lookup(ctx context.Context, id ID) (Entity, error) {
	if e, ok := s.catalog.Lookup(id); ok {
		return e, nil
	}
	return s.store.Get(ctx, id)
}

// checkRelation checks the rules between e and the entity target it references.
func (s *Service) checkRelation(p *problems, e Entity, r ref, target Entity) {
	checkReference(p, e, target)
	k, ok := e.(*Kindercampus)
	if !ok {
		return
	}
	in, ok := target.(*Institution)
	if !ok {
		return
	}
	if in.ID == k.AnchorSchoolID && in.Type != InstitutionGrundschule {
		p.add(path("anchorSchoolId"), EINVALID, "Die Ankerschule eines Kindercampus muss eine Grundschule sein")
	}
	if other := s.catalog.CampusOf(in.ID); other != "" && other != k.ID {
		p.add(r.field, ECONFLICT, "%s gehört bereits zu einem anderen Kindercampus", in.Name)
	}
}
