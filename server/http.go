package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/stadtdortmund/drehscheibe/graph"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/resolvers"
)

// maxBodyBytes bounds a request body.
const maxBodyBytes = 1 << 20

// newHandler builds the HTTP surface: /query, /playground (with /assets/), /healthz,
// /readyz and /metrics, behind request ID, access log, panic recovery, metrics, body
// limit, CORS, request timeout, authentication and (for /query) rate limits.
func newHandler(c Config, log zerolog.Logger, r *resolvers.Resolver, store drehscheibe.Store, cat *catalog.Catalog, m *metrics) http.Handler {
	auth := r.Service.Authenticator()
	auth.CacheTTL = c.KeyCacheTTL
	mux := http.NewServeMux()
	query := transportRules(limitRate(newBuckets(c.RateLimit, c.RateBurst), newBuckets(c.RateLimitKey, c.RateBurstKey), m.refused)(graphqlHandler(c, r, m)))
	mux.Handle("/query", query)
	var pages []string
	if c.Playground {
		pages = append(pages, "playground")
		mux.Handle("GET /{$}", http.RedirectHandler("/playground", http.StatusFound))
	}
	mountWebPages(mux, pages...)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", readyz(store, cat))
	mux.Handle("GET /metrics", m.handler())

	var h http.Handler = mux
	h = authenticate(auth, newBuckets(1/c.AuthFailureInterval.Seconds(), c.AuthFailures), m.refused)(h)
	h = timeout(c.RequestTimeout)(h)
	h = cors.New(cors.Options{
		AllowedOrigins: c.CORSOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Authorization", "X-Request-ID"},
		ExposedHeaders: []string{"X-Request-ID", "Retry-After"},
		MaxAge:         600,
	}).Handler(h)
	h = limitBody(h)
	h = m.inFlightCounted(h)
	h = recoverPanics(h)
	h = hlog.AccessHandler(func(r *http.Request, status, size int, d time.Duration) {
		m.served(r.URL.Path, status)
		hlog.FromRequest(r).Info().Str("method", r.Method).Str("path", r.URL.Path).Int("status", status).
			Int("bytes", size).Dur("duration", d).Msg("request")
	})(h)
	h = hlog.RequestIDHandler("requestId", "X-Request-ID")(h)
	return hlog.NewHandler(log)(h)
}

// graphqlHandler is the gqlgen server: JSON POST for everything, GET for queries only
// (gqlgen refuses mutations over GET); no form or multipart transports, so a browser
// cannot send an operation without a CORS preflight. Introspection and field
// suggestions as configured; query limits and the cost report; automatic persisted
// queries and the parsed-query cache, both bounded.
func graphqlHandler(c Config, r *resolvers.Resolver, m *metrics) http.Handler {
	srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: r, Directives: resolvers.Directives(), Complexity: resolvers.Complexity()}))
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](c.QueryCacheSize))
	srv.SetParserTokenLimit(c.MaxTokens)
	srv.SetDisableSuggestion(!c.FieldSuggestions)
	if c.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](c.APQCacheSize)})
	limits := c.Limits
	srv.Use(&limits)
	srv.Use(graphqlMetrics{m})
	srv.Use(resolvers.CatalogVersion{Resolver: r})
	srv.SetErrorPresenter(resolvers.PresentError)
	srv.SetRecoverFunc(resolvers.Recover)
	return srv
}

// limitBody refuses request bodies over maxBodyBytes.
func limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > maxBodyBytes {
			writeJSON(w, http.StatusRequestEntityTooLarge, errorBody("Anfrage ist zu groß (höchstens 1 MiB)", "REQUEST_TOO_LARGE", ""))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
		next.ServeHTTP(w, r)
	})
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
func recoverPanics(next http.Handler) http.Handler {
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
			writeJSON(w, http.StatusInternalServerError, errorBody(fmt.Sprintf("Interner Fehler (Anfrage-ID %s)", id), "INTERNAL", id))
		}()
		next.ServeHTTP(w, r)
	})
}

// errorBody is a GraphQL-style error response outside GraphQL execution.
func errorBody(message, code, requestID string) map[string]any {
	ext := map[string]any{"code": code}
	if requestID != "" {
		ext["requestId"] = requestID
	}
	return map[string]any{"errors": []map[string]any{{"message": message, "extensions": ext}}}
}

// readyz answers 200 when the database answers and the catalogue is loaded.
func readyz(store drehscheibe.Store, cat *catalog.Catalog) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		snap := cat.Current()
		dbErr := store.Ping(ctx)
		body := map[string]any{
			"database":       dbErr == nil,
			"catalogLoaded":  snap.Loaded,
			"catalogVersion": snap.Version,
		}
		status := http.StatusOK
		if dbErr != nil || !snap.Loaded {
			status = http.StatusServiceUnavailable
			body["status"] = "not ready"
		} else {
			body["status"] = "ready"
		}
		writeJSON(w, status, body)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
