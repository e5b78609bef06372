package drehscheibe

// AnfrageStatus is the state of a request.
//
//	REQUESTED → ACCEPTED | DECLINED | WITHDRAWN
//	ACCEPTED  → AGREED | CANCELLED
//	AGREED    → DONE | CANCELLED
type AnfrageStatus string

// The states of a request.
const (
	AnfrageRequested AnfrageStatus = "REQUESTED"
	AnfrageAccepted  AnfrageStatus = "ACCEPTED"
	AnfrageDeclined  AnfrageStatus = "DECLINED"
	AnfrageWithdrawn AnfrageStatus = "WITHDRAWN"
	AnfrageAgreed    AnfrageStatus = "AGREED"
	AnfrageCancelled AnfrageStatus = "CANCELLED"
	AnfrageDone      AnfrageStatus = "DONE"
)

// AnfrageStatuses lists the states in the order of the workflow.
var AnfrageStatuses = []AnfrageStatus{AnfrageRequested, AnfrageAccepted, AnfrageAgreed, AnfrageDone, AnfrageDeclined, AnfrageWithdrawn, AnfrageCancelled}

var anfrageStatusLabels = map[AnfrageStatus]string{
	AnfrageRequested: "angefragt", AnfrageAccepted: "angenommen", AnfrageDeclined: "abgelehnt",
	AnfrageWithdrawn: "zurückgezogen", AnfrageAgreed: "vereinbart", AnfrageCancelled: "storniert",
	AnfrageDone: "durchgeführt",
}

// Label returns the German name of the state.
func (s AnfrageStatus) Label() string { return label(s, anfrageStatusLabels) }

// anfrageTransitions are the allowed changes of state.
var anfrageTransitions = map[AnfrageStatus][]AnfrageStatus{
	AnfrageRequested: {AnfrageAccepted, AnfrageDeclined, AnfrageWithdrawn},
	AnfrageAccepted:  {AnfrageAgreed, AnfrageCancelled},
	AnfrageAgreed:    {AnfrageDone, AnfrageCancelled},
}

// CanBecome reports whether a request in state s may change to state to.
func (s AnfrageStatus) CanBecome(to AnfrageStatus) bool {
	for _, t := range anfrageTransitions[s] {
		if t == to {
			return true
		}
	}
	return false
}

// Party is a side of a request.
type Party string

// The parties.
const (
	PartyNone          Party = ""
	PartyInstitution   Party = "INSTITUTION"
	PartyPartner       Party = "PARTNER"
	PartyBoth          Party = "BOTH"
	PartyServicestelle Party = "SERVICESTELLE"
)

var partyLabels = map[Party]string{
	PartyNone: "niemand", PartyInstitution: "Einrichtung", PartyPartner: "Partner",
	PartyBoth: "Einrichtung und Partner", PartyServicestelle: "Servicestelle",
}

// Label returns the German name of the party.
func (p Party) Label() string { return label(p, partyLabels) }

// Includes reports whether side is one of the parties p names.
func (p Party) Includes(side Party) bool {
	return p == side || (p == PartyBoth && (side == PartyInstitution || side == PartyPartner))
}

// ReasonCode classifies why a request ended or was declined.
type ReasonCode string

// The reason codes.
const (
	ReasonFullyBooked  ReasonCode = "FULLY_BOOKED"
	ReasonSchedule     ReasonCode = "SCHEDULE"
	ReasonTargetGroup  ReasonCode = "TARGET_GROUP"
	ReasonLocation     ReasonCode = "LOCATION"
	ReasonFunding      ReasonCode = "FUNDING"
	ReasonNoLongerNeed ReasonCode = "NO_LONGER_NEEDED"
	ReasonRerouted     ReasonCode = "REROUTED"
	ReasonOther        ReasonCode = "OTHER"
)

// ReasonCodes lists every reason code.
var ReasonCodes = []ReasonCode{ReasonFullyBooked, ReasonSchedule, ReasonTargetGroup, ReasonLocation, ReasonFunding, ReasonNoLongerNeed, ReasonRerouted, ReasonOther}

var reasonCodeLabels = map[ReasonCode]string{
	ReasonFullyBooked: "ausgebucht", ReasonSchedule: "Termine passen nicht", ReasonTargetGroup: "Zielgruppe passt nicht",
	ReasonLocation: "Ort passt nicht", ReasonFunding: "Finanzierung nicht gesichert", ReasonNoLongerNeed: "kein Bedarf mehr",
	ReasonRerouted: "an ein anderes Angebot vermittelt", ReasonOther: "anderer Grund",
}

// Label returns the German name of the reason.
func (r ReasonCode) Label() string { return label(r, reasonCodeLabels) }
