// Package rounds runs work in rounds in the background: one at once, then one every
// interval and one whenever woken, until it is asked to quit. The mail Deliverer and the
// notification Feeder are such loops.
package rounds

import (
	"sync"
	"time"
)

// Loop calls round at once when started, then every interval after the previous round
// ended and whenever woken, one round at a time.
type Loop struct {
	interval time.Duration
	round    func()

	wake chan struct{}
	quit chan struct{} // closed by Quit
	done chan struct{} // closed when the loop has returned (or never started)

	startOnce, quitOnce sync.Once
}

// New returns a loop of round every interval; Start starts it.
func New(interval time.Duration, round func()) *Loop {
	return &Loop{interval: interval, round: round,
		wake: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
}

// Start starts the rounds. Later calls, and calls after Quit, do nothing.
func (l *Loop) Start() { l.startOnce.Do(func() { go l.run() }) }

// Wake asks for a round now (after the one under way). It never blocks.
func (l *Loop) Wake() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Quit asks the loop to end: no round starts afterwards. Later calls do nothing.
func (l *Loop) Quit() {
	l.quitOnce.Do(func() {
		close(l.quit)
		l.startOnce.Do(func() { close(l.done) }) // never started
	})
}

// Quitting is closed once Quit was called, for a round that waits to notice it.
func (l *Loop) Quitting() <-chan struct{} { return l.quit }

// Done is closed when the round under way (if any) has returned after Quit.
func (l *Loop) Done() <-chan struct{} { return l.done }

func (l *Loop) run() {
	defer close(l.done)
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-l.quit:
			return
		case <-l.wake:
		case <-timer.C:
		}
		l.round()
		timer.Reset(l.interval)
	}
}
