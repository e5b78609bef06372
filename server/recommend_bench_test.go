package main

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkRecommend runs recommendModules(first: 20) with explanations through the real
// handler, against a database prepared with `server seed -generate 10000` in
// BENCH_DATA_DIR (a copy is used, the directory is not changed):
//
//	DATA_DIR=/tmp/d10k go run ./server seed -generate 10000
//	BENCH_DATA_DIR=/tmp/d10k go test ./server -run '^$' -bench BenchmarkRecommend
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
	for _, bc := range []struct{ name, fields string }{
		{"typename", ""},
		{"bare", `rank score modul { title }`},
		{"explained", `rank score modul { title partner { name } } bedarf { title } reasons components { factor contribution }`},
	} {
		q := strings.ReplaceAll(`{ recommendModules(input: {institutionId: "ID", first: 20}) { items { FIELDS } } }`, "ID", id)
		q = strings.ReplaceAll(q, "FIELDS", bc.fields)
		if bc.fields == "" {
			q = `{ __typename }`
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
