package drehscheibe

import (
	"context"
	"time"
)

// CreateApiKey stores a new key for the role and scope of k and returns it with its
// token, the only time the token exists outside the caller: only its hash is stored.
// EINVALID (role, scope, name, expiry), EUNAUTHENTICATED, EFORBIDDEN.
func (s *Service) CreateApiKey(ctx context.Context, k *ApiKey) (*ApiKey, string, error) {
	now := s.clock()
	k.ID, k.RevokedAt, k.LastUsedAt = NewID(KindApiKey), nil, nil
	token, hash := newToken(k.ID)
	k.Hash = hash
	err := s.insert(ctx, OpCreateApiKey, k, func(Principal) error {
		switch {
		case k.ExpiresAt == nil:
		case !k.ExpiresAt.After(now):
			return FieldErrorf(EINVALID, path("expiresAt"), "Das Ablaufdatum muss in der Zukunft liegen")
		case k.ExpiresAt.Sub(now) > MaxKeyLifetime:
			return FieldErrorf(EINVALID, path("expiresAt"), "Ein Schlüssel gilt höchstens fünf Jahre")
		default:
			t := k.ExpiresAt.UTC().Truncate(time.Millisecond)
			k.ExpiresAt = &t
		}
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	return k, token, nil
}

// RevokeApiKey revokes key id: every later request with it is anonymous (at once on
// this instance; see Authenticator.CacheTTL for others).
// EINVALIDTRANSITION (revoked already), ENOTFOUND, EUNAUTHENTICATED, EFORBIDDEN.
func (s *Service) RevokeApiKey(ctx context.Context, id ID) (*ApiKey, error) {
	p, err := s.principal(ctx, OpRevokeApiKey)
	if err != nil {
		return nil, err
	}
	k, err := modify(ctx, s, OpRevokeApiKey, p, id, func(k *ApiKey) error {
		if k.RevokedAt != nil {
			return &Error{Code: EINVALIDTRANSITION, Field: path("id"), Message: "Der Schlüssel ist bereits widerrufen"}
		}
		now := s.clock()
		k.RevokedAt = &now
		return nil
	})
	if err == nil {
		s.auth.forget(id)
	}
	return k, err
}

// ApiKeys returns every API key, newest first (Servicestelle). EUNAUTHENTICATED,
// EFORBIDDEN.
func (s *Service) ApiKeys(ctx context.Context) ([]*ApiKey, error) {
	if _, err := s.principal(ctx, OpApiKeys); err != nil {
		return nil, err
	}
	return s.store.ApiKeys(ctx)
}

// ApiKey returns key id if the caller may see it (Servicestelle), else ENOTFOUND.
func (s *Service) ApiKey(ctx context.Context, id ID) (*ApiKey, error) {
	return getAs[*ApiKey](ctx, s, PrincipalFrom(ctx), id, anyVersion, false)
}
