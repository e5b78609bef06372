package catalog

import (
	"cmp"
	"slices"

	"github.com/benbjohnson/immutable"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// group is a reverse edge of the catalogue: the rows of one kind by the entity they
// point to (Module by partner, Bedarfe by institution, institutions by Quartier). Each
// group's rows are an immutable slice in ID order; a change copies the one or two
// slices it touches.
type group[T drehscheibe.Entity] struct {
	m *immutable.Map[drehscheibe.ID, []*row[T]]
	// of returns the ID a row belongs under ("" for none).
	of func(T) drehscheibe.ID
}

func newGroup[T drehscheibe.Entity](of func(T) drehscheibe.ID) group[T] {
	return group[T]{m: immutable.NewMap[drehscheibe.ID, []*row[T]](idHasher{}), of: of}
}

// rows returns the rows under id, in ID order. The caller must not change the slice.
func (g group[T]) rows(id drehscheibe.ID) []*row[T] {
	rs, _ := g.m.Get(id)
	return rs
}

// with returns the group with the replacements applied.
func (g group[T]) with(changes []replaced[T]) group[T] {
	if len(changes) == 0 {
		return g
	}
	if g.m.Len() == 0 && len(changes) > 64 {
		return g.build(changes)
	}
	for _, c := range changes {
		if c.old != nil {
			g = g.remove(g.of(c.old.e), c.old.id())
		}
		g = g.put(g.of(c.new.e), c.new)
	}
	return g
}

func (g group[T]) remove(key, id drehscheibe.ID) group[T] {
	rs, ok := g.m.Get(key)
	if !ok || key == "" {
		return g
	}
	i, found := slices.BinarySearchFunc(rs, id, byID)
	if !found {
		return g
	}
	if len(rs) == 1 {
		g.m = g.m.Delete(key)
		return g
	}
	g.m = g.m.Set(key, slices.Delete(slices.Clone(rs), i, i+1))
	return g
}

func (g group[T]) put(key drehscheibe.ID, r *row[T]) group[T] {
	if key == "" {
		return g
	}
	rs, _ := g.m.Get(key)
	i, found := slices.BinarySearchFunc(rs, r.id(), byID)
	next := slices.Clone(rs)
	if found {
		next[i] = r
	} else {
		next = slices.Insert(next, i, r)
	}
	g.m = g.m.Set(key, next)
	return g
}

// build fills an empty group from new rows.
func (g group[T]) build(changes []replaced[T]) group[T] {
	all := map[drehscheibe.ID][]*row[T]{}
	for _, c := range changes {
		if key := g.of(c.new.e); key != "" {
			all[key] = append(all[key], c.new)
		}
	}
	b := immutable.NewMapBuilder[drehscheibe.ID, []*row[T]](idHasher{})
	for key, rs := range all {
		slices.SortFunc(rs, func(a, b *row[T]) int { return cmp.Compare(a.id(), b.id()) })
		b.Set(key, slices.Clip(rs))
	}
	g.m = b.Map()
	return g
}

func byID[T drehscheibe.Entity](r *row[T], id drehscheibe.ID) int { return cmp.Compare(r.id(), id) }
