package match_test

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// BenchmarkRank ranks a generated catalogue of 1k, 10k and 100k published Module for one
// campus school with three needs. Compare medians across sizes within one run:
//
//	go test ./internal/match -run '^$' -bench BenchmarkRank -benchtime 200x -count 5
func BenchmarkRank(b *testing.B) {
	for _, n := range benchSizes {
		w := newWorld(append(demo.Entities(), demo.Generate(n, 1)...))
		ix := w.index()
		in := w.institutionen[w.campus[0].AnchorSchoolID]
		needs := w.openNeeds(in.ID)[:3]
		cfg := match.DefaultConfig()
		b.Run(fmt.Sprintf("modules=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			items := 0
			for b.Loop() {
				items = len(ix.Rank(match.Request{Institution: in, Needs: needs, Date: referenceDate, First: 20}, cfg).Items)
			}
			if items == 0 {
				b.Fatal("no recommendation")
			}
		})
	}
}

// BenchmarkIndexMemory reports the heap the catalogue of 100k generated Module takes:
// the entities, and the matching index (candidates, theme lists, activity) on top.
//
//	go test ./internal/match -run '^$' -bench BenchmarkIndexMemory -benchtime 1x
func BenchmarkIndexMemory(b *testing.B) {
	for b.Loop() {
		base := heap()
		entities := append(demo.Entities(), demo.Generate(100000, 1)...)
		w := newWorld(entities)
		afterEntities := heap()
		ix := w.index()
		afterIndex := heap()
		b.ReportMetric(float64(afterEntities-base)/(1<<20), "MB-entities")
		b.ReportMetric(float64(afterIndex-afterEntities)/(1<<20), "MB-index")
		b.ReportMetric(float64(afterIndex-base)/(1<<20), "MB-total")
		runtime.KeepAlive(ix)
		runtime.KeepAlive(entities)
	}
}

func heap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

var _ = drehscheibe.KindModul

// benchSizes are the catalogue sizes of BenchmarkRank.
var benchSizes = []int{1000, 10000, 100000}
