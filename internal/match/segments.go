package match

import (
	"slices"
	"sort"
)

// segSize is how many filter entries a segment of a theme list holds after a rebuild;
// a segment that grows past twice that is split. Small enough that copying one on a
// write is cheap (14 KB), large enough that a scan stays in contiguous memory.
const segSize = 256

// segments is an immutable list of filter entries ordered by candidate number (ord),
// cut into segments. A change copies only the segments it touches and the slice of
// segment pointers; every other segment is shared with the list it was made from.
type segments struct {
	segs []*segment
	n    int
}

// segment is one immutable run of entries; first is the ord of its first entry.
type segment struct {
	entries []entry
	first   int32
}

// len is the number of entries.
func (l *segments) len() int {
	if l == nil {
		return 0
	}
	return l.n
}

// each calls f for every entry in ord order until f returns false.
func (l *segments) each(f func(*entry) bool) {
	if l == nil {
		return
	}
	for _, s := range l.segs {
		for i := range s.entries {
			if !f(&s.entries[i]) {
				return
			}
		}
	}
}

// with returns the list with the entries of put (sorted by ord) inserted or, where an
// entry with the same ord exists, put in its place, and the entries whose ord is in
// drop (sorted) removed. A put wins over a drop of the same ord.
func (l *segments) with(put []entry, drop []int32) *segments {
	if len(put) == 0 && len(drop) == 0 {
		return l
	}
	var old []*segment
	if l != nil {
		old = l.segs
	}
	out := &segments{segs: make([]*segment, 0, len(old)+len(put)/segSize+1)}
	// each old segment takes the changes with ord before the next segment's first; the
	// last one takes everything after it
	pi, di := 0, 0
	for i, s := range old {
		end := func(ord int32) bool { return i+1 < len(old) && ord >= old[i+1].first }
		pj := pi
		for pj < len(put) && !end(put[pj].c.ord) {
			pj++
		}
		dj := di
		for dj < len(drop) && !end(drop[dj]) {
			dj++
		}
		if pj == pi && dj == di {
			out.segs = append(out.segs, s)
		} else {
			out.add(merge(s.entries, put[pi:pj], drop[di:dj]))
		}
		pi, di = pj, dj
	}
	if pi < len(put) { // an empty list
		out.add(put[pi:])
	}
	for _, s := range out.segs {
		out.n += len(s.entries)
	}
	return out
}

// add appends entries as segments of at most 2·segSize (segSize each when split).
func (l *segments) add(entries []entry) {
	if len(entries) == 0 {
		return
	}
	if len(entries) <= 2*segSize {
		l.segs = append(l.segs, &segment{entries: entries, first: entries[0].c.ord})
		return
	}
	for len(entries) > 0 {
		n := min(segSize, len(entries))
		l.segs = append(l.segs, &segment{entries: slices.Clip(entries[:n]), first: entries[0].c.ord})
		entries = entries[n:]
	}
}

// merge returns a new slice: cur without the ords of drop, with put merged in by ord.
func merge(cur []entry, put []entry, drop []int32) []entry {
	out := make([]entry, 0, len(cur)+len(put))
	i, j := 0, 0
	for i < len(cur) || j < len(put) {
		switch {
		case j == len(put) || (i < len(cur) && cur[i].c.ord < put[j].c.ord):
			if k := sort.Search(len(drop), func(k int) bool { return drop[k] >= cur[i].c.ord }); k == len(drop) || drop[k] != cur[i].c.ord {
				out = append(out, cur[i])
			}
			i++
		case i == len(cur) || put[j].c.ord < cur[i].c.ord:
			out = append(out, put[j])
			j++
		default: // same ord: the new entry replaces the old one
			out = append(out, put[j])
			i++
			j++
		}
	}
	return out
}
