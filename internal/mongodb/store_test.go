package mongodb_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/embedded/embeddedtest"
	"github.com/stadtdortmund/drehscheibe/internal/fixture"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
)

func stamp(e drehscheibe.Entity, seq int64) drehscheibe.Entity {
	m := drehscheibe.MetaOf(e)
	m.Version, m.Seq = 1, seq
	return e
}

var equalEntities = cmpopts.EquateEmpty()

func TestRoundTripEveryKind(t *testing.T) {
	ctx := context.Background()
	s := embeddedtest.Store(t)
	for i, e := range fixture.New("").Entities() {
		stamp(e, int64(i+1))
		if err := s.Insert(ctx, e, nil); err != nil {
			t.Fatalf("insert %T: %v", e, err)
		}
		got, err := s.Get(ctx, drehscheibe.MetaOf(e).ID)
		if err != nil {
			t.Fatalf("get %T: %v", e, err)
		}
		if diff := cmp.Diff(e, got, equalEntities); diff != "" {
			t.Errorf("%T changed in the round trip (-stored +read):\n%s", e, diff)
		}
	}
}

func TestErrorsAreCoded(t *testing.T) {
	ctx := context.Background()
	s := embeddedtest.Store(t)
	set := fixture.New("")
	if err := s.Insert(ctx, stamp(set.Partner, 1), nil); err != nil {
		t.Fatal(err)
	}
	twin := fixture.New("x").Partner
	twin.Name = "sv clarenberg 1921 E.V." // same name in other case
	cases := map[string]struct {
		reason string
		err    error
		code   string
		field  string
	}{
		"unknown":   {"an unknown ID is not found", errOf(s.Get(ctx, drehscheibe.NewID(drehscheibe.KindModul))), drehscheibe.ENOTFOUND, ""},
		"malformed": {"a malformed ID is not found", errOf(s.Get(ctx, "$where")), drehscheibe.ENOTFOUND, ""},
		"duplicate": {"partner names are unique regardless of case", s.Insert(ctx, stamp(twin, 2), nil), drehscheibe.ECONFLICT, "name"},
		"stale":     {"a replace on an old version changes nothing", s.Replace(ctx, set.Partner, 7, nil), drehscheibe.ECONFLICT, "version"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			e, ok := drehscheibe.AsError(tc.err)
			if !ok || e.Code != tc.code {
				t.Fatalf("%s: got %v, want code %s", tc.reason, tc.err, tc.code)
			}
			if tc.field != "" && (len(e.Field) != 1 || e.Field[0] != tc.field) {
				t.Errorf("%s: field %v, want %s", tc.reason, e.Field, tc.field)
			}
			if e.Message == "" {
				t.Errorf("%s: no message", tc.reason)
			}
		})
	}
}

func errOf(_ drehscheibe.Entity, err error) error { return err }

func TestReplaceIsConditional(t *testing.T) {
	ctx := context.Background()
	s := embeddedtest.Store(t)
	m := fixture.New("").Modul
	if err := s.Insert(ctx, stamp(m, 1), nil); err != nil {
		t.Fatal(err)
	}
	// many writers based on version 1: exactly one wins
	var wg sync.WaitGroup
	results := make(chan error, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := *m
			mine.Version, mine.Title = 2, "Titel von Schreiber "+string(rune('A'+i))
			results <- s.Replace(ctx, &mine, 1, nil)
		}()
	}
	wg.Wait()
	close(results)
	wins := 0
	for err := range results {
		switch drehscheibe.ErrorCode(err) {
		case "":
			wins++
		case drehscheibe.ECONFLICT:
		default:
			t.Errorf("unexpected error %v", err)
		}
	}
	if wins != 1 {
		t.Errorf("%d writers won on one version, want exactly 1", wins)
	}
}

func TestSeqAndChanged(t *testing.T) {
	ctx := context.Background()
	s := embeddedtest.Store(t)
	if empty, err := s.Empty(ctx); err != nil || !empty {
		t.Fatalf("Empty() = %v, %v on a new database", empty, err)
	}
	if seq, err := s.Seq(ctx); err != nil || seq != 0 {
		t.Fatalf("Seq() = %d, %v on a new database", seq, err)
	}
	var ids []drehscheibe.ID
	for _, e := range fixture.New("").Entities() {
		seq, err := s.ReserveSeq(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Insert(ctx, stamp(e, seq), nil); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, drehscheibe.MetaOf(e).ID)
	}
	if seq, _ := s.Seq(ctx); seq != int64(len(ids)) {
		t.Errorf("Seq() = %d after %d writes", seq, len(ids))
	}
	all, err := s.Changed(ctx, 0)
	if err != nil || len(all) != len(ids) {
		t.Fatalf("Changed(0) = %d entities, %v; want %d", len(all), err, len(ids))
	}
	recent, err := s.Changed(ctx, int64(len(ids)-2))
	if err != nil {
		t.Fatal(err)
	}
	var got []drehscheibe.ID
	for _, e := range recent {
		got = append(got, drehscheibe.MetaOf(e).ID)
	}
	if diff := cmp.Diff(ids[len(ids)-2:], got, cmpopts.SortSlices(func(a, b drehscheibe.ID) bool { return a < b })); diff != "" {
		t.Errorf("Changed(n-2) (-want +got):\n%s", diff)
	}
	if empty, _ := s.Empty(ctx); empty {
		t.Error("Empty() = true with data")
	}
	if err := s.Migrate(ctx); err != nil {
		t.Errorf("second Migrate: %v", err)
	}
}

func TestUnreachableDatabaseIsUnavailable(t *testing.T) {
	s, err := mongodb.Open("mongodb://127.0.0.1:1/", "test", mongodb.Options{ServerSelectionTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	ctx := context.Background()
	for name, err := range map[string]error{
		"ping":    s.Ping(ctx),
		"get":     errOf(s.Get(ctx, drehscheibe.NewID(drehscheibe.KindModul))),
		"nextseq": func() error { _, err := s.ReserveSeq(ctx, 1); return err }(),
	} {
		if code := drehscheibe.ErrorCode(err); code != drehscheibe.EUNAVAILABLE {
			t.Errorf("%s: code %q (%v), want unavailable", name, code, err)
		}
	}
}

// TestDemoRoundTrip stores the whole demo catalogue and reads it back: every field the
// demo data uses survives the database.
func TestDemoRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := embeddedtest.Store(t)
	want := map[drehscheibe.ID]drehscheibe.Entity{}
	for i, e := range demo.Entities() {
		stamp(e, int64(i+1))
		if err := s.Insert(ctx, e, nil); err != nil {
			t.Fatalf("insert %s: %v", drehscheibe.MetaOf(e).ID, err)
		}
		want[drehscheibe.MetaOf(e).ID] = e
	}
	all, err := s.Changed(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(want) {
		t.Fatalf("read %d entities, stored %d", len(all), len(want))
	}
	for _, got := range all {
		id := drehscheibe.MetaOf(got).ID
		if diff := cmp.Diff(want[id], got, equalEntities); diff != "" {
			t.Errorf("%s changed in the round trip (-stored +read):\n%s", id, diff)
		}
	}
}
