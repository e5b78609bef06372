package session

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
)

// tokenBytes is the randomness of a token: 256 bits.
const tokenBytes = 32

// tokenLength is the length of a token as written: unpadded base64url.
var tokenLength = base64.RawURLEncoding.EncodedLen(tokenBytes)

// newToken returns a fresh random token and its hash.
func newToken() (token, hash string) {
	var b [tokenBytes]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go ≥ 1.24)
	token = base64.RawURLEncoding.EncodeToString(b[:])
	return token, hashToken(token)
}

// NewSecret returns a fresh random value of 256 bits for the state, nonce and PKCE
// verifier of a sign-in.
func NewSecret() string {
	t, _ := newToken()
	return t
}

// wellFormed reports whether token can be one of ours, before anything is looked up.
func wellFormed(token string) bool {
	if len(token) != tokenLength {
		return false
	}
	_, err := base64.RawURLEncoding.DecodeString(token)
	return err == nil
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// csrfLabel separates the CSRF token's hash from the stored one.
const csrfLabel = "drehscheibe csrf\x00"

// CSRFToken is the token a request authenticated by the session token must carry in
// X-CSRF-Token: derived from the session token, so that it is never stored and cannot
// be computed from what the database holds, and the session's token cannot be computed
// from it.
func CSRFToken(token string) string {
	sum := sha256.Sum256([]byte(csrfLabel + token))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

// CheckCSRF compares presented with the CSRF token of the session token in constant
// time.
func CheckCSRF(token, presented string) bool {
	return Same(CSRFToken(token), presented)
}

// Same compares two secrets in constant time (of their length).
func Same(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}
