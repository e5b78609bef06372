package network

import "github.com/stadtdortmund/drehscheibe/internal/drehscheibe"

// Input is everything the network is built from. IDs must be unique within
// Institutions and within Partners.
type Input struct {
	Institutions []Institution
	Partners     []Partner
	Cooperations []Cooperation
}

// Institution is a node on the institutions' side.
type Institution struct {
	ID   drehscheibe.ID
	Name string
	Type drehscheibe.InstitutionType
	// QuartierID is the Quartier the institution lies in; QuartierName its name for the
	// exports (the ID is written when it is empty).
	QuartierID   drehscheibe.ID
	QuartierName string
	// CampusID is the Kindercampus the institution belongs to, "" for none; CampusName
	// its name for the exports.
	CampusID   drehscheibe.ID
	CampusName string
}

// Partner is a node on the partners' side.
type Partner struct {
	ID   drehscheibe.ID
	Name string
	Kind drehscheibe.PartnerKind
}

// Cooperation is one agreement or accepted request: an institution and a partner work
// together on a Modul of a Themenfeld from Start on.
type Cooperation struct {
	InstitutionID drehscheibe.ID
	PartnerID     drehscheibe.ID
	ModulID       drehscheibe.ID
	Theme         drehscheibe.Theme
	// Start is the first day of the cooperation; it is required.
	Start  drehscheibe.Date
	Status Status
}

// Status is where the Anfrage or Kooperationsvereinbarung behind a cooperation stands.
// The values are those of the Anfrage workflow; only ACCEPTED, AGREED and DONE make a
// cooperation (see Counts), every other value (REQUESTED, DECLINED, WITHDRAWN,
// CANCELLED …) is left out of the network.
type Status string

// The statuses that count as a cooperation.
const (
	// StatusAccepted: the partner accepted the request; no agreement yet.
	StatusAccepted Status = "ACCEPTED"
	// StatusAgreed: both sides confirmed the Kooperationsvereinbarung.
	StatusAgreed Status = "AGREED"
	// StatusDone: the agreed Modul was carried out.
	StatusDone Status = "DONE"
)

// Counts reports whether a cooperation in status s is part of the network.
func (s Status) Counts() bool {
	return s == StatusAccepted || s == StatusAgreed || s == StatusDone
}
