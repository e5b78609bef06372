package hsds

import (
	"fmt"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// BenchmarkServicesPage: a page of GET /services at 10 000 Module — the first request
// of a catalogue version (which walks the list once), a later page near the start and
// one near the end, and for comparison a page reached by walking to its offset.
func BenchmarkServicesPage(b *testing.B) {
	snap := snapshotOf(b, append(demo.Entities(), demo.Generate(10000, 1)...)...)
	v := snap.As(drehscheibe.Principal{})
	list := func() catalog.List[*drehscheibe.Modul] {
		return v.Module(catalog.ModulFilter{}, catalog.Order{By: catalog.ByCreated})
	}
	total := list().Count()
	b.Run("first request of a version", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			var pi pageIndex
			pageOf(pi.index(int64(i), "all"), list(), 0, 50)
		}
	})
	var pi pageIndex
	for _, offset := range []int{50, total - 50} {
		b.Run(fmt.Sprintf("offset %d", offset), func(b *testing.B) {
			for b.Loop() {
				pageOf(pi.index(0, "all"), list(), offset, 50)
			}
		})
		b.Run(fmt.Sprintf("offset %d walked", offset), func(b *testing.B) {
			for b.Loop() {
				n := offset + 50
				list().Page(catalog.PageRequest{First: &n})
			}
		})
	}
}
