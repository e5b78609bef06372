package drehscheibe

import (
	"errors"
	"fmt"
	"strings"
)

// Error codes. Every error a domain service returns carries one of them; each edge of the
// application translates them exactly once (the store from driver errors, the resolvers to
// GraphQL userErrors and extensions.code).
const (
	EINVALID           = "invalid"            // the input breaks a rule; Problems says which
	ENOTFOUND          = "not_found"          // the entity does not exist (or is not visible)
	ECONFLICT          = "conflict"           // stale version or duplicate natural key
	EINVALIDTRANSITION = "invalid_transition" // the lifecycle does not allow this step
	EFORBIDDEN         = "forbidden"          // the caller lacks the right
	EUNAUTHENTICATED   = "unauthenticated"    // no valid credentials on a protected operation
	EUNAVAILABLE       = "unavailable"        // the database cannot be reached right now
	EINTERNAL          = "internal"           // a fault of ours; the message is never shown
)

// Error is the one error type of the domain. Message is German and safe to show to a
// client; Err, if set, is the internal cause and is only ever logged.
type Error struct {
	Code    string
	Message string
	// Field is the path of the offending input field, e.g. ["ageRange", "min"].
	Field []string
	// Problems lists every rule an input broke (Code EINVALID), so a client can show
	// all of them at once.
	Problems []Problem
	// Err is the internal cause (a driver error, say). Never shown to clients.
	Err error
}

// Problem is one broken rule of an input.
type Problem struct {
	Field   []string
	Code    string
	Message string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Code)
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	if len(e.Field) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(e.Field, "."))
	}
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "; %s: %s", strings.Join(p.Field, "."), p.Message)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an Error with the given code and German message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldErrorf returns an Error about one input field.
func FieldErrorf(code string, field []string, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Internal wraps an unexpected fault. Its message is generic; cause is kept for the log.
func Internal(cause error) *Error {
	return &Error{Code: EINTERNAL, Message: "Interner Fehler", Err: cause}
}

// ErrorCode returns the code of err, EINTERNAL for foreign errors and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the client-safe message of err. Foreign errors and internal
// faults yield a generic text, never their own.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Code != EINTERNAL && e.Message != "" {
		return e.Message
	}
	return "Interner Fehler"
}

// AsError returns err as *Error when it is one.
func AsError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
