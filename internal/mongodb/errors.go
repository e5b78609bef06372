package mongodb

import (
	"context"
	"errors"
	"strings"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/x/mongo/driver/topology"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// translate turns a driver error into a coded domain error, once, at this edge. The
// driver's text is kept as the internal cause for the log and never shown to clients.
func translate(err error, kind drehscheibe.Kind) error {
	var sel topology.ServerSelectionError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, mongo.ErrNoDocuments):
		return &drehscheibe.Error{Code: drehscheibe.ENOTFOUND, Message: kind.Label() + " nicht gefunden", Err: err}
	case mongo.IsDuplicateKeyError(err), uniqueViolation(err):
		if c, ok := collections[kind]; ok {
			return &drehscheibe.Error{Code: drehscheibe.ECONFLICT, Field: c.uniqueField, Message: c.duplicateMessage, Err: err}
		}
		return &drehscheibe.Error{Code: drehscheibe.ECONFLICT, Message: "Das Objekt existiert bereits", Err: err}
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded), mongo.IsTimeout(err),
		mongo.IsNetworkError(err), errors.As(err, &sel), errors.Is(err, mongo.ErrClientDisconnected):
		return &drehscheibe.Error{Code: drehscheibe.EUNAVAILABLE, Message: "Die Datenbank ist gerade nicht erreichbar", Err: err}
	default:
		return drehscheibe.Internal(err)
	}
}

// uniqueViolation recognises a unique index refusing an update on the embedded
// FerretDB 1.24, which reports it as an InternalError with SQLite's text instead of
// the duplicate-key code it gives an insert.
func uniqueViolation(err error) bool {
	var ce mongo.CommandError
	return errors.As(err, &ce) && strings.Contains(ce.Message, "UNIQUE constraint failed")
}
