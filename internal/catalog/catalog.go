package catalog

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Source is what the catalogue reads from the database (drehscheibe.Store has it).
type Source interface {
	// Seq returns the catalogue version: a counter every write increments.
	Seq(ctx context.Context) (int64, error)
	// Changed returns every entity written with a sequence number above since.
	Changed(ctx context.Context, since int64) ([]drehscheibe.Entity, error)
}

// Options tune the refresh of the catalogue.
type Options struct {
	// PollInterval is how often the catalogue version is read (default 2 s).
	PollInterval time.Duration
	// Window is how long a write may take between taking its sequence number and being
	// stored (default 30 s). Changes are re-read for that long after the counter moved,
	// so a slow write of another instance is never skipped.
	Window time.Duration
	// FullReloadInterval is how often everything is read again as a safety net
	// (default 10 min). The first full reload follows one Window after the start.
	FullReloadInterval time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
}

func (o *Options) defaults() {
	if o.PollInterval <= 0 {
		o.PollInterval = 2 * time.Second
	}
	if o.Window <= 0 {
		o.Window = 30 * time.Second
	}
	if o.FullReloadInterval <= 0 {
		o.FullReloadInterval = 10 * time.Minute
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Catalog holds the current snapshot and keeps it fresh. It implements
// drehscheibe.Catalog for the service.
type Catalog struct {
	src  Source
	opts Options
	cur  atomic.Pointer[Snapshot]
	// mu serialises snapshot swaps; readers never take it.
	mu sync.Mutex
	// refreshMu serialises refreshes and guards the fields below.
	refreshMu sync.Mutex
	history   []observation
	nextFull  time.Time
	poke      chan struct{}
	checkedAt atomic.Int64
}

// observation is a catalogue version read at a time.
type observation struct {
	at  time.Time
	seq int64
}

// New returns a catalogue over src; it is empty (not Loaded) until Load or Run.
func New(src Source, opts Options) *Catalog {
	opts.defaults()
	c := &Catalog{src: src, opts: opts, poke: make(chan struct{}, 1)}
	c.cur.Store(emptySnapshot())
	return c
}

// Current returns the current snapshot. It never returns nil.
func (c *Catalog) Current() *Snapshot { return c.cur.Load() }

// Lookup implements drehscheibe.Catalog.
func (c *Catalog) Lookup(id drehscheibe.ID) (drehscheibe.Entity, bool) { return c.Current().Get(id) }

// CampusOf implements drehscheibe.Catalog.
func (c *Catalog) CampusOf(institution drehscheibe.ID) drehscheibe.ID {
	return c.Current().CampusOf(institution)
}

// Written implements drehscheibe.Catalog: the entity enters the catalogue at once. The
// version advances with it when it is the next one; otherwise another instance wrote
// in between, and a refresh is triggered to fetch that.
func (c *Catalog) Written(e drehscheibe.Entity) {
	seq := drehscheibe.MetaOf(e).Seq
	c.mu.Lock()
	cur := c.cur.Load()
	next := cur.with([]drehscheibe.Entity{e})
	advanced := seq == cur.Version+1
	if advanced {
		next.Version = seq
	}
	c.cur.Store(next)
	c.mu.Unlock()
	if !advanced && seq > cur.Version {
		select {
		case c.poke <- struct{}{}:
		default:
		}
	}
}

// Load reads the whole catalogue from the database and swaps it in. Entities this
// instance wrote meanwhile are kept when they are newer.
func (c *Catalog) Load(ctx context.Context) error {
	c.refreshMu.Lock()
	defer c.refreshMu.Unlock()
	return c.load(ctx)
}

func (c *Catalog) load(ctx context.Context) error {
	now := c.opts.Now()
	seq, err := c.src.Seq(ctx)
	if err != nil {
		return err
	}
	all, err := c.src.Changed(ctx, 0)
	if err != nil {
		return err
	}
	c.mu.Lock()
	cur := c.cur.Load()
	next := emptySnapshot().with(all).with(newerThan(cur, all))
	next.Version, next.Loaded = max(cur.Version, seq), true
	c.cur.Store(next)
	c.checkedAt.Store(now.UnixNano())
	c.mu.Unlock()
	if cur.Loaded {
		c.nextFull = now.Add(c.opts.FullReloadInterval)
	} else {
		// writes that took their number before this load may land after it was read
		c.nextFull = now.Add(c.opts.Window)
	}
	c.history = []observation{{now, seq}}
	return nil
}

// newerThan returns the entities of cur that all lacks or holds in an older version.
func newerThan(cur *Snapshot, all []drehscheibe.Entity) []drehscheibe.Entity {
	loaded := make(map[drehscheibe.ID]int64, len(all))
	for _, e := range all {
		m := drehscheibe.MetaOf(e)
		loaded[m.ID] = m.Version
	}
	var out []drehscheibe.Entity
	add := func(e drehscheibe.Entity) {
		m := drehscheibe.MetaOf(e)
		if v, ok := loaded[m.ID]; !ok || v < m.Version {
			out = append(out, e)
		}
	}
	eachEntity(cur, add)
	return out
}

func eachEntity(s *Snapshot, f func(drehscheibe.Entity)) {
	for _, r := range s.quartiere.rows {
		f(r.e)
	}
	for _, r := range s.institutionen.rows {
		f(r.e)
	}
	for _, r := range s.partner.rows {
		f(r.e)
	}
	for _, r := range s.module.rows {
		f(r.e)
	}
	for _, r := range s.bedarfe.rows {
		f(r.e)
	}
	for _, r := range s.campus.rows {
		f(r.e)
	}
}

// Refresh brings the snapshot up to date with the database once: a full load when
// none succeeded yet or one is due, else the changes since the version seen one Window
// ago (re-reading that span is harmless, and it catches writes that were slow to land).
func (c *Catalog) Refresh(ctx context.Context) error {
	c.refreshMu.Lock()
	defer c.refreshMu.Unlock()
	now := c.opts.Now()
	if !c.Current().Loaded || !now.Before(c.nextFull) {
		return c.load(ctx)
	}
	seq, err := c.src.Seq(ctx)
	if err != nil {
		return err
	}
	c.history = append(c.history, observation{now, seq})
	base := c.base(now)
	if base == seq && seq <= c.Current().Version {
		c.confirm(seq, now, nil)
		return nil
	}
	changes, err := c.src.Changed(ctx, base)
	if err != nil {
		return err
	}
	c.confirm(seq, now, changes)
	return nil
}

// base trims the history to one Window and returns the oldest version in it.
func (c *Catalog) base(now time.Time) int64 {
	cut := 0
	for i, o := range c.history {
		if now.Sub(o.at) >= c.opts.Window {
			cut = i // the newest observation at least one Window old
		}
	}
	c.history = c.history[cut:]
	return c.history[0].seq
}

// confirm merges changes and records that the snapshot reflects version seq.
func (c *Catalog) confirm(seq int64, now time.Time, changes []drehscheibe.Entity) {
	defer c.checkedAt.Store(now.UnixNano())
	c.mu.Lock()
	defer c.mu.Unlock()
	cur := c.cur.Load()
	if len(changes) == 0 && seq <= cur.Version {
		return
	}
	next := cur.with(changes)
	next.Version = max(cur.Version, seq)
	c.cur.Store(next)
}

// CheckedAt is when the snapshot was last confirmed against the database (zero before
// the first load).
func (c *Catalog) CheckedAt() time.Time {
	n := c.checkedAt.Load()
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

// Run refreshes the catalogue every PollInterval, and at once after a write of this
// instance revealed that another one wrote, until ctx ends. Every refresh's outcome
// goes to report (nil on success; the database may be away for a while, failures are
// retried on the next tick).
func (c *Catalog) Run(ctx context.Context, report func(error)) {
	t := time.NewTicker(c.opts.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-c.poke:
		}
		rctx, cancel := context.WithTimeout(ctx, max(c.opts.Window, time.Minute))
		if err := c.Refresh(rctx); ctx.Err() == nil && report != nil {
			report(err)
		}
		cancel()
	}
}
