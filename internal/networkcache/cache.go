package networkcache

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/sync/singleflight"

	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/network"
)

// Status says whether the betweenness (and with it the bridging partners) of a
// Result's network was computed.
type Status string

// The states of the betweenness.
const (
	// Computed: the network has its betweenness and bridging partners.
	Computed Status = "COMPUTED"
	// Pending: they are being computed in the background; this network has neither.
	Pending Status = "PENDING"
	// Skipped: the network is too large (network.Network.BetweennessCost above
	// Options.MaxCost); they are not computed.
	Skipped Status = "SKIPPED"
	// NotRequested: the caller did not ask for them.
	NotRequested Status = "NOT_REQUESTED"
)

// Result is a network as the cache answers with it. It is shared: never change it.
type Result struct {
	Network *network.Network
	// Version is the catalogue version the network was read at.
	Version     int64
	Betweenness Status
	// Stale is set when the network is the last one computed with betweenness while the
	// one of a newer catalogue version, whose graph differs, is being computed.
	Stale bool
}

// Options bound the work of a Cache. Zero values take the defaults.
type Options struct {
	// InlineCost is the highest BetweennessCost computed during a request (default
	// 300,000 units: 50–150 ms at the rates measured in docs/network.md; a Kindercampus
	// or a Quartier costs far less).
	InlineCost int
	// MaxCost is the highest BetweennessCost computed at all, in the background (default
	// 100,000,000 units: 30–50 s); above it the betweenness is Skipped.
	MaxCost int
	// MinInterval is the least time between the starts of two background computations
	// of one scope (default 2 minutes): a city-wide one takes one of two cores for
	// about 10 s.
	MinInterval time.Duration
	// MaxQueued bounds the background computations scheduled or running at a time
	// (default 4); they run one after the other.
	MaxQueued int
	// Entries is how many scopes (filters) are kept, the least recently used dropped
	// first (default 32).
	Entries int
	// Now is the clock of MinInterval (default time.Now).
	Now func() time.Time
	// OnBuild, if set, is called after every network.Build the cache makes, once the
	// network is kept.
	OnBuild func(Build)
}

func (o *Options) defaults() {
	if o.InlineCost <= 0 {
		o.InlineCost = 300_000
	}
	if o.MaxCost <= 0 {
		o.MaxCost = 100_000_000
	}
	if o.MinInterval <= 0 {
		o.MinInterval = 2 * time.Minute
	}
	if o.MaxQueued <= 0 {
		o.MaxQueued = 4
	}
	if o.Entries <= 0 {
		o.Entries = 32
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Build describes one network.Build of the cache (Options.OnBuild).
type Build struct {
	Filter  network.Filter
	Version int64
	// Betweenness is set for a build with betweenness, Background for one made outside
	// a request.
	Betweenness, Background bool
	Cost                    int
	Duration                time.Duration
	Err                     error
}

// Stats counts the work of a Cache.
type Stats struct {
	// Builds counts the networks built without betweenness, Betweenness those built
	// with it (during requests and in the background).
	Builds, Betweenness int64
	// Reused counts the networks that took the betweenness of the one before (the
	// graph had not changed).
	Reused int64
	// Hits counts the answers served from the cache without building.
	Hits int64
}

// Cache keeps the cooperation networks the API serves, per filter and catalogue
// version, and bounds the work of the betweenness (docs/network.md, "Serving it"):
//
//   - a network without betweenness is built at most once per filter and catalogue
//     version (concurrent requests share one build) and served from then on;
//   - with betweenness: the one of the catalogue version is served; otherwise, when the
//     graph did not change since the last one (only names, weights, dates), that one's
//     betweenness is taken over; otherwise it is computed during the request when it
//     costs at most Options.InlineCost, skipped above Options.MaxCost, and computed in
//     the background in between — one computation at a time, at most one per filter
//     every Options.MinInterval — while requests get the last network computed
//     (Stale) or, before the first, the network without it (Pending).
type Cache struct {
	current func() *catalog.Snapshot
	opts    Options

	mu      sync.Mutex
	entries *lru.Cache[network.Filter, *entry]
	queued  int
	closed  bool
	done    chan struct{}
	// slot is held by the background computation that runs.
	slot   chan struct{}
	flight singleflight.Group

	builds, betweenness, reused, hits atomic.Int64
}

// entry is what the cache holds for one filter (guarded by Cache.mu).
type entry struct {
	// base is the newest network without betweenness, full the newest with it
	// (Computed or Skipped).
	base, full *Result
	// running is set while a background computation is scheduled or runs; started is
	// when the last one started.
	running bool
	started time.Time
}

// New returns a cache whose background computations read the snapshot current
// returns.
func New(current func() *catalog.Snapshot, opts Options) *Cache {
	opts.defaults()
	entries, err := lru.New[network.Filter, *entry](opts.Entries)
	if err != nil {
		panic(err) // only for a size below 1, which defaults rule out
	}
	return &Cache{current: current, opts: opts, entries: entries, done: make(chan struct{}), slot: make(chan struct{}, 1)}
}

// Close stops the background work: computations waiting for their turn are dropped,
// none is scheduled any more. A computation already running finishes on its own.
func (c *Cache) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.closed {
		c.closed = true
		close(c.done)
	}
}

// Stats returns the counts of the cache's work so far.
func (c *Cache) Stats() Stats {
	return Stats{Builds: c.builds.Load(), Betweenness: c.betweenness.Load(), Reused: c.reused.Load(), Hits: c.hits.Load()}
}

// Network returns the network of filter f (checked by Scope) as of snapshot s, with
// betweenness when asked for (see Cache for what is served then). The result may be of
// a newer catalogue version than s when the cache has one, or of an older one when
// Stale.
func (c *Cache) Network(s *catalog.Snapshot, f network.Filter, betweenness bool) (Result, error) {
	e := c.entry(f)
	if r, ok := c.cached(e, s.Version, betweenness); ok {
		c.hits.Add(1)
		return r, nil
	}
	base, err := c.base(s, f, e)
	if err != nil || !betweenness {
		return base, err
	}
	if r, ok := c.settle(e, base); ok {
		return r, nil
	}
	if base.Network.BetweennessCost() <= c.opts.InlineCost {
		v, err, _ := c.flight.Do(fmt.Sprintf("full %d %v", s.Version, f), func() (any, error) {
			if r, ok := c.cached(e, s.Version, true); ok {
				return r, nil // built by a flight that ended just before this one began
			}
			return c.build(s, f, e, true, false)
		})
		if err != nil {
			return Result{}, err
		}
		return v.(Result), nil
	}
	c.schedule(f, e)
	c.mu.Lock()
	last := e.full
	c.mu.Unlock()
	if last != nil {
		r := *last
		r.Stale = true
		return r, nil
	}
	return Result{Network: base.Network, Version: base.Version, Betweenness: Pending}, nil
}

// settle returns the network with betweenness at base's version when it needs no
// computing: the graph is the one of e's last network with betweenness, which is taken
// over (or skipped again), or it costs more than MaxCost and is skipped. It keeps it in
// e.
func (c *Cache) settle(e *entry, base Result) (Result, bool) {
	c.mu.Lock()
	last := e.full
	c.mu.Unlock()
	if last != nil && last.Version < base.Version {
		if n, ok := base.Network.WithBetweennessOf(last.Network); ok {
			c.reused.Add(1)
			return c.keep(e, Result{Network: n, Version: base.Version, Betweenness: Computed}), true
		}
		if last.Betweenness == Skipped && base.Network.SameGraph(last.Network) {
			return c.keep(e, Result{Network: base.Network, Version: base.Version, Betweenness: Skipped}), true
		}
	}
	if base.Network.BetweennessCost() > c.opts.MaxCost {
		return c.keep(e, Result{Network: base.Network, Version: base.Version, Betweenness: Skipped}), true
	}
	return Result{}, false
}

// entry returns the entry of f, made when there is none.
func (c *Cache) entry(f network.Filter) *entry {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries.Get(f)
	if !ok {
		e = &entry{}
		c.entries.Add(f, e)
	}
	return e
}

// cached returns what e holds for catalogue version v or a newer one: a network with
// betweenness (Computed or Skipped) when asked for, or else any.
func (c *Cache) cached(e *entry, v int64, betweenness bool) (Result, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.full != nil && e.full.Version >= v {
		return *e.full, true
	}
	if !betweenness && e.base != nil && e.base.Version >= v {
		return *e.base, true
	}
	return Result{}, false
}

// base returns e's network without betweenness at s's version, built once however
// many requests ask at the same time.
func (c *Cache) base(s *catalog.Snapshot, f network.Filter, e *entry) (Result, error) {
	if r, ok := c.baseAt(e, s.Version); ok {
		return r, nil
	}
	v, err, _ := c.flight.Do(fmt.Sprintf("base %d %v", s.Version, f), func() (any, error) {
		if r, ok := c.baseAt(e, s.Version); ok {
			return r, nil // built by a flight that ended just before this one began
		}
		return c.build(s, f, e, false, false)
	})
	if err != nil {
		return Result{}, err
	}
	return v.(Result), nil
}

// baseAt returns e's network without betweenness of catalogue version v, if it has it.
func (c *Cache) baseAt(e *entry, v int64) (Result, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.base != nil && e.base.Version == v {
		return *e.base, true
	}
	return Result{}, false
}

// build builds the network of f as of s, keeps it in e (as its network with or
// without betweenness), counts it and then reports it to OnBuild.
func (c *Cache) build(s *catalog.Snapshot, f network.Filter, e *entry, betweenness, background bool) (Result, error) {
	start := time.Now()
	n, err := network.Build(Input(s, f), f, network.Options{Betweenness: betweenness})
	b := Build{Filter: f, Version: s.Version, Betweenness: betweenness, Background: background, Duration: time.Since(start), Err: err}
	var r Result
	switch {
	case err != nil:
	case betweenness:
		r = c.keep(e, Result{Network: n, Version: s.Version, Betweenness: Computed})
	default:
		r = Result{Network: n, Version: s.Version, Betweenness: NotRequested}
		c.mu.Lock()
		if e.base == nil || e.base.Version < r.Version {
			e.base = &r
		}
		c.mu.Unlock()
	}
	if betweenness {
		c.betweenness.Add(1)
	} else {
		c.builds.Add(1)
	}
	if n != nil {
		b.Cost = n.BetweennessCost()
	}
	if c.opts.OnBuild != nil {
		c.opts.OnBuild(b)
	}
	return r, err
}

// keep stores r as e's network with betweenness unless e has a newer one, and returns
// r.
func (c *Cache) keep(e *entry, r Result) Result {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.full == nil || e.full.Version < r.Version {
		e.full = &r
	}
	return r
}

// schedule starts a background computation of f's betweenness unless one is under way,
// the cache is closed or MaxQueued are under way; it waits for the rest of
// MinInterval since the last one of f, then for its turn.
func (c *Cache) schedule(f network.Filter, e *entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.running || c.closed || c.queued >= c.opts.MaxQueued {
		return
	}
	e.running = true
	c.queued++
	wait := time.Duration(0)
	if !e.started.IsZero() {
		wait = e.started.Add(c.opts.MinInterval).Sub(c.opts.Now())
	}
	go c.background(f, e, wait)
}

// background computes f's betweenness on the then current snapshot.
func (c *Cache) background(f network.Filter, e *entry, wait time.Duration) {
	defer func() {
		c.mu.Lock()
		e.running = false
		c.queued--
		c.mu.Unlock()
	}()
	if wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-c.done:
			return
		}
	}
	select {
	case c.slot <- struct{}{}:
	case <-c.done:
		return
	}
	defer func() { <-c.slot }()
	c.mu.Lock()
	e.started = c.opts.Now()
	c.mu.Unlock()
	s := c.current()
	if _, ok := c.cached(e, s.Version, true); ok {
		return
	}
	base, err := c.base(s, f, e)
	if err != nil {
		return
	}
	if _, ok := c.settle(e, base); ok {
		return
	}
	_, _ = c.build(s, f, e, true, true) // OnBuild reports a failure
}
