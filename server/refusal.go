package main

import (
	"encoding/json"
	"net/http"

	"github.com/rs/zerolog/hlog"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
)

// refuser builds every answer to a request refused before GraphQL runs it (wrong
// method, media type or route, a body over the limit, a rate limit, a panic): the
// shape of a GraphQL error response, with extensions.code, a German message and the
// request ID in the error, and extensions.catalogVersion like every GraphQL response.
// It is the only place that writes such a body.
type refuser struct{ catalog *catalog.Catalog }

// refuse answers status with one error of code and message; extra adds to the error's
// extensions (e.g. retryAfterSeconds). Headers such as Allow or Retry-After are set
// by the caller before.
func (rf refuser) refuse(w http.ResponseWriter, r *http.Request, status int, code, message string, extra map[string]any) {
	ext := map[string]any{"code": code}
	if id, ok := hlog.IDFromRequest(r); ok {
		ext["requestId"] = id.String()
	}
	for k, v := range extra {
		ext[k] = v
	}
	writeJSON(w, status, map[string]any{
		"errors":     []map[string]any{{"message": message, "extensions": ext}},
		"extensions": map[string]any{"catalogVersion": rf.catalog.Current().Version},
	})
}

// unrouted answers what mux has no route for like every other refusal: an unknown path
// with 404 NOT_FOUND, a known path with a method it does not take with 405
// METHOD_NOT_ALLOWED (and the mux's Allow header).
func unrouted(mux *http.ServeMux, rf refuser) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h, pattern := mux.Handler(r)
		if pattern != "" {
			mux.ServeHTTP(w, r)
			return
		}
		// the mux's own answer says which of the two it is
		probe := &statusProbe{header: http.Header{}}
		h.ServeHTTP(probe, r)
		if probe.status == http.StatusMethodNotAllowed {
			w.Header().Set("Allow", probe.header.Get("Allow"))
			rf.refuse(w, r, http.StatusMethodNotAllowed, apierror.MethodNotAllowed, "Diese Adresse nimmt nur "+probe.header.Get("Allow")+" an", nil)
			return
		}
		rf.refuse(w, r, http.StatusNotFound, apierror.NotFound, "Unter dieser Adresse gibt es nichts; die API ist POST /query", nil)
	})
}

// statusProbe records the status and headers a handler writes and drops its body.
type statusProbe struct {
	header http.Header
	status int
}

func (p *statusProbe) Header() http.Header { return p.header }

func (p *statusProbe) WriteHeader(status int) {
	if p.status == 0 {
		p.status = status
	}
}

func (p *statusProbe) Write(b []byte) (int, error) {
	p.WriteHeader(http.StatusOK)
	return len(b), nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
