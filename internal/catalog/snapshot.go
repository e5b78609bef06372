// Package catalog keeps the in-memory catalogue: immutable, versioned snapshots of all
// entities, swapped atomically, updated by this instance's writes and refreshed from
// the database's catalogue version for other instances' writes.
package catalog

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// Snapshot is one consistent, immutable version of the catalogue. Readers take one
// with Catalog.Current and keep it for a whole request.
type Snapshot struct {
	// Version is the catalogue version (the database's write counter) the snapshot
	// reflects.
	Version int64
	// Loaded is false until the catalogue was read from the database once.
	Loaded bool

	quartiere     *table[*drehscheibe.Quartier]
	institutionen *table[*drehscheibe.Institution]
	partner       *table[*drehscheibe.Partner]
	module        *table[*drehscheibe.Modul]
	bedarfe       *table[*drehscheibe.Bedarf]
	campus        *table[*drehscheibe.Kindercampus]

	// rel is shared by snapshots with the same tables.
	rel *lazyRelations
}

type lazyRelations struct {
	once sync.Once
	r    *relations
	// the matching index, built on first use
	matchOnce sync.Once
	matcher   *match.Index
}

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

// table holds the entities of one kind. It is immutable; snapshots share it until its
// kind changes.
type table[T drehscheibe.Entity] struct {
	byID map[drehscheibe.ID]*row[T]
	// rows are sorted by ID.
	rows []*row[T]
	// byName are the rows sorted by name and ID, built on first use: lists in the
	// default order then need no sorting.
	byNameOnce sync.Once
	byName     []*row[T]
}

// sortedByName returns the rows ordered by name, then ID.
func (t *table[T]) sortedByName() []*row[T] {
	t.byNameOnce.Do(func() {
		t.byName = slices.Clone(t.rows)
		// rows are in ID order, so a stable sort by name keeps ties by ID
		slices.SortStableFunc(t.byName, func(a, b *row[T]) int { return strings.Compare(a.name, b.name) })
	})
	return t.byName
}

func emptySnapshot() *Snapshot {
	return &Snapshot{
		quartiere:     &table[*drehscheibe.Quartier]{},
		institutionen: &table[*drehscheibe.Institution]{},
		partner:       &table[*drehscheibe.Partner]{},
		module:        &table[*drehscheibe.Modul]{},
		bedarfe:       &table[*drehscheibe.Bedarf]{},
		campus:        &table[*drehscheibe.Kindercampus]{},
		rel:           &lazyRelations{},
	}
}

// with returns a snapshot with the entities of changes merged in. An entity replaces
// the one with its ID only if its version is not older, so applying a change twice or
// out of order is harmless. Tables without changes are shared, not copied.
func (s *Snapshot) with(changes []drehscheibe.Entity) *Snapshot {
	if len(changes) == 0 {
		return &Snapshot{Version: s.Version, Loaded: s.Loaded, quartiere: s.quartiere, institutionen: s.institutionen,
			partner: s.partner, module: s.module, bedarfe: s.bedarfe, campus: s.campus, rel: s.rel}
	}
	var q []*drehscheibe.Quartier
	var in []*drehscheibe.Institution
	var pa []*drehscheibe.Partner
	var m []*drehscheibe.Modul
	var b []*drehscheibe.Bedarf
	var k []*drehscheibe.Kindercampus
	for _, e := range changes {
		switch e := e.(type) {
		case *drehscheibe.Quartier:
			q = append(q, e)
		case *drehscheibe.Institution:
			in = append(in, e)
		case *drehscheibe.Partner:
			pa = append(pa, e)
		case *drehscheibe.Modul:
			m = append(m, e)
		case *drehscheibe.Bedarf:
			b = append(b, e)
		case *drehscheibe.Kindercampus:
			k = append(k, e)
		}
	}
	return &Snapshot{
		Version:       s.Version,
		Loaded:        s.Loaded,
		rel:           &lazyRelations{},
		quartiere:     s.quartiere.with(q, quartierRow),
		institutionen: s.institutionen.with(in, institutionRow),
		partner:       s.partner.with(pa, partnerRow),
		module:        s.module.with(m, modulRow),
		bedarfe:       s.bedarfe.with(b, bedarfRow),
		campus:        s.campus.with(k, campusRow),
	}
}

func (t *table[T]) with(changes []T, mk func(T) *row[T]) *table[T] {
	if len(changes) == 0 {
		return t
	}
	byID := make(map[drehscheibe.ID]*row[T], len(t.byID)+len(changes))
	for id, r := range t.byID {
		byID[id] = r
	}
	added := false
	for _, e := range changes {
		m := drehscheibe.MetaOf(e)
		old, ok := byID[m.ID]
		if ok && drehscheibe.MetaOf(old.e).Version > m.Version {
			continue
		}
		added = added || !ok
		byID[m.ID] = mk(e)
	}
	rows := make([]*row[T], 0, len(byID))
	if added {
		for _, r := range byID {
			rows = append(rows, r)
		}
		sort.Slice(rows, func(i, j int) bool { return drehscheibe.MetaOf(rows[i].e).ID < drehscheibe.MetaOf(rows[j].e).ID })
	} else {
		for _, r := range t.rows {
			rows = append(rows, byID[drehscheibe.MetaOf(r.e).ID])
		}
	}
	return &table[T]{byID: byID, rows: rows}
}

func (t *table[T]) get(id drehscheibe.ID) (T, bool) {
	r, ok := t.byID[id]
	if !ok {
		var zero T
		return zero, false
	}
	return r.e, true
}

func (t *table[T]) len() int { return len(t.rows) }

// search text of each kind: what the free-text filter looks at.

func quartierRow(q *drehscheibe.Quartier) *row[*drehscheibe.Quartier] {
	return &row[*drehscheibe.Quartier]{e: q, name: fold.String(q.Name),
		text: haystack([]string{q.Name, q.Number, q.Stadtbezirk, q.StatistischerBezirk, q.Aktionsraum})}
}

func institutionRow(in *drehscheibe.Institution) *row[*drehscheibe.Institution] {
	return &row[*drehscheibe.Institution]{e: in, name: fold.String(in.Name),
		text: haystack([]string{in.Name, in.Traeger, in.Type.Label(), in.Address.Street, in.Address.HouseNumber, in.Address.PostalCode, in.Address.City})}
}

func partnerRow(p *drehscheibe.Partner) *row[*drehscheibe.Partner] {
	return &row[*drehscheibe.Partner]{e: p, name: fold.String(p.Name),
		text: haystack([]string{p.Name, p.Kind.Label()}, p.Description)}
}

func modulRow(m *drehscheibe.Modul) *row[*drehscheibe.Modul] {
	return &row[*drehscheibe.Modul]{e: m, name: fold.String(m.Title),
		text: haystack(append([]string{m.Title}, m.Tags...), m.Description), cand: match.NewCandidate(m)}
}

func bedarfRow(b *drehscheibe.Bedarf) *row[*drehscheibe.Bedarf] {
	return &row[*drehscheibe.Bedarf]{e: b, name: fold.String(b.Title),
		text: haystack(append([]string{b.Title}, b.Keywords...), b.Notes)}
}

func campusRow(k *drehscheibe.Kindercampus) *row[*drehscheibe.Kindercampus] {
	return &row[*drehscheibe.Kindercampus]{e: k, name: fold.String(k.Name), text: haystack([]string{k.Name}, k.Description)}
}

// haystack folds the parts into one search text, separated so that a term never
// matches across two of them. Short parts (names, titles, tags) are also kept in the
// spelling without umlaut dots ("Schuler"); long texts only in the usual folding, to
// keep the catalogue small.
func haystack(short []string, long ...string) string {
	var b strings.Builder
	for _, p := range short {
		if p != "" {
			b.WriteString(" | ")
			b.WriteString(fold.Haystack(p))
		}
	}
	for _, p := range long {
		if p != "" {
			b.WriteString(" | ")
			b.WriteString(fold.String(p))
		}
	}
	return b.String()
}
