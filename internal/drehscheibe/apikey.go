package drehscheibe

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"strings"
	"time"
)

// ApiKey is a credential: a role, the scope it acts for, and only the hash of its
// secret. The key itself (token) is shown once, when it is created.
type ApiKey struct {
	Meta
	Name string
	Role Role
	Scope
	// Hash is the hex SHA-256 of the secret part of the token.
	Hash       string
	ExpiresAt  *time.Time
	RevokedAt  *time.Time
	LastUsedAt *time.Time
}

// tokenPrefix starts every token: "dsk.<key id body>.<secret>".
const tokenPrefix = "dsk."

// newToken returns a fresh token for key id and the hash to store: 256 random bits.
func newToken(id ID) (token, hash string) {
	var b [32]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go ≥ 1.24)
	secret := idEncoding.EncodeToString(b[:])
	_, body, _ := strings.Cut(string(id), "_")
	return tokenPrefix + body + "." + secret, hashSecret(secret)
}

func hashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// ParseToken splits a token into the key's ID and its secret; ok is false for
// anything that is not a token of this service.
func ParseToken(token string) (id ID, secret string, ok bool) {
	rest, found := strings.CutPrefix(token, tokenPrefix)
	if !found || len(token) > 200 {
		return "", "", false
	}
	body, secret, found := strings.Cut(rest, ".")
	id = ID(string(KindApiKey) + "_" + body)
	if !found || !id.Is(KindApiKey) || secret == "" {
		return "", "", false
	}
	return id, secret, true
}

// Matches compares secret with the stored hash in constant time.
func (k *ApiKey) Matches(secret string) bool {
	return subtle.ConstantTimeCompare([]byte(hashSecret(secret)), []byte(k.Hash)) == 1
}

// Check reports why the key cannot be used at now (EUNAUTHENTICATED), or nil.
func (k *ApiKey) Check(now time.Time) error {
	switch {
	case k.RevokedAt != nil:
		return Errorf(EUNAUTHENTICATED, "Der API-Schlüssel wurde widerrufen")
	case k.ExpiresAt != nil && !now.Before(*k.ExpiresAt):
		return Errorf(EUNAUTHENTICATED, "Der API-Schlüssel ist abgelaufen")
	}
	return nil
}

// Principal is who the key makes its caller.
func (k *ApiKey) Principal() Principal {
	return Principal{KeyID: k.ID, Name: k.Name, Role: k.Role, Scope: k.Scope}
}

// EntityKind implements Entity.
func (*ApiKey) EntityKind() Kind { return KindApiKey }

// Validate implements Entity.
func (k *ApiKey) Validate() error { return validate(k) }

func (k *ApiKey) clean() { k.Name = cleanText(k.Name) }

func (k *ApiKey) check(p *problems) {
	p.checkText(path("name"), k.Name, true, MaxNameLength, false)
	if !valid(k.Role, Roles) {
		p.add(path("role"), EINVALID, "Unbekannte Rolle")
	}
	scope := map[Role]struct {
		field string
		id    ID
		kind  Kind
	}{
		RolePartner:       {"partnerId", k.PartnerID, KindPartner},
		RoleInstitution:   {"institutionId", k.InstitutionID, KindInstitution},
		RoleCampusManager: {"kindercampusId", k.KindercampusID, KindKindercampus},
	}
	for role, s := range scope {
		switch {
		case role == k.Role:
			p.checkRef(path(s.field), s.id, s.kind, true)
		case s.id != "":
			p.add(path(s.field), EINVALID, "Ein Schlüssel der Rolle %s hat keinen Bezug zu einem %s", k.Role.Label(), s.kind.Label())
		}
	}
	switch {
	case k.Role == RoleCoordinator && len(k.Themes) == 0:
		p.add(path("themes"), EINVALID, "Ein Schlüssel der Koordination braucht mindestens ein Themenfeld")
	case k.Role != RoleCoordinator && len(k.Themes) > 0:
		p.add(path("themes"), EINVALID, "Nur Schlüssel der Koordination haben Themenfelder")
	}
	checkEnums(p, path("themes"), k.Themes, Themes)
	if len(k.Hash) != 64 {
		p.add(path("hash"), EINVALID, "Kein gültiger Schlüssel-Hash")
	}
}

func (k *ApiKey) refs() []ref {
	switch k.Role {
	case RolePartner:
		return []ref{{path("partnerId"), k.PartnerID, KindPartner}}
	case RoleInstitution:
		return []ref{{path("institutionId"), k.InstitutionID, KindInstitution}}
	case RoleCampusManager:
		return []ref{{path("kindercampusId"), k.KindercampusID, KindKindercampus}}
	}
	return nil
}

// Active reports whether the key is usable at now.
func (k *ApiKey) Active(now time.Time) bool { return k.Check(now) == nil }

// MaxKeyLifetime bounds the expiry of a new key.
const MaxKeyLifetime = 5 * 366 * 24 * time.Hour
