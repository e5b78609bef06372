// Package apierror is the vocabulary clients see when something is refused: every
// code of extensions.code — in GraphQL errors (resolvers.PresentError) and in the
// answers of HTTP refusals (server/refusal.go, the HSDS and CSV handlers) — the
// domain error code each GraphQL code comes from, and the German messages said in
// more than one place. A code a client may see is defined here and nowhere else.
package apierror

import (
	"fmt"
	"net/http"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Code is the value of extensions.code.
type Code = string

// Codes of the domain's errors (see FromDomain).
const (
	BadUserInput      Code = "BAD_USER_INPUT"
	NotFound          Code = "NOT_FOUND"
	Conflict          Code = "CONFLICT"
	InvalidTransition Code = "INVALID_TRANSITION"
	Forbidden         Code = "FORBIDDEN"
	Unauthenticated   Code = "UNAUTHENTICATED"
	Unavailable       Code = "UNAVAILABLE"
	Internal          Code = "INTERNAL"
)

// Codes of requests refused before a GraphQL operation runs.
const (
	BadRequest           Code = "BAD_REQUEST"            // not one JSON object, an unreadable body or URL
	RequestTooLarge      Code = "REQUEST_TOO_LARGE"      // a body over the limit
	UnsupportedMediaType Code = "UNSUPPORTED_MEDIA_TYPE" // POST without application/json
	MethodNotAllowed     Code = "METHOD_NOT_ALLOWED"     // a method the address does not take
	RateLimited          Code = "RATE_LIMITED"           // too many requests
)

// Codes of operations refused before they run: the limits and rules of queries. gqlgen
// answers them with 422 (they are registered as protocol errors).
const (
	MaxTokensExceeded       Code = "MAX_TOKENS_EXCEEDED"
	MaxDepthExceeded        Code = "MAX_DEPTH_EXCEEDED"
	MaxAliasesExceeded      Code = "MAX_ALIASES_EXCEEDED"
	MaxDirectivesExceeded   Code = "MAX_DIRECTIVES_EXCEEDED"
	ComplexityLimitExceeded Code = "COMPLEXITY_LIMIT_EXCEEDED"
	IntrospectionDisabled   Code = "INTROSPECTION_DISABLED"
	// gqlgen's own codes, kept as gqlgen names them
	GraphQLParseFailed      Code = "GRAPHQL_PARSE_FAILED"
	GraphQLValidationFailed Code = "GRAPHQL_VALIDATION_FAILED"
)

// fromDomain maps the domain's error codes to client codes.
var fromDomain = map[string]Code{
	drehscheibe.EINVALID:           BadUserInput,
	drehscheibe.ENOTFOUND:          NotFound,
	drehscheibe.ECONFLICT:          Conflict,
	drehscheibe.EINVALIDTRANSITION: InvalidTransition,
	drehscheibe.EFORBIDDEN:         Forbidden,
	drehscheibe.EUNAUTHENTICATED:   Unauthenticated,
	drehscheibe.EUNAVAILABLE:       Unavailable,
	drehscheibe.EINTERNAL:          Internal,
}

// FromDomain returns the client code of a domain error code (INTERNAL for one it does
// not know).
func FromDomain(code string) Code {
	if c, ok := fromDomain[code]; ok {
		return c
	}
	return Internal
}

// httpStatus is the HTTP status of a refusal with a domain-derived code, for the
// endpoints outside GraphQL (documents, CSV).
var httpStatus = map[Code]int{
	BadUserInput: http.StatusBadRequest, NotFound: http.StatusNotFound, Conflict: http.StatusConflict,
	InvalidTransition: http.StatusConflict, Forbidden: http.StatusForbidden, Unauthenticated: http.StatusUnauthorized,
	Unavailable: http.StatusServiceUnavailable, Internal: http.StatusInternalServerError,
}

// Refusal returns the HTTP status, the client code and the German message of a
// domain error, for an endpoint outside GraphQL (an internal error's message says
// nothing of it: use InternalMessage).
func Refusal(err error) (status int, code Code, message string) {
	code = FromDomain(drehscheibe.ErrorCode(err))
	status = httpStatus[code]
	if de, ok := drehscheibe.AsError(err); ok && code != Internal {
		message = de.Message
	}
	return status, code, message
}

// Messages said in more than one place.
const (
	// BodyUnreadable: the request body could not be read.
	BodyUnreadable = "Der Anfragekörper konnte nicht gelesen werden"
	// CatalogNotLoaded: the catalogue was never read from the database (it is away).
	CatalogNotLoaded = "Der Katalog ist noch nicht geladen: die Datenbank ist nicht erreichbar; bitte gleich noch einmal versuchen"
)

// InternalMessage is what a client learns of an internal error: that it happened, and
// the request ID under which the log has it.
func InternalMessage(requestID string) string {
	return fmt.Sprintf("Interner Fehler (Anfrage-ID %s)", requestID)
}
