package drehscheibe_test

import (
	"context"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
)

// newService returns a service over a real store on an embedded database, with the
// fixtures stored.
func newService(t *testing.T) (*drehscheibe.Service, *mongodb.Store, fixture.Set) {
	t.Helper()
	svc, store, s, _ := newServiceAt(t, time.Now)
	return svc, store, s
}

// newServiceAt is newService with the clock now, and the catalogue.
func newServiceAt(t *testing.T, now func() time.Time) (*drehscheibe.Service, *mongodb.Store, fixture.Set, *catalog.Catalog) {
	t.Helper()
	store := embeddedtest.Store(t)
	cat := catalog.New(store, catalog.Options{})
	svc := drehscheibe.NewService(store, cat, now)
	s := fixture.New("")
	for _, e := range s.Entities() {
		if err := svc.Restore(sys, e); err != nil {
			t.Fatalf("restore %T: %v", e, err)
		}
	}
	return svc, store, s, cat
}

func wantCode(t *testing.T, reason string, err error, code string) {
	t.Helper()
	if got := drehscheibe.ErrorCode(err); got != code {
		t.Errorf("%s: code %q (%v), want %q", reason, got, err, code)
	}
}

func TestCreateCleansAndStamps(t *testing.T) {
	svc, _, s := newService(t)
	in := fixture.New("neu").Kita
	in.Meta = drehscheibe.Meta{}
	in.QuartierID = s.Quartier.ID
	in.Name = "  Kita   Sonnenschein \n"
	in.Languages = []string{"DE", " tr ", "de"}
	got, err := svc.CreateInstitution(sys, in)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Kita Sonnenschein" || len(got.Languages) != 2 || got.Languages[0] != "de" {
		t.Errorf("not cleaned: name %q, languages %q", got.Name, got.Languages)
	}
	if !got.ID.Is(drehscheibe.KindInstitution) || got.Version != 1 || got.CreatedAt.IsZero() || got.Seq == 0 {
		t.Errorf("not stamped: %+v", got.Meta)
	}
}

func TestReferencesMustExist(t *testing.T) {
	svc, _, s := newService(t)
	m := fixture.New("x").Modul
	m.Meta = drehscheibe.Meta{}
	m.PartnerID = drehscheibe.NewID(drehscheibe.KindPartner)
	_, err := svc.CreateModul(sys, m)
	wantProblem(t, "an unknown partner", err, "partnerId", drehscheibe.ENOTFOUND)

	b := fixture.New("x").Bedarf
	b.Meta = drehscheibe.Meta{}
	b.InstitutionID = s.Quartier.ID
	_, err = svc.CreateBedarf(sys, b)
	wantProblem(t, "a Quartier ID where an institution belongs", err, "institutionId", drehscheibe.ENOTFOUND)
}

func TestStaleVersionChangesNothing(t *testing.T) {
	svc, store, s := newService(t)
	ctx := sys
	if _, err := svc.UpdatePartner(ctx, s.Partner.ID, 1, drehscheibe.PartnerPatch{Description: drehscheibe.Set("erste Änderung")}); err != nil {
		t.Fatal(err)
	}
	_, err := svc.UpdatePartner(ctx, s.Partner.ID, 1, drehscheibe.PartnerPatch{Description: drehscheibe.Set("zweite Änderung")})
	wantCode(t, "an update based on version 1 after version 2", err, drehscheibe.ECONFLICT)
	got, _ := store.Get(ctx, s.Partner.ID)
	if p := got.(*drehscheibe.Partner); p.Description != "erste Änderung" || p.Version != 2 {
		t.Errorf("stored %q v%d", p.Description, p.Version)
	}
}

func TestInvalidUpdateChangesNothing(t *testing.T) {
	svc, store, s := newService(t)
	ctx := sys
	_, err := svc.UpdateModul(ctx, s.Modul.ID, 1, drehscheibe.ModulPatch{
		Title: drehscheibe.Set("Gültiger Titel"), AgeRange: drehscheibe.Set(drehscheibe.AgeRange{Min: 12, Max: 3})})
	wantProblem(t, "a bad age range in a patch", err, "ageRange", drehscheibe.EINVALID)
	got, _ := store.Get(ctx, s.Modul.ID)
	if m := got.(*drehscheibe.Modul); m.Title != s.Modul.Title || m.Version != 1 {
		t.Errorf("a rejected update wrote %q v%d", m.Title, m.Version)
	}
}

func TestModulLifecycleThroughTheService(t *testing.T) {
	svc, _, s := newService(t)
	ctx := sys
	draft := fixture.New("d").Modul
	draft.Meta, draft.PartnerID = drehscheibe.Meta{}, s.Partner.ID
	m, err := svc.CreateModul(ctx, draft)
	if err != nil || m.Status != drehscheibe.ModulDraft {
		t.Fatalf("create: %v, status %s", err, m.Status)
	}
	_, err = svc.PublishModul(ctx, m.ID, 1)
	wantCode(t, "a draft cannot be published", err, drehscheibe.EINVALIDTRANSITION)
	_, err = svc.ArchiveModul(ctx, m.ID, 1)
	wantCode(t, "a draft cannot be archived", err, drehscheibe.EINVALIDTRANSITION)
	if m, err = svc.SubmitModulForReview(ctx, m.ID, 1); err != nil {
		t.Fatal(err)
	}
	if m, err = svc.RejectModul(ctx, m.ID, m.Version, "Bitte Altersangabe prüfen"); err != nil || m.Status != drehscheibe.ModulDraft || m.ReviewNote == "" {
		t.Fatalf("reject: %v, %s, note %q", err, m.Status, m.ReviewNote)
	}
	if m, err = svc.SubmitModulForReview(ctx, m.ID, m.Version); err != nil {
		t.Fatal(err)
	}
	if m, err = svc.PublishModul(ctx, m.ID, m.Version); err != nil || m.PublishedAt == nil || m.ReviewNote != "" {
		t.Fatalf("publish: %v, publishedAt %v, note %q", err, m.PublishedAt, m.ReviewNote)
	}
	_, err = svc.SubmitModulForReview(ctx, m.ID, m.Version)
	wantCode(t, "a published Modul cannot go back to review", err, drehscheibe.EINVALIDTRANSITION)
	if m, err = svc.ArchiveModul(ctx, m.ID, m.Version); err != nil {
		t.Fatal(err)
	}
	_, err = svc.UpdateModul(ctx, m.ID, m.Version, drehscheibe.ModulPatch{Title: drehscheibe.Set("zu spät")})
	wantCode(t, "an archived Modul is read-only", err, drehscheibe.EINVALIDTRANSITION)
}

func TestBedarfClosing(t *testing.T) {
	svc, _, s := newService(t)
	ctx := sys
	b, err := svc.CloseBedarf(ctx, s.Bedarf.ID, 1, "hat sich erledigt")
	if err != nil || b.Status != drehscheibe.BedarfClosed {
		t.Fatalf("close: %v", err)
	}
	_, err = svc.CloseBedarf(ctx, b.ID, b.Version, "")
	wantCode(t, "closing twice", err, drehscheibe.EINVALIDTRANSITION)
	_, err = svc.UpdateBedarf(ctx, b.ID, b.Version, drehscheibe.BedarfPatch{GroupSize: drehscheibe.Set(20)})
	wantCode(t, "a closed need is read-only", err, drehscheibe.EINVALIDTRANSITION)
}

func TestKindercampusRules(t *testing.T) {
	svc, _, s := newService(t)
	ctx := sys
	other := fixture.New("2").Kindercampus
	other.Meta = drehscheibe.Meta{}
	other.QuartierID, other.AnchorSchoolID, other.InstitutionIDs = s.Quartier.ID, s.Kita.ID, nil
	_, err := svc.CreateKindercampus(ctx, other)
	wantProblem(t, "a Kita as anchor school", err, "anchorSchoolId", drehscheibe.EINVALID)
	wantProblem(t, "the Kita already belongs to a campus", err, "anchorSchoolId", drehscheibe.ECONFLICT)
}

func TestUpdateWithForeignKindIsNotFound(t *testing.T) {
	svc, _, s := newService(t)
	_, err := svc.UpdateModul(sys, s.Partner.ID, 1, drehscheibe.ModulPatch{})
	wantCode(t, "a partner ID given to updateModul", err, drehscheibe.ENOTFOUND)
	_, err = svc.UpdateModul(sys, drehscheibe.NewID(drehscheibe.KindModul), 1, drehscheibe.ModulPatch{})
	wantCode(t, "an unknown Modul", err, drehscheibe.ENOTFOUND)
}

func TestDuplicatePartnerName(t *testing.T) {
	svc, _, s := newService(t)
	p := fixture.New("x").Partner
	p.Meta, p.Name = drehscheibe.Meta{}, " "+s.Partner.Name+" "
	p.ServiceArea.QuartierIDs = []drehscheibe.ID{s.Quartier.ID}
	_, err := svc.CreatePartner(sys, p)
	wantCode(t, "a taken partner name", err, drehscheibe.ECONFLICT)
}

func TestCoverBedarfBooksCapacity(t *testing.T) {
	svc, store, s := newService(t)
	ctx := sys
	bookedOf := func() int {
		t.Helper()
		e, err := store.Get(ctx, s.Modul.ID)
		if err != nil {
			t.Fatal(err)
		}
		return e.(*drehscheibe.Modul).Booked
	}
	before := bookedOf()
	b, err := svc.CoverBedarf(ctx, s.Bedarf.ID, 1, s.Modul.ID)
	if err != nil || b.Status != drehscheibe.BedarfCovered || !b.Covers(s.Modul.ID) {
		t.Fatalf("cover: %v, %+v", err, b)
	}
	if got := bookedOf(); got != before+1 {
		t.Errorf("booked %d → %d, want one more", before, got)
	}
	_, err = svc.CoverBedarf(ctx, b.ID, b.Version, s.Modul.ID)
	wantCode(t, "booking the same Modul twice", err, drehscheibe.EINVALID)

	// a stale version changes nothing, not even the capacity
	other := fixture.New("2").Bedarf
	other.Meta, other.InstitutionID = drehscheibe.Meta{}, s.School.ID
	other, err = svc.CreateBedarf(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	before = bookedOf()
	_, err = svc.CoverBedarf(ctx, other.ID, other.Version+1, s.Modul.ID)
	wantCode(t, "a stale version", err, drehscheibe.ECONFLICT)
	if got := bookedOf(); got != before {
		t.Errorf("a refused booking changed the capacity: %d → %d", before, got)
	}
	// no capacity left
	if _, err := svc.UpdateModul(ctx, s.Modul.ID, drehscheibe.MetaOf(mustGet(t, store, s.Modul.ID)).Version,
		drehscheibe.ModulPatch{Capacity: drehscheibe.Set(bookedOf())}); err != nil {
		t.Fatal(err)
	}
	_, err = svc.CoverBedarf(ctx, other.ID, other.Version, s.Modul.ID)
	wantCode(t, "a full Modul (ausgebucht)", err, drehscheibe.ECONFLICT)
	// closed needs stay closed
	closed, err := svc.CloseBedarf(ctx, other.ID, other.Version, "erledigt")
	if err != nil {
		t.Fatal(err)
	}
	_, err = svc.CoverBedarf(ctx, closed.ID, closed.Version, s.Modul.ID)
	wantCode(t, "a closed need", err, drehscheibe.EINVALIDTRANSITION)
}

func mustGet(t *testing.T, store drehscheibe.Store, id drehscheibe.ID) drehscheibe.Entity {
	t.Helper()
	e, err := store.Get(sys, id)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// sys is the context of the tests' calls: the program itself, which may do everything.
var sys = drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("test"))
