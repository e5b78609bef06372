package vereinbarung_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/printdoc"
	"github.com/stadtdortmund/drehscheibe/internal/printdoc/printdoctest"
	"github.com/stadtdortmund/drehscheibe/internal/vereinbarung"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// squeeze makes every run of white space one space, and takes the tags out of HTML,
// so that HTML and PDF text compare alike.
func squeeze(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
			b.WriteRune(' ')
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return printdoctest.Squeeze(b.String())
}

// says checks that text says each of want.
func says(t *testing.T, what, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s does not say %q", what, w)
		}
	}
}

// TestAgreementOfARealRequest renders the agreement the domain generated for a
// request that went through the workflow, and reads the HTML and the PDF's text
// back: parties, dates, amounts, clauses, confirmations and the hash.
func TestAgreementOfARealRequest(t *testing.T) {
	st := workflow(t)
	a := st.halfConfirmed
	v := a.Vereinbarung
	page, err := vereinbarung.HTML(a, printdoc.HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := vereinbarung.PDF(a)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Kooperationsvereinbarung",
		"über das Angebot „Fußball-AG im Ganztag“",
		"zwischen Stift-Grundschule und SV Clarenberg 1921 e.V.",
		"Fassung 1 vom 3.12.2026 · Anfrage " + string(a.ID),
		"Status: Entwurf – von der Einrichtung bestätigt, vom Partner noch zu bestätigen",
		// the parties
		"Name Stift-Grundschule", "Art Grundschule", "Träger DOBEQ", "Anschrift Am Bruchheck 47, 44263 Dortmund",
		"Ansprechperson Jürgen Weiß", "E-Mail juergen.weiss@stift-grundschule.example", "Telefon 0231 50-12345",
		"Name SV Clarenberg 1921 e.V.", "Art Sportverein", "Ansprechperson Erika Beispiel", "Telefon 0231 1234567",
		// the Modul and its aims
		"Titel Fußball-AG im Ganztag", "Format AG", "Ziele (Themenfelder) Sport/Gesundheit, Sozialkompetenz",
		"Wöchentliche Fußball-AG für Mädchen und Jungen.", "Mit Spielen, die Größe und Maß nicht kennen.",
		// when, where, how many
		"Zeitraum 1.2.2027 bis 30.6.2027", "Anzahl der Termine 15 Termine", "Dauer eines Termins 90 Minuten",
		"Ort in der Einrichtung: Stift-Grundschule, Am Bruchheck 47, 44263 Dortmund", "Gruppengröße bis zu 12 Teilnehmende",
		"Wochentermine Wochentag Tageszeit Montag Nachmittag (14–17 Uhr) Mittwoch Nachmittag (14–17 Uhr)",
		// costs
		"Preis 82,30 € pro Termin", "Gesamtbetrag 1.234,50 €",
		"Die Kosten von 1.234,50 € trägt die Einrichtung (Stift-Grundschule) aus eigenen Mitteln.",
		// the clauses, numbered
		"§ 1 Gegenstand", "§ 2 Pflichten des Partners", "§ 5 Datenschutz", "§ 7 Laufzeit und Kündigung",
		"Die Vereinbarung gilt vom 1.2.2027 bis zum 30.6.2027.", "§ 72a SGB VIII",
		// who confirmed what
		"Einrichtung bestätigt am 3.12.2026 um 14:05 Uhr von Jürgen Weiß (Einrichtung)",
		"Partner noch nicht bestätigt",
		"Prüfsumme (SHA-256) dieser Fassung: " + v.Hash,
		"Textvorlage " + drehscheibe.VereinbarungTemplate,
		// the place to sign
		"Für die Einrichtung", "Für den Partner", "Ort, Datum, Unterschrift", "Träger: DOBEQ",
	}
	for i, c := range v.Content.Clauses {
		want = append(want, fmt.Sprintf("§ %d %s", i+1, c.Heading))
	}
	html := squeeze(string(page))
	text := printdoctest.Text(t, pdf)
	says(t, "the HTML", html, want...)
	says(t, "the PDF", text, want...)
	says(t, "the PDF", text, "Kooperationsvereinbarung · Fassung 1 · SHA-256 "+v.Hash, "Seite 1 von ")
	says(t, "the HTML", html, "Kooperationsvereinbarung · Fassung 1 · SHA-256 "+v.Hash)
	if t.Failed() {
		t.Logf("HTML:\n%s\n\nPDF:\n%s", html, text)
	}

	info := printdoctest.Info(t, pdf)
	for field, want := range map[string]string{
		"Title":        "Kooperationsvereinbarung – über das Angebot „Fußball-AG im Ganztag“",
		"Author":       "Stadt Dortmund – Drehscheibe",
		"Subject":      "Kooperationsvereinbarung zwischen Stift-Grundschule und SV Clarenberg 1921 e.V. über „Fußball-AG im Ganztag“, Fassung 1",
		"CreationDate": "2026-12-03T13:05:00Z", // the institution's confirmation
	} {
		if got := info[field]; got != want {
			t.Errorf("PDF %s: %q, want %q", field, got, want)
		}
	}
}

// TestAgreementFollowsTheConfirmations renders each state of the workflow: nobody,
// one side, a revision after one side confirmed, both sides.
func TestAgreementFollowsTheConfirmations(t *testing.T) {
	st := workflow(t)
	cases := map[string]struct {
		a    *drehscheibe.Anfrage
		want []string
	}{
		"accepted": {st.accepted, []string{
			"Fassung 1 vom 3.12.2026", "Status: Entwurf – von beiden Seiten noch zu bestätigen",
			"Einrichtung noch nicht bestätigt Partner noch nicht bestätigt",
		}},
		"revised after one side confirmed": {st.revised, []string{
			"Fassung 2 vom 3.12.2026", "Status: Entwurf – von beiden Seiten noch zu bestätigen", "Gruppengröße bis zu 14 Teilnehmende",
			"Einrichtung noch nicht bestätigt (eine frühere Fassung wurde am 3.12.2026 bestätigt) Partner noch nicht bestätigt Textvorlage",
			"Prüfsumme (SHA-256) dieser Fassung: " + st.revised.Vereinbarung.Hash,
		}},
		"agreed": {st.agreed, []string{
			"Fassung 2 vom 3.12.2026", "Status: vereinbart – von beiden Seiten bestätigt",
			"Einrichtung bestätigt am 3.12.2026 um 14:05 Uhr von Jürgen Weiß (Einrichtung)",
			"Partner bestätigt am 3.12.2026 um 14:05 Uhr von Erika Beispiel (Partner)",
			"Kooperationsvereinbarung · Fassung 2 · SHA-256 " + st.agreed.Vereinbarung.Hash,
		}},
	}
	if st.revised.Vereinbarung.Hash == st.halfConfirmed.Vereinbarung.Hash {
		t.Fatalf("the revision kept the hash")
	}
	for name, c := range cases {
		page, err := vereinbarung.HTML(c.a, printdoc.HTMLOptions{})
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := vereinbarung.PDF(c.a)
		if err != nil {
			t.Fatal(err)
		}
		says(t, name+": the HTML", squeeze(string(page)), c.want...)
		says(t, name+": the PDF", printdoctest.Text(t, pdf), c.want...)
	}
}

func TestCancelledAgreementSaysSo(t *testing.T) {
	a := workflow(t).agreed
	at := now.AddDate(0, 1, 0)
	a.Status = drehscheibe.AnfrageCancelled
	a.History = append(a.History, drehscheibe.Transition{From: drehscheibe.AnfrageAgreed, To: drehscheibe.AnfrageCancelled, At: at,
		Reason: &drehscheibe.Reason{Code: drehscheibe.ReasonFunding}})
	d, err := vereinbarung.Document(a)
	if err != nil {
		t.Fatal(err)
	}
	says(t, "the document", strings.Join(d.Meta, "\n"), "Status: am 3.1.2027 storniert – die Vereinbarung gilt nicht mehr (Grund: Finanzierung nicht gesichert)")
	if !d.Created.Equal(at) {
		t.Errorf("the document is dated %v, want the cancellation %v", d.Created, at)
	}
}

func TestNoAgreementIsNotFound(t *testing.T) {
	for name, a := range map[string]*drehscheibe.Anfrage{"nil": nil, "requested": {Status: drehscheibe.AnfrageRequested}} {
		_, errHTML := vereinbarung.HTML(a, printdoc.HTMLOptions{})
		_, errPDF := vereinbarung.PDF(a)
		for kind, err := range map[string]error{"HTML": errHTML, "PDF": errPDF} {
			if drehscheibe.ErrorCode(err) != drehscheibe.ENOTFOUND || !strings.Contains(drehscheibe.ErrorMessage(err), "noch keine Kooperationsvereinbarung") {
				t.Errorf("%s: %s error %v, want ENOTFOUND in German", name, kind, err)
			}
		}
	}
}

// long makes the agreed request's agreement as long as the domain allows: every
// weekly slot, the longest description, long names.
func long(t testing.TB) *drehscheibe.Anfrage {
	a := workflow(t).agreed
	c := &a.Vereinbarung.Content
	c.Slots = nil
	for _, d := range drehscheibe.Weekdays {
		for _, s := range drehscheibe.TimeSlots {
			c.Slots = append(c.Slots, drehscheibe.Slot{Weekday: d, TimeSlot: s})
		}
	}
	sentence := "Die Kinder üben Passen, Dribbeln und faires Spiel – mit Größe, Maß und „Teamgeist“. "
	c.Modul.Description = strings.Repeat(sentence, drehscheibe.MaxDescriptionLength/len([]rune(sentence)))
	c.Institution.Name = strings.Repeat("Städtische Gemeinschaftsgrundschule ", 5) + "Hörde"
	c.Partner.Name = strings.Repeat("Förderverein für Sport und Spiel ", 5) + "e. V."
	for i := range c.Clauses {
		c.Clauses[i].Text += " " + strings.Repeat("Ergänzende Regelung über Zuständigkeiten und Fristen. ", 8)
	}
	return a
}

// TestLongAgreementKeepsTheSignaturesTogether renders an agreement of several pages
// and checks that the signature block stands on one page, every slot row is whole
// and nothing is lost.
func TestLongAgreementKeepsTheSignaturesTogether(t *testing.T) {
	a := long(t)
	pdf, err := vereinbarung.PDF(a)
	if err != nil {
		t.Fatal(err)
	}
	pages := printdoctest.Pages(t, pdf)
	if len(pages) < 4 {
		t.Fatalf("the long agreement has %d pages, want several", len(pages))
	}
	last := -1
	for i, p := range pages {
		if strings.Contains(p, "Für die Einrichtung") {
			last = i
		}
	}
	if last < 0 {
		t.Fatal("no signature block")
	}
	sig := pages[last]
	for _, s := range []string{"Für den Partner", "Jürgen Weiß", "Erika Beispiel", "Träger: DOBEQ", "Förderverein für Sport und Spiel"} {
		if !strings.Contains(sig, s) {
			t.Errorf("the signature block is split: its page lacks %q", s)
		}
	}
	if n := strings.Count(sig, "Ort, Datum, Unterschrift"); n != 2 {
		t.Errorf("the signature block's page has %d of 2 lines to sign on", n)
	}
	text := printdoctest.Text(t, pdf)
	for _, d := range drehscheibe.Weekdays {
		for _, s := range drehscheibe.TimeSlots {
			says(t, "the long PDF", text, d.Label()+" "+s.Label())
		}
	}
	if got, want := strings.Count(text, "„Teamgeist“"), strings.Count(a.Vereinbarung.Content.Modul.Description, "„Teamgeist“"); got != want {
		t.Errorf("the description shows %d of its %d sentences", got, want)
	}
	says(t, "the long PDF", text, fmt.Sprintf("Seite %d von %d", len(pages), len(pages)), "§ 8 Auswertung")
}

func TestPDFIsReproducible(t *testing.T) {
	a := workflow(t).agreed
	first, err := vereinbarung.PDF(a)
	if err != nil {
		t.Fatal(err)
	}
	second, err := vereinbarung.PDF(a)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Errorf("the same agreement gives two different PDFs (%d and %d bytes)", len(first), len(second))
	}
}

// TestHTMLGolden compares the HTML of the agreed request with testdata/agreed.html
// (go test ./internal/vereinbarung -run TestHTMLGolden -update rewrites it; the IDs
// and the hash are those of the workflow's fixed fixtures and clock).
func TestHTMLGolden(t *testing.T) {
	a := workflow(t).agreed
	page, err := vereinbarung.HTML(a, printdoc.HTMLOptions{Stylesheet: "/vereinbarungen/print.css"})
	if err != nil {
		t.Fatal(err)
	}
	// the request's ID is new on every run, and so is the hash over it: name them
	page = bytes.ReplaceAll(page, []byte(a.ID), []byte("anf_ID"))
	page = bytes.ReplaceAll(page, []byte(a.Vereinbarung.Hash), []byte("HASH"))
	golden := filepath.Join("testdata", "agreed.html")
	if *update {
		if err := os.WriteFile(golden, page, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test -run TestHTMLGolden -update writes it)", err)
	}
	if diff := cmp.Diff(string(want), string(page)); diff != "" {
		t.Errorf("the HTML differs from %s (-want +got; -update rewrites it):\n%s", golden, diff)
	}
}

// BenchmarkPDF measures rendering the agreement of the workflow and the longest one.
func BenchmarkPDF(b *testing.B) {
	for name, a := range map[string]*drehscheibe.Anfrage{"agreed": workflow(b).agreed, "long": long(b)} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := vereinbarung.PDF(a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHTML measures rendering the agreement as HTML.
func BenchmarkHTML(b *testing.B) {
	a := workflow(b).agreed
	b.ReportAllocs()
	for b.Loop() {
		if _, err := vereinbarung.HTML(a, printdoc.HTMLOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
