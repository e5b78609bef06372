package drehscheibe

import (
	"context"
	"time"
)

// Service holds the use cases that change the catalogue: create, update, the Modul
// lifecycle and closing needs. It validates every write, checks references, keeps
// versions (optimistic concurrency) and hands each acknowledged write to the catalogue.
type Service struct {
	store   Store
	catalog Catalog
	now     func() time.Time
}

// NewService returns a Service over store and catalog; now is the clock.
func NewService(store Store, catalog Catalog, now func() time.Time) *Service {
	return &Service{store: store, catalog: catalog, now: now}
}

// CreateQuartier stores a new Quartier. EINVALID, ECONFLICT (number taken).
func (s *Service) CreateQuartier(ctx context.Context, q *Quartier) (*Quartier, error) {
	return q, s.insert(ctx, q)
}

// CreateInstitution stores a new Institution. EINVALID.
func (s *Service) CreateInstitution(ctx context.Context, in *Institution) (*Institution, error) {
	return in, s.insert(ctx, in)
}

// CreatePartner stores a new Partner. EINVALID, ECONFLICT (name taken).
func (s *Service) CreatePartner(ctx context.Context, pa *Partner) (*Partner, error) {
	return pa, s.insert(ctx, pa)
}

// CreateModul stores a new Modul as a draft. EINVALID.
func (s *Service) CreateModul(ctx context.Context, m *Modul) (*Modul, error) {
	m.Status, m.Booked, m.ReviewNote, m.PublishedAt = ModulDraft, 0, "", nil
	return m, s.insert(ctx, m)
}

// CreateBedarf stores a new, open Bedarf. EINVALID.
func (s *Service) CreateBedarf(ctx context.Context, b *Bedarf) (*Bedarf, error) {
	b.Status, b.ClosedReason = BedarfOpen, ""
	if b.Priority == "" {
		b.Priority = PriorityMedium
	}
	return b, s.insert(ctx, b)
}

// CreateKindercampus stores a new Kindercampus. EINVALID, ECONFLICT (name taken or an
// institution already belongs to another campus).
func (s *Service) CreateKindercampus(ctx context.Context, k *Kindercampus) (*Kindercampus, error) {
	return k, s.insert(ctx, k)
}

// UpdateQuartier changes the Quartier id if it still has version. ENOTFOUND,
// ECONFLICT, EINVALID.
func (s *Service) UpdateQuartier(ctx context.Context, id ID, version int64, pt QuartierPatch) (*Quartier, error) {
	return update(ctx, s, id, version, func(q *Quartier) error { pt.apply(q); return nil })
}

// UpdateInstitution changes the Institution id if it still has version. ENOTFOUND,
// ECONFLICT, EINVALID.
func (s *Service) UpdateInstitution(ctx context.Context, id ID, version int64, pt InstitutionPatch) (*Institution, error) {
	return update(ctx, s, id, version, func(in *Institution) error { pt.apply(in); return nil })
}

// UpdatePartner changes the Partner id if it still has version. ENOTFOUND, ECONFLICT,
// EINVALID.
func (s *Service) UpdatePartner(ctx context.Context, id ID, version int64, pt PartnerPatch) (*Partner, error) {
	return update(ctx, s, id, version, func(pa *Partner) error { pt.apply(pa); return nil })
}

// UpdateModul changes the Modul id if it still has version. An archived Modul cannot
// be changed (EINVALIDTRANSITION). ENOTFOUND, ECONFLICT, EINVALID.
func (s *Service) UpdateModul(ctx context.Context, id ID, version int64, pt ModulPatch) (*Modul, error) {
	return update(ctx, s, id, version, func(m *Modul) error {
		if m.Status == ModulArchived {
			return &Error{Code: EINVALIDTRANSITION, Field: path("status"), Message: "Ein archiviertes Modul kann nicht mehr geändert werden"}
		}
		pt.apply(m)
		return nil
	})
}

// UpdateBedarf changes the Bedarf id if it is still open and has version.
// EINVALIDTRANSITION (not open), ENOTFOUND, ECONFLICT, EINVALID.
func (s *Service) UpdateBedarf(ctx context.Context, id ID, version int64, pt BedarfPatch) (*Bedarf, error) {
	return update(ctx, s, id, version, func(b *Bedarf) error {
		if b.Status != BedarfOpen {
			return &Error{Code: EINVALIDTRANSITION, Field: path("status"), Message: "Nur offene Bedarfe können geändert werden (Status: " + b.Status.Label() + ")"}
		}
		pt.apply(b)
		return nil
	})
}

// UpdateKindercampus changes the Kindercampus id if it still has version. ENOTFOUND,
// ECONFLICT, EINVALID.
func (s *Service) UpdateKindercampus(ctx context.Context, id ID, version int64, pt KindercampusPatch) (*Kindercampus, error) {
	return update(ctx, s, id, version, func(k *Kindercampus) error { pt.apply(k); return nil })
}

// SubmitModulForReview moves a draft to review. EINVALIDTRANSITION, ENOTFOUND, ECONFLICT.
func (s *Service) SubmitModulForReview(ctx context.Context, id ID, version int64) (*Modul, error) {
	return update(ctx, s, id, version, func(m *Modul) error { return m.transition(ModulInReview) })
}

// PublishModul publishes a Modul in review. EINVALIDTRANSITION, ENOTFOUND, ECONFLICT.
func (s *Service) PublishModul(ctx context.Context, id ID, version int64) (*Modul, error) {
	return update(ctx, s, id, version, func(m *Modul) error {
		if err := m.transition(ModulPublished); err != nil {
			return err
		}
		now := s.clock()
		m.PublishedAt, m.ReviewNote = &now, ""
		return nil
	})
}

// RejectModul sends a Modul in review back to draft with a note for the partner.
// EINVALIDTRANSITION, ENOTFOUND, ECONFLICT, EINVALID.
func (s *Service) RejectModul(ctx context.Context, id ID, version int64, note string) (*Modul, error) {
	return update(ctx, s, id, version, func(m *Modul) error {
		if err := m.transition(ModulDraft); err != nil {
			return err
		}
		m.ReviewNote = note
		return nil
	})
}

// ArchiveModul takes a published Modul out of the catalogue. EINVALIDTRANSITION,
// ENOTFOUND, ECONFLICT.
func (s *Service) ArchiveModul(ctx context.Context, id ID, version int64) (*Modul, error) {
	return update(ctx, s, id, version, func(m *Modul) error { return m.transition(ModulArchived) })
}

// CloseBedarf closes an open or covered need. EINVALIDTRANSITION (already closed),
// ENOTFOUND, ECONFLICT, EINVALID.
func (s *Service) CloseBedarf(ctx context.Context, id ID, version int64, reason string) (*Bedarf, error) {
	return update(ctx, s, id, version, func(b *Bedarf) error {
		if b.Status == BedarfClosed {
			return &Error{Code: EINVALIDTRANSITION, Field: path("status"), Message: "Der Bedarf ist bereits geschlossen"}
		}
		b.Status, b.ClosedReason = BedarfClosed, reason
		return nil
	})
}

// Restore stores an entity from a trusted source (demo data, import) as it is: with
// its ID, status and bookings. It is validated like every other write. EINVALID,
// ECONFLICT.
func (s *Service) Restore(ctx context.Context, e Entity) error { return s.insert(ctx, e) }

// clock returns the current time at the precision the database keeps (milliseconds),
// so that what the catalogue holds equals what a reload reads.
func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Millisecond) }

func (s *Service) insert(ctx context.Context, e Entity) error {
	m := e.meta()
	if m.ID == "" {
		m.ID = NewID(e.EntityKind())
	} else if !m.ID.Is(e.EntityKind()) {
		return FieldErrorf(EINVALID, path("id"), "ID passt nicht zur Art %s", e.EntityKind().Label())
	}
	m.Version = 0
	return s.write(ctx, e)
}

// update loads entity id, checks that the client's version is current, applies change
// and writes the result conditionally on that version.
func update[T Entity](ctx context.Context, s *Service, id ID, version int64, change func(T) error) (T, error) {
	var zero T
	kind := zero.EntityKind()
	if !id.Is(kind) {
		return zero, FieldErrorf(ENOTFOUND, path("id"), "%s nicht gefunden", kind.Label())
	}
	e, err := s.store.Get(ctx, id)
	if err != nil && ErrorCode(err) != ENOTFOUND {
		return zero, err
	}
	cur, ok := e.(T)
	if err != nil || !ok {
		return zero, FieldErrorf(ENOTFOUND, path("id"), "%s nicht gefunden", kind.Label())
	}
	if stored := cur.meta().Version; stored != version {
		return zero, FieldErrorf(ECONFLICT, path("version"),
			"%s wurde inzwischen geändert (aktuelle Version %d, gesendet %d); bitte neu laden", kind.Label(), stored, version)
	}
	if err := change(cur); err != nil {
		return zero, err
	}
	return cur, s.write(ctx, cur)
}

// write validates e, stamps it with a new catalogue version and stores it: inserted
// when its Version is 0, else replaced on the condition that the stored version is
// still Version.
func (s *Service) write(ctx context.Context, e Entity) error {
	e.clean()
	if err := s.validate(ctx, e); err != nil {
		return err
	}
	seq, err := s.store.NextSeq(ctx)
	if err != nil {
		return err
	}
	m := e.meta()
	prev, now := m.Version, s.clock()
	m.Seq, m.Version = seq, prev+1
	if prev == 0 {
		// a restored entity keeps its times; a new one starts now
		if m.CreatedAt.IsZero() {
			m.CreatedAt = now
		}
		if m.UpdatedAt.IsZero() {
			m.UpdatedAt = m.CreatedAt
		}
		m.CreatedAt, m.UpdatedAt = m.CreatedAt.UTC().Truncate(time.Millisecond), m.UpdatedAt.UTC().Truncate(time.Millisecond)
		err = s.store.Insert(ctx, e)
	} else {
		m.UpdatedAt = now
		err = s.store.Replace(ctx, e, prev)
	}
	if err != nil {
		m.Version = prev
		return err
	}
	s.catalog.Written(e)
	return nil
}

// validate checks the rules of e, that its references exist and the rules that span
// entities (a campus's anchor is a Grundschule; an institution is on one campus only).
func (s *Service) validate(ctx context.Context, e Entity) error {
	var p problems
	e.check(&p)
	for _, r := range e.refs() {
		if !r.id.Is(r.kind) {
			continue // malformed: check already reported it
		}
		target, err := s.lookup(ctx, r.id)
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
