package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/embedded"
	"github.com/stadtdortmund/drehscheibe/internal/mongodb"
)

func main() {
	db, err := embedded.Start(os.Args[1], slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		panic(err)
	}
	defer db.Close()
	s, _ := mongodb.Open(db.URI(), "drehscheibe", mongodb.Options{})
	ctx := context.Background()
	if err := s.Migrate(ctx); err != nil {
		panic(err)
	}
	f, _ := os.Create(os.Args[2])
	pprof.StartCPUProfile(f)
	t0 := time.Now()
	all, err := s.Changed(ctx, 0)
	if err != nil {
		panic(err)
	}
	t1 := time.Now()
	c := catalog.New(s, catalog.Options{})
	if err := c.Load(ctx); err != nil {
		panic(err)
	}
	t2 := time.Now()
	pprof.StopCPUProfile()
	fmt.Println(len(all), "changed:", t1.Sub(t0), "load (incl. changed again):", t2.Sub(t1))
}
