package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"go.mongodb.org/mongo-driver/v2/event"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/networkcache"
	"github.com/stadtdortmund/drehscheibe/resolvers"
)

// app is a running service: database, catalogue, HTTP server.
type app struct {
	cfg     Config
	log     zerolog.Logger
	db      *database
	catalog *catalog.Catalog
	svc     *drehscheibe.Service
	http    *http.Server
	addr    net.Addr
	// stop ends the background work (catalogue refresh); wg waits for it.
	stop context.CancelFunc
	wg   sync.WaitGroup
	// served reports the end of the HTTP server.
	served chan error
	// debug is the pprof server, if any.
	debug   *http.Server
	metrics *metrics
	// dbState is what the service last learned about the database.
	dbState *dbState
	// signin is signing in in the browser: sessions, /auth/.
	signin *signin
	// writes is the catalogue as the service sees it (it wakes the mail feed); mail
	// sends the notification e-mails (nil without SMTP_URL).
	writes *writeHook
	mail   *mailer
	// networks keeps the cooperation networks (network(filter:), /export/netzwerk.*).
	networks *networkcache.Cache
}

// startApp opens the database, seeds it when empty (SEED), loads the catalogue and
// starts serving HTTP. It returns once the service accepts requests. An external
// database that cannot be reached, or that refuses the login, does not stop it: the
// service starts unready (/readyz 503, operations UNAVAILABLE) and prepares itself as
// soon as the database lets it.
func startApp(ctx context.Context, c Config, log zerolog.Logger) (*app, error) {
	return startAppWith(ctx, c, log, nil)
}

// startAppWith is startApp with a monitor that observes every database command.
func startAppWith(ctx context.Context, c Config, log zerolog.Logger, monitor *event.CommandMonitor) (*app, error) {
	started := time.Now()
	log.Info().Object("config", c).Msg("starting Drehscheibe")
	a := &app{cfg: c, log: log, served: make(chan error, 1), dbState: newDBState(log)}
	a.metrics = newMetrics(func() *catalog.Catalog { return a.catalog })
	db, err := openDatabase(ctx, c, log, joinMonitors(monitor, a.metrics.monitor()), false)
	if err != nil {
		return nil, err
	}
	a.db = db
	a.catalog = catalog.New(db.store, catalogOptions(c, db))
	a.writes = &writeHook{Catalog: a.catalog}
	a.svc = newService(db.store, a.writes, c)
	bg, stop := context.WithCancel(context.WithoutCancel(ctx))
	a.stop = stop
	err = a.prepare(ctx)
	switch {
	case err == nil:
		a.dbState.report(nil)
		a.refreshInBackground(bg)
	case retryable(err) && db.embedded == nil:
		a.dbState.report(err)
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			a.prepareWhenReachable(bg)
		}()
	default:
		a.shutdownBackground()
		return nil, err
	}

	a.networks = newNetworkCache(a.catalog, log)
	r := &resolvers.Resolver{Service: a.svc, Catalog: a.catalog, Match: c.Match, Now: time.Now, Networks: a.networks}
	a.signin = newSignin(c, log, db.store, a.svc.Authenticator(), a.catalog)
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		a.signin.sweep(bg)
	}()
	a.http = &http.Server{
		Handler:           newHandler(c, log, r, a.dbState, a.catalog, a.metrics, a.signin),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	ln, err := net.Listen("tcp", c.Addr())
	if err != nil {
		a.shutdownBackground()
		return nil, fmt.Errorf("listen on %s: %w", c.Addr(), err)
	}
	a.addr = ln.Addr()
	// the mails link to the listener's address without PUBLIC_URL, and the feed's first
	// start is settled before the first request
	if err := a.startMailer(ctx); err != nil {
		_ = ln.Close()
		a.shutdownBackground()
		return nil, err
	}
	go func() { a.served <- a.http.Serve(ln) }()
	if c.DebugAddr != "" {
		if err := a.serveDebug(c.DebugAddr); err != nil {
			_ = a.shutdown()
			return nil, err
		}
	}
	snap := a.catalog.Current()
	counts := snap.Counts()
	log.Info().Str("addr", a.addr.String()).Int64("catalogVersion", snap.Version).Bool("catalogLoaded", snap.Loaded).
		Int("quartiere", counts[drehscheibe.KindQuartier]).Int("institutionen", counts[drehscheibe.KindInstitution]).
		Int("partner", counts[drehscheibe.KindPartner]).Int("module", counts[drehscheibe.KindModul]).
		Int("bedarfe", counts[drehscheibe.KindBedarf]).Dur("startup", time.Since(started)).
		Msgf("serving: http://%s/playground", displayAddr(a.addr))
	return a, nil
}

// prepare migrates the database, seeds it when empty (SEED) and loads the catalogue.
func (a *app) prepare(ctx context.Context) error {
	if err := a.db.migrate(ctx); err != nil {
		return err
	}
	if a.cfg.Seed {
		if err := seedIfEmpty(ctx, a.db.store, a.svc, a.log); err != nil {
			return err
		}
	}
	lctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	if os.Getenv("GOGC") == "" {
		// loading builds the whole catalogue at once: collect more often meanwhile, so
		// the process does not grow to twice its size
		defer debug.SetGCPercent(debug.SetGCPercent(35))
	}
	if err := loadCatalogue(lctx, a.db, a.catalog, a.log); err != nil {
		return fmt.Errorf("load catalogue: %w", err)
	}
	// give back what loading needed for a moment
	debug.FreeOSMemory()
	return nil
}

// catalogOptions are the catalogue's settings: with the embedded database, this
// server is its only one.
func catalogOptions(c Config, db *database) catalog.Options {
	return catalog.Options{PollInterval: c.PollInterval, SingleInstance: db.embedded != nil && !db.embedded.Attached()}
}

// prepareWhenReachable retries prepare until it succeeds, then keeps the catalogue
// fresh. dbState logs what keeps it from succeeding, once, not every retry.
func (a *app) prepareWhenReachable(ctx context.Context) {
	down := time.Now()
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
		err := a.prepare(ctx)
		if ctx.Err() != nil {
			return
		}
		a.dbState.report(err)
		if err != nil {
			continue
		}
		a.log.Info().Dur("after", time.Since(down)).Msg("database reachable: catalogue loaded, ready")
		a.refreshInBackground(ctx)
		return
	}
}

// refreshInBackground keeps the catalogue fresh until ctx ends; every outcome goes to
// dbState, which logs when the database goes away and when it is back (not every
// failed poll) and tells /readyz.
func (a *app) refreshInBackground(ctx context.Context) {
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		a.catalog.Run(ctx, a.dbState.report)
	}()
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		limitMemory(ctx, a.cfg.MemoryLimit, time.Second)
	}()
	if a.db.checkpointPath() != "" && a.cfg.CheckpointInterval > 0 {
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			a.keepCheckpoint(ctx, a.cfg.CheckpointInterval)
		}()
	}
}

// joinMonitors returns a monitor that passes every event to each of ms (nil ones
// skipped).
func joinMonitors(ms ...*event.CommandMonitor) *event.CommandMonitor {
	var all []*event.CommandMonitor
	for _, m := range ms {
		if m != nil {
			all = append(all, m)
		}
	}
	return &event.CommandMonitor{
		Started: func(ctx context.Context, e *event.CommandStartedEvent) {
			for _, m := range all {
				if m.Started != nil {
					m.Started(ctx, e)
				}
			}
		},
		Succeeded: func(ctx context.Context, e *event.CommandSucceededEvent) {
			for _, m := range all {
				if m.Succeeded != nil {
					m.Succeeded(ctx, e)
				}
			}
		},
		Failed: func(ctx context.Context, e *event.CommandFailedEvent) {
			for _, m := range all {
				if m.Failed != nil {
					m.Failed(ctx, e)
				}
			}
		},
	}
}

// newService returns the domain service for the service area.
func newService(store drehscheibe.Store, cat drehscheibe.Catalog, c Config) *drehscheibe.Service {
	svc := drehscheibe.NewService(store, cat, time.Now)
	svc.SetArea(c.Area)
	svc.SetWorkflow(drehscheibe.Workflow{ResponseDays: c.ResponseDays})
	return svc
}

// serveDebug serves pprof on a separate loopback listener for as long as the app runs.
func (a *app) serveDebug(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("debug listener on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	a.debug = srv
	go func() { _ = srv.Serve(ln) }()
	a.log.Info().Str("addr", ln.Addr().String()).Msg("pprof profiles at /debug/pprof/")
	return nil
}

// displayAddr turns a wildcard listen address into one a browser can open.
func displayAddr(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String()
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

// shutdown stops accepting connections, lets running requests finish within
// SHUTDOWN_TIMEOUT, stops the mail feed and lets the mails being sent finish within
// what is left of it, then stops the catalogue refresh and closes the database.
func (a *app) shutdown() error {
	a.log.Info().Dur("timeout", a.cfg.ShutdownTimeout).Msg("shutting down: finishing running requests")
	ctx, cancel := context.WithTimeout(context.Background(), a.cfg.ShutdownTimeout)
	defer cancel()
	err := a.http.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		a.log.Warn().Msg("shutdown timeout reached; closing remaining connections")
		err = a.http.Close()
	}
	if serr := <-a.served; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	if a.debug != nil {
		_ = a.debug.Close()
	}
	if merr := a.mail.stop(ctx); merr != nil {
		a.log.Warn().Msg("shutdown timeout reached; mails being sent are sent again after the next start")
	}
	a.shutdownBackground()
	a.log.Info().Msg("stopped")
	return err
}

func (a *app) shutdownBackground() {
	a.stop()
	if a.networks != nil {
		a.networks.Close()
	}
	a.wg.Wait()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if v, err := saveCheckpoint(ctx, a.db, a.catalog); err != nil {
		a.log.Warn().Err(err).Msg("catalogue checkpoint not saved; the next start reads more from the database")
	} else if v > 0 {
		a.log.Info().Int64("catalogVersion", v).Msg("catalogue checkpoint saved")
	}
	a.db.close(ctx)
}
