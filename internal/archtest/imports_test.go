package archtest

import (
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/stadtdortmund/drehscheibe"

// rule says what a package (and everything it pulls in) must not depend on. stdOnly
// packages may depend on the standard library and the allowed packages only.
type rule struct {
	reason    string
	forbidden []string
	stdOnly   bool
	allowed   []string
}

var (
	driver  = "go.mongodb.org/mongo-driver"
	gqlgen  = "github.com/99designs/gqlgen"
	zerolog = "github.com/rs/zerolog"
)

// domainDeps is what the domain may use besides the standard library: it checks
// real-world values with the libraries made for them — Unicode and ISO 639/3166
// (x/text), telephone numbers (libphonenumber, which needs protobuf for its metadata),
// geometry (orb's core packages; orb/geojson would bring the driver) — and folds names
// like search text (internal/fold).
var domainDeps = []string{"golang.org/x/text", "github.com/nyaruka/phonenumbers", "google.golang.org/protobuf", "github.com/paulmach/orb", module + "/internal/fold"}

// rules is the table of ARCHITECTURE.md ("Layers and packages").
var rules = map[string]rule{
	"graph":                {"generated GraphQL code knows no database", []string{module + "/internal/mongodb", driver}, false, nil},
	"graph/model":          {"models know no database", []string{module + "/internal/mongodb", driver}, false, nil},
	"resolvers":            {"resolvers reach the database only through the domain", []string{module + "/internal/mongodb", driver, module + "/internal/embedded"}, false, nil},
	"internal/drehscheibe": {"the domain is the standard library and the libraries for real-world values only", nil, true, domainDeps},
	"internal/catalog":     {"the catalogue is free of GraphQL, driver and logging", []string{gqlgen, driver, zerolog, module + "/internal/mongodb", module + "/graph", module + "/resolvers"}, false, nil},
	"internal/match":       {"the engine is pure", []string{gqlgen, driver, zerolog, module + "/internal/catalog", module + "/internal/mongodb", module + "/graph", module + "/resolvers"}, false, nil},
	"internal/mongodb":     {"the store knows no GraphQL and does not log", []string{gqlgen, module + "/graph", module + "/resolvers", zerolog, module + "/internal/catalog"}, false, nil},
	"internal/fold":        {"text folding needs only x/text", nil, true, []string{"golang.org/x/text"}},
	"internal/demo":        {"demo data is plain domain values", nil, true, append([]string{module + "/internal/drehscheibe"}, domainDeps...)},
	"internal/fixture":     {"fixtures are plain domain values", nil, true, append([]string{module + "/internal/drehscheibe"}, domainDeps...)},
	"internal/importer": {"the import goes through the domain service, like every write", []string{gqlgen, driver, zerolog,
		module + "/internal/mongodb", module + "/graph", module + "/resolvers"}, false, nil},
	"internal/hsds": {"the HSDS export maps the catalogue: no GraphQL, database or logging", []string{gqlgen, driver, zerolog,
		module + "/internal/mongodb", module + "/graph", module + "/resolvers"}, false, nil},
	"internal/export": {"the CSV export reads the catalogue: no GraphQL, database or logging", []string{gqlgen, driver, zerolog,
		module + "/internal/mongodb", module + "/graph", module + "/resolvers"}, false, nil},
	"internal/hsds/hsdstest": {"the test validator needs only the JSON Schema library", nil, true, []string{"github.com/santhosh-tekuri/jsonschema/v6", "golang.org/x/text"}},
	"internal/opendata": {"reading the city's files is pure: no database, GraphQL or logging", nil, true,
		append([]string{module + "/internal/drehscheibe"}, domainDeps...)},
}

type pkg struct {
	ImportPath string
	Deps       []string
	Standard   bool
}

func TestImportRules(t *testing.T) {
	touchSources(t)
	cmd := exec.Command("go", "list", "-deps=false", "-json", module+"/...")
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	std := standardPackages(t)
	seen := map[string]bool{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		if strings.HasPrefix(rel, "internal/") || rel == "graph" || rel == "graph/model" || rel == "resolvers" {
			for _, d := range p.Deps {
				if d == module+"/server" {
					t.Errorf("%s depends on the main package", rel)
				}
			}
		}
		r, ok := rules[rel]
		if !ok {
			continue
		}
		seen[rel] = true
		for _, d := range p.Deps {
			for _, f := range r.forbidden {
				if d == f || strings.HasPrefix(d, f+"/") {
					t.Errorf("%s depends on %s: %s", rel, d, r.reason)
				}
			}
			if r.stdOnly && !std[d] && !allowed(d, r.allowed) {
				t.Errorf("%s depends on %s: %s", rel, d, r.reason)
			}
		}
	}
	for rel := range rules {
		if !seen[rel] {
			t.Errorf("package %s of the import table does not exist", rel)
		}
	}
}

func allowed(dep string, prefixes []string) bool {
	for _, a := range prefixes {
		if dep == a || strings.HasPrefix(dep, a+"/") {
			return true
		}
	}
	return false
}

// standardPackages lists the standard library (including its vendored packages).
func standardPackages(t *testing.T) map[string]bool {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}", "std").Output()
	if err != nil {
		t.Fatalf("go list std: %v", err)
	}
	std := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		std[p] = true
		std["vendor/"+p] = true
	}
	return std
}

// touchSources opens every Go file of the module, so that `go test` caches this
// test's result only as long as no source changes (it cannot see into go list).
func touchSources(t *testing.T) {
	t.Helper()
	err := filepath.WalkDir("../..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "data" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".go") || d.Name() == "go.mod") {
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			return f.Close()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
