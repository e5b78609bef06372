package main

import (
	"encoding/base64"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// pager fetches one page of a connection; vars hold first, after, last and before.
type pager func(t *testing.T, vars map[string]any) connPage

// listPager pages through list l with the fixed variables base (filter, orderBy).
func listPager(a *testApp, l connList, base map[string]any) pager {
	return func(t *testing.T, vars map[string]any) connPage {
		t.Helper()
		v := maps.Clone(base)
		if v == nil {
			v = map[string]any{}
		}
		maps.Copy(v, vars)
		return l.page(t, a, v)
	}
}

// nestedPager pages through the connection field of the entity id of type typ, e.g.
// Partner.module.
func nestedPager(a *testApp, id, typ, field, args string) pager {
	q := fmt.Sprintf(`query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
		node(id: $id) { ... on %s { conn: %s(%sfirst: $first, after: $after, last: $last, before: $before) { %s } } } }`,
		typ, field, args, pageSelection)
	return func(t *testing.T, vars map[string]any) connPage {
		t.Helper()
		v := maps.Clone(vars)
		v["id"] = id
		var data struct{ Node *struct{ Conn connPage } }
		a.query(t, q, v, &data)
		if data.Node == nil {
			t.Fatalf("node(id: %q) is null", id)
		}
		return data.Node.Conn
	}
}

// checkPage checks what holds for every page: at most size items, and start and end
// cursors that are those of the first and last edge.
func checkPage(t *testing.T, p connPage, size int) {
	t.Helper()
	if len(p.Edges) > size {
		t.Fatalf("page of %d items, asked for %d", len(p.Edges), size)
	}
	var start, end *string
	if len(p.Edges) > 0 {
		start, end = &p.Edges[0].Cursor, &p.Edges[len(p.Edges)-1].Cursor
	}
	if diff := cmp.Diff(start, p.PageInfo.StartCursor); diff != "" {
		t.Errorf("startCursor is not the first edge's cursor (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(end, p.PageInfo.EndCursor); diff != "" {
		t.Errorf("endCursor is not the last edge's cursor (-want +got):\n%s", diff)
	}
}

// walkForward pages through with first: size and after, checking every page, and
// returns the IDs in order and the totalCount.
func walkForward(t *testing.T, fetch pager, size int) ([]string, int) {
	t.Helper()
	var ids []string
	total := -1
	vars := map[string]any{"first": size}
	for page := 0; ; page++ {
		p := fetch(t, vars)
		checkPage(t, p, size)
		if total < 0 {
			total = p.TotalCount
		}
		ids = append(ids, p.ids()...)
		want := pageInfoView{HasNextPage: len(ids) < total, HasPreviousPage: page > 0,
			StartCursor: p.PageInfo.StartCursor, EndCursor: p.PageInfo.EndCursor}
		if diff := cmp.Diff(want, p.PageInfo); diff != "" || p.TotalCount != total {
			t.Fatalf("forward page %d (items %d of %d, totalCount %d): pageInfo (-want +got):\n%s", page, len(ids), total, p.TotalCount, diff)
		}
		if len(p.Edges) == 0 && total > len(ids) {
			t.Fatalf("forward page %d is empty after %d of %d items", page, len(ids), total)
		}
		if !p.PageInfo.HasNextPage {
			return ids, total
		}
		vars["after"] = *p.PageInfo.EndCursor
	}
}

// walkBackward pages from the end with last: size and before, checking every page, and
// returns the IDs in list order and the totalCount.
func walkBackward(t *testing.T, fetch pager, size int) ([]string, int) {
	t.Helper()
	var ids []string
	total := -1
	vars := map[string]any{"last": size}
	for page := 0; ; page++ {
		p := fetch(t, vars)
		checkPage(t, p, size)
		if total < 0 {
			total = p.TotalCount
		}
		ids = append(p.ids(), ids...)
		want := pageInfoView{HasNextPage: page > 0, HasPreviousPage: len(ids) < total,
			StartCursor: p.PageInfo.StartCursor, EndCursor: p.PageInfo.EndCursor}
		if diff := cmp.Diff(want, p.PageInfo); diff != "" || p.TotalCount != total {
			t.Fatalf("backward page %d (items %d of %d, totalCount %d): pageInfo (-want +got):\n%s", page, len(ids), total, p.TotalCount, diff)
		}
		if len(p.Edges) == 0 && total > len(ids) {
			t.Fatalf("backward page %d is empty after %d of %d items", page, len(ids), total)
		}
		if !p.PageInfo.HasPreviousPage {
			return ids, total
		}
		vars["before"] = *p.PageInfo.StartCursor
	}
}

// checkWalks walks forward and backward and checks that both yield every item once,
// as many as totalCount, in the same order as want (the demo entities, in list order).
func checkWalks(t *testing.T, d demoCatalogue, fetch pager, size int, want []string) {
	t.Helper()
	if len(want) <= size {
		t.Fatalf("the demo data gives %d items, not enough for pages of %d", len(want), size)
	}
	forward, total := walkForward(t, fetch, size)
	if len(forward) != total {
		t.Errorf("forward: walked %d items, totalCount %d", len(forward), total)
	}
	if dup := repeatedIDs(forward); len(dup) > 0 {
		t.Errorf("forward: items listed more than once: %v", d.labels(dup))
	}
	if diff := cmp.Diff(d.labels(want), d.labels(d.onlyDemo(forward))); diff != "" {
		t.Errorf("forward walk (-want +got):\n%s", diff)
	}
	backward, total := walkBackward(t, fetch, size)
	if len(backward) != total {
		t.Errorf("backward: walked %d items, totalCount %d", len(backward), total)
	}
	if diff := cmp.Diff(d.labels(forward), d.labels(backward)); diff != "" {
		t.Errorf("backward walk differs from the forward walk (-forward +backward):\n%s", diff)
	}
}

func repeatedIDs(ids []string) []string {
	seen, dup := map[string]bool{}, []string{}
	for _, id := range ids {
		if seen[id] {
			dup = append(dup, id)
		}
		seen[id] = true
	}
	return dup
}

// sortedIDs returns the IDs of the entities for which keep holds, ordered by compare
// with ties by ID, both reversed when desc (the service's documented tie-break: lists
// are ordered by key, then ID, in the list's direction).
func sortedIDs[E drehscheibe.Entity](es []E, keep func(E) bool, compare func(x, y E) int, desc bool) []string {
	var out []E
	for _, e := range es {
		if keep(e) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(x, y E) int {
		c := compare(x, y)
		if c == 0 {
			c = strings.Compare(entityID(x), entityID(y))
		}
		if desc {
			c = -c
		}
		return c
	})
	return idsOf(out)
}

func TestWalkEveryListForwardAndBackward(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	published := func(m *drehscheibe.Modul) bool { return m.Status == drehscheibe.ModulPublished }
	everyQuartier := func(*drehscheibe.Quartier) bool { return true }
	priority := func(x, y *drehscheibe.Quartier) int {
		return cmpFloat(documentedPriority(x), documentedPriority(y))
	}
	cases := map[string]struct {
		reason string
		fetch  pager
		size   int
		want   []string
	}{
		"quartiere": {"Quartiere by name", listPager(a, quartierList, nil), 5,
			sortedIDs(d.quartiere, everyQuartier, byName[*drehscheibe.Quartier], false)},
		"quartiere by priority": {"equal priorities keep a stable place (ties by ID)", listPager(a, quartierList, map[string]any{"orderBy": map[string]any{"field": "PRIORITY", "direction": "DESC"}}), 2,
			sortedIDs(d.quartiere, everyQuartier, priority, true)},
		"institutionen": {"institutions by name", listPager(a, institutionList, nil), 4,
			sortedIDs(d.institutionen, func(*drehscheibe.Institution) bool { return true }, byName[*drehscheibe.Institution], false)},
		"partners": {"partners newest first", listPager(a, partnerList, map[string]any{"orderBy": map[string]any{"field": "CREATED_AT", "direction": "DESC"}}), 7,
			sortedIDs(d.partners, func(*drehscheibe.Partner) bool { return true }, byCreated[*drehscheibe.Partner], true)},
		"module": {"published Module by title, more than one page of 100", listPager(a, modulList, nil), 9,
			sortedIDs(d.module, published, byName[*drehscheibe.Modul], false)},
		"module filtered": {"a filtered list by title descending", listPager(a, modulList, map[string]any{"filter": map[string]any{"themes": []string{"MUSIK_KULTUR"}}, "orderBy": map[string]any{"field": "TITLE", "direction": "DESC"}}), 4,
			sortedIDs(d.module, func(m *drehscheibe.Modul) bool { return published(m) && m.HasTheme(drehscheibe.ThemeMusikKultur) }, byName[*drehscheibe.Modul], true)},
		"bedarfe": {"Bedarfe in every state by last change", listPager(a, bedarfList, map[string]any{"filter": map[string]any{"status": allBedarfStatuses}, "orderBy": map[string]any{"field": "UPDATED_AT"}}), 6,
			sortedIDs(d.bedarfe, func(*drehscheibe.Bedarf) bool { return true }, byUpdated[*drehscheibe.Bedarf], false)},
		"kindercampusStandorte": {"the campus sites one by one", listPager(a, kindercampusList, nil), 1,
			sortedIDs(d.campus, func(*drehscheibe.Kindercampus) bool { return true }, byName[*drehscheibe.Kindercampus], false)},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			checkWalks(t, d, tc.fetch, tc.size, tc.want)
		})
	}
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func TestNestedConnectionsPaginate(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	// the partner with the most published Module and the Quartier with the most
	// institutions and open Bedarfe
	published := func(p *drehscheibe.Partner) func(m *drehscheibe.Modul) bool {
		return func(m *drehscheibe.Modul) bool { return m.PartnerID == p.ID && m.Status == drehscheibe.ModulPublished }
	}
	partner := slices.MaxFunc(d.partners, func(x, y *drehscheibe.Partner) int {
		return len(idsWhere(d.module, published(x))) - len(idsWhere(d.module, published(y)))
	})
	inQuartier := func(q *drehscheibe.Quartier) func(*drehscheibe.Institution) bool {
		return func(in *drehscheibe.Institution) bool { return in.QuartierID == q.ID }
	}
	quartier := slices.MaxFunc(d.quartiere, func(x, y *drehscheibe.Quartier) int {
		return len(idsWhere(d.institutionen, inQuartier(x))) - len(idsWhere(d.institutionen, inQuartier(y)))
	})
	institution := map[drehscheibe.ID]*drehscheibe.Institution{}
	for _, in := range d.institutionen {
		institution[in.ID] = in
	}
	openIn := func(b *drehscheibe.Bedarf) bool {
		return b.Status == drehscheibe.BedarfOpen && institution[b.InstitutionID].QuartierID == quartier.ID
	}
	cases := map[string]struct {
		reason string
		fetch  pager
		size   int
		want   []string
	}{
		"Partner.module": {"a partner's published Module by title", nestedPager(a, string(partner.ID), "Partner", "module", ""), 2,
			sortedIDs(d.module, published(partner), byName[*drehscheibe.Modul], false)},
		"Partner.module newest first": {"with orderBy", nestedPager(a, string(partner.ID), "Partner", "module", "orderBy: {field: CREATED_AT, direction: DESC}, "), 2,
			sortedIDs(d.module, published(partner), byCreated[*drehscheibe.Modul], true)},
		"Quartier.institutionen": {"the institutions of a Quartier", nestedPager(a, string(quartier.ID), "Quartier", "institutionen", ""), 2,
			sortedIDs(d.institutionen, inQuartier(quartier), byName[*drehscheibe.Institution], false)},
		"Quartier.bedarfe": {"the open Bedarfe of a Quartier", nestedPager(a, string(quartier.ID), "Quartier", "bedarfe", ""), 3,
			sortedIDs(d.bedarfe, openIn, byName[*drehscheibe.Bedarf], false)},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			checkWalks(t, d, tc.fetch, tc.size, tc.want)
		})
	}
}

func TestPageSizes(t *testing.T) {
	a := shared(t)
	// the number of items of each list, to ask for exactly that many
	totals := map[string]int{}
	for _, l := range []connList{quartierList, institutionList, partnerList, modulList, bedarfList, kindercampusList} {
		totals[l.field] = l.page(t, a, map[string]any{"first": 0}).TotalCount
	}
	if totals[modulList.field] <= 20 || totals[quartierList.field] > 20 {
		t.Fatalf("the demo data no longer has a list longer and one shorter than the default page: %v", totals)
	}
	type pageShape struct {
		Edges       int
		HasNextPage bool
	}
	cases := map[string]struct {
		reason string
		list   connList
		vars   map[string]any
		want   pageShape
	}{
		"default long":     {"first defaults to 20", modulList, map[string]any{}, pageShape{20, true}},
		"default short":    {"a short list fits on the default page", quartierList, map[string]any{}, pageShape{totals["quartiere"], false}},
		"first 0":          {"first: 0 gives no items but the count", modulList, map[string]any{"first": 0}, pageShape{0, true}},
		"first 0 short":    {"first: 0 gives no items but the count", kindercampusList, map[string]any{"first": 0}, pageShape{0, true}},
		"first total":      {"exactly totalCount items: no next page", partnerList, map[string]any{"first": totals["partners"]}, pageShape{totals["partners"], false}},
		"first over total": {"more than totalCount: all items, no next page", institutionList, map[string]any{"first": totals["institutionen"] + 1}, pageShape{totals["institutionen"], false}},
		"first 100":        {"100 is the largest page", modulList, map[string]any{"first": 100}, pageShape{100, true}},
		"last 100":         {"last: 100 is allowed too", modulList, map[string]any{"last": 100}, pageShape{100, false}},
		"last over total":  {"last beyond the list: all items", bedarfList, map[string]any{"last": totals["bedarfe"] + 5}, pageShape{totals["bedarfe"], false}},
		"first null":       {"first: null is the default", modulList, map[string]any{"first": nil}, pageShape{20, true}},
		"first 1":          {"a single item", kindercampusList, map[string]any{"first": 1}, pageShape{1, totals["kindercampusStandorte"] > 1}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			p := tc.list.page(t, a, tc.vars)
			got := pageShape{len(p.Edges), p.PageInfo.HasNextPage}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
			if p.TotalCount != totals[tc.list.field] {
				t.Errorf("%s: totalCount %d, want %d whatever the page", tc.reason, p.TotalCount, totals[tc.list.field])
			}
			if len(p.Edges) == 0 && (p.PageInfo.StartCursor != nil || p.PageInfo.EndCursor != nil) {
				t.Errorf("%s: an empty page has cursors %v %v", tc.reason, p.PageInfo.StartCursor, p.PageInfo.EndCursor)
			}
		})
	}
}

func TestBadPagingArgumentsAreTopLevelErrors(t *testing.T) {
	a := shared(t)
	cursor := *modulList.page(t, a, map[string]any{"first": 1}).PageInfo.EndCursor
	cases := map[string]struct {
		reason string
		list   connList
		vars   map[string]any
	}{
		"first 101":        {"first is at most 100", modulList, map[string]any{"first": 101}},
		"first negative":   {"first is not negative", modulList, map[string]any{"first": -1}},
		"last 101":         {"last is at most 100", modulList, map[string]any{"last": 101}},
		"last negative":    {"last is not negative", quartierList, map[string]any{"last": -3}},
		"first and last":   {"first and last together are ambiguous", modulList, map[string]any{"first": 5, "last": 5}},
		"first and last 0": {"even with zero", partnerList, map[string]any{"first": 0, "last": 0}},
		"huge first":       {"a huge first", institutionList, map[string]any{"first": 1 << 30}},
		"both and cursors": {"first and last with cursors", modulList, map[string]any{"first": 5, "last": 5, "after": cursor}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := a.post(t, tc.list.query(pageSelection), tc.vars)
			if r.code() != "BAD_USER_INPUT" {
				t.Errorf("%s: want a top-level BAD_USER_INPUT error, got status %d errors %+v data %s", tc.reason, r.Status, r.Errors, r.Data)
			}
		})
	}
	t.Run("nested", func(t *testing.T) {
		r := a.post(t, `{ partners(first: 1) { nodes { module(first: 101) { totalCount } } } }`, nil)
		if r.code() != "BAD_USER_INPUT" {
			t.Errorf("a nested connection checks first too: status %d errors %+v", r.Status, r.Errors)
		}
	})
}

func TestInvalidCursorsAreRefused(t *testing.T) {
	a := shared(t)
	b64 := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	cases := map[string]struct {
		reason string
		cursor string
	}{
		"random text":        {"not base64 at all", "nicht ein Cursor!"},
		"base64 garbage":     {"base64 of random bytes", b64("\x00\xff\x10garbage\x80")},
		"base64 text":        {"base64 of a text without the cursor form", b64("hallo welt")},
		"std base64 garbage": {"standard base64 with padding", base64.StdEncoding.EncodeToString([]byte("garbage!!"))},
		"malformed ID":       {"the cursor form with an ID that is no ID", b64("c1|fussball|kein-id")},
		"no ID":              {"the cursor form without an ID", b64("c1|fussball")},
		"other version":      {"a cursor version the service does not know", b64("c9|fussball|mod_" + strings.Repeat("a", 26))},
		"empty":              {"an empty cursor", ""},
		"too long":           {"an overlong cursor", b64("c1|" + strings.Repeat("x", 2000) + "|mod_" + strings.Repeat("a", 26))},
	}
	for name, tc := range cases {
		for _, arg := range []string{"after", "before"} {
			t.Run(name+" "+arg, func(t *testing.T) {
				r := a.post(t, modulList.query(pageSelection), map[string]any{arg: tc.cursor})
				if r.code() != "BAD_USER_INPUT" {
					t.Errorf("%s as %s: want a top-level BAD_USER_INPUT error, got status %d errors %+v data %s", tc.reason, arg, r.Status, r.Errors, r.Data)
				}
			})
		}
	}
}

func TestAfterTheLastCursorIsAnEmptyPage(t *testing.T) {
	a := shared(t)
	for _, l := range []connList{quartierList, institutionList, partnerList, modulList, bedarfList, kindercampusList} {
		t.Run(l.field, func(t *testing.T) {
			last := l.page(t, a, map[string]any{"last": 1})
			if len(last.Edges) != 1 || last.PageInfo.HasNextPage {
				t.Fatalf("last: 1 gives %d items, hasNextPage %v", len(last.Edges), last.PageInfo.HasNextPage)
			}
			p := l.page(t, a, map[string]any{"first": 5, "after": last.Edges[0].Cursor})
			want := connPage{TotalCount: last.TotalCount, Edges: p.Edges[:0], PageInfo: pageInfoView{HasPreviousPage: true}}
			if diff := cmp.Diff(want, p); diff != "" {
				t.Errorf("after the last cursor (-want +got):\n%s", diff)
			}
			first := l.page(t, a, map[string]any{"first": 1})
			p = l.page(t, a, map[string]any{"last": 5, "before": first.Edges[0].Cursor})
			want = connPage{TotalCount: last.TotalCount, Edges: p.Edges[:0], PageInfo: pageInfoView{HasNextPage: true}}
			if diff := cmp.Diff(want, p); diff != "" {
				t.Errorf("before the first cursor (-want +got):\n%s", diff)
			}
		})
	}
}

// publishModul creates a Modul of the partner with the title and publishes it; it
// returns the ID and version.
func createPublishedModul(t *testing.T, a *testApp, partner, title string) (string, int) {
	t.Helper()
	const fields = `modul { id version status } userErrors { field message code }`
	var out struct {
		Modul struct {
			ID      string
			Version int
			Status  string
		}
	}
	input := map[string]any{
		"partnerId": partner, "title": title, "description": "Ein Modul, das nur die Tests anlegen.",
		"theme": "BNE", "ageRange": map[string]any{"min": 6, "max": 10}, "targetTypes": []string{"GRUNDSCHULE"},
		"formats": []string{"WORKSHOP"}, "deliveryModes": []string{"AT_INSTITUTION"},
		"groupSize": map[string]any{"min": 5, "max": 20}, "capacity": 2,
	}
	for _, step := range []struct{ name, input string }{
		{"createModul", "CreateModulInput"}, {"submitModulForReview", "ModulTransitionInput"}, {"publishModul", "ModulTransitionInput"},
	} {
		q := fmt.Sprintf(`mutation($input: %s!) { %s(input: $input) { %s } }`, step.input, step.name, fields)
		if ue := a.mutate(t, step.name, q, input, &out); len(ue) > 0 {
			t.Fatalf("%s: %+v", step.name, ue)
		}
		input = map[string]any{"id": out.Modul.ID, "version": out.Modul.Version}
	}
	if out.Modul.Status != "PUBLISHED" {
		t.Fatalf("the new Modul is %s", out.Modul.Status)
	}
	return out.Modul.ID, out.Modul.Version
}

func TestCursorStaysValidWhileTheCatalogueChanges(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	fetch := listPager(a, modulList, nil)
	before, total := walkForward(t, fetch, 100)

	// two pages of ten, then one Modul that sorts before the cursor and one after it
	var walked []string
	vars := map[string]any{"first": 10}
	for range 2 {
		p := fetch(t, vars)
		walked = append(walked, p.ids()...)
		vars["after"] = *p.PageInfo.EndCursor
	}
	stamp := time.Now().UnixNano()
	early, _ := createPublishedModul(t, a, string(d.partners[0].ID), fmt.Sprintf("AAA Cursortest %d", stamp))
	late, lateVersion := createPublishedModul(t, a, string(d.partners[0].ID), fmt.Sprintf("ZZZ Cursortest %d", stamp))
	var lastCursor string
	for {
		p := fetch(t, vars)
		if p.TotalCount != total+2 {
			t.Fatalf("totalCount %d after adding two Module to %d", p.TotalCount, total)
		}
		walked = append(walked, p.ids()...)
		if len(walked) > p.TotalCount {
			t.Fatalf("walked %d items of %d and still going", len(walked), p.TotalCount)
		}
		if !p.PageInfo.HasNextPage {
			lastCursor = *p.PageInfo.EndCursor
			break
		}
		vars["after"] = *p.PageInfo.EndCursor
	}
	if dup := repeatedIDs(walked); len(dup) > 0 {
		t.Errorf("items listed twice after the change: %v", d.labels(dup))
	}
	want := append(slices.Clone(before), late)
	if diff := cmp.Diff(d.labels(want), d.labels(walked)); diff != "" {
		t.Errorf("paging on after the change: every item once, the new one after the cursor included, the one before it not (-want +got):\n%s", diff)
	}
	if slices.Contains(walked, early) {
		t.Errorf("the Modul added before the cursor was listed")
	}

	// the cursor of an item that left the list still marks its place
	q := `mutation($input: ModulTransitionInput!) { archiveModul(input: $input) { modul { status } userErrors { field message code } } }`
	if ue := a.mutate(t, "archiveModul", q, map[string]any{"id": late, "version": lateVersion}, nil); len(ue) > 0 {
		t.Fatalf("archiveModul: %+v", ue)
	}
	p := fetch(t, map[string]any{"first": 5, "after": lastCursor})
	if len(p.Edges) != 0 || p.PageInfo.HasNextPage {
		t.Errorf("after the cursor of an archived last item: %d items, hasNextPage %v", len(p.Edges), p.PageInfo.HasNextPage)
	}
	p = fetch(t, map[string]any{"last": 3, "before": lastCursor})
	if diff := cmp.Diff(d.labels(before[len(before)-3:]), d.labels(p.ids())); diff != "" {
		t.Errorf("before the cursor of an archived item (-want +got):\n%s", diff)
	}

	// a fresh walk sees the early Modul and no longer the archived one
	now, n := walkForward(t, fetch, 100)
	if n != total+1 || !slices.Contains(now, early) || slices.Contains(now, late) {
		t.Errorf("a fresh walk: totalCount %d (before the change %d), the early Modul listed %v, the archived one listed %v",
			n, total, slices.Contains(now, early), slices.Contains(now, late))
	}
}

func TestPageBetweenTwoCursors(t *testing.T) {
	a, d := shared(t), loadDemoCatalogue(t)
	fetch := listPager(a, quartierList, map[string]any{"orderBy": map[string]any{"field": "NUMBER"}})
	full := fetch(t, map[string]any{"first": 100})
	if len(full.Edges) < 8 {
		t.Fatalf("%d Quartiere are too few", len(full.Edges))
	}
	ids, cursor := full.ids(), func(i int) string { return full.Edges[i].Cursor }
	cases := map[string]struct {
		reason string
		vars   map[string]any
		want   []string
		info   pageInfoView
	}{
		"window":         {"after and before: the items strictly between", map[string]any{"after": cursor(1), "before": cursor(7)}, ids[2:7], pageInfoView{HasNextPage: true, HasPreviousPage: true}},
		"window first":   {"first counts from after", map[string]any{"after": cursor(1), "before": cursor(7), "first": 2}, ids[2:4], pageInfoView{HasNextPage: true, HasPreviousPage: true}},
		"window last":    {"last counts back from before", map[string]any{"after": cursor(1), "before": cursor(7), "last": 2}, ids[5:7], pageInfoView{HasNextPage: true, HasPreviousPage: true}},
		"before first":   {"first with before only: from the start", map[string]any{"before": cursor(3), "first": 2}, ids[0:2], pageInfoView{HasNextPage: true}},
		"after last":     {"last with after only: up to the end", map[string]any{"after": cursor(len(ids) - 4), "last": 2}, ids[len(ids)-2:], pageInfoView{HasPreviousPage: true}},
		"crossed":        {"after behind before: nothing in between", map[string]any{"after": cursor(5), "before": cursor(2)}, nil, pageInfoView{HasNextPage: true, HasPreviousPage: true}},
		"same cursor":    {"after and before the same item: nothing", map[string]any{"after": cursor(3), "before": cursor(3)}, nil, pageInfoView{HasNextPage: true, HasPreviousPage: true}},
		"neighbours":     {"after and before neighbours: nothing", map[string]any{"after": cursor(3), "before": cursor(4)}, nil, pageInfoView{HasNextPage: true, HasPreviousPage: true}},
		"one in between": {"exactly one item between", map[string]any{"after": cursor(3), "before": cursor(5)}, ids[4:5], pageInfoView{HasNextPage: true, HasPreviousPage: true}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			p := fetch(t, tc.vars)
			if diff := cmp.Diff(d.labels(tc.want), d.labels(p.ids())); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
			got := pageInfoView{HasNextPage: p.PageInfo.HasNextPage, HasPreviousPage: p.PageInfo.HasPreviousPage}
			if diff := cmp.Diff(tc.info, got); diff != "" {
				t.Errorf("%s: pageInfo (-want +got):\n%s", tc.reason, diff)
			}
			if p.TotalCount != full.TotalCount {
				t.Errorf("%s: totalCount %d, want %d whatever the window", tc.reason, p.TotalCount, full.TotalCount)
			}
		})
	}
}

func TestCursorOfAnotherListOrOrderIsRefused(t *testing.T) {
	a := shared(t)
	var d struct {
		Module struct{ PageInfo struct{ EndCursor string } }
	}
	a.query(t, `{ module(first: 2) { pageInfo { endCursor } } }`, nil, &d)
	cursor := d.Module.PageInfo.EndCursor
	for name, q := range map[string]string{
		"other order": `query($c: String) { module(first: 2, after: $c, orderBy: {field: CREATED_AT}) { totalCount } }`,
		"other list":  `query($c: String) { partners(first: 2, after: $c) { totalCount } }`,
		"other text":  `query($c: String) { module(first: 2, after: $c, filter: {text: "Musik"}, orderBy: {field: RELEVANCE}) { totalCount } }`,
	} {
		if r := a.post(t, q, map[string]any{"c": cursor}); r.code() != "BAD_USER_INPUT" {
			t.Errorf("%s: a cursor of module(orderBy: TITLE) gave %d %+v", name, r.Status, r.Errors)
		}
	}
	// the same list, filtered differently, shares the order: its cursors fit
	if r := a.post(t, `query($c: String) { module(first: 2, after: $c, filter: {free: true}) { totalCount } }`, map[string]any{"c": cursor}); len(r.Errors) > 0 {
		t.Errorf("a cursor of the same order under another filter: %+v", r.Errors)
	}
}
