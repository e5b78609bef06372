package mongodb_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
)

func TestAuditTrailFiltersAndPages(t *testing.T) {
	ctx := context.Background()
	s := embeddedtest.Store(t)
	base := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	var all []drehscheibe.AuditEntry
	for i := range 25 {
		e := drehscheibe.AuditEntry{
			ID: drehscheibe.NewID(drehscheibe.KindAudit), At: base.Add(time.Duration(i/2) * time.Minute), // pairs share a time
			KeyID: drehscheibe.ID(fmt.Sprintf("key_k%d", i%3)), KeyName: "Test", Role: drehscheibe.RolePartner,
			EntityID: drehscheibe.ID(fmt.Sprintf("mod_m%d", i%5)), Operation: drehscheibe.OpUpdateModul, RequestID: "req",
			Changes: []drehscheibe.FieldChange{{Field: "title", Before: json.RawMessage(`"a"`), After: json.RawMessage(fmt.Sprintf(`"$where %d"`, i))}},
		}
		if err := s.AppendAudit(ctx, &e); err != nil {
			t.Fatal(err)
		}
		all = append(all, e)
	}
	if err := s.AppendAudit(ctx, &all[0]); drehscheibe.ErrorCode(err) != drehscheibe.ECONFLICT {
		t.Errorf("appending an entry twice: %v, want conflict", err)
	}
	// newest first, ties by ID descending; page through 4 at a time
	var got []drehscheibe.AuditEntry
	q := drehscheibe.AuditQuery{Limit: 4}
	for range 10 {
		page, err := s.AuditLog(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, page...)
		if len(page) < 4 {
			break
		}
		last := page[len(page)-1]
		q.After = &drehscheibe.AuditPosition{At: last.At, ID: last.ID}
	}
	if len(got) != len(all) {
		t.Fatalf("paged %d entries, want %d", len(got), len(all))
	}
	for i := 1; i < len(got); i++ {
		a, b := got[i-1], got[i]
		if a.At.Before(b.At) || (a.At.Equal(b.At) && a.ID < b.ID) {
			t.Fatalf("entries %d and %d out of order: %v %s, %v %s", i-1, i, a.At, a.ID, b.At, b.ID)
		}
	}
	if diff := cmp.Diff(all[24], got[0]); diff != "" {
		t.Errorf("round trip (-appended +read):\n%s", diff)
	}
	for name, tc := range map[string]struct {
		q    drehscheibe.AuditQuery
		want int
	}{
		"by entity":     {drehscheibe.AuditQuery{EntityID: "mod_m1"}, 5},
		"by key":        {drehscheibe.AuditQuery{KeyID: "key_k0"}, 9},
		"by time range": {drehscheibe.AuditQuery{From: base.Add(2 * time.Minute), To: base.Add(4 * time.Minute)}, 4},
		"combined":      {drehscheibe.AuditQuery{KeyID: "key_k0", EntityID: "mod_m0"}, 2},
	} {
		n, err := s.CountAudit(ctx, tc.q)
		if err != nil || n != tc.want {
			t.Errorf("%s: count %d (%v), want %d", name, n, err, tc.want)
		}
		tc.q.Limit = 100
		entries, err := s.AuditLog(ctx, tc.q)
		if err != nil || len(entries) != tc.want {
			t.Errorf("%s: %d entries (%v), want %d", name, len(entries), err, tc.want)
		}
	}
}

func TestApiKeysAndTouch(t *testing.T) {
	ctx := context.Background()
	s := embeddedtest.Store(t)
	created := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	var ids []drehscheibe.ID
	for i := range 3 {
		k := &drehscheibe.ApiKey{Meta: drehscheibe.Meta{ID: drehscheibe.NewID(drehscheibe.KindApiKey), Version: 1,
			CreatedAt: created.Add(time.Duration(i) * time.Hour), UpdatedAt: created}, Name: fmt.Sprint("k", i),
			Role: drehscheibe.RoleCoordinator, Scope: drehscheibe.Scope{Themes: []drehscheibe.Theme{drehscheibe.ThemeBNE}}, Hash: fmt.Sprintf("%064d", i)}
		if err := s.Insert(ctx, k, nil); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, k.ID)
	}
	keys, err := s.ApiKeys(ctx)
	if err != nil || len(keys) != 3 || keys[0].ID != ids[2] || keys[2].ID != ids[0] {
		t.Fatalf("keys %v (%v): want newest first", keys, err)
	}
	at := created.Add(48 * time.Hour)
	if err := s.TouchKey(ctx, ids[1], at); err != nil {
		t.Fatal(err)
	}
	e, err := s.Get(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	k := e.(*drehscheibe.ApiKey)
	if k.LastUsedAt == nil || !k.LastUsedAt.Equal(at) || k.Version != 1 {
		t.Errorf("touched key: last use %v, version %d; want %v and the version unchanged", k.LastUsedAt, k.Version, at)
	}
	if err := s.TouchKey(ctx, drehscheibe.NewID(drehscheibe.KindApiKey), at); drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND {
		t.Errorf("touching an unknown key: %v", err)
	}
	changed, err := s.Changed(ctx, 0)
	if err != nil || len(changed) != 0 {
		t.Errorf("keys are no catalogue changes: %d (%v)", len(changed), err)
	}
	if empty, err := s.Empty(ctx); err != nil || !empty {
		t.Errorf("a database with only keys counts as empty (it gets the demo data): %v %v", empty, err)
	}
}
