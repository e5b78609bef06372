package main

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
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

// newHandler builds the HTTP surface: /query, /playground, /healthz, /readyz, wrapped
// in request ID, access log, body limit, CORS and authentication.
func newHandler(c Config, log zerolog.Logger, r *resolvers.Resolver, store drehscheibe.Store, cat *catalog.Catalog) http.Handler {
	auth := r.Service.Authenticator()
	auth.CacheTTL = c.KeyCacheTTL
	mux := http.NewServeMux()
	mux.Handle("/query", graphqlHandler(r))
	if c.Playground {
		mux.Handle("GET /playground", playground.Handler("Drehscheibe", "/query"))
		mux.Handle("GET /{$}", http.RedirectHandler("/playground", http.StatusFound))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", readyz(store, cat))

	var h http.Handler = authenticate(auth, newFailureLimiter(c.AuthFailures, c.AuthFailureInterval))(mux)
	h = cors.New(cors.Options{
		AllowedOrigins: c.CORSOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Authorization", "X-Request-ID"},
		ExposedHeaders: []string{"X-Request-ID"},
		MaxAge:         600,
	}).Handler(h)
	h = limitBody(h)
	h = hlog.AccessHandler(func(r *http.Request, status, size int, d time.Duration) {
		hlog.FromRequest(r).Info().Str("method", r.Method).Str("path", r.URL.Path).Int("status", status).
			Int("bytes", size).Dur("duration", d).Msg("request")
	})(h)
	h = hlog.RequestIDHandler("requestId", "X-Request-ID")(h)
	return hlog.NewHandler(log)(h)
}

// graphqlHandler is the gqlgen server: POST (JSON) for everything, GET for queries.
func graphqlHandler(r *resolvers.Resolver) http.Handler {
	srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: r, Directives: resolvers.Directives()}))
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(resolvers.CatalogVersion{Resolver: r})
	srv.SetErrorPresenter(resolvers.PresentError)
	srv.SetRecoverFunc(resolvers.Recover)
	return srv
}

// limitBody refuses request bodies over maxBodyBytes.
func limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > maxBodyBytes {
			writeJSON(w, http.StatusRequestEntityTooLarge, map[string]any{"errors": []map[string]any{{
				"message": "Anfrage ist zu groß (höchstens 1 MiB)", "extensions": map[string]any{"code": "REQUEST_TOO_LARGE"}}}})
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
		next.ServeHTTP(w, r)
	})
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
