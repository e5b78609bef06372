package drehscheibe

import (
	"encoding/json"
	"time"
)

// Meta is what every entity carries besides its content.
type Meta struct {
	ID ID
	// Version counts the writes of this entity, starting at 1. Updates name the version
	// they were based on (optimistic concurrency).
	Version int64
	// Seq is the catalogue version of the entity's last write; instances use it to pick
	// up each other's writes.
	Seq       int64
	CreatedAt time.Time
	UpdatedAt time.Time
	// Source says where an imported entity comes from (nil: entered in the service).
	Source *Provenance
	// PendingAudit are audit entries of the entity's last writes that were stored with
	// it and may not be in the audit trail yet (the store's bookkeeping, see
	// Store.Insert).
	PendingAudit []*AuditEntry
}

func (m *Meta) meta() *Meta { return m }

// Entity is implemented by the six entity types (pointers): Quartier, Institution,
// Partner, Modul, Bedarf and Kindercampus.
type Entity interface {
	meta() *Meta
	// Kind names the entity type.
	EntityKind() Kind
	// Validate cleans nothing and reports every rule the entity breaks (EINVALID).
	// References are checked for their form only; the service checks they exist.
	Validate() error
	clean()
	check(p *problems)
	refs() []ref
}

// MetaOf returns the metadata of e for reading and, in stores, for setting.
func MetaOf(e Entity) *Meta { return e.meta() }

// ref is a reference from one entity to another, for existence checks.
type ref struct {
	field []string
	id    ID
	kind  Kind
}

// validate runs check on an entity.
func validate(e Entity) error {
	var p problems
	e.check(&p)
	return p.err()
}

// Update is one field of a patch: when Set, the field becomes Value (which may be a
// zero value or nil, clearing it); otherwise the field stays as it is.
type Update[T any] struct {
	Value T
	Set   bool
}

// Set returns an Update that sets the field to v.
func Set[T any](v T) Update[T] { return Update[T]{Value: v, Set: true} }

func (u Update[T]) apply(dst *T) {
	if u.Set {
		*dst = u.Value
	}
}

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
