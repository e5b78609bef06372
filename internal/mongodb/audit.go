package mongodb

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// auditCollection holds the audit trail; entries are inserted, never changed.
const auditCollection = "audit"

// auditIndexes serve the filters of the audit log.
var auditIndexes = []index{{field: "at"}, {field: "entityId"}, {field: "keyId"}}

type auditDoc struct {
	ID        string      `bson:"_id"`
	At        time.Time   `bson:"at"`
	KeyID     string      `bson:"keyId,omitempty"`
	KeyName   string      `bson:"keyName,omitempty"`
	Subject   string      `bson:"subject,omitempty"`
	Role      string      `bson:"role"`
	EntityID  string      `bson:"entityId"`
	Operation string      `bson:"operation"`
	Changes   []changeDoc `bson:"changes"`
	RequestID string      `bson:"requestId,omitempty"`
}

// changeDoc keeps the values as JSON text: what clients wrote never becomes a field
// name of a stored document.
type changeDoc struct {
	Field  string `bson:"field"`
	Before string `bson:"before"`
	After  string `bson:"after"`
}

func toAuditDoc(e *drehscheibe.AuditEntry) *auditDoc {
	d := &auditDoc{
		ID: string(e.ID), At: e.At, KeyID: string(e.KeyID), KeyName: e.KeyName, Subject: e.Subject, Role: string(e.Role),
		EntityID: string(e.EntityID), Operation: string(e.Operation), Changes: make([]changeDoc, len(e.Changes)), RequestID: e.RequestID,
	}
	for i, c := range e.Changes {
		d.Changes[i] = changeDoc{Field: c.Field, Before: string(c.Before), After: string(c.After)}
	}
	return d
}

func fromAuditDoc(d *auditDoc) drehscheibe.AuditEntry {
	e := drehscheibe.AuditEntry{
		ID: drehscheibe.ID(d.ID), At: d.At.UTC(), KeyID: drehscheibe.ID(d.KeyID), KeyName: d.KeyName, Subject: d.Subject, Role: drehscheibe.Role(d.Role),
		EntityID: drehscheibe.ID(d.EntityID), Operation: drehscheibe.Operation(d.Operation), RequestID: d.RequestID,
		Changes: make([]drehscheibe.FieldChange, len(d.Changes)),
	}
	for i, c := range d.Changes {
		e.Changes[i] = drehscheibe.FieldChange{Field: c.Field, Before: json.RawMessage(c.Before), After: json.RawMessage(c.After)}
	}
	return e
}

// AppendAudit stores an audit entry (for tests and tools; the service's entries come
// through the outbox). ECONFLICT when one with its ID is stored.
func (s *Store) AppendAudit(ctx context.Context, e *drehscheibe.AuditEntry) error {
	_, err := s.db.Collection(auditCollection).InsertOne(ctx, toAuditDoc(e))
	return translate(err, drehscheibe.KindAudit)
}

// auditFilter is the filter of q; withPosition adds the keyset condition of q.After.
func auditFilter(q drehscheibe.AuditQuery, withPosition bool) bson.D {
	f := bson.D{}
	if q.EntityID != "" {
		f = append(f, bson.E{Key: "entityId", Value: string(q.EntityID)})
	}
	if q.KeyID != "" {
		f = append(f, bson.E{Key: "keyId", Value: string(q.KeyID)})
	}
	at := bson.D{}
	if !q.From.IsZero() {
		at = append(at, bson.E{Key: "$gte", Value: q.From})
	}
	if !q.To.IsZero() {
		at = append(at, bson.E{Key: "$lt", Value: q.To})
	}
	if len(at) > 0 {
		f = append(f, bson.E{Key: "at", Value: at})
	}
	if withPosition && q.After != nil {
		f = append(f, bson.E{Key: "$or", Value: bson.A{
			bson.D{{Key: "at", Value: bson.D{{Key: "$lt", Value: q.After.At}}}},
			bson.D{{Key: "at", Value: q.After.At}, {Key: "_id", Value: bson.D{{Key: "$lt", Value: string(q.After.ID)}}}},
		}})
	}
	return f
}

// AuditLog implements drehscheibe.Store.
func (s *Store) AuditLog(ctx context.Context, q drehscheibe.AuditQuery) ([]drehscheibe.AuditEntry, error) {
	if err := s.outbox.wait(ctx); err != nil {
		return nil, err
	}
	opts := options.Find().SetSort(bson.D{{Key: "at", Value: -1}, {Key: "_id", Value: -1}}).SetLimit(int64(q.Limit))
	cur, err := s.db.Collection(auditCollection).Find(ctx, auditFilter(q, true), opts)
	if err != nil {
		return nil, translate(err, drehscheibe.KindAudit)
	}
	defer cur.Close(ctx)
	var out []drehscheibe.AuditEntry
	for cur.Next(ctx) {
		var d auditDoc
		if err := cur.Decode(&d); err != nil {
			return nil, drehscheibe.Internal(fmt.Errorf("mongodb: decode audit entry: %w", err))
		}
		out = append(out, fromAuditDoc(&d))
	}
	return out, translate(cur.Err(), drehscheibe.KindAudit)
}

// CountAudit implements drehscheibe.Store.
func (s *Store) CountAudit(ctx context.Context, q drehscheibe.AuditQuery) (int, error) {
	if err := s.outbox.wait(ctx); err != nil {
		return 0, err
	}
	n, err := s.db.Collection(auditCollection).CountDocuments(ctx, auditFilter(q, false))
	return int(n), translate(err, drehscheibe.KindAudit)
}
