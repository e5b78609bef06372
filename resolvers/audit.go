package resolvers

import (
	"context"
	"encoding/base64"
	"strconv"
	"strings"
	"time"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// toAuditQuery checks the arguments of auditLog.
func toAuditQuery(f *model.AuditLogFilter, first *int, after *string) (drehscheibe.AuditQuery, error) {
	q := drehscheibe.AuditQuery{Limit: or(first, defaultPageSize)}
	if f != nil {
		q.EntityID, q.KeyID = drehscheibe.ID(deref(f.EntityID)), drehscheibe.ID(deref(f.KeyID))
		q.From, q.To = deref(f.From), deref(f.To)
		for field, id := range map[string]drehscheibe.ID{"entityId": q.EntityID, "keyId": q.KeyID} {
			if id != "" && id.Kind() == "" {
				return q, badInput("filter.%s: %q ist keine gültige ID", field, truncate(string(id), 70))
			}
		}
	}
	if after != nil {
		pos, err := decodeAuditCursor(*after)
		if err != nil {
			return q, err
		}
		q.After = &pos
	}
	return q, nil
}

// auditCursorTag starts every audit cursor, so that a cursor of another list is
// recognised.
const auditCursorTag = "a1|"

func encodeAuditCursor(e drehscheibe.AuditEntry) string {
	return base64.RawURLEncoding.EncodeToString([]byte(auditCursorTag + strconv.FormatInt(e.At.UnixMilli(), 10) + "|" + string(e.ID)))
}

func decodeAuditCursor(c string) (drehscheibe.AuditPosition, error) {
	invalid := badInput("Ungültiger Cursor für auditLog")
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(c) > 200 {
		return drehscheibe.AuditPosition{}, invalid
	}
	rest, ok := strings.CutPrefix(string(raw), auditCursorTag)
	ms, id, found := strings.Cut(rest, "|")
	n, err := strconv.ParseInt(ms, 10, 64)
	if !ok || !found || err != nil || !drehscheibe.ID(id).Is(drehscheibe.KindAudit) {
		return drehscheibe.AuditPosition{}, invalid
	}
	return drehscheibe.AuditPosition{At: time.UnixMilli(n).UTC(), ID: drehscheibe.ID(id)}, nil
}

// auditLog reads one page of the audit trail.
func (r *Resolver) auditLog(ctx context.Context, q drehscheibe.AuditQuery) (*model.AuditEntryConnection, error) {
	p, err := r.Service.AuditLog(ctx, q)
	if err != nil {
		return nil, err
	}
	conn := &model.AuditEntryConnection{
		Edges: make([]*model.AuditEntryEdge, len(p.Entries)), Nodes: make([]*model.AuditEntry, len(p.Entries)),
		PageInfo: &model.PageInfo{HasNextPage: p.More, HasPreviousPage: q.After != nil}, TotalCount: p.Total,
	}
	for i, e := range p.Entries {
		conn.Nodes[i] = toModelAuditEntry(e)
		conn.Edges[i] = &model.AuditEntryEdge{Cursor: encodeAuditCursor(e), Node: conn.Nodes[i]}
	}
	if n := len(conn.Edges); n > 0 {
		conn.PageInfo.StartCursor, conn.PageInfo.EndCursor = &conn.Edges[0].Cursor, &conn.Edges[n-1].Cursor
	}
	return conn, nil
}

func toModelAuditEntry(e drehscheibe.AuditEntry) *model.AuditEntry {
	return &model.AuditEntry{
		ID: string(e.ID), At: e.At, KeyID: optString(string(e.KeyID)), ActorName: optString(e.KeyName), Subject: optString(e.Subject),
		Role: model.Role(e.Role), EntityID: string(e.EntityID), Operation: string(e.Operation), RequestID: optString(e.RequestID),
		Changes: mapSlice(e.Changes, func(c drehscheibe.FieldChange) *model.FieldChange {
			return &model.FieldChange{Field: c.Field, Before: c.Before, After: c.After}
		}),
	}
}
