package resolvers

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// userErrorCodes maps domain codes to UserError.code in mutation payloads.
var userErrorCodes = map[string]model.UserErrorCode{
	drehscheibe.EINVALID:           model.UserErrorCodeInvalid,
	drehscheibe.ENOTFOUND:          model.UserErrorCodeNotFound,
	drehscheibe.ECONFLICT:          model.UserErrorCodeConflict,
	drehscheibe.EINVALIDTRANSITION: model.UserErrorCodeInvalidTransition,
}

// PresentError is the error presenter: the one place where errors become GraphQL
// errors. Domain errors keep their safe German message and get extensions.code. Errors
// gqlgen raises itself (parsing, validation, argument coercion) are about the query and
// get German text (germanQueryMessage). Every other error is logged in full with the request ID and reaches
// the client only as INTERNAL with that ID. Every error carries the request ID in
// extensions.requestId, like the server's refusals.
func PresentError(ctx context.Context, err error) *gqlerror.Error {
	gerr := present(ctx, err)
	if id, ok := hlog.IDFromCtx(ctx); ok {
		gerr.Extensions["requestId"] = id.String()
	}
	return gerr
}

// present gives err its message and code.
func present(ctx context.Context, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	var de *drehscheibe.Error
	if errors.As(err, &de) {
		if de.Code == drehscheibe.EINTERNAL {
			return internalError(ctx, gerr, err)
		}
		gerr.Message = de.Message
		setCode(gerr, apierror.FromDomain(de.Code))
		if de.Code == drehscheibe.EUNAVAILABLE {
			logError(ctx, err, "database unavailable")
		}
		return gerr
	}
	if r, ok := rewrites(gerr.Message); ok {
		gerr.Message = r.message
		setCode(gerr, r.code)
		return gerr
	}
	if _, ok := err.(*gqlerror.Error); !ok {
		return internalError(ctx, gerr, err)
	}
	gerr.Message = germanQueryMessage(gerr)
	if _, ok := gerr.Extensions["code"]; !ok {
		setCode(gerr, apierror.BadUserInput)
	}
	return gerr
}

// rewrite is the message and code a known gqlgen error is shown with.
type rewrite struct{ message, code string }

// rewrites gives gqlgen's own request errors a German message and a code; the request
// body gqlgen would quote back is dropped.
func rewrites(msg string) (rewrite, bool) {
	switch {
	case strings.HasPrefix(msg, "json request body could not be decoded"):
		return rewrite{"Der Anfragekörper muss ein JSON-Objekt {\"query\", \"variables\", \"operationName\"} sein; " +
			"je Anfrage eine Operation, keine JSON-Arrays", apierror.BadRequest}, true
	case strings.HasPrefix(msg, "could not read request body"):
		// bodies over the limit never get here: the server refuses them before
		return rewrite{apierror.BodyUnreadable, apierror.BadRequest}, true
	case strings.HasPrefix(msg, "exceeded token limit of "):
		return rewrite{"Die Anfrage ist zu lang (mehr als " + strings.TrimPrefix(msg, "exceeded token limit of ") + " Tokens)", apierror.MaxTokensExceeded}, true
	}
	return rewrite{}, false
}

// internalError hides err from the client and logs it.
func internalError(ctx context.Context, gerr *gqlerror.Error, err error) *gqlerror.Error {
	id := requestID(ctx)
	logError(ctx, err, "internal error")
	gerr.Message = apierror.InternalMessage(id)
	gerr.Extensions = map[string]any{"code": apierror.Internal, "requestId": id}
	return gerr
}

// Recover turns a panic in a resolver into an INTERNAL error; the log gets the value.
func Recover(ctx context.Context, p any) error {
	zerolog.Ctx(ctx).Error().Str("panic", fmt.Sprint(p)).Stack().Msg("panic in resolver")
	return drehscheibe.Internal(fmt.Errorf("panic: %v", p))
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}

func requestID(ctx context.Context) string {
	if id, ok := hlog.IDFromCtx(ctx); ok {
		return id.String()
	}
	return "unbekannt"
}

func logError(ctx context.Context, err error, msg string) {
	zerolog.Ctx(ctx).Error().Err(err).Str("path", graphql.GetPath(ctx).String()).Msg(msg)
}

// badInput is an argument error of a query (top-level, BAD_USER_INPUT).
func badInput(format string, args ...any) error {
	return drehscheibe.Errorf(drehscheibe.EINVALID, format, args...)
}
