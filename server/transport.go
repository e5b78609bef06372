package main

import (
	"mime"
	"net/http"

	"github.com/stadtdortmund/drehscheibe/internal/apierror"
)

// transportRules enforces how operations may arrive at /query, with a clear error for
// everything else: POST with a JSON body for every operation; GET for queries
// (getTransport decides what a GET may carry); no form-encoded, multipart or
// text/plain bodies (a browser sends those cross-site without a CORS preflight).
func transportRules(rf refuser) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			switch r.Method {
			case http.MethodPost:
				mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
				if err != nil || mt != "application/json" {
					rf.refuse(w, r, http.StatusUnsupportedMediaType, apierror.UnsupportedMediaType,
						"POST /query nimmt nur JSON an (Content-Type: application/json), keine Formulare oder reinen Text", nil)
					return
				}
			case http.MethodGet:
			default:
				w.Header().Set("Allow", "GET, POST")
				rf.refuse(w, r, http.StatusMethodNotAllowed, apierror.MethodNotAllowed, "/query nimmt GET (Abfragen) und POST (alles) an", nil)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}
