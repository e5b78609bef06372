package drehscheibe

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Service holds the use cases that change the catalogue: create, update, the Modul
// lifecycle, needs, and API keys. Every use case checks who calls (the Principal in
// the context): the role first, then ownership on the entity itself; what the caller
// may not see answers ENOTFOUND, exactly like an unknown ID. It validates every write,
// checks references, keeps versions (optimistic concurrency), hands each acknowledged
// write to the catalogue and records it in the audit trail.
type Service struct {
	store   Store
	catalog Catalog
	now     func() time.Time
	auth    *Authenticator
	area    Area // nil: DortmundArea
}

// NewService returns a Service over store and catalog; now is the clock.
func NewService(store Store, catalog Catalog, now func() time.Time) *Service {
	return &Service{store: store, catalog: catalog, now: now, auth: NewAuthenticator(store, now)}
}

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

// CreateModul stores a new Modul of the caller's partner as a draft. EINVALID,
// EFORBIDDEN (another partner's).
func (s *Service) CreateModul(ctx context.Context, m *Modul) (*Modul, error) {
	m.Status, m.Booked, m.ReviewNote, m.PublishedAt = ModulDraft, 0, "", nil
	return m, s.insert(ctx, OpCreateModul, m, func(p Principal) error { return offers(p, m.PartnerID) })
}

// CreateBedarf stores a new, open Bedarf of an institution the caller acts for.
// EINVALID, EFORBIDDEN.
func (s *Service) CreateBedarf(ctx context.Context, b *Bedarf) (*Bedarf, error) {
	b.Status, b.ClosedReason, b.CoveredBy = BedarfOpen, "", nil
	if b.Priority == "" {
		b.Priority = PriorityMedium
	}
	return b, s.insert(ctx, OpCreateBedarf, b, func(p Principal) error { return s.actsFor(p, b.InstitutionID) })
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

// reserve takes one unit of a published Modul's capacity.
func reserve(m *Modul) error {
	switch {
	case m.Status != ModulPublished:
		return FieldErrorf(EINVALID, path("modulId"), "Nur veröffentlichte Module können gebucht werden (Status: %s)", m.Status.Label())
	case m.RemainingCapacity() < 1:
		return FieldErrorf(EINVALID, path("modulId"), "„%s“ hat keine freie Kapazität mehr", m.Title)
	}
	m.Booked++
	return nil
}

// release gives one unit back.
func release(m *Modul) error {
	m.Booked = max(0, m.Booked-1)
	return nil
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

// clock returns the current time at the precision the database keeps (milliseconds),
// so that what the catalogue holds equals what a reload reads.
func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Millisecond) }

// principal returns the caller if it may attempt op.
func (s *Service) principal(ctx context.Context, op Operation) (Principal, error) {
	p := PrincipalFrom(ctx)
	return p, p.May(op)
}

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
		if err := change(cur); err != nil {
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
