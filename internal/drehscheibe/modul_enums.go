package drehscheibe

// Format is the kind of offer a Modul is.
type Format string

// The formats.
const (
	FormatAG             Format = "AG"
	FormatWorkshop       Format = "WORKSHOP"
	FormatProjekttag     Format = "PROJEKTTAG"
	FormatProjektwoche   Format = "PROJEKTWOCHE"
	FormatKurs           Format = "KURS"
	FormatElternangebot  Format = "ELTERNANGEBOT"
	FormatFortbildung    Format = "FORTBILDUNG"
	FormatFerienangebot  Format = "FERIENANGEBOT"
	FormatBeratung       Format = "BERATUNG"
	FormatVeranstaltung  Format = "VERANSTALTUNG"
	FormatOffenesAngebot Format = "OFFENES_ANGEBOT"
)

// Formats lists every format.
var Formats = []Format{FormatAG, FormatWorkshop, FormatProjekttag, FormatProjektwoche, FormatKurs, FormatElternangebot, FormatFortbildung, FormatFerienangebot, FormatBeratung, FormatVeranstaltung, FormatOffenesAngebot}

var formatLabels = map[Format]string{
	FormatAG:             "AG",
	FormatWorkshop:       "Workshop",
	FormatProjekttag:     "Projekttag",
	FormatProjektwoche:   "Projektwoche",
	FormatKurs:           "Kurs",
	FormatElternangebot:  "Elternangebot",
	FormatFortbildung:    "Fortbildung für Fachkräfte",
	FormatFerienangebot:  "Ferienangebot",
	FormatBeratung:       "Beratung",
	FormatVeranstaltung:  "Veranstaltung",
	FormatOffenesAngebot: "offenes Angebot",
}

// Label returns the German name of the format.
func (f Format) Label() string { return label(f, formatLabels) }

// DeliveryMode is where a Modul takes place.
type DeliveryMode string

// The delivery modes.
const (
	AtInstitution DeliveryMode = "AT_INSTITUTION"
	AtPartner     DeliveryMode = "AT_PARTNER"
	Online        DeliveryMode = "ONLINE"
)

// DeliveryModes lists every delivery mode.
var DeliveryModes = []DeliveryMode{AtInstitution, AtPartner, Online}

var deliveryModeLabels = map[DeliveryMode]string{
	AtInstitution: "in der Einrichtung",
	AtPartner:     "beim Partner",
	Online:        "online",
}

// Label returns the German name of the mode.
func (d DeliveryMode) Label() string { return label(d, deliveryModeLabels) }

// CostUnit is what a Modul's price refers to.
type CostUnit string

// The cost units.
const (
	PerSession     CostUnit = "PER_SESSION"
	PerParticipant CostUnit = "PER_PARTICIPANT"
	PerBooking     CostUnit = "PER_BOOKING"
)

// CostUnits lists every cost unit.
var CostUnits = []CostUnit{PerSession, PerParticipant, PerBooking}

var costUnitLabels = map[CostUnit]string{
	PerSession:     "pro Termin",
	PerParticipant: "pro Teilnehmer*in",
	PerBooking:     "pro Buchung",
}

// Label returns the German name of the unit.
func (c CostUnit) Label() string { return label(c, costUnitLabels) }
