package hsds

import (
	"sync"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// HSDS pages by number (page, per_page) and reports the total, while the catalogue's
// lists are walked from a position (catalog.PageRequest) and counted by walking. A
// page number is an offset, and reaching an offset means walking to it. So the
// handler remembers, per catalogue version and selection (the list and its filters),
// the total and the position of every stride-th entry: the first request for a
// selection walks it once (O(n), without mapping anything), every further page of it
// starts at the mark before its offset and walks at most stride + per_page entries.
// A new catalogue version starts afresh: its offsets may differ.

// stride is the distance between remembered positions.
const stride = 64

// maxSelections bounds the selections remembered per version (each holds n/stride
// positions); further ones are walked per request.
const maxSelections = 256

// pageIndex holds the indexes of the newest catalogue version it has seen.
type pageIndex struct {
	mu      sync.Mutex
	version int64
	lists   map[string]*listIndex
}

// listIndex is what is known about one selection in one catalogue version.
type listIndex struct {
	once  sync.Once
	total int
	// marks[i] is the position of entry (i+1)·stride − 1.
	marks []catalog.Position
}

// index returns the index of selection key in catalogue version v. For an older
// version than the newest seen, or beyond maxSelections, it is a fresh one that is
// not kept.
func (pi *pageIndex) index(v int64, key string) *listIndex {
	pi.mu.Lock()
	defer pi.mu.Unlock()
	if v > pi.version || pi.lists == nil {
		pi.version, pi.lists = v, map[string]*listIndex{}
	}
	if v < pi.version {
		return &listIndex{}
	}
	ix, ok := pi.lists[key]
	if !ok {
		ix = &listIndex{}
		if len(pi.lists) < maxSelections {
			pi.lists[key] = ix
		}
	}
	return ix
}

// pageOf returns the entries [offset, offset+n) of list l, which must be the selection
// ix indexes, and the list's total.
func pageOf[T drehscheibe.Entity](ix *listIndex, l catalog.List[T], offset, n int) ([]T, int) {
	ix.once.Do(func() { ix.build(walker[T](l)) })
	if offset >= ix.total {
		return nil, ix.total
	}
	var after *catalog.Position
	if k := offset / stride; k > 0 {
		after = &ix.marks[k-1]
	}
	skip := offset % stride
	want := skip + n
	p := l.Page(catalog.PageRequest{After: after, First: &want})
	if skip >= len(p.Items) {
		return nil, ix.total
	}
	return p.Items[skip:], ix.total
}

// walker returns the list's pages of stride entries, each after the position given,
// with the position of its last entry.
func walker[T drehscheibe.Entity](l catalog.List[T]) func(after *catalog.Position) (n int, last catalog.Position, more bool) {
	return func(after *catalog.Position) (int, catalog.Position, bool) {
		size := stride
		p := l.Page(catalog.PageRequest{After: after, First: &size})
		if len(p.Items) == 0 {
			return 0, catalog.Position{}, false
		}
		i := len(p.Items) - 1
		return len(p.Items), catalog.Position{Key: p.Keys[i], ID: drehscheibe.MetaOf(p.Items[i]).ID}, p.HasNext
	}
}

// build walks the list once: its total and the marks.
func (ix *listIndex) build(next func(after *catalog.Position) (int, catalog.Position, bool)) {
	var after *catalog.Position
	for {
		n, last, more := next(after)
		ix.total += n
		if n == stride {
			ix.marks = append(ix.marks, last)
			after = &ix.marks[len(ix.marks)-1]
		}
		if !more || n < stride {
			return
		}
	}
}
