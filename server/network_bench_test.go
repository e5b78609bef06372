package main

import (
	"context"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
	"github.com/stadtdortmund/drehscheibe/internal/networkcache"
)

// BenchmarkNetwork measures the cooperation network on the demo data, or on a copy of
// BENCH_DATA_DIR (see BenchmarkRecommend), after restoring BENCH_COOPERATIONS (default
// 2000) AGREED Anfragen between random institutions and published Module, starting in
// 2024–2026:
//
//	go test ./server -run '^$' -bench BenchmarkNetwork -benchtime 10x
//	BENCH_DATA_DIR=/tmp/d10k go test ./server -run '^$' -bench BenchmarkNetwork -benchtime 10x
//
// The parts of a request after a write (reading the input from the snapshot, building
// the network without and with betweenness) and whole requests through the handler
// that the cache answers (the city with everything selected, the city without
// betweenness, a Kindercampus, the GraphML file).
func BenchmarkNetwork(b *testing.B) {
	cooperations := 2000
	if s := os.Getenv("BENCH_COOPERATIONS"); s != "" {
		var err error
		if cooperations, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	a := newTestApp(b, benchDataEnv(b))
	w := benchWorld(b, a)
	restoreCooperations(b, a, cooperations)
	snap := a.app.catalog.Current()

	in := networkcache.Input(snap, network.Filter{})
	base, err := network.Build(in, network.Filter{}, network.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("city: %d institutions, %d partners, %d cooperations read; network of %d nodes, %d edges, %d components, betweenness cost %d",
		len(in.Institutions), len(in.Partners), len(in.Cooperations), len(base.Institutions)+len(base.Partners), len(base.Edges),
		len(base.Components), base.BetweennessCost())

	b.Run("input/city", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			networkcache.Input(snap, network.Filter{})
		}
	})
	b.Run("input/campus", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			networkcache.Input(snap, network.Filter{CampusID: drehscheibe.ID(w.campus1)})
		}
	})
	for _, o := range []network.Options{{}, {Betweenness: true}} {
		b.Run("build/city/betweenness="+strconv.FormatBool(o.Betweenness), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := network.Build(in, network.Filter{}, o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}

	// Whole requests, answered by the cache: the first one (not timed) builds, and
	// computes the betweenness in the background when it costs too much for a request.
	queries := []struct{ name, query string }{
		{"query/city", networkQuery},
		{"query/city-without-betweenness", `{ network { catalogVersion density institutions { institution { id name } degree }
			partners { partner { id name } degree } edges { institution { id } partner { id } weight } growth { quarter density } } }`},
		{"query/campus", `{ network(filter: {kindercampusId: "` + w.campus1 + `"}) { catalogVersion
			partners { partner { name } degree betweenness } edges { institution { id } partner { id } weight } bridges { partner { name } } } }`},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			settle(b, a, q.query)
			b.ReportAllocs()
			for b.Loop() {
				if r := a.post(b, q.query, map[string]any{}); len(r.Errors) > 0 {
					b.Fatalf("%+v", r.Errors)
				}
			}
		})
	}
	b.Run("download/graphml", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if status, _, body := a.getRaw(b, "/export/netzwerk.graphml"); status != 200 || len(body) == 0 {
				b.Fatalf("%d %s", status, body)
			}
		}
	})
}

// settle asks query until the network's betweenness is no longer PENDING (computed in
// the background), so that the timed requests are cache hits.
func settle(b *testing.B, a *testApp, query string) {
	b.Helper()
	deadline := time.Now().Add(5 * time.Minute)
	for {
		var d struct {
			Network struct{ BetweennessStatus string }
		}
		a.query(b, query, map[string]any{}, &d)
		if s := d.Network.BetweennessStatus; s != "PENDING" {
			return
		}
		if time.Now().After(deadline) {
			b.Fatal("the betweenness is still pending after 5 minutes")
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// restoreCooperations stores n AGREED Anfragen of random institutions for random
// published Module, as the system (as demo data is stored).
func restoreCooperations(b *testing.B, a *testApp, n int) {
	b.Helper()
	snap := a.app.catalog.Current()
	institutions := snap.Institutionen(catalog.InstitutionFilter{}, catalog.Order{}).All()
	module := snap.Module(catalog.ModulFilter{}, catalog.Order{}).All()
	r := rand.New(rand.NewPCG(1, 2))
	es := make([]drehscheibe.Entity, n)
	for i := range es {
		in, m := institutions[r.IntN(len(institutions))], module[r.IntN(len(module))]
		from := drehscheibe.DateOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(3*365)))
		es[i] = &drehscheibe.Anfrage{InstitutionID: in.ID, ModulID: m.ID, PartnerID: m.PartnerID,
			Period:   drehscheibe.Period{From: from, To: drehscheibe.DateOf(from.Time().AddDate(0, 3, 0))},
			Sessions: 10, GroupSize: 12, Contact: drehscheibe.Contact{Email: "ogs@schule.example"}, Status: drehscheibe.AnfrageAgreed}
	}
	ctx := drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("benchmark"))
	if err := a.app.svc.RestoreAll(ctx, es); err != nil {
		b.Fatal(err)
	}
}
