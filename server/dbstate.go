package main

import (
	"errors"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// dbState is what the service last learned about its database. The loops that talk to
// it anyway — preparing it at start, the catalogue poll — report every outcome here;
// /readyz answers from it at once instead of asking the database, and the log says
// what changed, once, with what to do about it, instead of repeating every retry.
type dbState struct {
	log zerolog.Logger
	// remind is how often an unchanged problem is logged again.
	remind time.Duration

	mu        sync.Mutex
	reachable bool
	problem   dbProblem // of the current outage
	since     time.Time // start of the current outage
	logged    time.Time // last log line about it
}

// dbProblem is the kind of a failed database call, each with its own advice.
type dbProblem int

const (
	dbFine dbProblem = iota
	dbUnreachable
	dbLoginRefused
	dbNotPermitted
	dbOther
)

// Server error codes of MongoDB (and FerretDB) that are about the account, not the
// request: the login failed, or the user lacks a role.
const (
	codeAuthenticationFailed = 18
	codeUnauthorized         = 13
)

func newDBState(log zerolog.Logger) *dbState {
	return &dbState{log: log, remind: 10 * time.Minute}
}

// classify tells what kind of problem err is.
func classify(err error) dbProblem {
	var se mongo.ServerError
	switch {
	case err == nil:
		return dbFine
	case errors.As(err, &se) && se.HasErrorCode(codeAuthenticationFailed):
		return dbLoginRefused
	case errors.As(err, &se) && se.HasErrorCode(codeUnauthorized):
		return dbNotPermitted
	case drehscheibe.ErrorCode(err) == drehscheibe.EUNAVAILABLE:
		return dbUnreachable
	default:
		return dbOther
	}
}

// retryable reports whether the service should keep trying after err, serving what it
// can meanwhile: the database is away, or refuses the account (which an operator can
// fix on the database's side without restarting the service).
func retryable(err error) bool {
	switch classify(err) {
	case dbUnreachable, dbLoginRefused, dbNotPermitted:
		return true
	}
	return false
}

// report records the outcome of a database call (nil: it answered) and logs a change:
// the start of a problem, another kind of problem, the recovery. An unchanged problem
// is logged again only every remind.
func (s *dbState) report(err error) {
	now := time.Now()
	p := classify(err)
	s.mu.Lock()
	defer s.mu.Unlock()
	// a failure that is not about reaching or logging in (a bad document, say) does
	// not make the database unreachable
	s.reachable = p == dbFine || p == dbOther && s.reachable
	switch {
	case p == dbFine && s.problem != dbFine:
		s.log.Info().Dur("outage", now.Sub(s.since)).Msg("database reachable again")
		s.problem = dbFine
	case p == dbFine:
	case p != s.problem:
		if s.problem == dbFine {
			s.since = now
		}
		s.problem, s.logged = p, now
		s.event(p, err).Msg(p.advice())
	case now.Sub(s.logged) >= s.remind:
		s.logged = now
		s.event(p, err).Dur("outage", now.Sub(s.since)).Msg("still: " + p.advice())
	}
}

func (s *dbState) event(p dbProblem, err error) *zerolog.Event {
	e := s.log.Warn()
	if p != dbUnreachable {
		e = s.log.Error()
	}
	return e.Err(err)
}

// advice is the log message for a problem: what it is and what to do.
func (p dbProblem) advice() string {
	switch p {
	case dbUnreachable:
		return "database unreachable; retrying (serving the last catalogue snapshot, if any, meanwhile)"
	case dbLoginRefused:
		return "database refused the login: check user name, password (URL-encoded), authSource and authMechanism in MONGODB_URI; retrying quietly"
	case dbNotPermitted:
		return "database user lacks permissions: it needs the role readWrite on MONGODB_DATABASE; retrying quietly"
	default:
		return "database call failed; retrying"
	}
}

// up reports whether the database answered the last time it was asked.
func (s *dbState) up() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reachable
}
