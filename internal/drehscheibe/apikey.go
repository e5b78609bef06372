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
	for _, r := range k.scopeRefs() {
		switch {
		case r.kind == scopeKinds[k.Role]:
			p.checkRef(r.field, r.id, r.kind, true)
		case r.id != "":
			p.add(r.field, EINVALID, "Ein Schlüssel der Rolle %s hat keinen Bezug zu einem %s", k.Role.Label(), r.kind.Label())
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

// scopeKinds is the kind of entity a key of each role acts for (none for the others).
var scopeKinds = map[Role]Kind{RolePartner: KindPartner, RoleInstitution: KindInstitution, RoleCampusManager: KindKindercampus}

// scopeRefs are the key's three possible scope references.
func (k *ApiKey) scopeRefs() []ref {
	return []ref{
		{path("partnerId"), k.PartnerID, KindPartner},
		{path("institutionId"), k.InstitutionID, KindInstitution},
		{path("kindercampusId"), k.KindercampusID, KindKindercampus},
	}
}

// refs is the scope reference the key's role needs.
func (k *ApiKey) refs() []ref {
	for _, r := range k.scopeRefs() {
		if r.kind == scopeKinds[k.Role] {
			return []ref{r}
		}
	}
	return nil
}

// Active reports whether the key is usable at now.
func (k *ApiKey) Active(now time.Time) bool { return k.Check(now) == nil }

// MaxKeyLifetime bounds the expiry of a new key.
const MaxKeyLifetime = 5 * 366 * 24 * time.Hour
