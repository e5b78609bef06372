package mail

import (
	"context"
	"time"
)

// Queue is the persistent store of messages waiting to be sent, which its owner
// implements (over MongoDB in the service: internal/mongodb's MailQueue). The owner
// queues messages so that an acknowledged change never loses its mail (the service
// derives them from the stored Anfragen and queues them before it records its
// progress: internal/notify); the Deliverer only takes messages out.
//
// A message is sent at least once: when a worker dies after sending but before
// Delivered, the lease runs out and the message goes out again — with the same
// Message-ID, which mail programs recognise. Every method must be safe for concurrent
// use.
type Queue interface {
	// Claim leases up to max messages that are due at now (queued and not yet tried,
	// or whose retry time has come, or whose earlier lease has run out) and not
	// delivered or given up, for lease: until now+lease no other Claim returns them.
	// Each claim counts an attempt: Pending.Attempt is 1 on the first claim of a
	// message, 2 on the second, and so on. The oldest due messages come first.
	Claim(ctx context.Context, now time.Time, max int, lease time.Duration) ([]Pending, error)
	// Delivered records that the mail server accepted the message at at; it is never
	// claimed again. It holds whatever the attempt: the message is out.
	Delivered(ctx context.Context, id string, at time.Time) error
	// Retry records that attempt failed for reason and makes the message due again
	// at retryAt. A Retry for an attempt other than the message's latest claim (a
	// worker whose lease ran out) changes nothing.
	Retry(ctx context.Context, id string, attempt int, reason string, retryAt time.Time) error
	// GiveUp records that the message will never be sent, with reason, at at: the
	// server refused it for good, or it ran out of attempts or time. Like Retry, it
	// changes nothing for an attempt other than the latest claim.
	GiveUp(ctx context.Context, id string, attempt int, reason string, at time.Time) error
}

// Pending is one claimed message.
type Pending struct {
	ID      string
	Message Message
	// Attempt is the number of this attempt (1 for the first), counted by Claim.
	Attempt int
	// Queued is when the message was queued; the Deliverer's MaxAge counts from it.
	Queued time.Time
}
