package resolvers

import (
	"encoding/base64"
	"sort"
	"strings"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Page sizes of connections.
const (
	defaultPageSize = 20
	maxPageSize     = 100
)

// pageArgs are the Relay arguments of a connection field.
type pageArgs struct {
	first, last   *int
	after, before *string
}

// page is one page of a list: its items, their cursors and the paging facts.
type page[T any] struct {
	items   []T
	cursors []string
	info    *model.PageInfo
	total   int
}

// paginate cuts a page out of a catalogue list. Cursors encode the sort key and ID of
// an item, so they keep their place while entities are added or changed.
func paginate[T drehscheibe.Entity](l catalog.List[T], a pageArgs) (page[T], error) {
	if err := a.check(); err != nil {
		return page[T]{}, err
	}
	n := len(l.Items)
	// before reports whether item i comes before the position (key, id).
	before := func(i int, key, id string) bool {
		if l.Keys[i] != key {
			return (l.Keys[i] < key) != l.Desc
		}
		return string(drehscheibe.MetaOf(l.Items[i]).ID) < id
	}
	start, end := 0, n
	if a.after != nil {
		key, id, err := decodeCursor(*a.after, l.Order)
		if err != nil {
			return page[T]{}, err
		}
		start = sort.Search(n, func(i int) bool {
			return !before(i, key, id) && !(l.Keys[i] == key && string(drehscheibe.MetaOf(l.Items[i]).ID) == id)
		})
	}
	if a.before != nil {
		key, id, err := decodeCursor(*a.before, l.Order)
		if err != nil {
			return page[T]{}, err
		}
		end = sort.Search(n, func(i int) bool { return !before(i, key, id) })
	}
	end = max(start, end)
	lo, hi := start, end
	switch {
	case a.first != nil:
		hi = min(end, start+*a.first)
	case a.last != nil:
		lo = max(start, end-*a.last)
	default:
		hi = min(end, start+defaultPageSize)
	}
	p := page[T]{items: l.Items[lo:hi], cursors: make([]string, hi-lo), total: n}
	for i := lo; i < hi; i++ {
		p.cursors[i-lo] = encodeCursor(l.Order, l.Keys[i], string(drehscheibe.MetaOf(l.Items[i]).ID))
	}
	p.info = &model.PageInfo{
		HasNextPage:     hi < end || (a.before != nil && end < n),
		HasPreviousPage: lo > start || (a.after != nil && start > 0),
	}
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
