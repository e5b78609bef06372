package session

import (
	"fmt"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// maxClaimValues bounds the values read from one claim.
const maxClaimValues = 1000

// ClaimValues returns the strings claim name holds in claims: a string, or the strings
// of a list. A name that is not a claim itself is read as a path through nested
// objects ("realm_access.roles"); claim names with dots (URLs) are found first.
func ClaimValues(claims map[string]any, name string) []string {
	v, ok := claims[name]
	if !ok && strings.Contains(name, ".") {
		var cur any = claims
		for _, part := range strings.Split(name, ".") {
			obj, isObj := cur.(map[string]any)
			if !isObj {
				return nil
			}
			cur = obj[part]
		}
		v = cur
	}
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			if s, isString := e.(string); isString && len(out) < maxClaimValues {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// Resolve returns the role and scope the claims give: the first entry of m whose value
// the role claim holds, with its scope, or the scope read from the scope claim. problem
// says in German, for the person signing in, why there is none.
func (m RoleMap) Resolve(claims map[string]any, roleClaim, scopeClaim string) (role drehscheibe.Role, scope drehscheibe.Scope, problem string) {
	held := map[string]bool{}
	for _, v := range ClaimValues(claims, roleClaim) {
		held[v] = true
	}
	for _, g := range m {
		if !held[g.Value] {
			continue
		}
		if !g.FromClaim {
			return g.Role, g.Scope, ""
		}
		s, err := ScopeOf(g.Role, ClaimValues(claims, scopeClaim))
		if err != nil {
			return "", scope, fmt.Sprintf("Ihr Konto hat die Rolle %s, aber die Angabe, wofür (Anspruch „%s“), passt nicht: %v.", g.Role.Label(), scopeClaim, err)
		}
		return g.Role, s, ""
	}
	return "", scope, ""
}
