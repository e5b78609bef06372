package drehscheibe

import (
	"context"
	"encoding/json"
	"time"
)

// AuditEntry records one stored change: who, when, which entity, the operation, and
// which fields changed from what to what. The audit trail is append-only.
type AuditEntry struct {
	ID ID
	At time.Time
	// who: the key (empty for the system and for people signed in by OpenID Connect),
	// the key's or the person's name at the time, the person's subject at the identity
	// provider (empty for keys), the role
	KeyID     ID
	KeyName   string
	Subject   string
	Role      Role
	EntityID  ID
	Operation Operation
	Changes   []FieldChange
	RequestID string
}

// FieldChange is a field's value before and after a change, as JSON (null when unset).
// Field names are those of the API (lowerCamelCase), nested ones too.
type FieldChange struct {
	Field  string
	Before json.RawMessage
	After  json.RawMessage
}

// AuditQuery selects audit entries, newest first; zero fields do not filter.
type AuditQuery struct {
	EntityID ID
	KeyID    ID
	// From (inclusive) and To (exclusive) bound the time of the change.
	From, To time.Time
	// After continues a listing after this entry (entries are ordered by time, then
	// ID, both descending).
	After *AuditPosition
	// Limit is the most entries to return (1–MaxAuditPage; the store may be asked for one
	// more).
	Limit int
}

// AuditPosition is an entry's place in the trail.
type AuditPosition struct {
	At time.Time
	ID ID
}

// MaxAuditPage bounds one page of the audit trail.
const MaxAuditPage = 100

// auditEntry is the entry for a change of e by p (before: the audited fields of e as
// it was; nil for a new entity).
func (s *Service) auditEntry(ctx context.Context, op Operation, p Principal, before map[string]json.RawMessage, e Entity, at time.Time) *AuditEntry {
	return &AuditEntry{
		ID: NewID(KindAudit), At: at, KeyID: p.KeyID, KeyName: p.Name, Subject: p.Subject, Role: p.Role,
		EntityID: e.meta().ID, Operation: op, Changes: diff(before, fields(e)), RequestID: RequestIDFrom(ctx),
	}
}

// AuditPage is one page of the audit trail.
type AuditPage struct {
	Entries []AuditEntry
	// Total counts every entry the query's filter selects.
	Total int
	// More reports whether entries follow the page.
	More bool
}

// AuditLog returns a page of the audit trail, newest first (Servicestelle).
// EUNAUTHENTICATED, EFORBIDDEN, EINVALID (limit, time range).
func (s *Service) AuditLog(ctx context.Context, q AuditQuery) (AuditPage, error) {
	if _, err := s.principal(ctx, OpAuditLog); err != nil {
		return AuditPage{}, err
	}
	if q.Limit < 1 || q.Limit > MaxAuditPage {
		return AuditPage{}, FieldErrorf(EINVALID, path("first"), "first muss zwischen 1 und %d liegen", MaxAuditPage)
	}
	if !q.From.IsZero() && !q.To.IsZero() && !q.From.Before(q.To) {
		return AuditPage{}, FieldErrorf(EINVALID, path("filter", "to"), "to muss nach from liegen")
	}
	total, err := s.store.CountAudit(ctx, q)
	if err != nil {
		return AuditPage{}, err
	}
	limit := q.Limit
	q.Limit++ // one more tells whether more follow
	entries, err := s.store.AuditLog(ctx, q)
	if err != nil {
		return AuditPage{}, err
	}
	more := len(entries) > limit
	if more {
		entries = entries[:limit]
	}
	return AuditPage{Entries: entries, Total: total, More: more}, nil
}
