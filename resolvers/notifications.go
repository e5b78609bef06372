// The viewer's notifications: derived from the Anfragen of the caller's side (see
// drehscheibe.NotificationsOf), with the read marks the store keeps per reader.

package resolvers

import (
	"context"
	"slices"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// notificationsOf returns the caller's notifications, newest first.
func (r *Resolver) notificationsOf(ctx context.Context) []drehscheibe.Notification {
	p := drehscheibe.PrincipalFrom(ctx)
	side, ok := drehscheibe.SidesOf(p)
	if !ok {
		return nil
	}
	snap := r.view(ctx)
	f := catalog.AnfrageFilter{}
	switch p.Role {
	case drehscheibe.RolePartner:
		f.PartnerID = p.PartnerID
	case drehscheibe.RoleInstitution:
		f.InstitutionID = p.InstitutionID
	case drehscheibe.RoleCampusManager:
		f.KindercampusID = p.KindercampusID
	}
	var out []drehscheibe.Notification
	for _, a := range snap.Anfragen(f, catalog.Order{By: catalog.ByCreated}).All() {
		for _, n := range drehscheibe.NotificationsOf(a, snap.Snapshot().Names(a)) {
			if n.Side == side {
				out = append(out, n)
			}
		}
	}
	slices.SortFunc(out, func(a, b drehscheibe.Notification) int {
		if c := b.At.Compare(a.At); c != 0 {
			return c
		}
		return cmpID(b.ID, a.ID)
	})
	return out
}

func cmpID(a, b drehscheibe.ID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// notificationConnection pages the caller's notifications: after is the ID of the
// last notification of the page before.
func (r *Resolver) notificationConnection(ctx context.Context, unreadOnly bool, first *int, after *string) (*model.NotificationConnection, error) {
	if err := (pageArgs{first: first}).check(); err != nil {
		return nil, err
	}
	n := or(first, defaultPageSize)
	all := r.notificationsOf(ctx)
	marks := drehscheibe.ReadMarks{}
	if len(all) > 0 {
		var err error
		if marks, err = r.Service.ReadMarksOf(ctx); err != nil {
			return nil, err
		}
	}
	list := make([]*model.Notification, 0, len(all))
	for _, x := range all {
		read := marks.Read(x)
		if unreadOnly && read {
			continue
		}
		list = append(list, &model.Notification{ID: string(x.ID), At: x.At, Title: x.Title, Text: x.Text,
			Status: model.AnfrageStatus(x.Status), Read: read, AnfrageID: string(x.AnfrageID)})
	}
	start := 0
	if after != nil {
		i := slices.IndexFunc(list, func(x *model.Notification) bool { return x.ID == *after })
		if i < 0 {
			return nil, badInput("Ungültiger Cursor; verwende endCursor aus pageInfo")
		}
		start = i + 1
	}
	page := list[start:min(start+n, len(list))]
	out := &model.NotificationConnection{Nodes: page, Edges: make([]*model.NotificationEdge, len(page)), TotalCount: len(list),
		PageInfo: &model.PageInfo{HasNextPage: start+len(page) < len(list), HasPreviousPage: start > 0}}
	for i, x := range page {
		out.Edges[i] = &model.NotificationEdge{Cursor: x.ID, Node: x}
	}
	if len(page) > 0 {
		out.PageInfo.StartCursor, out.PageInfo.EndCursor = &page[0].ID, &page[len(page)-1].ID
	}
	return out, nil
}

// unreadNotificationCount counts the caller's unread notifications.
func (r *Resolver) unreadNotificationCount(ctx context.Context) (int, error) {
	all := r.notificationsOf(ctx)
	if len(all) == 0 {
		return 0, nil
	}
	marks, err := r.Service.ReadMarksOf(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, x := range all {
		if !marks.Read(x) {
			n++
		}
	}
	return n, nil
}
