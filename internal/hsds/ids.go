package hsds

import (
	"crypto/sha256"
	"encoding/base32"
	"strings"

	"github.com/google/uuid"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// HSDS identifies everything by a UUID. The service's IDs ("mod_…") carry 128 random
// bits, one more than a UUID holds once its version and variant bits are set, so:
//
//   - Services and organizations, which clients look up by ID, get a UUID version 8
//     (RFC 9562, custom layout) made of the ID's bits, masked per kind so that equal
//     bits of two kinds never give one UUID. The 6 bits the version and variant
//     overwrite are lost; a lookup tries their 64 values (entityIDs) — 64 map lookups,
//     and two IDs sharing the other 122 bits do not occur among random ones.
//   - Everything else (taxonomy, terms, schedules, locations, …) gets a name-based
//     UUID version 5 in the namespace below, from the ID of what it belongs to: stable
//     across restarts and exports, and never looked up.

// namespace is the UUID namespace of Drehscheibe's HSDS names (a random UUID, fixed).
var namespace = uuid.MustParse("6f1d3c6e-2a57-4f0b-9a55-0c8e4b9f7d21")

// idEncoding is the encoding of the ID bodies (drehscheibe.NewID: lowercase base32
// without padding).
var idEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// kindMask is XORed into the ID's bits so that the kinds' UUIDs differ.
func kindMask(k drehscheibe.Kind) [16]byte {
	sum := sha256.Sum256([]byte("drehscheibe/hsds/" + string(k)))
	var m [16]byte
	copy(m[:], sum[:16])
	return m
}

// entityUUID returns the UUID of a Modul or Partner ID, or false for an ID whose body
// is not 128 bits.
func entityUUID(id drehscheibe.ID) (uuid.UUID, bool) {
	k := id.Kind()
	_, body, _ := strings.Cut(string(id), "_")
	b, err := idEncoding.DecodeString(body)
	if k == "" || err != nil || len(b) != 16 {
		return uuid.Nil, false
	}
	var u uuid.UUID
	mask := kindMask(k)
	for i := range u {
		u[i] = b[i] ^ mask[i]
	}
	u[6] = u[6]&0x0f | 0x80 // version 8
	u[8] = u[8]&0x3f | 0x80 // variant RFC 9562
	return u, true
}

// entityIDs calls try with each ID of kind k whose UUID u may be (see entityUUID) until
// try returns true; it reports whether one did. A UUID of another version or variant
// names no entity.
func entityIDs(u uuid.UUID, k drehscheibe.Kind, try func(drehscheibe.ID) bool) bool {
	if u.Version() != 8 || u.Variant() != uuid.RFC4122 {
		return false
	}
	mask := kindMask(k)
	var b [16]byte
	for i := range b {
		b[i] = u[i] ^ mask[i]
	}
	for hi := range byte(16) {
		for v := range byte(4) {
			b[6] = (u[6]&0x0f | hi<<4) ^ mask[6]
			b[8] = (u[8]&0x3f | v<<6) ^ mask[8]
			if try(drehscheibe.ID(string(k) + "_" + idEncoding.EncodeToString(b[:]))) {
				return true
			}
		}
	}
	return false
}

// nameUUID is the name-based UUID (version 5) of a part: the ID of what it belongs to
// and the part's name ("mod_…/schedule/AFTERNOON").
func nameUUID(parts ...string) string {
	return uuid.NewSHA1(namespace, []byte(strings.Join(parts, "/"))).String()
}
