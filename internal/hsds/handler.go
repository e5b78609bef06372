// Package hsds publishes the catalogue as Open Referral HSDS 3.0: read-only REST
// endpoints under /hsds following the HSDS API (paths, paging, modified_after), with
// Partner → organization, Modul → service, the partner's place → location and
// service_at_location, and the six Themenfelder → one taxonomy. It shows what an
// anonymous caller sees (published Module, no contact persons), whatever key a request
// carries. The mapping is pure; the handlers read one catalogue snapshot per request.
package hsds

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/fold"
)

// Prefix is the path the endpoints live under.
const Prefix = "/hsds"

// Version is the HSDS version served.
const Version = "3.0"

// Refuse answers a refused request: status, a code and a German message; extra adds to
// what the answer says about the error (here: the parameter at fault).
type Refuse func(w http.ResponseWriter, r *http.Request, status int, code, message string, extra map[string]any)

// Handler serves the HSDS API.
type Handler struct {
	snapshot func() *catalog.Snapshot
	refuse   Refuse
	areaName string
	mux      *http.ServeMux
	pages    pageIndex
}

// New returns the HSDS endpoints over the catalogue snapshot current at each request;
// refuse answers bad requests, areaName names the city for partners working
// city-wide.
func New(snapshot func() *catalog.Snapshot, refuse Refuse, areaName string) *Handler {
	h := &Handler{snapshot: snapshot, refuse: refuse, areaName: areaName, mux: http.NewServeMux()}
	routes := map[string]func(http.ResponseWriter, *http.Request, *catalog.View) *problem{
		"/{$}":                 h.meta,
		"/services":            h.services,
		"/services/{id}":       h.service,
		"/organizations":       h.organizations,
		"/organizations/{id}":  h.organization,
		"/taxonomies":          h.taxonomies,
		"/taxonomies/{id}":     h.taxonomy,
		"/taxonomy_terms":      h.taxonomyTerms,
		"/taxonomy_terms/{id}": h.taxonomyTerm,
	}
	for path, serve := range routes {
		h.mux.Handle(Prefix+path, h.endpoint(serve))
	}
	h.mux.HandleFunc(Prefix+"/", func(w http.ResponseWriter, r *http.Request) {
		refuse(w, r, http.StatusNotFound, apierror.NotFound, "Diesen HSDS-Endpunkt gibt es nicht; angeboten werden "+Prefix+
			"/services, /organizations, /taxonomies und /taxonomy_terms (je auch /{id})", nil)
	})
	return h
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// endpoint wraps an endpoint: GET and HEAD only, one snapshot as an anonymous caller
// sees it, and a refusal for what the endpoint reports.
func (h *Handler) endpoint(serve func(http.ResponseWriter, *http.Request, *catalog.View) *problem) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			h.refuse(w, r, http.StatusMethodNotAllowed, apierror.MethodNotAllowed, "Diese Adresse nimmt nur GET, HEAD an", nil)
			return
		}
		snap := h.snapshot()
		if !snap.Loaded {
			h.refuse(w, r, http.StatusServiceUnavailable, apierror.Unavailable, apierror.CatalogNotLoaded, nil)
			return
		}
		w.Header().Set("X-Catalog-Version", strconv.FormatInt(snap.Version, 10))
		if p := serve(w, r, snap.As(drehscheibe.Principal{})); p != nil {
			var extra map[string]any
			if p.param != "" {
				extra = map[string]any{"parameter": p.param}
			}
			h.refuse(w, r, p.status, p.code, p.message, extra)
		}
	})
}

// write sends v as JSON.
func write(w http.ResponseWriter, v any) *problem {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // a client gone away is no problem of ours
	return nil
}

func notFound(what string) *problem {
	return &problem{status: http.StatusNotFound, code: apierror.NotFound, message: what + " nicht gefunden"}
}

// meta is GET /: the HSDS version of the API.
func (h *Handler) meta(w http.ResponseWriter, r *http.Request, _ *catalog.View) *problem {
	if _, p := query(r); p != nil {
		return p
	}
	return write(w, map[string]string{"version": Version})
}

// services is GET /services: published Module, oldest first (new ones are appended,
// so paging through the list while it grows misses nothing), filtered by search,
// taxonomy_term_id (a Themenfeld), taxonomy_id, organization_id and modified_after
// (changed at or after).
func (h *Handler) services(w http.ResponseWriter, r *http.Request, v *catalog.View) *problem {
	q, p := query(r, "page", "per_page", "search", "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after", "format")
	if p != nil {
		return p
	}
	pg, p := pagingOf(q)
	if p != nil {
		return p
	}
	var f catalog.ModulFilter
	none := false // a filter that nothing matches
	if f.Text, p = textParam(q, "search"); p != nil {
		return p
	}
	if f.ModifiedSince, p = timeParam(q, "modified_after"); p != nil {
		return p
	}
	term, p := uuidParam(q, "taxonomy_term_id")
	if p != nil {
		return p
	}
	if term != nil {
		t, ok := themeOfTerm[*term]
		f.Themes, none = []drehscheibe.Theme{t}, !ok
	}
	tax, p := uuidParam(q, "taxonomy_id")
	if p != nil {
		return p
	}
	if tax != nil && tax.String() != themenfelder.ID {
		none = true
	}
	org, p := uuidParam(q, "organization_id")
	if p != nil {
		return p
	}
	if org != nil {
		if pa, ok := findPartner(v, *org); ok {
			f.PartnerID = pa.ID
		} else {
			none = true
		}
	}
	var items []*drehscheibe.Modul
	total := 0
	if !none {
		l := v.Module(f, catalog.Order{By: catalog.ByCreated})
		key := fmt.Sprintf("services|%q|%v|%v|%s", f.Text, modifiedKey(f.ModifiedSince), f.Themes, f.PartnerID)
		items, total = pageOf(h.pages.index(v.Version(), key), l, pg.offset(), pg.perPage)
	}
	contents := make([]ServiceItem, len(items))
	for i, m := range items {
		pa, _ := v.Partner(m.PartnerID)
		contents[i] = serviceItem(m, pa, true)
	}
	return write(w, page(pg, total, contents))
}

func modifiedKey(t *time.Time) int64 {
	if t == nil {
		return -1
	}
	return t.UnixNano()
}

// service is GET /services/{id}: a published Modul, fully nested.
func (h *Handler) service(w http.ResponseWriter, r *http.Request, v *catalog.View) *problem {
	if _, p := query(r, "format"); p != nil {
		return p
	}
	u, p := parseUUID(r.PathValue("id"), "id")
	if p != nil {
		return p
	}
	m, ok := findModul(v, u)
	if !ok {
		return notFound("Angebot (Modul)")
	}
	pa, _ := v.Partner(m.PartnerID)
	return write(w, service(m, pa, v.Quartier, h.areaName))
}

// organizations is GET /organizations: every partner, oldest first, filtered by
// search.
func (h *Handler) organizations(w http.ResponseWriter, r *http.Request, v *catalog.View) *problem {
	q, p := query(r, "page", "per_page", "search", "format")
	if p != nil {
		return p
	}
	pg, p := pagingOf(q)
	if p != nil {
		return p
	}
	var f catalog.PartnerFilter
	if f.Text, p = textParam(q, "search"); p != nil {
		return p
	}
	l := v.Partners(f, catalog.Order{By: catalog.ByCreated})
	items, total := pageOf(h.pages.index(v.Version(), fmt.Sprintf("organizations|%q", f.Text)), l, pg.offset(), pg.perPage)
	contents := make([]OrganizationItem, len(items))
	for i, pa := range items {
		contents[i] = organizationItem(pa)
	}
	return write(w, page(pg, total, contents))
}

// organization is GET /organizations/{id}: a partner with its place, Themenfelder and
// published Module.
func (h *Handler) organization(w http.ResponseWriter, r *http.Request, v *catalog.View) *problem {
	if _, p := query(r, "format"); p != nil {
		return p
	}
	u, p := parseUUID(r.PathValue("id"), "id")
	if p != nil {
		return p
	}
	pa, ok := findPartner(v, u)
	if !ok {
		return notFound("Organisation (Partner)")
	}
	module := v.Module(catalog.ModulFilter{PartnerID: pa.ID}, catalog.Order{By: catalog.ByCreated}).All()
	services := make([]ServiceItem, len(module))
	for i, m := range module {
		services[i] = serviceItem(m, pa, false)
	}
	return write(w, organization(pa, services))
}

// taxonomies is GET /taxonomies: the Themenfelder.
func (h *Handler) taxonomies(w http.ResponseWriter, r *http.Request, _ *catalog.View) *problem {
	q, p := query(r, "page", "per_page", "search", "format")
	if p != nil {
		return p
	}
	pg, p := pagingOf(q)
	if p != nil {
		return p
	}
	search, p := textParam(q, "search")
	if p != nil {
		return p
	}
	var all []Taxonomy
	if matches(search, themenfelder.Name, themenfelder.Description) {
		all = append(all, themenfelder)
	}
	return write(w, slicePage(pg, all))
}

// taxonomy is GET /taxonomies/{id}.
func (h *Handler) taxonomy(w http.ResponseWriter, r *http.Request, _ *catalog.View) *problem {
	if _, p := query(r, "format"); p != nil {
		return p
	}
	u, p := parseUUID(r.PathValue("id"), "id")
	if p != nil {
		return p
	}
	if u.String() != themenfelder.ID {
		return notFound("Taxonomie")
	}
	return write(w, themenfelder)
}

// taxonomyTerms is GET /taxonomy_terms: the six Themenfelder, filtered by search,
// taxonomy_id, parent_id (they have none) and top_only (they all are).
func (h *Handler) taxonomyTerms(w http.ResponseWriter, r *http.Request, _ *catalog.View) *problem {
	q, p := query(r, "page", "per_page", "search", "taxonomy_id", "parent_id", "top_only", "format")
	if p != nil {
		return p
	}
	pg, p := pagingOf(q)
	if p != nil {
		return p
	}
	search, p := textParam(q, "search")
	if p != nil {
		return p
	}
	tax, p := uuidParam(q, "taxonomy_id")
	if p != nil {
		return p
	}
	parent, p := uuidParam(q, "parent_id")
	if p != nil {
		return p
	}
	if s := q.Get("top_only"); q.Has("top_only") && s != "true" && s != "false" {
		return badParam("top_only", "top_only ist true oder false, nicht „%s“", clip(s))
	}
	var all []TaxonomyTerm
	if parent == nil && (tax == nil || tax.String() == themenfelder.ID) {
		for _, t := range terms {
			if matches(search, t.Code, t.Name, t.Description) {
				all = append(all, t)
			}
		}
	}
	return write(w, slicePage(pg, all))
}

// taxonomyTerm is GET /taxonomy_terms/{id}.
func (h *Handler) taxonomyTerm(w http.ResponseWriter, r *http.Request, _ *catalog.View) *problem {
	if _, p := query(r, "format"); p != nil {
		return p
	}
	u, p := parseUUID(r.PathValue("id"), "id")
	if p != nil {
		return p
	}
	t, ok := themeOfTerm[u]
	if !ok {
		return notFound("Taxonomie-Begriff")
	}
	return write(w, themeTerm(t))
}

// findModul returns the published Modul whose UUID is u.
func findModul(v *catalog.View, u uuid.UUID) (*drehscheibe.Modul, bool) {
	var m *drehscheibe.Modul
	found := entityIDs(u, drehscheibe.KindModul, func(id drehscheibe.ID) bool {
		var ok bool
		m, ok = v.Modul(id)
		return ok && m.Status == drehscheibe.ModulPublished
	})
	return m, found
}

// findPartner returns the partner whose UUID is u.
func findPartner(v *catalog.View, u uuid.UUID) (*drehscheibe.Partner, bool) {
	var pa *drehscheibe.Partner
	found := entityIDs(u, drehscheibe.KindPartner, func(id drehscheibe.ID) bool {
		var ok bool
		pa, ok = v.Partner(id)
		return ok
	})
	return pa, found
}

// matches reports whether every word of search occurs in one of texts (folded like
// the catalogue's search: case, umlauts and accents ignored).
func matches(search string, texts ...string) bool {
	var hay strings.Builder
	for _, t := range texts {
		hay.WriteString(" | " + fold.Haystack(t))
	}
	for _, term := range fold.Terms(search) {
		if !strings.Contains(hay.String(), term) {
			return false
		}
	}
	return true
}

// page is the envelope of the page pg of a list of total entries.
func page[T any](pg paging, total int, contents []T) Page[T] {
	pages := (total + pg.perPage - 1) / pg.perPage
	if contents == nil {
		contents = []T{}
	}
	return Page[T]{
		TotalItems: total, TotalPages: pages, PageNumber: pg.page, Size: len(contents),
		FirstPage: pg.page == 1, LastPage: pg.page >= pages, Empty: total == 0, Contents: contents,
	}
}

// slicePage is page pg of a small list held in full.
func slicePage[T any](pg paging, all []T) Page[T] {
	from := min(pg.offset(), len(all))
	return page(pg, len(all), all[from:min(from+pg.perPage, len(all))])
}
