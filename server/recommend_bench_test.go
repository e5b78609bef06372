package main

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// BenchmarkRecommend runs recommendModules(first: 20) with explanations through the real
// handler, against a database prepared with `server seed -generate 10000` in
// BENCH_DATA_DIR (a copy is used, the directory is not changed):
//
//	DATA_DIR=/tmp/d10k go run ./server seed -generate 10000
//	BENCH_DATA_DIR=/tmp/d10k go test ./server -run '^$' -bench BenchmarkRecommend
//
// The "programmes/…" runs repeat "explained" after the demo's three Förderprogramme
// were recorded (when the data has none), with and without the funding options
// selected: what the programmes' rules cost the matching.
func BenchmarkRecommend(b *testing.B) {
	src := os.Getenv("BENCH_DATA_DIR")
	if src == "" {
		b.Skip("BENCH_DATA_DIR not set (see the doc comment)")
	}
	dir := b.TempDir()
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		b.Fatal(err)
	}
	_ = os.Remove(dir + "/ferretdb.uri")
	a := newTestApp(b, map[string]string{"DATA_DIR": dir, "SEED": "false"})
	var d struct {
		KindercampusStandorte struct {
			Nodes []struct{ AnchorSchool struct{ ID string } }
		}
	}
	a.query(b, `{ kindercampusStandorte(first: 1) { nodes { anchorSchool { id } } } }`, nil, &d)
	id := d.KindercampusStandorte.Nodes[0].AnchorSchool.ID
	const explained = `rank score modul { title partner { name } } bedarf { title } reasons components { factor contribution }`
	for _, bc := range []struct{ name, fields string }{
		{"typename", ""},
		{"bare", `rank score modul { title }`},
		{"explained", explained},
		{"programmes/explained", explained},
		{"programmes/funding", explained + ` funding { programme { name } coveredCent remainingCent reasons }`},
	} {
		q := strings.ReplaceAll(`{ recommendModules(input: {institutionId: "ID", first: 20}) { items { FIELDS } } }`, "ID", id)
		q = strings.ReplaceAll(q, "FIELDS", bc.fields)
		if bc.fields == "" {
			q = `{ __typename }`
		}
		if bc.name == "programmes/explained" {
			recordProgrammes(b, a)
		}
		b.Run(bc.name, func(b *testing.B) {
			a.query(b, q, nil, nil)
			b.ReportAllocs()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if r := a.post(b, q, nil); len(r.Errors) > 0 {
						b.Errorf("%+v", r.Errors)
						return
					}
				}
			})
		})
	}
}

// recordProgrammes records the demo's Förderprogramme unless the data has some.
func recordProgrammes(b *testing.B, a *testApp) {
	var d struct{ Foerderprogramme struct{ TotalCount int } }
	a.query(b, `{ foerderprogramme { totalCount } }`, nil, &d)
	if d.Foerderprogramme.TotalCount > 0 {
		return
	}
	for _, e := range demo.Entities() {
		if f, ok := e.(*drehscheibe.Foerderprogramm); ok {
			f.Meta = drehscheibe.Meta{}
			if _, err := a.app.svc.CreateFoerderprogramm(drehscheibe.WithPrincipal(context.Background(), drehscheibe.System("bench")), f); err != nil {
				b.Fatal(err)
			}
		}
	}
}
