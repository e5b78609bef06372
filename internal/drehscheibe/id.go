package drehscheibe

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"slices"
	"strings"
)

// ID identifies an entity globally. It is opaque to clients, stable across restarts and
// carries its kind as a prefix ("mod_…" for a Modul), so node(id:) can resolve it
// without a lookup table. The body is lowercase base32 without padding.
type ID string

// Kind names an entity type.
type Kind string

// The entity kinds and their ID prefixes.
const (
	KindQuartier        Kind = "qua"
	KindInstitution     Kind = "ins"
	KindPartner         Kind = "par"
	KindModul           Kind = "mod"
	KindBedarf          Kind = "bed"
	KindKindercampus    Kind = "kc"
	KindAnfrage         Kind = "anf"
	KindFoerderprogramm Kind = "fp"
	// KindLedger identifies ledger entries, which live in their budget's document.
	KindLedger Kind = "led"
	// KindNotification identifies notifications, which are derived, not stored.
	KindNotification Kind = "ntf"
	KindApiKey       Kind = "key"
	KindAudit        Kind = "aud"
)

// Kinds lists every kind of entity the catalogue holds, in a fixed order.
var Kinds = []Kind{KindQuartier, KindInstitution, KindPartner, KindModul, KindBedarf, KindKindercampus, KindFoerderprogramm, KindAnfrage}

// idKinds are the kinds an ID may have: the catalogue's, API keys (kept only in the
// database) and audit entries.
var idKinds = append(slices.Clip(Kinds), KindApiKey, KindAudit, KindNotification, KindLedger)

// Catalogued reports whether entities of kind k are part of the catalogue (and count
// as its changes).
func Catalogued(k Kind) bool { return slices.Contains(Kinds, k) }

// maxIDLength bounds IDs from clients before any lookup.
const maxIDLength = 64

var idEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// NewID returns a fresh random ID of kind k (128 random bits).
func NewID(k Kind) ID {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go ≥ 1.24)
	return ID(string(k) + "_" + idEncoding.EncodeToString(b[:]))
}

// StableID derives the ID of kind k from a natural key, so that data loaded twice from
// the same source (demo data, imports) gets the same IDs.
func StableID(k Kind, key string) ID {
	sum := sha256.Sum256([]byte(string(k) + "\x00" + key))
	return ID(string(k) + "_" + idEncoding.EncodeToString(sum[:16]))
}

// Kind returns the kind encoded in id, or "" when id is not well-formed.
func (id ID) Kind() Kind {
	s := string(id)
	if len(s) > maxIDLength {
		return ""
	}
	prefix, body, ok := strings.Cut(s, "_")
	if !ok || body == "" {
		return ""
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if (c < 'a' || c > 'z') && (c < '2' || c > '7') {
			return ""
		}
	}
	for _, k := range idKinds {
		if string(k) == prefix {
			return k
		}
	}
	return ""
}

// Is reports whether id is a well-formed ID of kind k.
func (id ID) Is(k Kind) bool { return id.Kind() == k }

// String returns the ID as text.
func (id ID) String() string { return string(id) }

// kindNames are the German names of the kinds, for messages.
var kindNames = map[Kind]string{
	KindQuartier:        "Quartier",
	KindInstitution:     "Institution",
	KindPartner:         "Partner",
	KindModul:           "Modul",
	KindBedarf:          "Bedarf",
	KindKindercampus:    "Kindercampus",
	KindAnfrage:         "Anfrage",
	KindFoerderprogramm: "Förderprogramm",
	KindLedger:          "Buchung",
	KindApiKey:          "API-Schlüssel",
	KindAudit:           "Protokolleintrag",
	KindNotification:    "Benachrichtigung",
}

// Label returns the German name of the kind.
func (k Kind) Label() string {
	if n, ok := kindNames[k]; ok {
		return n
	}
	return "Objekt"
}
