// Package foerderantrag composes the printable application form for one Förderprogramm
// from the one application of an Anfrage (drehscheibe.AntragForm): what the service
// knows, the costs and what the programme would pay, the answers to that programme's
// questions, the documents to attach, the Servicestelle's decision and the place to
// sign — and renders it as HTML and PDF (internal/printdoc). Every programme gets its
// own form from the same answers.
package foerderantrag

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/printdoc"
)

// open is printed for a question without an answer yet.
const open = "— noch offen —"

// Document composes the form of request a's application to programme. ENOTFOUND when
// the programme is not on the form (it would not pay, and was not applied to).
func Document(a *drehscheibe.Anfrage, form drehscheibe.AntragForm, programme drehscheibe.ID, now time.Time) (printdoc.Document, error) {
	i := slices.IndexFunc(form.Options, func(o drehscheibe.FundingOption) bool { return o.Programme.ID == programme })
	if i < 0 {
		return printdoc.Document{}, drehscheibe.Errorf(drehscheibe.ENOTFOUND, "Dieses Förderprogramm kommt für die Anfrage nicht in Frage")
	}
	o := form.Options[i]
	f := o.Programme
	status := "noch nicht beantragt"
	app, applied := form.Antrag.Application(f.ID)
	if applied {
		status = app.Status.Label() + " (beantragt am " + drehscheibe.DateOf(app.SubmittedAt.In(drehscheibe.Dortmund)).German() + ")"
	}
	d := printdoc.Document{
		Title:    "Förderantrag",
		Subtitle: f.Name + " (" + f.Provider.Label() + ")",
		Meta: []string{
			fmt.Sprintf("Anfrage %s · Stand %s", a.ID, drehscheibe.DateOf(now.In(drehscheibe.Dortmund)).German()),
			"Status: " + status,
		},
		Author:   "Stadt Dortmund – Drehscheibe",
		Subject:  "Förderantrag an " + f.Name,
		Keywords: []string{"Förderantrag", "Bildungspartnerschaft", "Drehscheibe Dortmund"},
		Created:  now,
		Footer:   fmt.Sprintf("Förderantrag · %s · Anfrage %s", f.Name, a.ID),
	}
	known := printdoc.KeyValues{Caption: "Von der Drehscheibe ausgefüllt"}
	for _, k := range form.Known {
		known.Rows = append(known.Rows, printdoc.KeyValue{Key: k.Label, Value: k.Value})
	}
	total := o.CoveredCent + o.RemainingCent
	money := printdoc.KeyValues{Caption: "Kosten und Finanzierung", Rows: []printdoc.KeyValue{
		{Key: "Gesamtkosten", Value: drehscheibe.FormatEuro(total)},
		{Key: "Beantragte Förderung", Value: drehscheibe.FormatEuro(o.CoveredCent)},
		{Key: "Eigenanteil bzw. andere Mittel", Value: drehscheibe.FormatEuro(o.RemainingCent)},
		{Key: "Förderquote des Programms", Value: fmt.Sprintf("bis %d %%", f.Eligibility.MaxSharePct)},
	}}
	if len(o.Reasons) > 0 {
		money.Rows = append(money.Rows, printdoc.KeyValue{Key: "Warum das Programm passt", Value: strings.Join(o.Reasons, "\n")})
	}
	answers := printdoc.KeyValues{Caption: "Angaben zum Vorhaben"}
	for _, q := range f.RequiredFields {
		v := form.Antrag.Answer(q)
		if v == "" {
			v = open
		}
		answers.Rows = append(answers.Rows, printdoc.KeyValue{Key: q.Label(), Value: v})
	}
	d.Sections = append(d.Sections,
		printdoc.Section{Number: "1.", Heading: "Antragsteller und Vorhaben", Blocks: []printdoc.Block{known}},
		printdoc.Section{Number: "2.", Heading: "Kosten und Finanzierung", Blocks: []printdoc.Block{money}})
	if len(answers.Rows) > 0 {
		d.Sections = append(d.Sections, printdoc.Section{Number: "3.", Heading: "Angaben zum Vorhaben", Blocks: []printdoc.Block{answers}})
	}
	attach := "Keine Anlagen verlangt."
	if len(f.RequiredDocuments) > 0 {
		attach = strings.Join(prefixed("☐ ", f.RequiredDocuments), "\n")
	}
	d.Sections = append(d.Sections, printdoc.Section{Number: "4.", Heading: "Anlagen", Blocks: []printdoc.Block{printdoc.Paragraph{Text: attach}}})
	if applied && app.DecidedBy != nil {
		decision := printdoc.KeyValues{Rows: []printdoc.KeyValue{
			{Key: "Entscheidung", Value: app.Status.Label()},
			{Key: "am", Value: drehscheibe.DateOf(app.DecidedAt.In(drehscheibe.Dortmund)).German()},
			{Key: "durch", Value: app.DecidedBy.Name},
		}}
		if app.Note != "" {
			decision.Rows = append(decision.Rows, printdoc.KeyValue{Key: "Anmerkung", Value: app.Note})
		}
		d.Sections = append(d.Sections, printdoc.Section{Number: "5.", Heading: "Entscheidung der Servicestelle", Blocks: []printdoc.Block{decision}})
	}
	d.Sections = append(d.Sections, printdoc.Section{Heading: "Unterschrift", Blocks: []printdoc.Block{
		printdoc.Paragraph{Text: "Ich versichere, dass die Angaben richtig und vollständig sind."},
		printdoc.Signatures{Parties: []printdoc.Signatory{{Label: "Für den Antragsteller", Lines: []string{a.Contact.Name, form.Institution.Name}}}},
	}})
	return d, nil
}

func prefixed(p string, ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = p + s
	}
	return out
}

// HTML renders the form as a printable page (serve it with printdoc.InlineCSP).
func HTML(a *drehscheibe.Anfrage, form drehscheibe.AntragForm, programme drehscheibe.ID, now time.Time) ([]byte, error) {
	d, err := Document(a, form, programme, now)
	if err != nil {
		return nil, err
	}
	return printdoc.HTML(d, printdoc.HTMLOptions{})
}

// PDF renders the form as an A4 PDF.
func PDF(a *drehscheibe.Anfrage, form drehscheibe.AntragForm, programme drehscheibe.ID, now time.Time) ([]byte, error) {
	d, err := Document(a, form, programme, now)
	if err != nil {
		return nil, err
	}
	return printdoc.PDF(d)
}
