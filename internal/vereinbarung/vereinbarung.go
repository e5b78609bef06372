// Package vereinbarung composes the Kooperationsvereinbarung of an Anfrage as a
// printable document — the parties, the Modul, its aims, the dates, place, group and
// costs, the clauses of the template (§ 1 …), who confirmed which revision when, the
// place to sign, the revision and its content hash — and renders it as HTML and PDF
// (internal/printdoc). It shows what the domain generated
// (drehscheibe.VereinbarungContent) and adds nothing to the terms.
package vereinbarung

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/printdoc"
)

// Author is the author the documents name.
const Author = "Stadt Dortmund – Drehscheibe"

// Document composes the agreement of a as a printable document. ENOTFOUND when a has
// no agreement (yet: it is made when the partner accepts).
func Document(a *drehscheibe.Anfrage) (printdoc.Document, error) {
	if a == nil || a.Vereinbarung == nil {
		return printdoc.Document{}, drehscheibe.Errorf(drehscheibe.ENOTFOUND,
			"Zu dieser Anfrage gibt es noch keine Kooperationsvereinbarung; sie entsteht, wenn der Partner die Anfrage annimmt")
	}
	v := a.Vereinbarung
	c := v.Content
	d := printdoc.Document{
		Title:    "Kooperationsvereinbarung",
		Subtitle: "über das Angebot „" + c.Modul.Title + "“",
		Meta: []string{
			"zwischen " + c.Institution.Name + " und " + c.Partner.Name,
			fmt.Sprintf("Fassung %d vom %s · Anfrage %s", c.Revision, c.Date.German(), c.AnfrageID),
			"Status: " + status(a),
		},
		Author:   Author,
		Subject:  fmt.Sprintf("Kooperationsvereinbarung zwischen %s und %s über „%s“, Fassung %d", c.Institution.Name, c.Partner.Name, c.Modul.Title, c.Revision),
		Keywords: []string{"Kooperationsvereinbarung", "Bildungspartnerschaft", "Drehscheibe Dortmund"},
		Created:  asOf(a),
		Footer:   fmt.Sprintf("Kooperationsvereinbarung · Fassung %d · SHA-256 %s", c.Revision, v.Hash),
	}
	d.Sections = append(d.Sections, parties(c), offer(c), delivery(c), costs(c))
	for i, cl := range c.Clauses {
		d.Sections = append(d.Sections, printdoc.Section{Number: fmt.Sprintf("§ %d", i+1), Heading: cl.Heading, Blocks: paragraphs(cl.Text)})
	}
	d.Sections = append(d.Sections, confirmations(v), signatures(c))
	return d, nil
}

// HTML renders the agreement of a as a printable HTML page (serve it with
// printdoc.InlineCSP, or printdoc.LinkedCSP with o.Stylesheet). ENOTFOUND as
// Document.
func HTML(a *drehscheibe.Anfrage, o printdoc.HTMLOptions) ([]byte, error) {
	d, err := Document(a)
	if err != nil {
		return nil, err
	}
	page, err := printdoc.HTML(d, o)
	if err != nil {
		return nil, drehscheibe.Internal(err)
	}
	return page, nil
}

// PDF renders the agreement of a as an A4 PDF. The same state of a gives the same
// bytes (the PDF's date is that of the last change it shows). ENOTFOUND as Document.
func PDF(a *drehscheibe.Anfrage) ([]byte, error) {
	d, err := Document(a)
	if err != nil {
		return nil, err
	}
	pdf, err := printdoc.PDF(d)
	if err != nil {
		return nil, drehscheibe.Internal(err)
	}
	return pdf, nil
}

// status says where the agreement stands.
func status(a *drehscheibe.Anfrage) string {
	v := a.Vereinbarung
	switch a.Status {
	case drehscheibe.AnfrageAccepted:
		switch v.Pending() {
		case drehscheibe.PartyBoth:
			return "Entwurf – von beiden Seiten noch zu bestätigen"
		case drehscheibe.PartyInstitution:
			return "Entwurf – vom Partner bestätigt, von der Einrichtung noch zu bestätigen"
		case drehscheibe.PartyPartner:
			return "Entwurf – von der Einrichtung bestätigt, vom Partner noch zu bestätigen"
		}
		return "von beiden Seiten bestätigt"
	case drehscheibe.AnfrageAgreed:
		return "vereinbart – von beiden Seiten bestätigt"
	case drehscheibe.AnfrageDone:
		return "vereinbart und durchgeführt"
	case drehscheibe.AnfrageCancelled:
		s := "storniert – die Vereinbarung gilt nicht mehr"
		for _, t := range slices.Backward(a.History) {
			if t.To == drehscheibe.AnfrageCancelled {
				s = fmt.Sprintf("am %s storniert – die Vereinbarung gilt nicht mehr", day(t.At))
				if t.Reason != nil {
					s += " (Grund: " + t.Reason.Code.Label() + ")"
				}
				break
			}
		}
		return s
	}
	return a.Status.Label()
}

// asOf is when the state the document shows came about: the agreement's date or the
// last confirmation or change of state after it.
func asOf(a *drehscheibe.Anfrage) time.Time {
	d := a.Vereinbarung.Content.Date
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, drehscheibe.Dortmund)
	for _, c := range a.Vereinbarung.Confirmations {
		t = later(t, c.At)
	}
	for _, h := range a.History {
		t = later(t, h.At)
	}
	return t
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// parties are both sides with their contacts, as they stood when the agreement was
// made.
func parties(c drehscheibe.VereinbarungContent) printdoc.Section {
	in, pa := c.Institution, c.Partner
	return printdoc.Section{Heading: "Vertragsparteien", Blocks: []printdoc.Block{
		printdoc.KeyValues{Caption: "Einrichtung", Rows: rows(
			"Name", in.Name, "Art", in.Kind, "Träger", in.Traeger, "Anschrift", in.Address.String(),
			"Ansprechperson", in.Contact.Name, "E-Mail", in.Contact.Email, "Telefon", in.Contact.Phone,
		)},
		printdoc.KeyValues{Caption: "Partner", Rows: rows(
			"Name", pa.Name, "Art", pa.Kind, "Träger", pa.Traeger, "Anschrift", pa.Address.String(),
			"Ansprechperson", pa.Contact.Name, "E-Mail", pa.Contact.Email, "Telefon", pa.Contact.Phone,
		)},
	}}
}

// offer is the Modul: title, formats, aims (its Themenfelder) and description.
func offer(c drehscheibe.VereinbarungContent) printdoc.Section {
	blocks := []printdoc.Block{printdoc.KeyValues{Rows: rows(
		"Titel", c.Modul.Title,
		"Format", labels(c.Modul.Formats),
		"Ziele (Themenfelder)", labels(c.Aims),
	)}}
	return printdoc.Section{Heading: "Angebot", Blocks: append(blocks, paragraphs(c.Modul.Description)...)}
}

// delivery is when, how often, where and for how many.
func delivery(c drehscheibe.VereinbarungContent) printdoc.Section {
	sessions := fmt.Sprintf("%d Termine", c.Sessions)
	if c.Sessions == 1 {
		sessions = "1 Termin"
	}
	duration := "nicht festgelegt"
	if c.DurationMinutes > 0 {
		duration = fmt.Sprintf("%d Minuten", c.DurationMinutes)
	}
	weekly := ""
	if len(c.Slots) == 0 {
		weekly = "nach Absprache"
	}
	blocks := []printdoc.Block{printdoc.KeyValues{Rows: rows(
		"Zeitraum", period(c.Period),
		"Wochentermine", weekly,
		"Anzahl der Termine", sessions,
		"Dauer eines Termins", duration,
		"Ort", c.Place,
		"Gruppengröße", fmt.Sprintf("bis zu %d Teilnehmende", c.GroupSize),
	)}}
	if len(c.Slots) > 0 {
		blocks = append(blocks, slotTable(c.Slots))
	}
	return printdoc.Section{Heading: "Durchführung", Blocks: blocks}
}

// slotTable lists the weekly slots, Monday morning first.
func slotTable(slots []drehscheibe.Slot) printdoc.Table {
	sorted := slices.Clone(slots)
	slices.SortStableFunc(sorted, func(a, b drehscheibe.Slot) int {
		if d := slices.Index(drehscheibe.Weekdays, a.Weekday) - slices.Index(drehscheibe.Weekdays, b.Weekday); d != 0 {
			return d
		}
		return slices.Index(drehscheibe.TimeSlots, a.TimeSlot) - slices.Index(drehscheibe.TimeSlots, b.TimeSlot)
	})
	t := printdoc.Table{Caption: "Wochentermine", Columns: []printdoc.Column{{Header: "Wochentag", Width: 1}, {Header: "Tageszeit", Width: 2}}, RowHeaders: true}
	for _, s := range sorted {
		t.Rows = append(t.Rows, []string{s.Weekday.Label(), s.TimeSlot.Label()})
	}
	return t
}

// costs are the price per unit, the total and who pays.
func costs(c drehscheibe.VereinbarungContent) printdoc.Section {
	price := "kostenfrei"
	if c.CostCent > 0 {
		price = drehscheibe.FormatEuro(c.CostCent) + " " + c.CostUnit.Label()
	}
	return printdoc.Section{Heading: "Kosten", Blocks: []printdoc.Block{printdoc.KeyValues{Rows: rows(
		"Preis", price,
		"Gesamtbetrag", drehscheibe.FormatEuro(c.TotalCent),
		"Kostenträger", c.Payer,
	)}}}
}

// confirmations say which side confirmed this revision, when and by whom, and the
// hash both confirm.
func confirmations(v *drehscheibe.Vereinbarung) printdoc.Section {
	return printdoc.Section{Heading: "Bestätigungen", Blocks: []printdoc.Block{
		printdoc.Paragraph{Text: "Beide Seiten bestätigen die Vereinbarung in der Drehscheibe. Eine Bestätigung gilt für genau diese Fassung, " +
			"erkennbar an ihrer Prüfsumme; wird die Vereinbarung danach geändert, bestätigen beide Seiten die neue Fassung erneut."},
		printdoc.KeyValues{Rows: rows(
			"Einrichtung", confirmation(v, drehscheibe.PartyInstitution),
			"Partner", confirmation(v, drehscheibe.PartyPartner),
			"Textvorlage", v.Content.Template,
		)},
		// on a line of its own: the whole hash fits on one line there
		printdoc.Paragraph{Text: "Prüfsumme (SHA-256) dieser Fassung:\n" + v.Hash},
	}}
}

// confirmation says whether side confirmed the current revision: when and by whom,
// or that it has not (and when it confirmed an earlier one).
func confirmation(v *drehscheibe.Vereinbarung, side drehscheibe.Party) string {
	var earlier *drehscheibe.Confirmation
	for i, c := range v.Confirmations {
		if c.Side != side {
			continue
		}
		if c.Hash == v.Hash {
			return "bestätigt am " + day(c.At) + " um " + c.At.In(drehscheibe.Dortmund).Format("15:04") + " Uhr " + by(c.By)
		}
		earlier = &v.Confirmations[i]
	}
	if earlier != nil {
		return "noch nicht bestätigt (eine frühere Fassung wurde am " + day(earlier.At) + " bestätigt)"
	}
	return "noch nicht bestätigt"
}

// by names who acted: by name and role, or the role alone for a key without a name.
func by(a drehscheibe.Actor) string {
	if a.Name == "" {
		return "über einen Zugang der Rolle „" + a.Role.Label() + "“"
	}
	return "von " + a.Name + " (" + a.Role.Label() + ")"
}

// signatures is the place to sign, for both sides.
func signatures(c drehscheibe.VereinbarungContent) printdoc.Section {
	side := func(label string, p drehscheibe.VereinbarungParty) printdoc.Signatory {
		s := printdoc.Signatory{Label: label}
		for _, l := range []string{p.Contact.Name, p.Name} {
			if l != "" {
				s.Lines = append(s.Lines, l)
			}
		}
		if p.Traeger != "" {
			s.Lines = append(s.Lines, "Träger: "+p.Traeger)
		}
		return s
	}
	return printdoc.Section{Heading: "Unterschriften", Blocks: []printdoc.Block{printdoc.Signatures{Parties: []printdoc.Signatory{
		side("Für die Einrichtung", c.Institution),
		side("Für den Partner", c.Partner),
	}}}}
}

// rows makes key–value rows of pairs, leaving out those without a value.
func rows(pairs ...string) []printdoc.KeyValue {
	var out []printdoc.KeyValue
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			out = append(out, printdoc.KeyValue{Key: pairs[i], Value: pairs[i+1]})
		}
	}
	return out
}

// paragraphs splits text at blank lines.
func paragraphs(text string) []printdoc.Block {
	var out []printdoc.Block
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, printdoc.Paragraph{Text: p})
		}
	}
	return out
}

// labels joins the German labels of enum values.
func labels[T interface{ Label() string }](vs []T) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.Label()
	}
	return strings.Join(out, ", ")
}

// period says from when to when, the German way ("1.2.2027 bis 30.6.2027").
func period(p drehscheibe.Period) string {
	switch {
	case !p.From.IsZero() && !p.To.IsZero():
		return p.From.German() + " bis " + p.To.German()
	case !p.From.IsZero():
		return "ab " + p.From.German()
	case !p.To.IsZero():
		return "bis " + p.To.German()
	}
	return "nicht festgelegt"
}

// day is the calendar day of t in Dortmund ("3.12.2026").
func day(t time.Time) string {
	return drehscheibe.DateOf(t.In(drehscheibe.Dortmund)).German()
}
