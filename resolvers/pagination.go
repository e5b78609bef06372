package resolvers

import (
	"encoding/base64"
	"strings"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/gqlext"
)

// Page sizes of connections (their cost estimates depend on them too).
const (
	defaultPageSize = gqlext.DefaultPageSize
	maxPageSize     = gqlext.MaxPageSize
)

// pageArgs are the Relay arguments of a connection field.
type pageArgs struct {
	first, last   *int
	after, before *string
}

// page is one page of a list: its items, their cursors and the paging facts; total
// counts the whole list, when asked for.
type page[T any] struct {
	items   []T
	cursors []string
	info    *model.PageInfo
	total   func() int
}

// paginate cuts a page out of a catalogue list. Cursors encode the sort key and ID of
// an item, so they keep their place while entities are added or changed. The list is
// walked only as far as the page reaches.
//
// Cursors are encoded only where they are read: for every item when edges.cursor is
// selected (allCursors), else for the first and last (pageInfo).
func paginate[T drehscheibe.Entity](l catalog.List[T], a pageArgs, allCursors bool) (page[T], error) {
	if err := a.check(); err != nil {
		return page[T]{}, err
	}
	req := catalog.PageRequest{First: a.first, Last: a.last, Default: defaultPageSize}
	for _, c := range []struct {
		cursor *string
		pos    **catalog.Position
	}{{a.after, &req.After}, {a.before, &req.Before}} {
		if c.cursor == nil {
			continue
		}
		key, id, err := decodeCursor(*c.cursor, l.Order)
		if err != nil {
			return page[T]{}, err
		}
		*c.pos = &catalog.Position{Key: key, ID: drehscheibe.ID(id)}
	}
	pg := l.Page(req)
	p := page[T]{items: pg.Items, cursors: make([]string, len(pg.Items)), total: l.Count}
	for i, item := range pg.Items {
		if allCursors || i == 0 || i == len(pg.Items)-1 {
			p.cursors[i] = encodeCursor(l.Order, pg.Keys[i], string(drehscheibe.MetaOf(item).ID))
		}
	}
	p.info = &model.PageInfo{HasNextPage: pg.HasNext, HasPreviousPage: pg.HasPrev}
	if len(p.cursors) > 0 {
		p.info.StartCursor, p.info.EndCursor = &p.cursors[0], &p.cursors[len(p.cursors)-1]
	}
	return p, nil
}

func (a pageArgs) check() error {
	if a.first != nil && a.last != nil {
		return badInput("first und last können nicht zusammen angegeben werden")
	}
	for _, v := range []*int{a.first, a.last} {
		if v != nil && (*v < 0 || *v > maxPageSize) {
			return badInput("first/last muss zwischen 0 und %d liegen", maxPageSize)
		}
	}
	return nil
}

// A cursor is base64url("c2|" + order + "|" + key + "|" + id): the list's order tag
// (which contains no "|"), the item's sort key and its ID (which contains no "|").
const cursorVersion = "c2"

func encodeCursor(order, key, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorVersion + "|" + order + "|" + key + "|" + id))
}

// decodeCursor reads a cursor of the list with the given order tag.
func decodeCursor(c, order string) (key, id string, err error) {
	invalid := badInput("Ungültiger Cursor; verwende startCursor/endCursor aus pageInfo")
	if len(c) > 1024 {
		return "", "", invalid
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", "", invalid
	}
	version, rest, _ := strings.Cut(string(b), "|")
	tag, rest, _ := strings.Cut(rest, "|")
	i := strings.LastIndexByte(rest, '|')
	if version != cursorVersion || i < 0 || drehscheibe.ID(rest[i+1:]).Kind() == "" {
		return "", "", invalid
	}
	if tag != order {
		return "", "", badInput("Der Cursor gehört zu einer anderen Liste, Sortierung oder Suche")
	}
	return rest[:i], rest[i+1:], nil
}
