package catalog

import (
	"runtime"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/demo"
)

// BenchmarkCatalogMemory reports the heap of a whole catalogue snapshot of 100k
// generated Module as the service holds it: the entities, and the snapshot on top
// (search texts, sort orders, reverse edges and the matching index).
//
//	go test ./internal/catalog -run '^$' -bench BenchmarkCatalogMemory -benchtime 1x
func BenchmarkCatalogMemory(b *testing.B) {
	for b.Loop() {
		base := heapInUse()
		entities := append(demo.Entities(), demo.Generate(100000, 1)...)
		afterEntities := heapInUse()
		snap := emptySnapshot().with(entities)
		afterSnapshot := heapInUse()
		b.ReportMetric(float64(afterEntities-base)/(1<<20), "MB-entities")
		b.ReportMetric(float64(afterSnapshot-afterEntities)/(1<<20), "MB-snapshot")
		b.ReportMetric(float64(afterSnapshot-base)/(1<<20), "MB-total")
		runtime.KeepAlive(snap)
	}
}

func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
