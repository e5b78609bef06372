package mail

import (
	"errors"
	"time"
)

// RetryPolicy says how often and how long a temporary failure is tried again. The
// delay doubles from Base up to Max, with jitter (between half and the full delay), so
// messages that failed together do not return together. A message is given up after
// MaxAttempts attempts, or when its next attempt would fall after MaxAge from queuing.
type RetryPolicy struct {
	MaxAttempts int
	MaxAge      time.Duration
	Base        time.Duration
	Max         time.Duration
}

// DefaultRetryPolicy rides out an outage of the mail server over a long weekend:
// 1, 2, 4 … minutes, then hourly, for up to three days.
var DefaultRetryPolicy = RetryPolicy{MaxAttempts: 100, MaxAge: 72 * time.Hour, Base: time.Minute, Max: time.Hour}

func (p RetryPolicy) validate() error {
	if p.MaxAttempts < 1 || p.MaxAge <= 0 || p.Base <= 0 || p.Max < p.Base {
		return errors.New("RetryPolicy: MaxAttempts ≥ 1, MaxAge > 0 und 0 < Base ≤ Max nötig")
	}
	return nil
}

// Delay is the wait after the attempt-th failed attempt (1 for the first); jitter in
// [0, 1) picks the point between half and the full delay.
func (p RetryPolicy) Delay(attempt int, jitter float64) time.Duration {
	d := p.Base
	for i := 1; i < attempt && d < p.Max; i++ {
		d *= 2
	}
	d = min(d, p.Max)
	return d/2 + time.Duration(jitter*float64(d/2))
}
