package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/stadtdortmund/drehscheibe/graph"
	"github.com/stadtdortmund/drehscheibe/internal/angebote"
	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/export"
	"github.com/stadtdortmund/drehscheibe/internal/gqlext"
	"github.com/stadtdortmund/drehscheibe/internal/hsds"
	"github.com/stadtdortmund/drehscheibe/internal/networkcache"
	"github.com/stadtdortmund/drehscheibe/resolvers"
)

// maxBodyBytes bounds a request body.
const maxBodyBytes = 1 << 20

// newHandler builds the HTTP surface: /query, /dashboard/ and /playground (with /assets/),
// /hsds/ (Open Referral HSDS), /export/ (CSV; the cooperation network for Gephi),
// /vereinbarungen/, /foerderantraege/ and /auswertung/ (printable documents), /auth/
// (signing in in the browser), the public catalogue /angebote (with /robots.txt),
// /healthz, /readyz and /metrics, behind request ID, access log, panic recovery,
// metrics, body
// limit, CORS, request timeout, authentication and (for /query) rate limits.
func newHandler(c Config, log zerolog.Logger, r *resolvers.Resolver, db *dbState, cat *catalog.Catalog, m *metrics, si *signin) http.Handler {
	rf := refuser{catalog: cat}
	auth := r.Service.Authenticator()
	auth.CacheTTL = c.KeyCacheTTL
	mux := http.NewServeMux()
	rates := limitRate(newBuckets(c.RateLimit, c.RateBurst), newBuckets(c.RateLimitKey, c.RateBurstKey), m.refused, rf)
	mux.Handle("/query", transportRules(rf)(rates(graphqlHandler(c, r, m, rf))))
	mux.Handle(hsds.Prefix+"/", rates(hsds.New(cat.Current, rf.refuse, areaName(c.Area))))
	mux.Handle("GET /export/module.csv", rates(export.Module(cat.Current, rf.refuse)))
	mux.Handle("GET /export/partner.csv", rates(export.Partner(cat.Current, rf.refuse, areaName(c.Area))))
	mux.Handle("GET /export/foerderung.csv", rates(export.Funding(cat.Current, rf.refuse)))
	mux.Handle("GET /export/auswertung.csv", rates(export.Evaluation(cat.Current, rf.refuse)))
	mux.Handle("GET /export/netzwerk.graphml", rates(r.Networks.Download(networkcache.GraphML, rf.refuse)))
	mux.Handle("GET /export/netzwerk.gexf", rates(r.Networks.Download(networkcache.GEXF, rf.refuse)))
	mountDocuments(mux, rates, r.Service, r.Now, rf)
	mountEvaluation(mux, rates, cat, r.Now, rf)
	failures := newBuckets(1/c.AuthFailureInterval.Seconds(), c.AuthFailures)
	si.mount(mux, rates, failures, m.refused, rf)
	public := angebote.New(cat.Current, angebote.Options{BaseURL: c.PublicURL, AreaName: areaName(c.Area)})
	mux.Handle("GET "+angebote.Prefix+"/", rates(public))
	mux.Handle("GET "+angebote.Prefix, rates(public))
	mux.Handle("GET /robots.txt", public.Robots())
	pages := []string{"dashboard/"}
	if c.Playground {
		pages = append(pages, "playground")
	}
	mux.HandleFunc("GET /{$}", startPage)
	mountWebPages(mux, pages...)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", readyz(db, cat))
	mux.Handle("GET /metrics", m.handler())

	h := unrouted(mux, rf)
	h = authenticate(auth, si, failures, m.refused, rf)(h)
	h = clientAddress(c.TrustedProxies)(h)
	h = timeout(c.RequestTimeout)(h)
	h = cors.New(cors.Options{
		AllowedOrigins: c.CORSOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Authorization", "X-Request-ID"},
		ExposedHeaders: []string{"X-Request-ID", "Retry-After"},
		MaxAge:         600,
	}).Handler(h)
	h = limitBody(rf)(h)
	h = m.inFlightCounted(h)
	h = recoverPanics(rf)(h)
	h = hlog.AccessHandler(func(r *http.Request, status, size int, d time.Duration) {
		m.served(r.URL.Path, status)
		hlog.FromRequest(r).Info().Str("method", r.Method).Str("path", r.URL.Path).Int("status", status).
			Int("bytes", size).Dur("duration", d).Msg("request")
	})(h)
	h = hlog.RequestIDHandler("requestId", "X-Request-ID")(h)
	return hlog.NewHandler(log)(h)
}

// graphqlHandler is the gqlgen server: JSON POST for everything, GET for queries only
// (getTransport); no form or multipart transports, so a browser cannot send an
// operation without a CORS preflight. Introspection and field suggestions as
// configured; query limits and the cost report; automatic persisted queries and the
// parsed-query cache, both bounded.
func graphqlHandler(c Config, r *resolvers.Resolver, m *metrics, rf refuser) http.Handler {
	srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: r, Directives: resolvers.Directives(), Complexity: gqlext.Complexity()}))
	srv.AddTransport(getTransport{rf: rf, queryText: c.GetQueries})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(newTextCache(c.QueryCacheSize, func(query string, _ *ast.QueryDocument) int { return len(query) }))
	srv.SetParserTokenLimit(c.Limits.MaxTokens)
	if !c.FieldSuggestions {
		srv.SetDisableSuggestion(true)
		srv.SetValidationRulesFn(gqlext.RulesWithoutSuggestions)
	}
	if c.Introspection {
		srv.Use(extension.Introspection{})
	} else {
		srv.Use(gqlext.NoIntrospection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: newTextCache(c.APQCacheSize, func(hash, query string) int { return len(hash) + len(query) })})
	limits := c.Limits
	srv.Use(&limits)
	srv.Use(gqlext.Metrics{
		Operation: func(typ, name string, seconds float64) {
			m.operations.WithLabelValues(typ, m.label(name)).Observe(seconds)
		},
		Error: func(code string) { m.errors.WithLabelValues(code).Inc() },
	})
	srv.Use(gqlext.CatalogVersion{Catalog: r.Catalog})
	srv.SetErrorPresenter(resolvers.PresentError)
	srv.SetRecoverFunc(resolvers.Recover)
	return srv
}

// limitBody refuses request bodies over maxBodyBytes with 413 REQUEST_TOO_LARGE: at
// once when Content-Length says so, and for a body of unknown length (chunked) after
// reading at most maxBodyBytes+1 of it, so that no handler behind it meets a cut-off
// body.
func limitBody(rf refuser) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			tooLarge := func() {
				rf.refuse(w, r, http.StatusRequestEntityTooLarge, apierror.RequestTooLarge, "Anfrage ist zu groß (höchstens 1 MiB)", nil)
			}
			if r.ContentLength > maxBodyBytes {
				tooLarge()
				return
			}
			if r.ContentLength < 0 && r.Body != nil && r.Body != http.NoBody {
				body, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes+1))
				if len(body) > maxBodyBytes {
					tooLarge()
					return
				}
				if err != nil {
					rf.refuse(w, r, http.StatusBadRequest, apierror.BadRequest, apierror.BodyUnreadable, nil)
					return
				}
				r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
			}
			r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
			next.ServeHTTP(w, r)
		})
	}
}

// timeout bounds each request: its context ends after d, and with it every database
// call the request makes.
func timeout(d time.Duration) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), d)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// recoverPanics turns a panic outside the resolvers (which gqlgen recovers itself)
// into 500 INTERNAL with the request ID; the log gets the value and the stack.
func recoverPanics(rf refuser) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			defer func() {
				p := recover()
				if p == nil {
					return
				}
				if p == http.ErrAbortHandler {
					panic(p) // the server's own signal to abort a response
				}
				id := ""
				if rid, ok := hlog.IDFromRequest(r); ok {
					id = rid.String()
				}
				hlog.FromRequest(r).Error().Str("panic", fmt.Sprint(p)).Bytes("stack", debug.Stack()).Msg("panic in HTTP handler")
				rf.refuse(w, r, http.StatusInternalServerError, apierror.Internal, apierror.InternalMessage(id), nil)
			}()
			next.ServeHTTP(w, r)
		})
	}
}

// readyz answers 200 when the database answered the last time the service asked it
// (the catalogue poll asks every CATALOG_POLL_INTERVAL) and the catalogue is loaded.
// It asks nothing itself, so a probe answers at once also while the database is away.
func readyz(db *dbState, cat *catalog.Catalog) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		snap := cat.Current()
		up := db.up()
		body := map[string]any{
			"database":       up,
			"catalogLoaded":  snap.Loaded,
			"catalogVersion": snap.Version,
		}
		status := http.StatusOK
		if !up || !snap.Loaded {
			status = http.StatusServiceUnavailable
			body["status"] = "not ready"
		} else {
			body["status"] = "ready"
		}
		writeJSON(w, status, body)
	}
}

// startPage sends a browser to its start: the dashboard when signed in, the public
// catalogue otherwise (whoever works with the service signs in from there).
func startPage(w http.ResponseWriter, r *http.Request) {
	target := angebote.Prefix
	if drehscheibe.PrincipalFrom(r.Context()).Authenticated() {
		target = "/dashboard/"
	}
	http.Redirect(w, r, target, http.StatusFound)
}
