package catalog

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
)

// List is a filtered, ordered selection of entities. Keys[i] is the sort key of
// Items[i]; the list is ordered by key (descending when Desc) and then by ID, so a
// (key, ID) pair marks a stable position for cursors even while the catalogue changes.
type List[T drehscheibe.Entity] struct {
	Items []T
	Keys  []string
	Desc  bool
	// Order names the list's kind and ordering (and search text, for relevance);
	// cursors carry it, so a cursor of another list or order is recognised.
	Order string
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
)

// selectRows keeps the rows for which keep holds and orders them by key.
func selectRows[T drehscheibe.Entity](rows []*row[T], keep func(*row[T]) bool, key func(*row[T]) string, desc bool, order string) List[T] {
	return selectSorted(rows, nil, keep, key, desc, order)
}

// selectByName is selectRows for lists ordered by name: the rows come from the
// table's name order, so nothing is sorted per request. all are all rows of the table
// (the pre-sorted order); rows may be a subset (by partner, by institution), in which
// case they are sorted as usual.
func selectByName[T drehscheibe.Entity](t *table[T], rows []*row[T], keep func(*row[T]) bool, desc bool, order string) List[T] {
	key := func(r *row[T]) string { return r.name }
	if len(rows) != len(t.rows) {
		return selectRows(rows, keep, key, desc, order)
	}
	return selectSorted(rows, t.sortedByName(), keep, key, desc, order)
}

// selectSorted keeps the rows for which keep holds; when sorted (the same rows in list
// order for ascending keys) is given, it walks that instead of sorting.
func selectSorted[T drehscheibe.Entity](rows, sorted []*row[T], keep func(*row[T]) bool, key func(*row[T]) string, desc bool, order string) List[T] {
	if sorted != nil {
		out := List[T]{Desc: desc, Order: order}
		emit := func(r *row[T]) {
			if keep(r) {
				out.Items = append(out.Items, r.e)
				out.Keys = append(out.Keys, r.name)
			}
		}
		if !desc {
			for _, r := range sorted {
				emit(r)
			}
			return out
		}
		// descending by name, ties still by ascending ID: walk the groups of equal
		// names from the end, each group forwards
		for end := len(sorted); end > 0; {
			start := end - 1
			for start > 0 && sorted[start-1].name == sorted[end-1].name {
				start--
			}
			for _, r := range sorted[start:end] {
				emit(r)
			}
			end = start
		}
		return out
	}
	type sel struct {
		r *row[T]
		k string
	}
	var picked []sel
	for _, r := range rows {
		if keep(r) {
			picked = append(picked, sel{r, key(r)})
		}
	}
	slices.SortFunc(picked, func(a, b sel) int {
		if c := strings.Compare(a.k, b.k); c != 0 {
			if desc {
				return -c
			}
			return c
		}
		return strings.Compare(string(drehscheibe.MetaOf(a.r.e).ID), string(drehscheibe.MetaOf(b.r.e).ID))
	})
	out := List[T]{Items: make([]T, len(picked)), Keys: make([]string, len(picked)), Desc: desc, Order: order}
	for i, p := range picked {
		out.Items[i], out.Keys[i] = p.r.e, p.k
	}
	return out
}

// orderKey returns the key function for the common sort fields.
func orderKey[T drehscheibe.Entity](by OrderBy) func(*row[T]) string {
	switch by {
	case ByCreated:
		return func(r *row[T]) string { return timeKey(drehscheibe.MetaOf(r.e).CreatedAt) }
	case ByUpdated:
		return func(r *row[T]) string { return timeKey(drehscheibe.MetaOf(r.e).UpdatedAt) }
	default:
		return func(r *row[T]) string { return r.name }
	}
}

// timeKey formats t so that keys sort like times.
func timeKey(t time.Time) string { return t.UTC().Format("20060102150405.000000000") }

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

// keyFor picks the key function for an order, with relevance when a text is given.
func keyFor[T drehscheibe.Entity](o Order, q textQuery) (func(*row[T]) string, bool) {
	if o.By == ByRelevance {
		if len(q) == 0 {
			return orderKey[T](ByName), false
		}
		return func(r *row[T]) string { return q.relevance(r.name) }, false
	}
	return orderKey[T](o.By), o.Desc
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
