package main

import (
	"context"
	"sync/atomic"
	"testing"

	"go.mongodb.org/mongo-driver/v2/event"
)

const moduleListQuery = `{ module(first: 50) { edges { node { title partner { name } } } } }`

// BenchmarkQueries measures whole requests through the real HTTP handler on the embedded
// database with the demo data, and counts the database commands each one sends
// (dbcalls/op). Compare the two in one run:
//
//	go test ./server -run '^$' -bench BenchmarkQueries -benchtime 3s
func BenchmarkQueries(b *testing.B) {
	var calls atomic.Int64
	monitor := &event.CommandMonitor{Started: func(context.Context, *event.CommandStartedEvent) { calls.Add(1) }}
	a := newTestAppWith(b, nil, monitor)
	for _, bc := range []struct{ name, query string }{
		{"typename", `{ __typename }`},
		{"module50", moduleListQuery},
	} {
		b.Run(bc.name, func(b *testing.B) {
			a.query(b, bc.query, nil, nil) // warm the query cache
			before := calls.Load()
			b.ReportAllocs()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if r := a.post(b, bc.query, nil); len(r.Errors) > 0 {
						b.Errorf("errors: %+v", r.Errors)
						return
					}
				}
			})
			b.StopTimer()
			// the catalogue's background poll (every 2 s) also talks to the database
			b.ReportMetric(float64(calls.Load()-before)/float64(b.N), "dbcalls/op")
		})
	}
}
