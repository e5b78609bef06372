package resolvers

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/gqlext"
)

// maxNodes bounds nodes(ids:).
const maxNodes = gqlext.MaxNodes

// toModelNode converts any entity to its GraphQL type.
func toModelNode(e drehscheibe.Entity) model.Node {
	switch e := e.(type) {
	case *drehscheibe.Quartier:
		return toModelQuartier(e)
	case *drehscheibe.Institution:
		return toModelInstitution(e)
	case *drehscheibe.Partner:
		return toModelPartner(e)
	case *drehscheibe.Modul:
		return toModelModul(e)
	case *drehscheibe.Bedarf:
		return toModelBedarf(e)
	case *drehscheibe.Kindercampus:
		return toModelKindercampus(e)
	}
	return nil
}

// node resolves a global ID as the caller sees it: nil for an unknown or hidden one,
// BAD_USER_INPUT for one that is not an ID of this service at all. Catalogue entities
// come from the view, API keys (Servicestelle only) from the database.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	did := drehscheibe.ID(id)
	switch did.Kind() {
	case "":
		return nil, badInput("%q ist keine gültige ID", truncate(id, 70))
	case drehscheibe.KindAudit, drehscheibe.KindNotification, drehscheibe.KindLedger:
		return nil, nil
	case drehscheibe.KindApiKey:
		k, err := r.Service.ApiKey(ctx, did)
		if drehscheibe.ErrorCode(err) == drehscheibe.ENOTFOUND {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		return r.toModelApiKey(k), nil
	}
	snap := r.view(ctx)
	e, ok := snap.Get(did)
	if !ok {
		return nil, nil
	}
	switch e := e.(type) {
	case *drehscheibe.Anfrage:
		return toModelAnfrage(e, snap, r.Now()), nil
	case *drehscheibe.Foerderprogramm:
		return toModelFoerderprogramm(e, snap.Snapshot()), nil
	}
	return toModelNode(e), nil
}

// related resolves a reference from one entity to another. A reference always points
// to an existing entity (writes check it, nothing is deleted), so a miss is a fault.
func related[E any, M any](ctx context.Context, e E, ok bool, id string, conv func(E) M) (M, error) {
	if !ok {
		var zero M
		return zero, drehscheibe.Internal(fmt.Errorf("dangling reference to %s", id))
	}
	return conv(e), nil
}

// truncate shortens s to at most n bytes for a message, never inside a character, and
// replaces what is not valid UTF-8.
func truncate(s string, n int) string {
	s = strings.ToValidUTF8(s, "�")
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
