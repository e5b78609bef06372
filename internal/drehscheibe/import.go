package drehscheibe

import (
	"context"
	"encoding/json"
	"reflect"
	"time"
)

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
