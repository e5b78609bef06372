package networkcache_test

import (
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
	"github.com/stadtdortmund/drehscheibe/internal/networkcache"
)

func network_(t *testing.T, c *networkcache.Cache, w *world, betweenness bool) networkcache.Result {
	t.Helper()
	r, err := c.Network(w.snapshot(), network.Filter{}, betweenness)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func wantStats(t *testing.T, c *networkcache.Cache, want networkcache.Stats, when string) {
	t.Helper()
	if got := c.Stats(); got != want {
		t.Errorf("%s: %+v, want %+v", when, got, want)
	}
}

// TestCacheBuildsOncePerVersion: a network without betweenness is built once per
// catalogue version, also for requests at the same moment; a write builds it again.
func TestCacheBuildsOncePerVersion(t *testing.T) {
	w := newWorld(t)
	c := networkcache.New(w.cat.Current, networkcache.Options{})
	first := network_(t, c, w, false)
	if first.Version != w.snapshot().Version || first.Betweenness != networkcache.NotRequested || first.Network.HasBetweenness {
		t.Errorf("first answer: version %d (catalogue %d), %s", first.Version, w.snapshot().Version, first.Betweenness)
	}
	wantStats(t, c, networkcache.Stats{Builds: 1}, "first request")
	if again := network_(t, c, w, false); again.Network != first.Network {
		t.Error("the second request got another network")
	}
	wantStats(t, c, networkcache.Stats{Builds: 1, Hits: 1}, "second request without a write")

	m := drehscheibe.Clone(w.a.Modul)
	m.Title = "Fußball-AG, neuer Titel"
	w.write(m)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { network_(t, c, w, false) })
	}
	wg.Wait()
	if got := c.Stats().Builds; got != 2 {
		t.Errorf("eight requests at once after a write: %d builds in all, want 2", got)
	}
	if got := network_(t, c, w, false); got.Version != w.snapshot().Version {
		t.Errorf("after the write: version %d, want %d", got.Version, w.snapshot().Version)
	}
}

// TestCacheComputesSmallBetweennessInline: a network as small as the tests' is
// computed during the request; a write that leaves the graph as it was takes the
// betweenness over, one that changes it computes it again.
func TestCacheComputesSmallBetweennessInline(t *testing.T) {
	w := newWorld(t)
	c := networkcache.New(w.cat.Current, networkcache.Options{})
	r := network_(t, c, w, true)
	if r.Betweenness != networkcache.Computed || r.Stale || !cmp.Equal(r.Network.Bridges, []drehscheibe.ID{w.b.Partner.ID}) {
		t.Fatalf("first answer: %s, stale %v, bridges %v; want COMPUTED with partner b bridging", r.Betweenness, r.Stale, r.Network.Bridges)
	}
	wantStats(t, c, networkcache.Stats{Builds: 1, Betweenness: 1}, "first request")
	before, _ := r.Network.Partner(w.b.Partner.ID)
	network_(t, c, w, true)
	network_(t, c, w, false) // the network with betweenness serves this too
	wantStats(t, c, networkcache.Stats{Builds: 1, Betweenness: 1, Hits: 2}, "two more requests without a write")

	p := drehscheibe.Clone(w.b.Partner)
	p.Name = "Musikschule Nord"
	w.write(p)
	r = network_(t, c, w, true)
	if b, _ := r.Network.Partner(p.ID); b.Name != p.Name || b.Betweenness != before.Betweenness || r.Version != w.snapshot().Version {
		t.Errorf("after renaming partner b: %+v at version %d, want the new name, betweenness %v, version %d", b, r.Version, before.Betweenness, w.snapshot().Version)
	}
	wantStats(t, c, networkcache.Stats{Builds: 2, Betweenness: 1, Reused: 1, Hits: 2}, "after a write that left the graph")

	w.write(request("6", w.a.School, w.b.Modul, drehscheibe.AnfrageAgreed, day(2026, 12, 1)))
	r = network_(t, c, w, true)
	if r.Betweenness != networkcache.Computed || len(r.Network.Components) != 1 {
		t.Errorf("after a new cooperation: %s, %d components; want one component computed", r.Betweenness, len(r.Network.Components))
	}
	wantStats(t, c, networkcache.Stats{Builds: 3, Betweenness: 2, Reused: 1, Hits: 2}, "after a write that changed the graph")
}

// TestCacheComputesLargeBetweennessInTheBackground: above InlineCost the first answer
// has no betweenness (PENDING) and the background computes it; after a change of the
// graph, the last one is served (stale, with its version) until the new one is there.
func TestCacheComputesLargeBetweennessInTheBackground(t *testing.T) {
	w := newWorld(t)
	done := make(chan networkcache.Build, 4)
	c := networkcache.New(w.cat.Current, networkcache.Options{InlineCost: 1, MinInterval: time.Nanosecond,
		OnBuild: func(b networkcache.Build) {
			if b.Background {
				done <- b
			}
		}})
	defer c.Close()
	wait := func() networkcache.Build {
		t.Helper()
		select {
		case b := <-done:
			if b.Err != nil || !b.Betweenness {
				t.Fatalf("background build: %+v", b)
			}
			return b
		case <-time.After(time.Minute): // a guard against hanging, not a measurement
			t.Fatal("no background computation")
		}
		return networkcache.Build{}
	}

	v1 := w.snapshot().Version
	r := network_(t, c, w, true)
	if r.Betweenness != networkcache.Pending || r.Network.HasBetweenness || r.Version != v1 || len(r.Network.Edges) != 4 {
		t.Errorf("first answer: %s, has betweenness %v, version %d, %d edges; want PENDING, the network of version %d without it",
			r.Betweenness, r.Network.HasBetweenness, r.Version, len(r.Network.Edges), v1)
	}
	if b := wait(); b.Version != v1 {
		t.Errorf("computed version %d, want %d", b.Version, v1)
	}
	if r = network_(t, c, w, true); r.Betweenness != networkcache.Computed || r.Stale || r.Version != v1 {
		t.Errorf("after the computation: %s, stale %v, version %d", r.Betweenness, r.Stale, r.Version)
	}

	w.write(request("6", w.a.School, w.b.Modul, drehscheibe.AnfrageAgreed, day(2026, 12, 1)))
	v2 := w.snapshot().Version
	r = network_(t, c, w, true)
	if r.Betweenness != networkcache.Computed || !r.Stale || r.Version != v1 || len(r.Network.Edges) != 4 {
		t.Errorf("after a new cooperation: %s, stale %v, version %d, %d edges; want the last one of version %d, stale",
			r.Betweenness, r.Stale, r.Version, len(r.Network.Edges), v1)
	}
	if fresh := network_(t, c, w, false); fresh.Version != v2 || len(fresh.Network.Edges) != 5 {
		t.Errorf("without betweenness: version %d, %d edges; want the new network", fresh.Version, len(fresh.Network.Edges))
	}
	if b := wait(); b.Version != v2 {
		t.Errorf("computed version %d, want %d", b.Version, v2)
	}
	if r = network_(t, c, w, true); r.Betweenness != networkcache.Computed || r.Stale || r.Version != v2 || len(r.Network.Edges) != 5 {
		t.Errorf("after the second computation: %s, stale %v, version %d, %d edges", r.Betweenness, r.Stale, r.Version, len(r.Network.Edges))
	}
	stats := c.Stats()
	if stats.Betweenness != 2 {
		t.Errorf("%d computations of the betweenness, want 2", stats.Betweenness)
	}
}

// TestCacheSkipsAboveMaxCost: a network whose betweenness would cost more than MaxCost
// is served without it, SKIPPED, and nothing is computed.
func TestCacheSkipsAboveMaxCost(t *testing.T) {
	w := newWorld(t)
	c := networkcache.New(w.cat.Current, networkcache.Options{MaxCost: 1})
	for range 2 {
		if r := network_(t, c, w, true); r.Betweenness != networkcache.Skipped || r.Network.HasBetweenness {
			t.Errorf("answer: %s, has betweenness %v; want SKIPPED", r.Betweenness, r.Network.HasBetweenness)
		}
	}
	m := drehscheibe.Clone(w.a.Modul)
	m.Title = "Fußball-AG, neuer Titel"
	w.write(m)
	if r := network_(t, c, w, true); r.Betweenness != networkcache.Skipped || r.Version != w.snapshot().Version {
		t.Errorf("after a write: %s at %d", r.Betweenness, r.Version)
	}
	wantStats(t, c, networkcache.Stats{Builds: 2, Hits: 1}, "three requests, one write")
}
