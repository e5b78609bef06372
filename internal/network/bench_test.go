package network_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/network"
)

// benchSizes are institutions × partners × cooperations; the last is a city-wide
// network of realistic size.
var benchSizes = [][3]int{{300, 150, 1000}, {1000, 500, 3300}, {3000, 1500, 10000}}

// BenchmarkBuild builds the city-wide network with and without betweenness, and the
// network of one Quartier and of one Kindercampus (with betweenness), at each size.
// Compare within one run:
//
//	go test ./internal/network -run '^$' -bench BenchmarkBuild -benchtime 3x
func BenchmarkBuild(b *testing.B) {
	for _, size := range benchSizes {
		in := generate(size[0], size[1], size[2], 1)
		scopes := []struct {
			name   string
			filter network.Filter
			opts   network.Options
		}{
			{"city", network.Filter{}, network.Options{}},
			{"city+betweenness", network.Filter{}, network.Options{Betweenness: true}},
			{"quartier+betweenness", network.Filter{QuartierID: in.Institutions[0].QuartierID}, network.Options{Betweenness: true}},
			{"campus+betweenness", network.Filter{CampusID: in.Institutions[0].CampusID}, network.Options{Betweenness: true}},
		}
		for _, s := range scopes {
			b.Run(fmt.Sprintf("%dx%dx%d/%s", size[0], size[1], size[2], s.name), func(b *testing.B) {
				b.ReportAllocs()
				var n *network.Network
				for b.Loop() {
					var err error
					if n, err = network.Build(in, s.filter, s.opts); err != nil {
						b.Fatal(err)
					}
				}
				if len(n.Edges) == 0 {
					b.Fatal("no edge")
				}
				b.ReportMetric(float64(len(n.Institutions)+len(n.Partners)), "nodes")
				b.ReportMetric(float64(len(n.Edges)), "edges")
			})
		}
	}
}

// BenchmarkExport writes the city-wide network of realistic size in both formats.
//
//	go test ./internal/network -run '^$' -bench BenchmarkExport
func BenchmarkExport(b *testing.B) {
	size := benchSizes[len(benchSizes)-1]
	n, err := network.Build(generate(size[0], size[1], size[2], 1), network.Filter{}, network.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for name, f := range formats {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var w countingWriter
			for b.Loop() {
				w = 0
				if err := f.write(&w, n); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(w)/(1<<20), "MB-written")
		})
	}
}

type countingWriter int

func (w *countingWriter) Write(p []byte) (int, error) {
	*w += countingWriter(len(p))
	return len(p), nil
}

var _ io.Writer = new(countingWriter)
