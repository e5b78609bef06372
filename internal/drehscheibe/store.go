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
	// ReserveSeq increments the catalogue version by n with one atomic update and
	// returns the new value, the last of the n numbers taken; a write stamps its
	// entity with one of them (Meta.Seq) before storing it.
	ReserveSeq(ctx context.Context, n int64) (int64, error)
	// Get returns a fresh copy of the entity with id, which the caller may change.
	// ENOTFOUND when there is none.
	Get(ctx context.Context, id ID) (Entity, error)
	// Insert stores a new entity together with the audit entry of the change, in one
	// single-document write: the entry waits in the entity's document (with the
	// entries of e.PendingAudit the store does not know to be in the trail yet) until
	// the store has moved it to the audit trail, so neither is stored without the
	// other, and a crash loses neither. ECONFLICT when its ID or natural key (Quartier
	// number, Partner and Kindercampus name) is taken.
	Insert(ctx context.Context, e Entity, audit *AuditEntry) error
	// Replace stores e, with the audit entry as Insert does, in place of the stored
	// entity if that still has prevVersion (a single-document conditional update
	// that is also the existence check). ECONFLICT when the version moved on or a
	// natural key is taken; ENOTFOUND when there is no such entity.
	Replace(ctx context.Context, e Entity, prevVersion int64, audit *AuditEntry) error
	// Reserve takes one unit of Modul id's capacity for holder (an Anfrage) in one
	// conditional single-document update that applies only while booked < capacity
	// and holder holds no unit yet; it stamps the Modul with seq and at, moves its
	// version on and stores the audit entry with it (as Insert does). It returns the
	// Modul as stored and whether it changed (false: holder held a unit already).
	// ECONFLICT when no capacity is left; ENOTFOUND.
	Reserve(ctx context.Context, id, holder ID, seq int64, at time.Time, audit *AuditEntry) (*Modul, bool, error)
	// Release gives holder's unit of Modul id back, in the same way (false: it held
	// none). ENOTFOUND.
	Release(ctx context.Context, id, holder ID, seq int64, at time.Time, audit *AuditEntry) (*Modul, bool, error)
	// BookFunds adds entry to the ledger of source (a Foerderprogramm, or a
	// Kindercampus for a budget line) and moves the committed and spent money of the
	// budget it names (the programme's year, or the campus's line of year and
	// category), in one conditional single-document update that applies only while
	// committed + spent stays within the budget (when it grows) and the entry is not
	// in the ledger yet; seq, at and audit as for Reserve. It returns the source as
	// stored and whether it changed. ECONFLICT when the budget does not suffice;
	// EINVALID when the source has no such budget; ENOTFOUND.
	BookFunds(ctx context.Context, source ID, entry LedgerEntry, seq int64, at time.Time, audit *AuditEntry) (Entity, bool, error)
	// InsertAll stores new entities in batches (a few round trips for thousands),
	// each with its audit entry (audits[i] belongs to es[i]), which are appended to
	// the trail right after each batch. For bulk loads by the system (demo data,
	// generated test data): a batch that fails may leave the entities before the
	// failing one stored. ECONFLICT as Insert.
	InsertAll(ctx context.Context, es []Entity, audits []*AuditEntry) error
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
	// ReadMarks returns what reader marked read (zero marks when nothing).
	ReadMarks(ctx context.Context, reader string) (ReadMarks, error)
	// MarkRead adds ids to reader's read notifications and, when upTo is set, marks
	// everything up to it read (and forgets the single ones).
	MarkRead(ctx context.Context, reader string, ids []ID, upTo time.Time) error
	// AuditLog returns the entries q selects, newest first (at most q.Limit), with
	// every entry of this instance's writes so far.
	AuditLog(ctx context.Context, q AuditQuery) ([]AuditEntry, error)
	// CountAudit returns how many entries q selects, ignoring q.After and q.Limit.
	CountAudit(ctx context.Context, q AuditQuery) (int, error)
}

// Catalog is what the service needs of the in-memory catalogue (internal/catalog).
type Catalog interface {
	// Lookup returns the entity with id from the current snapshot. The entity is
	// shared: callers must not change it (Clone it first).
	Lookup(id ID) (Entity, bool)
	// CampusOf returns the Kindercampus institution belongs to, or "".
	CampusOf(institution ID) ID
	// Reserve takes n consecutive catalogue versions for writes of catalogued
	// entities and returns the first. Every number taken is settled by Written or
	// Abandon. EUNAVAILABLE.
	Reserve(ctx context.Context, n int) (int64, error)
	// Written hands over entities this instance wrote, right after the database
	// acknowledged them, so that the next read sees them.
	Written(es ...Entity)
	// AnfragenOf returns the requests of an institution.
	AnfragenOf(institution ID) []*Anfrage
	// Programmes returns every Förderprogramm.
	Programmes() []*Foerderprogramm
	// Abandon says that the write that took seq stored nothing; maybeStored when its
	// outcome is unknown (the database may have stored it).
	Abandon(seq int64, maybeStored bool)
}
