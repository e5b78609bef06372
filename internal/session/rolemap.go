package session

import (
	"encoding/csv"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// RoleMap maps values of the identity provider's role claim to roles and scopes
// (OIDC_ROLE_MAP). Its entries are in the order written; the first whose value the
// claim holds decides.
//
// Syntax: entries separated by commas or line breaks, each VALUE=ROLE or
// VALUE=ROLE:SCOPE. The entry is split at its last "=", so a value may contain "="
// itself; an entry containing a comma or a double quote is written in double quotes
// (quotes in it doubled), as in CSV. ROLE is one of the roles of API keys; SCOPE is
// what the role acts for: the partner (par_…) of PARTNER, the institution (ins_…) of
// INSTITUTION, the Kindercampus (kc_…) of CAMPUS_MANAGER, the Themenfelder of
// COORDINATOR joined by "+" (SPORT_GESUNDHEIT+MUSIK_KULTUR); SERVICESTELLE has none.
// A role that needs a scope may be written without one: the scope is then read from
// the scope claim (OIDC_SCOPE_CLAIM) at sign-in.
//
//	dortmund-servicestelle=SERVICESTELLE,
//	dortmund-campus-clarenberg=CAMPUS_MANAGER:kc_…,
//	"CN=Koordination Sport,OU=Gruppen,DC=dortmund,DC=de=COORDINATOR:SPORT_GESUNDHEIT"
type RoleMap []Grant

// Grant is one entry of a RoleMap: a claim value and the role and scope it gives.
type Grant struct {
	Value string
	Role  drehscheibe.Role
	Scope drehscheibe.Scope
	// FromClaim is set when the role needs a scope and the entry names none: it is
	// read from the scope claim.
	FromClaim bool
}

// Bounds of a role map.
const (
	maxGrants     = 1000
	maxValueBytes = 512
)

// ParseRoleMap reads a role map (see RoleMap); the error says in German what is wrong
// and where.
func ParseRoleMap(s string) (RoleMap, error) {
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	records, err := r.ReadAll()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("Zeile %d, Spalte %d: Anführungszeichen nur um einen ganzen Eintrag (\"WERT=ROLLE\"), darin verdoppelt", pe.StartLine, pe.Column)
		}
		return nil, err
	}
	var m RoleMap
	seen := map[string]bool{}
	for _, rec := range records {
		for _, entry := range rec {
			entry = strings.TrimSpace(entry)
			if entry == "" {
				continue
			}
			g, err := parseGrant(entry)
			if err != nil {
				return nil, fmt.Errorf("%q: %w", shorten(entry), err)
			}
			if seen[g.Value] {
				return nil, fmt.Errorf("der Wert %q kommt zweimal vor", shorten(g.Value))
			}
			seen[g.Value] = true
			if m = append(m, g); len(m) > maxGrants {
				return nil, fmt.Errorf("höchstens %d Einträge", maxGrants)
			}
		}
	}
	return m, nil
}

// parseGrant reads VALUE=ROLE or VALUE=ROLE:SCOPE.
func parseGrant(entry string) (Grant, error) {
	i := strings.LastIndex(entry, "=")
	if i < 0 {
		return Grant{}, errors.New("erwartet WERT=ROLLE oder WERT=ROLLE:BEZUG")
	}
	value, target := strings.TrimSpace(entry[:i]), strings.TrimSpace(entry[i+1:])
	switch {
	case value == "":
		return Grant{}, errors.New("der Wert vor „=“ fehlt")
	case len(value) > maxValueBytes:
		return Grant{}, fmt.Errorf("ein Wert hat höchstens %d Bytes", maxValueBytes)
	}
	name, scope, hasScope := strings.Cut(target, ":")
	role, ok := drehscheibe.ParseRole(strings.TrimSpace(name))
	if !ok {
		return Grant{}, fmt.Errorf("unbekannte Rolle %q (erlaubt: %s)", shorten(name), joined(drehscheibe.Roles))
	}
	g := Grant{Value: value, Role: role}
	scope = strings.TrimSpace(scope)
	switch {
	case role == drehscheibe.RoleServicestelle && hasScope:
		return Grant{}, errors.New("SERVICESTELLE hat keinen Bezug")
	case role == drehscheibe.RoleServicestelle:
	case !hasScope || scope == "":
		g.FromClaim = true
	default:
		var err error
		if g.Scope, err = ScopeOf(role, []string{scope}); err != nil {
			return Grant{}, err
		}
	}
	return g, nil
}

// joined lists values for a message: "A, B, C".
func joined[T ~string](values []T) string {
	names := make([]string, len(values))
	for i, v := range values {
		names[i] = string(v)
	}
	return strings.Join(names, ", ")
}

// NeedsScopeClaim reports whether an entry takes its scope from the scope claim.
func (m RoleMap) NeedsScopeClaim() bool {
	return slices.ContainsFunc(m, func(g Grant) bool { return g.FromClaim })
}

// scopeKinds is the kind of entity each role acts for.
var scopeKinds = map[drehscheibe.Role]drehscheibe.Kind{
	drehscheibe.RolePartner: drehscheibe.KindPartner, drehscheibe.RoleInstitution: drehscheibe.KindInstitution,
	drehscheibe.RoleCampusManager: drehscheibe.KindKindercampus,
}

// ScopeOf reads the scope of role from values: one ID of the kind the role acts for,
// or for COORDINATOR one or more Themenfelder (each value may join several with "+",
// "," or spaces). The error says in German what is wrong.
func ScopeOf(role drehscheibe.Role, values []string) (drehscheibe.Scope, error) {
	var s drehscheibe.Scope
	if role == drehscheibe.RoleCoordinator {
		for _, v := range values {
			for _, t := range strings.FieldsFunc(v, func(r rune) bool { return r == '+' || r == ',' || r == ' ' }) {
				theme, ok := drehscheibe.Parse(t, drehscheibe.Themes)
				if !ok {
					return s, fmt.Errorf("%q ist kein Themenfeld (erlaubt: %s)", shorten(t), joined(drehscheibe.Themes))
				}
				if !slices.Contains(s.Themes, theme) {
					s.Themes = append(s.Themes, theme)
				}
			}
		}
		if len(s.Themes) == 0 {
			return s, errors.New("die Koordination braucht mindestens ein Themenfeld")
		}
		return s, nil
	}
	kind, ok := scopeKinds[role]
	if !ok {
		return s, nil
	}
	if len(values) != 1 {
		return s, fmt.Errorf("die Rolle %s braucht genau eine ID (%s_…), nicht %d", role, kind, len(values))
	}
	id := drehscheibe.ID(strings.TrimSpace(values[0]))
	if !id.Is(kind) {
		return s, fmt.Errorf("%q ist keine ID (%s_…) für %s", shorten(string(id)), kind, kind.Label())
	}
	switch kind {
	case drehscheibe.KindPartner:
		s.PartnerID = id
	case drehscheibe.KindInstitution:
		s.InstitutionID = id
	case drehscheibe.KindKindercampus:
		s.KindercampusID = id
	}
	return s, nil
}

// shorten cuts s for a message.
func shorten(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
