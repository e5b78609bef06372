package main

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.mongodb.org/mongo-driver/v2/event"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
)

// metrics are the service's Prometheus metrics, in a registry of their own (so that
// several apps in one test process do not collide).
type metrics struct {
	reg         *prometheus.Registry
	httpTotal   *prometheus.CounterVec
	inFlight    prometheus.Gauge
	operations  *prometheus.HistogramVec
	errors      *prometheus.CounterVec
	dbCommands  *prometheus.HistogramVec
	dbFailures  *prometheus.CounterVec
	rateLimited *prometheus.CounterVec
	mail        *mailMetrics

	// operation names become labels; at most maxOperationNames of them
	namesMu sync.Mutex
	names   map[string]bool
}

const maxOperationNames = 200

func newMetrics(catalogOf func() *catalog.Catalog) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		httpTotal: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "drehscheibe_http_requests_total",
			Help: "HTTP requests by path and status code."}, []string{"path", "code"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "drehscheibe_http_requests_in_flight",
			Help: "HTTP requests being served."}),
		operations: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "drehscheibe_graphql_operation_duration_seconds",
			Help:    "GraphQL operations by type and name (operationName; \"anonymous\" without one, \"other\" beyond 200 names), with their duration.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}}, []string{"type", "operation"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "drehscheibe_graphql_errors_total",
			Help: "Errors in GraphQL responses by extensions.code (userErrors not included)."}, []string{"code"}),
		dbCommands: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "drehscheibe_db_command_duration_seconds",
			Help:    "Database commands by name, with their duration.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 5}}, []string{"command"}),
		dbFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "drehscheibe_db_command_failures_total",
			Help: "Database commands that failed, by name."}, []string{"command"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "drehscheibe_rate_limited_total",
			Help: "Requests refused with 429, by limiter: address, key, authentication (failed attempts)."}, []string{"limiter"}),
		names: map[string]bool{},
	}
	m.reg.MustRegister(m.httpTotal, m.inFlight, m.operations, m.errors, m.dbCommands, m.dbFailures, m.rateLimited,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "drehscheibe_catalog_version",
			Help: "Version of the catalogue snapshot served."}, func() float64 { return float64(catalogOf().Current().Version) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "drehscheibe_catalog_age_seconds",
			Help: "Seconds since the snapshot was last confirmed against the database (-1 before the first load)."},
			func() float64 {
				at := catalogOf().CheckedAt()
				if at.IsZero() {
					return -1
				}
				return time.Since(at).Seconds()
			}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "drehscheibe_catalog_loaded",
			Help: "1 once the catalogue was read from the database."}, func() float64 {
			if catalogOf().Current().Loaded {
				return 1
			}
			return 0
		}),
	)
	m.mail = newMailMetrics(m.reg)
	for _, l := range []string{"address", "key", "authentication"} {
		m.rateLimited.WithLabelValues(l)
	}
	return m
}

// handler serves the metrics in the Prometheus text format.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// paths are the paths counted by name; everything else is "other".
var paths = map[string]bool{"/query": true, "/playground": true, "/healthz": true, "/readyz": true, "/metrics": true, "/": true,
	"/hsds/services": true, "/hsds/organizations": true, "/export/module.csv": true, "/export/partner.csv": true}

// inFlightCounted counts the requests being served.
func (m *metrics) inFlightCounted(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.inFlight.Inc()
		defer m.inFlight.Dec()
		next.ServeHTTP(w, r)
	})
}

// served counts a finished request (called with the status the access log records).
func (m *metrics) served(path string, status int) {
	if !paths[path] {
		path = "other"
	}
	m.httpTotal.WithLabelValues(path, strconv.Itoa(status)).Inc()
}

// refused counts a 429.
func (m *metrics) refused(limiter string) { m.rateLimited.WithLabelValues(limiter).Inc() }

// monitor observes every database command.
func (m *metrics) monitor() *event.CommandMonitor {
	return &event.CommandMonitor{
		Succeeded: func(_ context.Context, e *event.CommandSucceededEvent) {
			m.dbCommands.WithLabelValues(e.CommandName).Observe(e.Duration.Seconds())
		},
		Failed: func(_ context.Context, e *event.CommandFailedEvent) {
			m.dbCommands.WithLabelValues(e.CommandName).Observe(e.Duration.Seconds())
			m.dbFailures.WithLabelValues(e.CommandName).Inc()
		},
	}
}

// operationName is the label of a GraphQL operation name.
var operationName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

func (m *metrics) label(name string) string {
	switch {
	case name == "":
		return "anonymous"
	case !operationName.MatchString(name):
		return "other"
	}
	m.namesMu.Lock()
	defer m.namesMu.Unlock()
	if !m.names[name] {
		if len(m.names) >= maxOperationNames {
			return "other"
		}
		m.names[name] = true
	}
	return name
}
