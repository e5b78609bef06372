package catalog

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	"github.com/benbjohnson/immutable"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
)

// List is a filtered, ordered selection of entities, evaluated lazily: a page walks the
// order only as far as it needs (first + 1 kept entities and one step back), and the
// total is counted only when asked for. The list is ordered by a sort key and then by
// ID (both reversed when Desc), so a (key, ID) pair marks a stable position for cursors
// even while the catalogue changes.
type List[T drehscheibe.Entity] struct {
	Desc bool
	// Order names the list's kind and ordering (and search text, for relevance);
	// cursors carry it, so a cursor of another list or order is recognised.
	Order string
	src   source[T]
}

// Position is the place of an entity in a list: its sort key and ID.
type Position struct {
	Key string
	ID  drehscheibe.ID
}

// Page is a part of a list.
type Page[T drehscheibe.Entity] struct {
	Items []T
	// Keys[i] is the sort key of Items[i] (for its cursor).
	Keys []string
	// HasNext reports kept entities after the page (before the before-position, or,
	// when paging backwards from one, at or after it); HasPrev the same backwards.
	HasNext, HasPrev bool
}

// PageRequest says which part of a list to take: after and before bound it
// (exclusive), then the First entities of what remains, or the Last (neither: First).
type PageRequest struct {
	After, Before *Position
	First, Last   *int
	// Default is the page size when neither First nor Last is given.
	Default int
}

// source is where a list's entities come from: walk calls yield with the kept rows in
// list order (forward) or its reverse, starting strictly after from (nil: from the
// start); count counts them.
type source[T drehscheibe.Entity] interface {
	walk(from *Position, forward bool, yield func(r *row[T], key string) bool)
	count() int
	// has reports whether the entity at pos is kept.
	has(pos *Position) bool
}

// Page returns the part of the list that req asks for.
func (l List[T]) Page(req PageRequest) Page[T] {
	var p Page[T]
	if l.src == nil {
		return p
	}
	forward, n, from, bound := true, req.Default, req.After, req.Before
	switch {
	case req.First != nil:
		n = *req.First
	case req.Last != nil:
		forward, n, from, bound = false, *req.Last, req.Before, req.After
	}
	beyond := func(key string, id drehscheibe.ID) bool { // at or past the bound
		if bound == nil {
			return false
		}
		c := cmp.Or(cmp.Compare(key, bound.Key), cmp.Compare(id, bound.ID))
		if l.Desc != !forward { // walking towards smaller keys
			c = -c
		}
		return c >= 0
	}
	more := false
	l.src.walk(from, forward, func(r *row[T], key string) bool {
		if beyond(key, r.id()) {
			return false
		}
		if len(p.Items) == n {
			more = true
			return false
		}
		p.Items = append(p.Items, r.e)
		p.Keys = append(p.Keys, key)
		return true
	})
	// a kept entity at a cursor or beyond it, in the given direction
	across := func(pos *Position, forward bool) bool {
		if pos == nil {
			return false
		}
		if l.src.has(pos) {
			return true
		}
		found := false
		l.src.walk(pos, forward, func(*row[T], string) bool { found = true; return false })
		return found
	}
	if forward {
		p.HasNext = more || across(req.Before, true)
		p.HasPrev = across(req.After, false)
	} else {
		slices.Reverse(p.Items)
		slices.Reverse(p.Keys)
		p.HasPrev = more || across(req.After, false)
		p.HasNext = across(req.Before, true)
	}
	return p
}

// Count returns how many entities the list holds.
func (l List[T]) Count() int {
	if l.src == nil {
		return 0
	}
	return l.src.count()
}

// All returns every entity of the list (for small lists and tests).
func (l List[T]) All() []T {
	var out []T
	if l.src != nil {
		l.src.walk(nil, true, func(r *row[T], _ string) bool { out = append(out, r.e); return true })
	}
	return out
}

// indexSource walks one of a table's persistent sorted orders, keeping the rows keep
// accepts.
type indexSource[T drehscheibe.Entity] struct {
	m    *immutable.SortedMap[rowKey, *row[T]]
	o    order
	desc bool
	keep func(*row[T]) bool
	// total, if set, counts the kept rows without walking them.
	total func() int
}

func (s indexSource[T]) walk(from *Position, forward bool, yield func(*row[T], string) bool) {
	it := s.m.Iterator()
	ascending := forward != s.desc
	var start rowKey
	if from != nil {
		start = s.o.seekKey(from)
		it.Seek(start)
		if !ascending && it.Done() {
			it.Last()
		}
	} else if ascending {
		it.First()
	} else {
		it.Last()
	}
	for !it.Done() {
		var k rowKey
		var r *row[T]
		if ascending {
			k, r, _ = it.Next()
		} else {
			k, r, _ = it.Prev()
		}
		if from != nil {
			if c := (keyOrder{}).Compare(k, start); (ascending && c <= 0) || (!ascending && c >= 0) {
				continue // the position itself, or (backwards) the entry Seek landed on
			}
		}
		if (s.keep == nil || s.keep(r)) && !yield(r, s.o.cursorKey(k)) {
			return
		}
	}
}

func (s indexSource[T]) has(pos *Position) bool {
	r, ok := s.m.Get(s.o.seekKey(pos))
	return ok && (s.keep == nil || s.keep(r))
}

func (s indexSource[T]) count() int {
	if s.total != nil {
		return s.total()
	}
	if s.keep == nil {
		return s.m.Len()
	}
	n := 0
	for it := s.m.Iterator(); !it.Done(); {
		if _, r, _ := it.Next(); s.keep(r) {
			n++
		}
	}
	return n
}

// cursorKey is the sort key a cursor carries for a key of order o.
func (o order) cursorKey(k rowKey) string {
	if o == orderName {
		return k.s
	}
	return timeKey(time.Unix(0, k.t))
}

// seekKey is the key of order o at a cursor's position (a malformed time key sorts
// first).
func (o order) seekKey(p *Position) rowKey {
	if o == orderName {
		return rowKey{s: p.Key, id: p.ID}
	}
	t, err := time.Parse(timeLayout, p.Key)
	if err != nil {
		return rowKey{id: p.ID}
	}
	return rowKey{t: t.UnixNano(), id: p.ID}
}

// sliceSource is a list computed in full: for orders no index keeps (relevance, the
// Quartier orders) and for small subsets (a partner's Module).
type sliceSource[T drehscheibe.Entity] struct {
	items []sliceItem[T] // in list order
	desc  bool
}

type sliceItem[T drehscheibe.Entity] struct {
	r   *row[T]
	key string
}

func (s sliceSource[T]) walk(from *Position, forward bool, yield func(*row[T], string) bool) {
	// position of from in list order: the first item after it
	less := func(it sliceItem[T], p *Position) bool {
		c := cmp.Or(cmp.Compare(it.key, p.Key), cmp.Compare(it.r.id(), p.ID))
		if s.desc {
			c = -c
		}
		return c < 0
	}
	if forward {
		i := 0
		if from != nil {
			i, _ = slices.BinarySearchFunc(s.items, from, func(it sliceItem[T], p *Position) int {
				if less(it, p) || (it.key == p.Key && it.r.id() == p.ID) {
					return -1
				}
				return 1
			})
		}
		for ; i < len(s.items); i++ {
			if !yield(s.items[i].r, s.items[i].key) {
				return
			}
		}
		return
	}
	i := len(s.items) - 1
	if from != nil {
		j, _ := slices.BinarySearchFunc(s.items, from, func(it sliceItem[T], p *Position) int {
			if less(it, p) {
				return -1
			}
			return 1
		})
		i = j - 1
	}
	for ; i >= 0; i-- {
		if !yield(s.items[i].r, s.items[i].key) {
			return
		}
	}
}

func (s sliceSource[T]) count() int { return len(s.items) }

func (s sliceSource[T]) has(pos *Position) bool {
	return slices.ContainsFunc(s.items, func(it sliceItem[T]) bool { return it.key == pos.Key && it.r.id() == pos.ID })
}

// sortRows keeps the rows for which keep holds and sorts them by key, then ID (both
// descending when desc).
func sortRows[T drehscheibe.Entity](rows []*row[T], keep func(*row[T]) bool, key func(*row[T]) string, desc bool, tag string) List[T] {
	var items []sliceItem[T]
	for _, r := range rows {
		if keep == nil || keep(r) {
			items = append(items, sliceItem[T]{r, key(r)})
		}
	}
	slices.SortFunc(items, func(a, b sliceItem[T]) int {
		c := cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.r.id(), b.r.id()))
		if desc {
			return -c
		}
		return c
	})
	return List[T]{Desc: desc, Order: tag, src: sliceSource[T]{items: items, desc: desc}}
}

// Order says how a list is sorted.
type Order struct {
	By   OrderBy
	Desc bool
}

// OrderBy is a sort field.
type OrderBy int

// The sort fields. Not every list supports every field; unsupported ones sort by name.
const (
	ByName      OrderBy = iota // name or title, folded
	ByCreated                  // creation time
	ByUpdated                  // time of the last change
	ByRelevance                // free-text relevance (needs a text filter)
	ByPriority                 // Quartier priority
	ByNumber                   // Quartier number
	ByDue                      // due date of an Anfrage (none last)
)

// tableOrder returns the table order for the common sort fields.
func tableOrder(by OrderBy) order {
	switch by {
	case ByCreated:
		return orderCreated
	case ByUpdated:
		return orderUpdated
	}
	return orderName
}

// selectFrom is the list of the rows of t keep accepts in order o: walked in one of the
// table's orders, or sorted when o is by relevance (with a text) or rows is a subset
// (non-nil: a group's rows).
func selectFrom[T drehscheibe.Entity](t *table[T], rows []*row[T], subset bool, keep func(*row[T]) bool, o Order, q textQuery, kind drehscheibe.Kind) List[T] {
	tag := orderTag(kind, o, q)
	if o.By == ByRelevance && len(q) > 0 {
		if !subset {
			rows = allRows(t)
		}
		return sortRows(rows, keep, func(r *row[T]) string { return q.relevance(r.name) }, false, tag)
	}
	to := tableOrder(o.By)
	if subset {
		key := func(r *row[T]) string { return to.cursorKey(to.key(nameKey(r), drehscheibe.MetaOf(r.e))) }
		return sortRows(rows, keep, key, o.Desc, tag)
	}
	return List[T]{Desc: o.Desc, Order: tag, src: indexSource[T]{m: t.orders[to], o: to, desc: o.Desc, keep: keep}}
}

// allRows returns every row of t in name order.
func allRows[T drehscheibe.Entity](t *table[T]) []*row[T] {
	rows := make([]*row[T], 0, t.len())
	t.each(func(r *row[T]) bool { rows = append(rows, r); return true })
	return rows
}

// timeLayout formats times so that keys sort like times.
const timeLayout = "20060102150405.000000000"

func timeKey(t time.Time) string { return t.UTC().Format(timeLayout) }

// textQuery is a parsed free-text filter.
type textQuery []string

func parseText(s string) textQuery { return fold.Terms(s) }

// matches reports whether every term occurs in the row's search text.
func (q textQuery) matches(text string) bool {
	for _, t := range q {
		if !strings.Contains(text, t) {
			return false
		}
	}
	return true
}

// relevance keys a matching row so that ascending keys put the best match first:
// every term counts once, and three times more in the name or title; equal scores go
// by name.
func (q textQuery) relevance(name string) string {
	score := 0
	for _, t := range q {
		score++
		if strings.Contains(name, t) {
			score += 3
		}
	}
	return fmt.Sprintf("%06d|%s", 999999-score, name)
}

func foldedEqual(a, b string) bool { return fold.String(a) == fold.String(b) }

// orderTag names a list's kind and ordering for its cursors.
func orderTag(k drehscheibe.Kind, o Order, q textQuery) string {
	tag := fmt.Sprintf("%s.%d.%t", k, o.By, o.Desc)
	if o.By == ByRelevance && len(q) > 0 {
		h := fnv.New32a()
		_, _ = h.Write([]byte(strings.Join(q, " ")))
		tag += fmt.Sprintf(".%08x", h.Sum32())
	}
	return tag
}
