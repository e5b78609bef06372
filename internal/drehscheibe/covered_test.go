package drehscheibe_test

import (
	"sync"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// TestCoveredAtIsRecorded: a need records when it became covered (the evaluation's
// days to cover), through an agreement and through a booking outside the service; it
// forgets the time when it is open again, and the time survives the store.
func TestCoveredAtIsRecorded(t *testing.T) {
	var mu sync.Mutex
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		return now
	}
	set := func(t time.Time) {
		mu.Lock()
		defer mu.Unlock()
		now = t
	}
	svc, store, s, _ := newServiceAt(t, clock)
	as := sidesOf(s)
	need := func() *drehscheibe.Bedarf { return mustGet(t, store, s.Bedarf.ID).(*drehscheibe.Bedarf) }
	if b := need(); !b.CoveredAt.IsZero() {
		t.Fatalf("an open need has a covered time: %v", b.CoveredAt)
	}

	a := must(svc.CreateAnfrage(as.institution, requestOf(s)))
	a = must(svc.AcceptAnfrage(as.partner, a.ID, a.Version))
	a = must(svc.ConfirmVereinbarung(as.institution, a.ID, a.Version, a.Vereinbarung.Hash, ""))
	agreed := time.Date(2026, 3, 10, 14, 30, 0, 0, time.UTC)
	set(agreed)
	a = must(svc.ConfirmVereinbarung(as.partner, a.ID, a.Version, a.Vereinbarung.Hash, ""))
	if b := need(); b.Status != drehscheibe.BedarfCovered || !b.CoveredAt.Equal(agreed) {
		t.Fatalf("covered by the agreement: %s at %v, want %v", b.Status, b.CoveredAt, agreed)
	}

	set(time.Date(2026, 4, 1, 8, 0, 0, 0, time.UTC))
	must(svc.CancelAnfrage(as.partner, a.ID, a.Version, drehscheibe.Reason{Code: drehscheibe.ReasonOther, Text: "Trainer erkrankt"}))
	if b := need(); b.Status != drehscheibe.BedarfOpen || !b.CoveredAt.IsZero() {
		t.Fatalf("open again: %s at %v, want no covered time", b.Status, b.CoveredAt)
	}

	outside := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	set(outside)
	b := need()
	b = must(svc.CoverBedarf(as.institution, b.ID, b.Version, s.Modul.ID))
	if b.Status != drehscheibe.BedarfCovered || !b.CoveredAt.Equal(outside) {
		t.Fatalf("covered outside the service: %s at %v, want %v", b.Status, b.CoveredAt, outside)
	}
	if stored := need(); !stored.CoveredAt.Equal(outside) || stored.CoveredAt.Location() != time.UTC {
		t.Errorf("stored: %v, want %v in UTC", stored.CoveredAt, outside)
	}

	set(time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC))
	b = must(svc.CloseBedarf(as.institution, b.ID, b.Version, "Erledigt"))
	if !b.CoveredAt.Equal(outside) {
		t.Errorf("closing a covered need changed when it was covered: %v", b.CoveredAt)
	}
}
