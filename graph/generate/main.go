// Command generate runs gqlgen (gqlgen.yml) and then takes two costs out of the
// generated executor that this service never needs; gqlgen has no option for either:
//
//   - gqlgen marshals every list of objects with a goroutine per element
//     (graphql.MarshalSliceConcurrently), which pays off when field resolvers wait for
//     I/O. Here every field resolver reads the in-memory catalogue snapshot, so the
//     goroutines only cost: each call becomes graph.marshalSlice (graph/marshal.go),
//     which marshals one element after the other and keeps the panic handling.
//     Measured ×1.34 on module(first: 50).
//   - every object prepares a group for @defer'd fields (graphql.NewDeferredGroup:
//     its path, a field set and a map, per object of a response). The service refuses
//     @defer and @stream before execution (resolvers.Limits: no transport here delivers
//     deferred parts), so no field is ever deferred and the group stays empty; it
//     becomes a zero value.
//
// The step fails when the generated code no longer has what it replaces, so an update
// of gqlgen cannot silently undo it.
//
//	go run ./graph/generate   (what `go generate ./...` runs)
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen/config"
)

// rewrites are what the step replaces in the generated executor, and by what.
var rewrites = []struct{ old, new string }{
	// a list of objects (no worker limit, panic handler on: gqlgen.yml's settings)
	{"graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, func(", "marshalSlice(ctx, len(v), func("},
	// the group of an object's deferred fields
	{"deferred := graphql.NewDeferredGroup(ctx)", "var deferred graphql.DeferredGroup // @defer is refused: see graph/generate"},
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "generate:", err)
		os.Exit(1)
	}
}

func run() error {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err != nil {
		return err
	}
	if err := api.Generate(cfg); err != nil {
		return err
	}
	file := cfg.Exec.Filename
	if !filepath.IsAbs(file) {
		file = filepath.Join(filepath.Dir(cfg.Sources[0].Name), file)
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	for _, r := range rewrites {
		if !bytes.Contains(src, []byte(r.old)) {
			return fmt.Errorf("%s has no %q to replace: has gqlgen changed its generated code?", file, r.old)
		}
		src = bytes.ReplaceAll(src, []byte(r.old), []byte(r.new))
	}
	return os.WriteFile(file, src, 0o644)
}
