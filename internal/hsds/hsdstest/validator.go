// Package hsdstest validates answers of the HSDS API against the official HSDS 3.0
// schemas: the response schemas of the specification's openapi.json, with the
// schemas they refer to read from the same folder (the copies in ../shared/data/hsds),
// never from the network. Formats (uuid, date-time, uri, email) are asserted.
package hsdstest

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// specBase is where openapi.json refers to the schemas; the folder holds copies of them.
const specBase = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"

// Validator checks answers against the response schemas of openapi.json.
type Validator struct {
	dir      string
	compiler *jsonschema.Compiler
	mu       sync.Mutex
	schemas  map[string]*jsonschema.Schema
}

// New returns a validator over the schemas in dir (openapi.json and the schemas).
func New(dir string) (*Validator, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(abs, "openapi.json")); err != nil {
		return nil, fmt.Errorf("HSDS schemas: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	c.UseLoader(jsonschema.SchemeURLLoader{"file": jsonschema.FileLoader{}, "https": local{abs}})
	return &Validator{dir: abs, compiler: c, schemas: map[string]*jsonschema.Schema{}}, nil
}

// local serves the specification's schema addresses from the folder and refuses every
// other address.
type local struct{ dir string }

func (l local) Load(u string) (any, error) {
	rest, ok := strings.CutPrefix(u, specBase)
	if !ok || strings.Contains(rest, "..") {
		return nil, fmt.Errorf("HSDS schemas: %s is not a schema of the specification (nothing is fetched from the network)", u)
	}
	b, err := os.ReadFile(filepath.Join(l.dir, filepath.FromSlash(rest)))
	if err != nil {
		return nil, err
	}
	return jsonschema.UnmarshalJSON(bytes.NewReader(b))
}

// Validate checks body, the answer to GET path (an openapi.json path such as
// "/services" or "/services/{id}"), against that path's 200 response schema.
func (v *Validator) Validate(path string, body []byte) error {
	s, err := v.schema(path)
	if err != nil {
		return err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("answer to %s is no JSON: %w", path, err)
	}
	return s.Validate(doc)
}

// schema compiles the response schema of path once.
func (v *Validator) schema(path string) (*jsonschema.Schema, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if s, ok := v.schemas[path]; ok {
		return s, nil
	}
	pointer := "/paths/" + escape(path) + "/get/responses/200/content/" + escape("application/json") + "/schema"
	loc := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(v.dir, "openapi.json"))}).String() + "#" + url.PathEscape(pointer)
	s, err := v.compiler.Compile(loc)
	if err != nil {
		return nil, fmt.Errorf("HSDS response schema of %s: %w", path, err)
	}
	v.schemas[path] = s
	return s, nil
}

// escape escapes a JSON pointer token.
func escape(s string) string { return strings.NewReplacer("~", "~0", "/", "~1").Replace(s) }
