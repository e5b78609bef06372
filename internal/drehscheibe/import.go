package drehscheibe

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"time"
)

// Provenance says where an imported entity comes from, and what the source said.
type Provenance struct {
	// Name names the source, e.g. "Stadt Dortmund, Open Data: kindergarten.geojson".
	Name string
	// Key identifies the record in the source (stable across imports).
	Key        string
	ImportedAt time.Time
	// Imported holds, by field, the value the last import wrote (JSON), so that a later
	// import changes only the fields nobody has edited since.
	Imported map[string]json.RawMessage
}

// ImportOutcome is what an import did with one entity.
type ImportOutcome string

// The import outcomes.
const (
	ImportCreated   ImportOutcome = "created"
	ImportUpdated   ImportOutcome = "updated"
	ImportUnchanged ImportOutcome = "unchanged"
)

// ImportResult is the outcome for one entity: the fields the import set, and the
// fields it left as people edited them although the source says otherwise (API names).
type ImportResult struct {
	Outcome ImportOutcome
	Changed []string
	Kept    []string
}

// Import writes an entity from a trusted source (the system only). A new ID is stored
// with its provenance. An existing entity gets the source's value for every field that
// still holds what the previous import wrote (for an entity entered in the service:
// what is still empty); a field people have edited keeps their value and is reported
// in Kept. Nothing changes and nothing is written when the source says what the
// entity holds. dryRun computes the result without writing (references are then not
// checked). EINVALID, ECONFLICT (a natural key taken by another entity).
func (s *Service) Import(ctx context.Context, e Entity, src Provenance, dryRun bool) (ImportResult, error) {
	p, err := s.principal(ctx, OpImport)
	if err != nil {
		return ImportResult{}, err
	}
	e.clean()
	incoming := contentFields(e)
	src.Imported, src.ImportedAt = incoming, src.ImportedAt.UTC().Truncate(time.Millisecond)
	for attempt := 1; ; attempt++ {
		id := e.meta().ID
		stored, err := s.store.Get(ctx, id)
		if ErrorCode(err) == ENOTFOUND {
			e.meta().Source = &src
			if dryRun {
				return ImportResult{Outcome: ImportCreated, Changed: apiFieldNames(set(incoming))}, validate(e)
			}
			return ImportResult{Outcome: ImportCreated, Changed: apiFieldNames(set(incoming))}, s.insert(ctx, OpImport, e, nil)
		}
		if err != nil {
			return ImportResult{}, err
		}
		if reflect.TypeOf(stored) != reflect.TypeOf(e) {
			return ImportResult{}, FieldErrorf(EINVALID, path("id"), "ID passt nicht zur Art %s", e.EntityKind().Label())
		}
		merged, res, write, err := merge(stored, incoming, src)
		if err != nil || !write || dryRun {
			if dryRun && err == nil {
				err = validate(merged)
			}
			return res, err
		}
		err = s.write(ctx, OpImport, p, fields(stored), merged)
		if ErrorCode(err) != ECONFLICT || attempt == modifyAttempts {
			return res, err
		}
	}
}

// merge applies the source's values to stored where nobody edited the field since the
// last import, and returns the result as a new entity with the new provenance; write
// is false when the stored entity already is that.
func merge(stored Entity, incoming map[string]json.RawMessage, src Provenance) (Entity, ImportResult, bool, error) {
	current := contentFields(stored)
	var last map[string]json.RawMessage
	if old := stored.meta().Source; old != nil {
		last = old.Imported
	}
	res := ImportResult{Outcome: ImportUnchanged}
	for _, f := range keys(incoming, last) {
		in, cur := incoming[f], current[f]
		switch {
		case sameValue(cur, in):
		case sameValue(cur, last[f]):
			current[f] = in
			res.Changed = append(res.Changed, f)
		case !sameValue(in, last[f]):
			res.Kept = append(res.Kept, f)
		}
	}
	res.Changed, res.Kept = apiFieldNames(res.Changed), apiFieldNames(res.Kept)
	if len(res.Changed) > 0 {
		res.Outcome = ImportUpdated
	} else if sameSource(stored.meta().Source, src) {
		return stored, res, false, nil
	}
	// the source changed (or an entity entered in the service is imported for the
	// first time): the new provenance is written, with the changes if any
	merged := reflect.New(reflect.TypeOf(stored).Elem()).Interface().(Entity)
	b, err := json.Marshal(current)
	if err == nil {
		err = json.Unmarshal(b, merged)
	}
	if err != nil {
		return nil, res, false, Internal(err)
	}
	m := merged.meta()
	*m = *stored.meta()
	m.Source = &src
	return merged, res, true, nil
}

// sameSource reports whether a stored provenance already records what src says.
func sameSource(old *Provenance, src Provenance) bool {
	if old == nil || old.Name != src.Name || old.Key != src.Key || len(old.Imported) != len(src.Imported) {
		return false
	}
	for f, v := range src.Imported {
		if !sameValue(old.Imported[f], v) {
			return false
		}
	}
	return true
}

// bookkeeping are the fields of Meta: no import compares or sets them, no audit entry
// records them.
var bookkeeping = map[string]bool{"ID": true, "Version": true, "Seq": true, "CreatedAt": true, "UpdatedAt": true, "Source": true}

// contentFields returns the fields of e other than its bookkeeping as JSON values by Go
// name.
func contentFields(e Entity) map[string]json.RawMessage {
	out := map[string]json.RawMessage{}
	b, err := json.Marshal(e)
	if err != nil || json.Unmarshal(b, &out) != nil {
		return map[string]json.RawMessage{}
	}
	for f := range out {
		if bookkeeping[f] {
			delete(out, f)
		}
	}
	return out
}

// sameValue compares two JSON values, treating every empty value (absent, null, "",
// 0, false, [], {} and objects of only empty values) alike.
func sameValue(a, b json.RawMessage) bool {
	return bytes.Equal(canonical(a), canonical(b))
}

func canonical(v json.RawMessage) []byte {
	var x any
	if len(v) == 0 || json.Unmarshal(v, &x) != nil {
		return []byte("null")
	}
	b, _ := json.Marshal(pruned(x))
	return b
}

// pruned drops empty values, recursively; an empty result is nil.
func pruned(x any) any {
	switch x := x.(type) {
	case map[string]any:
		for k, v := range x {
			if p := pruned(v); p == nil {
				delete(x, k)
			} else {
				x[k] = p
			}
		}
		if len(x) == 0 {
			return nil
		}
	case []any:
		if len(x) == 0 {
			return nil
		}
		for i, v := range x {
			x[i] = pruned(v)
		}
	case string:
		if x == "" {
			return nil
		}
	case float64:
		if x == 0 {
			return nil
		}
	case bool:
		if !x {
			return nil
		}
	}
	return x
}

// set returns the sorted names of the fields of m that hold a value.
func set(m map[string]json.RawMessage) []string {
	var out []string
	for _, k := range keys(m) {
		if !sameValue(m[k], nil) {
			out = append(out, k)
		}
	}
	return out
}

// keys returns the sorted union of the maps' keys.
func keys(ms ...map[string]json.RawMessage) []string {
	var out []string
	for _, m := range ms {
		for k := range m {
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out
}

// apiFieldNames turns Go field names into the API's.
func apiFieldNames(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = apiName(n)
	}
	return out
}
