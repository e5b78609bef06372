package drehscheibe

import "slices"

// Operation names a use case. The names are those of the GraphQL API; the audit trail
// records them.
type Operation string

// The operations that need a role. Reads that anybody may make (the published
// catalogue) are not listed.
const (
	OpCreateQuartier        Operation = "createQuartier"
	OpUpdateQuartier        Operation = "updateQuartier"
	OpCreateInstitution     Operation = "createInstitution"
	OpUpdateInstitution     Operation = "updateInstitution"
	OpCreatePartner         Operation = "createPartner"
	OpUpdatePartner         Operation = "updatePartner"
	OpCreateModul           Operation = "createModul"
	OpUpdateModul           Operation = "updateModul"
	OpSubmitModulForReview  Operation = "submitModulForReview"
	OpPublishModul          Operation = "publishModul"
	OpRejectModul           Operation = "rejectModul"
	OpArchiveModul          Operation = "archiveModul"
	OpCreateBedarf          Operation = "createBedarf"
	OpUpdateBedarf          Operation = "updateBedarf"
	OpCoverBedarf           Operation = "coverBedarf"
	OpCloseBedarf           Operation = "closeBedarf"
	OpCreateKindercampus    Operation = "createKindercampus"
	OpUpdateKindercampus    Operation = "updateKindercampus"
	OpCreateApiKey          Operation = "createApiKey"
	OpRevokeApiKey          Operation = "revokeApiKey"
	OpApiKeys               Operation = "apiKeys"
	OpAuditLog              Operation = "auditLog"
	OpBedarfe               Operation = "bedarfe"
	OpRecommendModules      Operation = "recommendModules"
	OpPlacementSuggestions  Operation = "placementSuggestions"
	OpCoverage              Operation = "coverage"
	OpNetwork               Operation = "network"
	OpCreateAnfrage         Operation = "createAnfrage"
	OpAcceptAnfrage         Operation = "acceptAnfrage"
	OpDeclineAnfrage        Operation = "declineAnfrage"
	OpWithdrawAnfrage       Operation = "withdrawAnfrage"
	OpConfirmVereinbarung   Operation = "confirmVereinbarung"
	OpReviseVereinbarung    Operation = "reviseVereinbarung"
	OpCompleteAnfrage       Operation = "completeAnfrage"
	OpCancelAnfrage         Operation = "cancelAnfrage"
	OpRerouteAnfrage        Operation = "rerouteAnfrage"
	OpAnfragen              Operation = "anfragen"
	OpMarkNotificationsRead Operation = "markNotificationsRead"
	OpCreateFoerderprogramm Operation = "createFoerderprogramm"
	OpUpdateFoerderprogramm Operation = "updateFoerderprogramm"
	OpFundingReport         Operation = "fundingReport"
	OpSaveFoerderantrag     Operation = "saveFoerderantrag"
	OpDecideFoerderantrag   Operation = "decideFoerderantrag"
	OpEvaluation            Operation = "evaluation"
	// OpRestore stores trusted data as it is (demo data): the system only.
	OpRestore Operation = "restore"
	// OpImport merges data from the city's sources: the system only.
	OpImport Operation = "import"
)

// Shorthands for the role lists below.
var (
	servicestelle = []Role{RoleServicestelle}
	forPartner    = []Role{RolePartner, RoleServicestelle}
	forCurators   = []Role{RoleCoordinator, RoleServicestelle}
	forInstitutes = []Role{RoleInstitution, RoleCampusManager, RoleServicestelle}
	forParties    = []Role{RolePartner, RoleInstitution, RoleCampusManager, RoleServicestelle}
)

// operationRoles is who may attempt each operation. It is the coarse rule, checked
// before anything is read; ownership (which partner, institution, campus or themes)
// is checked by the use case on the entity itself. The schema's @auth directives name
// the same roles (a test compares them).
var operationRoles = map[Operation][]Role{
	OpCreateQuartier:        servicestelle,
	OpUpdateQuartier:        servicestelle,
	OpCreateInstitution:     servicestelle,
	OpUpdateInstitution:     forInstitutes,
	OpCreatePartner:         servicestelle,
	OpUpdatePartner:         forPartner,
	OpCreateModul:           forPartner,
	OpUpdateModul:           forPartner,
	OpSubmitModulForReview:  forPartner,
	OpPublishModul:          forCurators,
	OpRejectModul:           forCurators,
	OpArchiveModul:          {RolePartner, RoleCoordinator, RoleServicestelle},
	OpCreateBedarf:          forInstitutes,
	OpUpdateBedarf:          forInstitutes,
	OpCoverBedarf:           forInstitutes,
	OpCloseBedarf:           forInstitutes,
	OpCreateKindercampus:    servicestelle,
	OpUpdateKindercampus:    {RoleCampusManager, RoleServicestelle},
	OpCreateApiKey:          servicestelle,
	OpRevokeApiKey:          servicestelle,
	OpApiKeys:               servicestelle,
	OpAuditLog:              servicestelle,
	OpBedarfe:               Roles,
	OpRecommendModules:      {RoleInstitution, RoleCampusManager, RoleCoordinator, RoleServicestelle},
	OpPlacementSuggestions:  {RolePartner, RoleCoordinator, RoleServicestelle},
	OpCoverage:              {RoleCampusManager, RoleCoordinator, RoleServicestelle},
	OpNetwork:               {RoleCampusManager, RoleCoordinator, RoleServicestelle},
	OpCreateAnfrage:         forInstitutes,
	OpAcceptAnfrage:         forPartner,
	OpDeclineAnfrage:        forPartner,
	OpWithdrawAnfrage:       forInstitutes,
	OpConfirmVereinbarung:   forParties,
	OpReviseVereinbarung:    forParties,
	OpCompleteAnfrage:       forParties,
	OpCancelAnfrage:         forParties,
	OpRerouteAnfrage:        servicestelle,
	OpAnfragen:              forParties,
	OpMarkNotificationsRead: forParties,
	OpCreateFoerderprogramm: servicestelle,
	OpUpdateFoerderprogramm: servicestelle,
	OpFundingReport:         {RoleCampusManager, RoleServicestelle},
	OpSaveFoerderantrag:     {RoleInstitution, RoleCampusManager, RoleServicestelle},
	OpDecideFoerderantrag:   servicestelle,
	OpEvaluation:            {RoleCampusManager, RoleServicestelle},
	OpRestore:               nil,
	OpImport:                nil,
}

// OperationRoles returns the roles that may attempt op (the system always may), and
// false for an operation that is not known.
func OperationRoles(op Operation) ([]Role, bool) {
	roles, ok := operationRoles[op]
	return slices.Clone(roles), ok
}

// Operations lists every operation that needs a role.
func Operations() []Operation {
	out := make([]Operation, 0, len(operationRoles))
	for op := range operationRoles {
		out = append(out, op)
	}
	slices.Sort(out)
	return out
}

// May checks that the principal may attempt op: EUNAUTHENTICATED for anonymous
// callers (with the reason their credentials were refused, if they sent any),
// EFORBIDDEN for a role that may not.
func (p Principal) May(op Operation) error {
	if p.Role == RoleSystem {
		return nil
	}
	if !p.Authenticated() {
		return Unauthenticated(p)
	}
	if !slices.Contains(operationRoles[op], p.Role) {
		return Forbidden("Die Rolle %s darf %s nicht ausführen", p.Role.Label(), op)
	}
	return nil
}

// Unauthenticated is the error for an anonymous caller of a protected operation
// (EUNAVAILABLE when its key could not be checked).
func Unauthenticated(p Principal) *Error {
	if p.Unverified {
		return Errorf(EUNAVAILABLE, "%s", p.CredentialProblem)
	}
	if p.CredentialProblem != "" {
		return Errorf(EUNAUTHENTICATED, "Anmeldung fehlgeschlagen: %s", p.CredentialProblem)
	}
	return Errorf(EUNAUTHENTICATED, "Anmeldung erforderlich: API-Schlüssel im Header „Authorization: Bearer …“ senden")
}

// Forbidden is the error for a caller who lacks a right.
func Forbidden(format string, args ...any) *Error {
	return Errorf(EFORBIDDEN, "Keine Berechtigung: "+format, args...)
}
