package drehscheibe

import (
	"context"
	"time"
)

// Store persists the entities. internal/mongodb implements it over MongoDB (and the
// embedded FerretDB). Every method takes the caller's context and returns coded
// errors: EUNAVAILABLE when the database cannot be reached, EINTERNAL for other faults.
type Store interface {
	// Ping checks that the database answers.
	Ping(ctx context.Context) error
	// Seq returns the catalogue version: a counter every write increments.
	Seq(ctx context.Context) (int64, error)
	// NextSeq increments the catalogue version and returns the new value; a write
	// stamps its entity with it (Meta.Seq) before storing it.
	NextSeq(ctx context.Context) (int64, error)
	// Get returns a fresh copy of the entity with id, which the caller may change.
	// ENOTFOUND when there is none.
	Get(ctx context.Context, id ID) (Entity, error)
	// Insert stores a new entity. ECONFLICT when its ID or natural key (Quartier
	// number, Partner and Kindercampus name) is taken.
	Insert(ctx context.Context, e Entity) error
	// Replace stores e in place of the stored entity if that still has prevVersion
	// (a single-document conditional update). ECONFLICT when the version moved on or a
	// natural key is taken.
	Replace(ctx context.Context, e Entity, prevVersion int64) error
	// Changed returns every entity whose Seq is above since (0: all), in the order of
	// Kinds. Entities are never deleted, so this is the whole change set.
	Changed(ctx context.Context, since int64) ([]Entity, error)
	// Empty reports whether no catalogue entity is stored.
	Empty(ctx context.Context) (bool, error)

	// ApiKeys returns every API key, newest first. Get, Insert and Replace handle
	// single keys like other entities; keys are not part of Changed.
	ApiKeys(ctx context.Context) ([]*ApiKey, error)
	// TouchKey records that key id was used at (LastUsedAt) without changing its
	// version. ENOTFOUND.
	TouchKey(ctx context.Context, id ID, at time.Time) error
	// AppendAudit stores an audit entry. ECONFLICT when one with its ID is stored.
	AppendAudit(ctx context.Context, e *AuditEntry) error
	// AuditLog returns the entries q selects, newest first (at most q.Limit).
	AuditLog(ctx context.Context, q AuditQuery) ([]AuditEntry, error)
	// CountAudit returns how many entries q selects, ignoring q.After and q.Limit.
	CountAudit(ctx context.Context, q AuditQuery) (int, error)
}

// Catalog is what the service needs of the in-memory catalogue (internal/catalog).
type Catalog interface {
	// Lookup returns the entity with id from the current snapshot.
	Lookup(id ID) (Entity, bool)
	// CampusOf returns the Kindercampus institution belongs to, or "".
	CampusOf(institution ID) ID
	// Written hands over an entity this instance wrote, right after the database
	// acknowledged it, so that the next read sees it.
	Written(e Entity)
}
