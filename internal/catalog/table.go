package catalog

import (
	"cmp"
	"hash/maphash"
	"runtime"
	"sync"

	"github.com/benbjohnson/immutable"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// row is an entity in a snapshot with what reads derive from it, computed once when
// the entity enters the catalogue.
type row[T drehscheibe.Entity] struct {
	e T
	// name is the folded name or title (sort key).
	name string
	// text is the folded search text.
	text string
	// cand is the Modul prepared for matching (Module only).
	cand *match.Candidate
}

func (r *row[T]) id() drehscheibe.ID { return drehscheibe.MetaOf(r.e).ID }

// rowKey places a row in one of a table's orders: by name (s), or by a time (t), then
// by ID.
type rowKey struct {
	s  string
	t  int64
	id drehscheibe.ID
}

type keyOrder struct{}

func (keyOrder) Compare(a, b rowKey) int {
	if c := cmp.Compare(a.s, b.s); c != 0 {
		return c
	}
	if c := cmp.Compare(a.t, b.t); c != 0 {
		return c
	}
	return cmp.Compare(a.id, b.id)
}

// idHasher hashes IDs for the persistent maps.
type idHasher struct{}

var idSeed = maphash.MakeSeed()

func (idHasher) Hash(id drehscheibe.ID) uint32  { return uint32(maphash.String(idSeed, string(id))) }
func (idHasher) Equal(a, b drehscheibe.ID) bool { return a == b }

// order is one sort order a table keeps.
type order int

const (
	orderName order = iota
	orderCreated
	orderUpdated
	numOrders
)

// key returns the row's place in order o.
func (o order) key(r rowKey, m *drehscheibe.Meta) rowKey {
	switch o {
	case orderCreated:
		return rowKey{t: m.CreatedAt.UnixNano(), id: m.ID}
	case orderUpdated:
		return rowKey{t: m.UpdatedAt.UnixNano(), id: m.ID}
	}
	return r
}

// table holds the entities of one kind: by ID and in each order. It is immutable; a
// change copies only the paths of the persistent maps it touches, so it costs
// O(log n) per changed entity, and snapshots share everything else.
type table[T drehscheibe.Entity] struct {
	byID   *immutable.Map[drehscheibe.ID, *row[T]]
	orders [numOrders]*immutable.SortedMap[rowKey, *row[T]]
}

func newTable[T drehscheibe.Entity]() *table[T] {
	t := &table[T]{byID: immutable.NewMap[drehscheibe.ID, *row[T]](idHasher{})}
	for o := range t.orders {
		t.orders[o] = immutable.NewSortedMap[rowKey, *row[T]](keyOrder{})
	}
	return t
}

// nameKey is the row's key in the name order.
func nameKey[T drehscheibe.Entity](r *row[T]) rowKey { return rowKey{s: r.name, id: r.id()} }

// replaced is a change a table took in: the row before (nil for a new entity) and after.
type replaced[T drehscheibe.Entity] struct{ old, new *row[T] }

// with returns the table with the entities of changes in it, and what replaced what.
// An entity replaces the one with its ID only if its version is not older, so applying
// a change twice or out of order is harmless. Large changes of an empty table (a load)
// use builders, which do not copy paths.
func (t *table[T]) with(changes []T, mk func(T) *row[T]) (*table[T], []replaced[T]) {
	if len(changes) == 0 {
		return t, nil
	}
	if t.byID.Len() == 0 && len(changes) > 64 {
		return t.build(changes, mk)
	}
	next := *t
	var done []replaced[T]
	for _, e := range changes {
		m := drehscheibe.MetaOf(e)
		old, had := next.byID.Get(m.ID)
		if had && drehscheibe.MetaOf(old.e).Version > m.Version {
			continue
		}
		r := mk(e)
		next.byID = next.byID.Set(m.ID, r)
		for o := range next.orders {
			if had {
				next.orders[o] = next.orders[o].Delete(order(o).key(nameKey(old), drehscheibe.MetaOf(old.e)))
			}
			next.orders[o] = next.orders[o].Set(order(o).key(nameKey(r), m), r)
		}
		done = append(done, replaced[T]{old, r})
	}
	return &next, done
}

// build fills an empty table. The rows are made on every core (folding the search
// texts of 100,000 Module takes seconds).
func (t *table[T]) build(changes []T, mk func(T) *row[T]) (*table[T], []replaced[T]) {
	rows := make([]*row[T], len(changes))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(changes); i += workers {
				rows[i] = mk(changes[i])
			}
		}()
	}
	wg.Wait()
	byID := immutable.NewMapBuilder[drehscheibe.ID, *row[T]](idHasher{})
	for _, r := range rows {
		m := drehscheibe.MetaOf(r.e)
		if old, had := byID.Get(m.ID); had && drehscheibe.MetaOf(old.e).Version > m.Version {
			continue
		}
		byID.Set(m.ID, r)
	}
	next := &table[T]{byID: byID.Map()}
	var orders [numOrders]*immutable.SortedMapBuilder[rowKey, *row[T]]
	for o := range orders {
		orders[o] = immutable.NewSortedMapBuilder[rowKey, *row[T]](keyOrder{})
	}
	for it := next.byID.Iterator(); !it.Done(); {
		_, r, _ := it.Next()
		for o := range orders {
			orders[o].Set(order(o).key(nameKey(r), drehscheibe.MetaOf(r.e)), r)
		}
	}
	for o := range orders {
		next.orders[o] = orders[o].Map()
	}
	done := make([]replaced[T], 0, next.byID.Len())
	next.each(func(r *row[T]) bool { done = append(done, replaced[T]{nil, r}); return true })
	return next, done
}

func (t *table[T]) get(id drehscheibe.ID) (T, bool) {
	r, ok := t.byID.Get(id)
	if !ok {
		var zero T
		return zero, false
	}
	return r.e, true
}

func (t *table[T]) row(id drehscheibe.ID) (*row[T], bool) { return t.byID.Get(id) }

func (t *table[T]) len() int { return t.byID.Len() }

// each calls f with every row in name order until f returns false.
func (t *table[T]) each(f func(*row[T]) bool) {
	for it := t.orders[orderName].Iterator(); !it.Done(); {
		_, r, _ := it.Next()
		if !f(r) {
			return
		}
	}
}
