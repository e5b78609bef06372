package main

import (
	"mime"
	"net/http"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// transportRules enforces how operations may arrive at /query, with a clear error for
// everything else: POST with a JSON body for every operation; GET for queries only
// (a GET cannot change anything, so a link or an image tag cannot make a change); no
// form-encoded, multipart or text/plain bodies (a browser sends those cross-site
// without a CORS preflight).
func transportRules(rf refuser) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			switch r.Method {
			case http.MethodPost:
				mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
				if err != nil || mt != "application/json" {
					rf.refuse(w, r, http.StatusUnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
						"POST /query nimmt nur JSON an (Content-Type: application/json), keine Formulare oder reinen Text", nil)
					return
				}
			case http.MethodGet:
				if changes(r.URL.Query().Get("query"), r.URL.Query().Get("operationName")) {
					w.Header().Set("Allow", "POST")
					rf.refuse(w, r, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "Mutationen nur per POST mit JSON; GET ist für Abfragen (query)", nil)
					return
				}
			default:
				w.Header().Set("Allow", "GET, POST")
				rf.refuse(w, r, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "/query nimmt GET (Abfragen) und POST (alles) an", nil)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// changes reports whether query's selected operation is not a query. A query that
// does not parse is left to the GraphQL handler, which reports why.
func changes(query, operationName string) bool {
	if query == "" {
		return false
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return false
	}
	var op *ast.OperationDefinition
	if operationName == "" && len(doc.Operations) == 1 {
		op = doc.Operations[0]
	} else {
		op = doc.Operations.ForName(operationName)
	}
	return op != nil && op.Operation != ast.Query
}
