package main

import (
	"os"
	"slices"
	"testing"
	"time"
)

// BenchmarkAnfrageWrites measures the request workflow's writes one at a time through
// the real handler: updateBedarf (the reference), createAnfrage and acceptAnfrage (the
// capacity reservation and the agreement), with each one's median as p50-ms. On the
// demo data, or on a copy of BENCH_DATA_DIR (see BenchmarkRecommend):
//
//	go test ./server -run '^$' -bench BenchmarkAnfrageWrites -benchtime 200x
//	BENCH_DATA_DIR=/tmp/d10k go test ./server -run '^$' -bench BenchmarkAnfrageWrites -benchtime 200x
func BenchmarkAnfrageWrites(b *testing.B) {
	w := benchWorld(b, newTestApp(b, benchDataEnv(b)))
	in := modulInput(w.partnerA)
	in["capacity"] = 1000
	m, v := w.created(b, "createModul", "CreateModulInput", "modul", in)
	m, v = w.created(b, "submitModulForReview", "ModulTransitionInput", "modul", idVersion(m, v))
	m, _ = w.created(b, "publishModul", "ModulTransitionInput", "modul", idVersion(m, v))

	b.Run("updateBedarf", func(b *testing.B) {
		id, v := w.bedarf(b)
		update := mutation("updateBedarf", "UpdateBedarfInput", "version", "bedarf")
		p50(b, func(i int) {
			var p struct{ Bedarf struct{ Version int } }
			if ue := w.admin().mutate(b, "updateBedarf", update, idVersion(id, v, "groupSize", 11+i%5), &p); len(ue) > 0 {
				b.Fatalf("updateBedarf: %+v", ue)
			}
			v = p.Bedarf.Version
		}, nil)
	})
	b.Run("createAnfrage", func(b *testing.B) {
		needs := make([]string, b.N)
		p50(b, func(i int) {
			w.created(b, "createAnfrage", "CreateAnfrageInput", "anfrage", anfrageInput(w.inst1, m, needs[i]))
		}, func() {
			for i := range needs {
				needs[i], _ = w.bedarf(b)
			}
		})
	})
	b.Run("acceptAnfrage", func(b *testing.B) {
		type req struct {
			id string
			v  int
		}
		reqs := make([]req, b.N)
		p50(b, func(i int) {
			w.created(b, "acceptAnfrage", "AnfrageTransitionInput", "anfrage", idVersion(reqs[i].id, reqs[i].v))
		}, func() {
			for i := range reqs {
				need, _ := w.bedarf(b)
				reqs[i].id, reqs[i].v = w.created(b, "createAnfrage", "CreateAnfrageInput", "anfrage", anfrageInput(w.inst1, m, need))
			}
		})
	})
}

// benchDataEnv is the environment of a benchmark's app: the demo data, or a copy of
// BENCH_DATA_DIR when it is set (the directory itself is not changed).
func benchDataEnv(b *testing.B) map[string]string {
	src := os.Getenv("BENCH_DATA_DIR")
	if src == "" {
		return map[string]string{}
	}
	dir := b.TempDir()
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		b.Fatal(err)
	}
	_ = os.Remove(dir + "/ferretdb.uri")
	return map[string]string{"DATA_DIR": dir, "SEED": "false"}
}

// p50 runs op b.N times after setup (not timed) and reports the median duration.
func p50(b *testing.B, op func(i int), setup func()) {
	if setup != nil {
		setup()
	}
	ds := make([]time.Duration, b.N)
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		op(i)
		ds[i] = time.Since(start)
	}
	b.StopTimer()
	slices.Sort(ds)
	b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, "p50-ms")
}
