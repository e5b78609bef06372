package main

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/vektah/gqlparser/v2/ast"
)

// getTransport is the GET side of /query (GraphQL over HTTP). It replaces gqlgen's GET
// transport for two reasons: the query text is parsed once, by the executor, with the
// token limit (a GET used to be parsed in full, without a limit, to find out whether
// it was a mutation); and every refusal answers like the others (a mutation over GET
// is 405 METHOD_NOT_ALLOWED, also when it arrives as a persisted query's hash).
//
// With queryText false (GET_QUERIES=false, the default in production) a GET may only
// name an automatic persisted query by its hash; query text over GET is refused.
type getTransport struct {
	rf        refuser
	queryText bool
}

var _ graphql.Transport = getTransport{}

// Supports implements graphql.Transport.
func (g getTransport) Supports(r *http.Request) bool {
	return r.Method == http.MethodGet && r.Header.Get("Upgrade") == ""
}

// Do implements graphql.Transport.
func (g getTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	params, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		g.rf.refuse(w, r, http.StatusBadRequest, apierror.BadRequest, "Die Parameter der URL sind nicht richtig kodiert", nil)
		return
	}
	raw := &graphql.RawParams{Query: params.Get("query"), OperationName: params.Get("operationName"), Headers: r.Header}
	raw.ReadTime.Start = graphql.Now()
	if raw.Query != "" && !g.queryText {
		w.Header().Set("Allow", "POST")
		g.rf.refuse(w, r, http.StatusMethodNotAllowed, apierror.MethodNotAllowed,
			"Abfragen mit Text nur per POST mit JSON; per GET nur gespeicherte Abfragen über ihren Hash (extensions.persistedQuery)", nil)
		return
	}
	for name, into := range map[string]*map[string]any{"variables": &raw.Variables, "extensions": &raw.Extensions} {
		if v := params.Get(name); v != "" {
			if err := decodeJSONParam(v, into); err != nil {
				g.rf.refuse(w, r, http.StatusBadRequest, apierror.BadRequest, "Der Parameter „"+name+"“ ist kein JSON-Objekt", nil)
				return
			}
		}
	}
	raw.ReadTime.End = graphql.Now()

	ctx := r.Context()
	oc, errs := exec.CreateOperationContext(ctx, raw)
	if errs != nil {
		status := http.StatusOK
		if errcode.GetErrorKind(errs) == errcode.KindProtocol {
			status = http.StatusUnprocessableEntity
		}
		writeJSON(w, status, exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs))
		return
	}
	if oc.Operation.Operation != ast.Query {
		w.Header().Set("Allow", "POST")
		g.rf.refuse(w, r, http.StatusMethodNotAllowed, apierror.MethodNotAllowed, "Mutationen nur per POST mit JSON; GET ist für Abfragen (query)", nil)
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	writeJSON(w, http.StatusOK, responses(ctx))
}

// decodeJSONParam decodes a JSON object given as a URL parameter, numbers kept exact
// as the POST transport does.
func decodeJSONParam(v string, into *map[string]any) error {
	dec := json.NewDecoder(strings.NewReader(v))
	dec.UseNumber()
	return dec.Decode(into)
}
