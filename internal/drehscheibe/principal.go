package drehscheibe

import (
	"context"
	"slices"
)

// Role is what an API key may do (see DOMAIN.md "Who uses it").
type Role string

// The roles. Anonymous callers have no role; RoleSystem is the program itself (the
// command line, demo data, imports) and is never a key's role.
const (
	RoleAnonymous     Role = ""
	RolePartner       Role = "PARTNER"
	RoleInstitution   Role = "INSTITUTION"
	RoleCampusManager Role = "CAMPUS_MANAGER"
	RoleCoordinator   Role = "COORDINATOR"
	RoleServicestelle Role = "SERVICESTELLE"
	RoleSystem        Role = "SYSTEM"
)

// Roles lists the roles a key can have.
var Roles = []Role{RolePartner, RoleInstitution, RoleCampusManager, RoleCoordinator, RoleServicestelle}

var roleLabels = map[Role]string{
	RoleAnonymous: "anonym", RolePartner: "Partner", RoleInstitution: "Einrichtung",
	RoleCampusManager: "Campus-Management", RoleCoordinator: "Koordination", RoleServicestelle: "Servicestelle",
	RoleSystem: "System",
}

// Label returns the German name of the role.
func (r Role) Label() string { return label(r, roleLabels) }

// ParseRole returns the role named s (one a key can have).
func ParseRole(s string) (Role, bool) {
	r := Role(s)
	return r, slices.Contains(Roles, r)
}

// Scope is what a key acts for, by role: PARTNER a partner, INSTITUTION an
// institution, CAMPUS_MANAGER a Kindercampus, COORDINATOR the themes it curates;
// SERVICESTELLE nothing in particular.
type Scope struct {
	PartnerID      ID
	InstitutionID  ID
	KindercampusID ID
	Themes         []Theme
}

// Principal is who makes a request: the API key's role and scope, a person signed in
// through the city's identity provider (OpenID Connect) with the role and scope their
// account maps to, or nobody.
type Principal struct {
	// KeyID is the API key (also of a browser session begun with one); empty otherwise.
	KeyID ID
	// Subject is the person's identifier at the identity provider (OpenID Connect
	// "sub"); empty for keys.
	Subject string
	// Name is the key's name or the person's display name.
	Name string
	Role Role
	Scope
	// CredentialProblem says why credentials the caller sent were not accepted (the
	// caller is then anonymous); "" when none were sent or they were valid.
	CredentialProblem string
	// Unverified is set when the credentials could not be checked (the database was
	// away): protected operations answer EUNAVAILABLE, not EUNAUTHENTICATED.
	Unverified bool
}

// System is the principal of the program itself: the command line, demo data and
// imports. It may do everything; name says which part acts (for the audit trail).
func System(name string) Principal { return Principal{Role: RoleSystem, Name: name} }

type principalKey struct{}

// WithPrincipal returns ctx carrying p.
func WithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// PrincipalFrom returns the principal of ctx (anonymous when none).
func PrincipalFrom(ctx context.Context) Principal {
	p, _ := ctx.Value(principalKey{}).(Principal)
	return p
}

type requestIDKey struct{}

// WithRequestID returns ctx carrying the request ID (for the audit trail).
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestIDFrom returns the request ID of ctx, or "".
func RequestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// Identity names who acts, for limits kept per caller: "key:" and the key ID, or
// "oidc:" and the subject; "" for anonymous callers and the system.
func (p Principal) Identity() string {
	switch {
	case p.KeyID != "":
		return "key:" + string(p.KeyID)
	case p.Subject != "":
		return "oidc:" + p.Subject
	}
	return ""
}

// Authenticated reports whether the principal presented a valid key (or is the system).
func (p Principal) Authenticated() bool { return p.Role != RoleAnonymous }

// Is reports whether the principal has one of the roles.
func (p Principal) Is(roles ...Role) bool { return slices.Contains(roles, p.Role) }

// all reports whether the principal may see and do everything.
func (p Principal) all() bool { return p.Role == RoleServicestelle || p.Role == RoleSystem }

// Sees reports whether the principal may see e at all; what it may not see does not
// exist for it (node resolves to null, lists leave it out, writes answer "not found").
// Module: published ones for everybody, archived ones for every signed-in caller,
// drafts and Module in review only for their partner, coordinators and the
// Servicestelle. Bedarfe: for their institution and its campus management, partners
// (who look for where they are needed), coordinators and the Servicestelle.
// Anfragen: for their institution and its campus management, the Modul's partner and
// the Servicestelle. campusOf finds an institution's Kindercampus.
func (p Principal) Sees(e Entity, campusOf func(ID) ID) bool {
	switch e := e.(type) {
	case *Modul:
		switch {
		case e.Status == ModulPublished, p.all(), p.Role == RoleCoordinator:
			return true
		case e.Status == ModulArchived:
			return p.Authenticated()
		}
		return p.Role == RolePartner && e.PartnerID == p.PartnerID
	case *Bedarf:
		return p.all() || p.Is(RoleCoordinator, RolePartner) || p.ActsFor(e.InstitutionID, campusOf)
	case *Anfrage:
		return p.all() || (p.Role == RolePartner && e.PartnerID == p.PartnerID) ||
			(p.Is(RoleInstitution, RoleCampusManager) && p.ActsFor(e.InstitutionID, campusOf))
	case *ApiKey:
		return p.all()
	}
	return true
}

// SeesPersonalData reports whether contact names, e-mails and phone numbers are shown.
func (p Principal) SeesPersonalData() bool { return p.Authenticated() }

// ActsFor reports whether the principal acts for an institution: the institution
// itself, the management of its Kindercampus, or the Servicestelle.
func (p Principal) ActsFor(institution ID, campusOf func(ID) ID) bool {
	switch p.Role {
	case RoleServicestelle, RoleSystem:
		return true
	case RoleInstitution:
		return p.InstitutionID == institution
	case RoleCampusManager:
		return p.KindercampusID != "" && campusOf(institution) == p.KindercampusID
	}
	return false
}

// Manages reports whether the principal manages Kindercampus campus: its management
// or the Servicestelle. They see its budget.
func (p Principal) Manages(campus ID) bool {
	return p.all() || (p.Role == RoleCampusManager && p.KindercampusID == campus)
}

// Curates reports whether a coordinator (or the Servicestelle) curates Modul m: m's
// primary theme is one of the coordinator's.
func (p Principal) Curates(m *Modul) bool {
	return p.all() || (p.Role == RoleCoordinator && slices.Contains(p.Themes, m.Theme))
}

// Offers reports whether the principal acts for partner: the partner itself or the
// Servicestelle.
func (p Principal) Offers(partner ID) bool {
	return p.all() || (p.Role == RolePartner && p.PartnerID == partner)
}
