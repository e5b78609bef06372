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
	// ReserveSeq increments the catalogue version by n and returns the new value: the
	// last of the n numbers taken.
	ReserveSeq(ctx context.Context, n int64) (int64, error)
	// Changed returns every entity written with a sequence number above since.
	Changed(ctx context.Context, since int64) ([]drehscheibe.Entity, error)
}

// Options tune the refresh of the catalogue.
type Options struct {
	// PollInterval is how often the catalogue version is read (default 2 s).
	PollInterval time.Duration
	// Window is how long another instance's write may take between taking its
	// sequence number and being stored (default 30 s): a number that stays missing
	// that long is taken for abandoned.
	Window time.Duration
	// FullReloadInterval is how often everything is read again as a safety net
	// (default 10 min). A reload that finds nothing newer keeps the snapshot.
	FullReloadInterval time.Duration
	// SingleInstance says that this instance is the database's only server (the
	// embedded database: commands beside it write through the counter like any writer):
	// nothing is read again after a Window or as a safety net, since no write of
	// another server can be missed.
	SingleInstance bool
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
//
// Every write takes a number from the database's counter (Reserve) before it is
// stored. The catalogue tracks the numbers above its version: the ones this instance
// took are settled by Written or Abandon, without asking the database; the others
// belong to other instances (or commands beside the server) and are fetched by the
// poll, which reads the counter and, only when it moved past what this instance knows,
// the entities written since. A number that stays missing for a Window (a write that
// failed, or one whose entity was written again since) is given up. The version is the
// highest number up to which every write is settled.
type Catalog struct {
	src  Source
	opts Options
	cur  atomic.Pointer[Snapshot]
	// mu serialises snapshot swaps and guards the tracking below; readers never take
	// it.
	mu sync.Mutex
	// open are the numbers above the version that are not settled: true for this
	// instance's writes in flight, false for missing ones (with missingSince).
	open         map[int64]bool
	missingSince map[int64]time.Time
	// settled are the numbers above the version that are settled.
	settled map[int64]bool
	// refreshMu serialises refreshes and guards nextFull.
	refreshMu sync.Mutex
	nextFull  time.Time
	checkedAt atomic.Int64
	// reservations: requests for numbers that arrive while one is on its way to the
	// database wait and go together in the next one
	seqMu   sync.Mutex
	issueMu sync.Mutex
	batch   *seqBatch
}

// seqBatch is one reservation of numbers for several writes.
type seqBatch struct {
	n    int64
	done chan struct{}
	last int64
	err  error
}

// New returns a catalogue over src; it is empty (not Loaded) until Load or Run.
func New(src Source, opts Options) *Catalog {
	opts.defaults()
	c := &Catalog{src: src, opts: opts, open: map[int64]bool{}, missingSince: map[int64]time.Time{}, settled: map[int64]bool{}}
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

// Programmes implements drehscheibe.Catalog.
func (c *Catalog) Programmes() []*drehscheibe.Foerderprogramm { return c.Current().programmes() }

// AnfragenOf implements drehscheibe.Catalog.
func (c *Catalog) AnfragenOf(institution drehscheibe.ID) []*drehscheibe.Anfrage {
	return c.Current().AnfragenOf(institution)
}

// Reserve implements drehscheibe.Catalog: it takes n consecutive catalogue versions
// and returns the first. Concurrent callers share one round trip to the database.
func (c *Catalog) Reserve(ctx context.Context, n int) (int64, error) {
	c.seqMu.Lock()
	b := c.batch
	if b == nil {
		b = &seqBatch{done: make(chan struct{})}
		c.batch = b
	}
	mine := b.n
	b.n += int64(n)
	c.seqMu.Unlock()

	c.issueMu.Lock()
	select {
	case <-b.done: // another caller of this batch sent it
	default:
		c.seqMu.Lock()
		c.batch = nil // later callers start the next batch
		total := b.n
		c.seqMu.Unlock()
		// the batch serves several requests: it must not fail because one of them ends
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
		b.last, b.err = c.src.ReserveSeq(rctx, total)
		cancel()
		if b.err == nil {
			c.mu.Lock()
			for s := b.last - total + 1; s <= b.last; s++ {
				c.open[s] = true
			}
			c.mu.Unlock()
		}
		close(b.done)
	}
	c.issueMu.Unlock()
	if b.err != nil {
		return 0, b.err
	}
	return b.last - b.n + 1 + mine, nil
}

// Written implements drehscheibe.Catalog: the entities (written by this instance and
// acknowledged by the database) enter the catalogue at once, and their numbers are
// settled.
func (c *Catalog) Written(es ...drehscheibe.Entity) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cur := c.cur.Load()
	for _, e := range es {
		c.settle(drehscheibe.MetaOf(e).Seq, cur.Version)
	}
	next := cur.with(es)
	next.Version = c.advance(cur.Version, c.opts.Now())
	c.cur.Store(next)
}

// Abandon implements drehscheibe.Catalog: the write that took seq stored nothing. When
// it may have been stored after all (an acknowledgement lost on the way), the number
// is left to the poll, which fetches the entity if it is there.
func (c *Catalog) Abandon(seq int64, maybeStored bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cur := c.cur.Load()
	if maybeStored {
		if seq > cur.Version && c.open[seq] {
			c.open[seq] = false
			c.missingSince[seq] = c.opts.Now()
		}
		return
	}
	c.settle(seq, cur.Version)
	if v := c.advance(cur.Version, c.opts.Now()); v != cur.Version {
		next := cur.with(nil)
		next.Version = v
		c.cur.Store(next)
	}
}

// settle marks number seq as done (c.mu held).
func (c *Catalog) settle(seq, version int64) {
	if seq <= version {
		return
	}
	delete(c.open, seq)
	delete(c.missingSince, seq)
	c.settled[seq] = true
}

// advance returns the version after version up to which every number is settled or
// was missing for a Window (c.mu held).
func (c *Catalog) advance(version int64, now time.Time) int64 {
	for {
		next := version + 1
		switch {
		case c.settled[next]:
			delete(c.settled, next)
		case c.open[next] == false && !c.missingSince[next].IsZero() && now.Sub(c.missingSince[next]) >= c.opts.Window:
			delete(c.open, next)
			delete(c.missingSince, next)
		default:
			return version
		}
		version = next
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
	next := cur
	switch {
	case !cur.Loaded:
		next = emptySnapshot().with(all).with(newerThan(cur, all))
	default:
		if changed := newer(cur, all); len(changed) > 0 {
			next = cur.with(changed)
		}
	}
	// everything stored up to seq was read; what is still on its way is caught by the
	// next full load (one Window after the first)
	version := max(cur.Version, seq)
	c.forget(version)
	version = c.advance(version, now)
	if next != cur || version != cur.Version || !cur.Loaded {
		if next == cur {
			next = cur.with(nil)
		}
		next.Version, next.Loaded = version, true
		c.cur.Store(next)
	}
	c.checkedAt.Store(now.UnixNano())
	c.mu.Unlock()
	switch {
	case c.opts.SingleInstance:
		c.nextFull = time.Time{}
	case cur.Loaded:
		c.nextFull = now.Add(c.opts.FullReloadInterval)
	default:
		c.nextFull = now.Add(c.opts.Window)
	}
	return nil
}

// forget drops the tracking of the numbers up to version (c.mu held).
func (c *Catalog) forget(version int64) {
	for _, m := range []map[int64]bool{c.open, c.settled} {
		for s := range m {
			if s <= version {
				delete(m, s)
			}
		}
	}
	for s := range c.missingSince {
		if s <= version {
			delete(c.missingSince, s)
		}
	}
}

// observe records what a read of the database found: the counter at seq and the
// entities changes (c.mu held). Numbers up to seq that neither this instance holds
// open nor the read returned are missing from now on. It returns the new version.
func (c *Catalog) observe(version, seq int64, changes []drehscheibe.Entity, now time.Time) int64 {
	for _, e := range changes {
		c.settle(drehscheibe.MetaOf(e).Seq, version)
	}
	for s := version + 1; s <= seq; s++ {
		if _, known := c.open[s]; !known && !c.settled[s] {
			c.open[s] = false
			c.missingSince[s] = now
		}
	}
	return c.advance(version, now)
}

// newerThan returns the entities of cur that all lacks or holds in an older version.
func newerThan(cur *Snapshot, all []drehscheibe.Entity) []drehscheibe.Entity {
	loaded := make(map[drehscheibe.ID]int64, len(all))
	for _, e := range all {
		m := drehscheibe.MetaOf(e)
		loaded[m.ID] = m.Version
	}
	var out []drehscheibe.Entity
	cur.eachEntity(func(e drehscheibe.Entity) {
		m := drehscheibe.MetaOf(e)
		if v, ok := loaded[m.ID]; !ok || v < m.Version {
			out = append(out, e)
		}
	})
	return out
}

// newer returns the entities of changes that are newer than what s holds.
func newer(s *Snapshot, changes []drehscheibe.Entity) []drehscheibe.Entity {
	var out []drehscheibe.Entity
	for _, e := range changes {
		m := drehscheibe.MetaOf(e)
		if old, ok := s.Get(m.ID); !ok || drehscheibe.MetaOf(old).Version < m.Version {
			out = append(out, e)
		}
	}
	return out
}

// Refresh brings the snapshot up to date with the database once: a full load when
// none succeeded yet or one is due; else it reads the counter and, only when that
// shows numbers this instance does not know (or some are still missing), the
// entities written since the version. A refresh that finds nothing new keeps the
// snapshot.
func (c *Catalog) Refresh(ctx context.Context) error {
	c.refreshMu.Lock()
	defer c.refreshMu.Unlock()
	now := c.opts.Now()
	if !c.Current().Loaded || (!c.nextFull.IsZero() && !now.Before(c.nextFull)) {
		return c.load(ctx)
	}
	seq, err := c.src.Seq(ctx)
	if err != nil {
		return err
	}
	c.mu.Lock()
	version := c.cur.Load().Version
	unknown := c.unknown(version, seq)
	c.mu.Unlock()
	var changes []drehscheibe.Entity
	if unknown {
		if changes, err = c.src.Changed(ctx, version); err != nil {
			return err
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	defer c.checkedAt.Store(now.UnixNano())
	cur := c.cur.Load()
	fresh := newer(cur, changes)
	v := c.observe(cur.Version, seq, changes, now)
	if len(fresh) == 0 && v == cur.Version {
		return nil
	}
	next := cur.with(fresh)
	next.Version = v
	c.cur.Store(next)
	return nil
}

// unknown reports whether numbers up to seq exist that this instance neither holds
// open nor has settled, or that are missing (c.mu held).
func (c *Catalog) unknown(version, seq int64) bool {
	for s := version + 1; s <= seq; s++ {
		if open, known := c.open[s]; (!known && !c.settled[s]) || (known && !open) {
			return true
		}
	}
	return false
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

// Run refreshes the catalogue every PollInterval until ctx ends. Every refresh's
// outcome goes to report (nil on success; the database may be away for a while,
// failures are retried on the next tick).
func (c *Catalog) Run(ctx context.Context, report func(error)) {
	t := time.NewTicker(c.opts.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		rctx, cancel := context.WithTimeout(ctx, max(c.opts.Window, time.Minute))
		if err := c.Refresh(rctx); ctx.Err() == nil && report != nil {
			report(err)
		}
		cancel()
	}
}
