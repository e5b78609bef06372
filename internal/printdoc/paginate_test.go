package printdoc

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// layout is where paginate put the units: one string per page, the units by name
// and their top in millimetres below the body's top.
func layout(units []*unit, names map[*unit]string) []string {
	var out []string
	for _, page := range paginate(units) {
		var parts []string
		for _, p := range page {
			parts = append(parts, fmt.Sprintf("%s@%g", names[p.u], p.y-bodyTop))
		}
		out = append(out, strings.Join(parts, " "))
	}
	return out
}

func TestPaginate(t *testing.T) {
	type u struct {
		name         string
		before, h    float64
		keep, repeat bool
	}
	cases := map[string]struct {
		units []u
		want  []string
	}{
		"a unit that does not fit starts the next page": {
			[]u{{name: "a", h: bodyH - 10}, {name: "b", before: 2, h: 9}},
			[]string{"a@0", "b@0"},
		},
		"space above is dropped at the top of a page only": {
			[]u{{name: "a", before: 5, h: 10}, {name: "b", before: 2, h: bodyH - 12}},
			[]string{"a@0 b@12"},
		},
		"a heading goes with what it is kept with": {
			[]u{{name: "a", h: bodyH - 20}, {name: "heading", before: 7, h: 6.5, keep: true}, {name: "row", h: 8}},
			[]string{"a@0", "heading@0 row@6.5"},
		},
		"without keep it stays": {
			[]u{{name: "a", h: bodyH - 20}, {name: "heading", before: 7, h: 6.5}, {name: "row", h: 8}},
			[]string{"a@0 heading@" + fmt.Sprint(bodyH-13), "row@0"},
		},
		"a kept chain goes together": {
			[]u{{name: "a", h: bodyH - 25}, {name: "h", h: 6, keep: true}, {name: "c", h: 5, keep: true}, {name: "r1", h: 8}, {name: "r2", h: 8}},
			[]string{"a@0 h@" + fmt.Sprint(bodyH-25) + " c@" + fmt.Sprint(bodyH-19) + " r1@" + fmt.Sprint(bodyH-14), "r2@0"},
		},
		"a kept chain that does not fit moves": {
			[]u{{name: "a", h: bodyH - 15}, {name: "h", h: 6, keep: true}, {name: "c", h: 5, keep: true}, {name: "r1", h: 8}, {name: "r2", h: 8}},
			[]string{"a@0", "h@0 c@6 r1@11 r2@19"},
		},
		"of a chain longer than a page, as much as fits stays together": {
			[]u{{name: "a", h: 100}, {name: "h", h: 10, keep: true}, {name: "big", h: bodyH - 5}},
			[]string{"a@0 h@100", "big@0"},
		},
		"a table's header row is repeated": {
			[]u{{name: "a", h: bodyH - 12}, {name: "r1", h: 8, repeat: true}, {name: "r2", h: 8, repeat: true}, {name: "r3", h: 8, repeat: true}},
			[]string{"a@0 r1@" + fmt.Sprint(bodyH-12), "header@0 r2@5 r3@13"},
		},
		"a unit taller than a page gets a page of its own": {
			[]u{{name: "a", h: 10}, {name: "huge", h: bodyH + 50}, {name: "b", h: 10}},
			[]string{"a@0", "huge@0", "b@0"},
		},
		"no units, one empty page": {nil, []string{""}},
	}
	for reason, c := range cases {
		names := map[*unit]string{}
		header := &unit{h: 5}
		names[header] = "header"
		var units []*unit
		for _, x := range c.units {
			v := &unit{before: x.before, h: x.h, keep: x.keep}
			if x.repeat {
				v.repeat = header
			}
			names[v] = x.name
			units = append(units, v)
		}
		if diff := cmp.Diff(c.want, layout(units, names)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", reason, diff)
		}
	}
}

// TestPaginateStaysInTheBody places random units and checks that every unit no
// taller than the body ends above the body's bottom.
func TestPaginateStaysInTheBody(t *testing.T) {
	var units []*unit
	for i := range 2000 {
		units = append(units, &unit{before: float64(i % 4), h: float64(1 + (i*37)%61), keep: i%5 == 0})
	}
	for n, page := range paginate(units) {
		for _, p := range page {
			if p.y < bodyTop || p.y+p.u.h > bodyBottom+1e-9 {
				t.Fatalf("page %d: a unit of %g mm at %g mm leaves the body (%g–%g)", n+1, p.u.h, p.y, bodyTop, bodyBottom)
			}
		}
	}
}
