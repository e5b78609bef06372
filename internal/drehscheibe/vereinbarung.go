package drehscheibe

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Vereinbarung is the Kooperationsvereinbarung of an accepted Anfrage: its content as
// generated (a copy, so that a confirmed text never changes under its confirmations),
// the content's hash, and the confirmations of both sides. A change of the terms makes
// a new revision with a new hash; confirmations of an older hash no longer count.
type Vereinbarung struct {
	Content VereinbarungContent
	// Hash is the SHA-256 of the content (hex), what both sides confirm.
	Hash          string
	Confirmations []Confirmation
}

// Confirmation is one side's confirmation of one revision (by its hash).
type Confirmation struct {
	Side Party
	Hash string
	By   Actor
	At   time.Time
}

// ConfirmedBy reports whether side confirmed the current revision.
func (v *Vereinbarung) ConfirmedBy(side Party) bool {
	for _, c := range v.Confirmations {
		if c.Side == side && c.Hash == v.Hash {
			return true
		}
	}
	return false
}

// Agreed reports whether both sides confirmed the current revision.
func (v *Vereinbarung) Agreed() bool {
	return v.ConfirmedBy(PartyInstitution) && v.ConfirmedBy(PartyPartner)
}

// Pending returns the sides that have not confirmed the current revision.
func (v *Vereinbarung) Pending() Party {
	in, pa := v.ConfirmedBy(PartyInstitution), v.ConfirmedBy(PartyPartner)
	switch {
	case !in && !pa:
		return PartyBoth
	case !in:
		return PartyInstitution
	case !pa:
		return PartyPartner
	}
	return PartyNone
}

// VereinbarungTemplate names the text of the clauses; a new wording gets a new name.
const VereinbarungTemplate = "kooperationsvereinbarung/2026-1"

// VereinbarungContent is everything the agreement says. Its JSON form is what the hash
// is computed over: the field order is fixed, so the same content always has the same
// hash.
type VereinbarungContent struct {
	Template    string
	Revision    int
	AnfrageID   ID
	Date        Date
	Institution VereinbarungParty
	Partner     VereinbarungParty
	Modul       VereinbarungModul
	// Aims are the Themenfelder of the Modul.
	Aims            []Theme
	Period          Period
	Slots           []Slot
	Sessions        int
	DurationMinutes int
	// Place says where the Modul takes place, in words.
	Place     string
	GroupSize int
	// CostCent is the price per CostUnit, TotalCent the total for this agreement.
	CostCent  int64
	CostUnit  CostUnit
	TotalCent int64
	// Payer says who pays, in words.
	Payer string
	// Clauses are the agreed terms: obligations, data protection, cancellation.
	Clauses []Clause
}

// VereinbarungParty is a side of the agreement as it stood when the agreement was
// made.
type VereinbarungParty struct {
	ID      ID
	Name    string
	Kind    string // "Kita", "Sportverein" …
	Traeger string
	Address Address
	Contact Contact
}

// VereinbarungModul is the Modul as agreed.
type VereinbarungModul struct {
	ID          ID
	Title       string
	Description string
	Formats     []Format
}

// Clause is one numbered section of the agreement.
type Clause struct {
	Heading string
	Text    string
}

// HashOf returns the SHA-256 (hex) of the content's canonical JSON form.
func HashOf(c VereinbarungContent) string {
	b, err := json.Marshal(c)
	if err != nil {
		panic("drehscheibe: agreement content cannot be encoded: " + err.Error()) // plain data: cannot happen
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// agreementParts are the entities an agreement is made from.
type agreementParts struct {
	anfrage     *Anfrage
	institution *Institution
	partner     *Partner
	modul       *Modul
	campus      *Kindercampus // the institution's, if any
	today       Date
	// names names programmes.
	names func(ID) string
}

// newVereinbarung generates revision rev of the agreement.
func newVereinbarung(p agreementParts, rev int) *Vereinbarung {
	a, in, pa, m := p.anfrage, p.institution, p.partner, p.modul
	c := VereinbarungContent{
		Template: VereinbarungTemplate, Revision: rev, AnfrageID: a.ID, Date: p.today,
		Institution: VereinbarungParty{ID: in.ID, Name: in.Name, Kind: in.Type.Label(), Traeger: in.Traeger, Address: in.Address, Contact: a.Contact},
		Partner:     VereinbarungParty{ID: pa.ID, Name: pa.Name, Kind: pa.Kind.Label(), Address: pa.Address, Contact: pa.Contact},
		Modul:       VereinbarungModul{ID: m.ID, Title: m.Title, Description: m.Description, Formats: m.Formats},
		Aims:        append([]Theme{m.Theme}, m.FurtherThemes...),
		Period:      a.Period, Slots: a.Slots, Sessions: a.Sessions, DurationMinutes: m.Schedule.DurationMinutes,
		Place:     placeOf(m, in, pa),
		GroupSize: a.GroupSize, CostCent: m.CostCent, CostUnit: m.CostUnit, TotalCent: TotalCostCent(m, a.Sessions, a.GroupSize),
	}
	c.Payer = payerOf(a.Funding, c.TotalCent, in, p.campus, p.names)
	c.Clauses = clauses(c)
	return &Vereinbarung{Content: c, Hash: HashOf(c)}
}

// placeOf says in words where the Modul takes place.
func placeOf(m *Modul, in *Institution, pa *Partner) string {
	switch {
	case len(m.DeliveryModes) > 0 && m.DeliveryModes[0] == AtPartner:
		return "beim Partner: " + pa.Name + ", " + pa.Address.String()
	case len(m.DeliveryModes) > 0 && m.DeliveryModes[0] == Online:
		return "online"
	}
	return "in der Einrichtung: " + in.Name + ", " + in.Address.String()
}

// payerOf says who pays, share by share.
func payerOf(shares []FundingShare, total int64, in *Institution, campus *Kindercampus, names func(ID) string) string {
	if total == 0 {
		return "Das Angebot ist für die Einrichtung kostenfrei."
	}
	who := func(sh FundingShare) string {
		switch sh.Source {
		case FundingCampus:
			if campus != nil {
				return fmt.Sprintf("das Budget des Kindercampus „%s“, Budgetlinie „%s“", campus.Name, sh.Category.Label())
			}
		case FundingOwn:
			return "die Einrichtung (" + in.Name + ") aus eigenen Mitteln"
		}
		return "das " + ShareLabel(sh, names)
	}
	if len(shares) == 1 {
		return fmt.Sprintf("Die Kosten von %s trägt %s.", FormatEuro(total), who(shares[0]))
	}
	parts := make([]string, len(shares))
	for i, sh := range shares {
		parts[i] = fmt.Sprintf("%s trägt %s", FormatEuro(sh.AmountCent), who(sh))
	}
	return fmt.Sprintf("Die Kosten von %s werden geteilt: %s.", FormatEuro(total), strings.Join(parts, "; "))
}

// FormatEuro formats cents the German way: "1.234,50 €".
func FormatEuro(cent int64) string {
	neg := cent < 0
	if neg {
		cent = -cent
	}
	euros := fmt.Sprint(cent / 100)
	var b strings.Builder
	for i, r := range euros {
		if i > 0 && (len(euros)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	s := fmt.Sprintf("%s,%02d €", b.String(), cent%100)
	if neg {
		s = "−" + s
	}
	return s
}

// clauses are the standard terms of the agreement (template VereinbarungTemplate).
func clauses(c VereinbarungContent) []Clause {
	sessions := fmt.Sprintf("%d Termine", c.Sessions)
	if c.Sessions == 1 {
		sessions = "einen Termin"
	}
	return []Clause{
		{"Gegenstand", fmt.Sprintf("%s (Partner) führt das Angebot „%s“ für %s (Einrichtung) durch: %s mit einer Gruppe von bis zu %d Teilnehmenden, %s.",
			c.Partner.Name, c.Modul.Title, c.Institution.Name, sessions, c.GroupSize, c.Place)},
		{"Pflichten des Partners", "Der Partner setzt fachlich geeignete Personen ein, die ein erweitertes Führungszeugnis nach § 72a SGB VIII vorgelegt haben, " +
			"und nimmt während des Angebots die Aufsicht über die teilnehmenden Kinder und Jugendlichen wahr, soweit nichts anderes vereinbart ist. " +
			"Fällt ein Termin aus, informiert er die Einrichtung so früh wie möglich und bietet einen Ersatztermin an."},
		{"Pflichten der Einrichtung", "Die Einrichtung benennt eine Ansprechperson, stellt die vereinbarten Räume und Materialien bereit, " +
			"informiert die Eltern über das Angebot und teilt dem Partner rechtzeitig mit, wenn ein Termin nicht stattfinden kann."},
		{"Kinderschutz", "Beide Seiten wirken beim Schutzauftrag nach § 8a SGB VIII zusammen. Nimmt der Partner gewichtige Anhaltspunkte für eine " +
			"Gefährdung eines Kindes wahr, informiert er unverzüglich die Leitung der Einrichtung."},
		{"Datenschutz", "Über die Drehscheibe werden keine Daten über einzelne Kinder ausgetauscht, nur Anzahlen (Gruppengröße, Teilnehmende, Termine). " +
			"Personenbezogene Daten, die im Angebot selbst anfallen, verarbeiten beide Seiten nur nach der DSGVO und nur, soweit sie für die Durchführung nötig sind."},
		{"Kosten und Zahlung", c.Payer + " Der Partner stellt die Kosten nach Durchführung in Rechnung, soweit nichts anderes vereinbart ist."},
		{"Laufzeit und Kündigung", fmt.Sprintf("Die Vereinbarung gilt vom %s bis zum %s. Beide Seiten können sie mit einer Frist von vier Wochen "+
			"in Textform kündigen, aus wichtigem Grund ohne Frist. Bereits gehaltene Termine werden vergütet.", c.Period.From.German(), c.Period.To.German())},
		{"Auswertung", "Nach Abschluss melden beide Seiten in der Drehscheibe die Zahl der gehaltenen Termine und der Teilnehmenden sowie eine Bewertung; " +
			"diese Angaben dienen der Auswertung der Bildungspartnerschaften durch die Stadt Dortmund."},
	}
}
