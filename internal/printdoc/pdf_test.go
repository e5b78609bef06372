package printdoc_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/printdoc"
	"github.com/stadtdortmund/drehscheibe/internal/printdoc/printdoctest"
)

func render(t testing.TB, d printdoc.Document) []byte {
	t.Helper()
	pdf, err := printdoc.PDF(d)
	if err != nil {
		t.Fatal(err)
	}
	return pdf
}

func TestPDFTextExtractsAsWritten(t *testing.T) {
	pdf := render(t, sample())
	text := printdoctest.Text(t, pdf)
	for _, want := range []string{
		"Kooperationsvereinbarung über das Angebot „Fußball-AG im Ganztag“",
		"Fassung 2 vom 3.12.2026",
		"Name Stift-Grundschule Hörde",
		"Ansprechperson Jürgen Weiß juergen.weiss@schule.example 0231 50-12345",
		"§ 1 Gegenstand",
		"Der Partner führt das Angebot „Fußball-AG“ für die Einrichtung durch – wöchentlich, mit Größe und Maß.",
		"Leistung Anzahl Einzelpreis Betrag",
		"Übungsleitung 12 102,80 € 1.233,60 €",
		"Summe 1.234,50 €",
		"Abbildung 1: Teilnehmende je Monat",
		"Für die Einrichtung Für den Partner",
		"Jürgen Weiß Schulleitung Erika Beispiel SV Clarenberg 1921 e. V.",
		"Fassung 2 · SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		"Seite 1 von 2",
		"Seite 2 von 2",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("the PDF's text:\n%s", text)
	}
	if n := printdoctest.Images(t, pdf); n != 1 {
		t.Errorf("%d pictures in the PDF, want 1", n)
	}
}

func TestPDFMetadata(t *testing.T) {
	d := sample()
	d.Created = time.Date(2027, 2, 1, 9, 30, 0, 0, time.FixedZone("MEZ", 3600))
	info := printdoctest.Info(t, render(t, d))
	for field, want := range map[string]string{
		"Title":        "Kooperationsvereinbarung – über das Angebot „Fußball-AG im Ganztag“",
		"Author":       "Stadt Dortmund – Drehscheibe",
		"Subject":      "Kooperationsvereinbarung zwischen Grundschule und Sportverein",
		"Keywords":     "Kooperationsvereinbarung, Bildungspartnerschaft",
		"CreationDate": "2027-02-01T08:30:00Z",
		"ModDate":      "2027-02-01T08:30:00Z",
		"Pages":        "2",
		"Page size":    "595.28 x 841.89 pts (A4)",
	} {
		if got := info[field]; got != want {
			t.Errorf("%s: %q, want %q", field, got, want)
		}
	}
}

func TestPDFIsReproducible(t *testing.T) {
	for name, d := range map[string]printdoc.Document{"sample": sample(), "long": long()} {
		first, second := render(t, d), render(t, d)
		if !bytes.Equal(first, second) {
			t.Errorf("%s: two renderings of the same document differ (%d and %d bytes)", name, len(first), len(second))
		}
		d.Created = d.Created.Add(time.Hour)
		if bytes.Equal(first, render(t, d)) {
			t.Errorf("%s: the creation date does not reach the PDF", name)
		}
	}
}

// TestPDFKeepsRowsAndSignaturesTogether renders a document of many pages and reads
// it back page by page: every row's first and last cell on the same page, the header
// row above the rows on every page, the signature block on one page, no heading
// without what follows it, nothing lost of a row taller than a page.
var rowMarker = regexp.MustCompile(`Zeile[0-9]{3}`)

func TestPDFKeepsRowsAndSignaturesTogether(t *testing.T) {
	pages := printdoctest.Pages(t, render(t, long()))
	if len(pages) < 5 {
		t.Fatalf("the long document has %d pages, want several", len(pages))
	}
	pageOf := func(s string) int {
		for i, p := range pages {
			if strings.Contains(p, s) {
				return i + 1
			}
		}
		return 0
	}
	for i := 1; i <= 120; i++ {
		first, last := pageOf(fmt.Sprintf("Zeile%03dA", i)), pageOf(fmt.Sprintf("Zeile%03dZ", i))
		if first == 0 || first != last {
			t.Errorf("row %d starts on page %d and ends on page %d", i, first, last)
		}
	}
	for n, p := range pages {
		if rowMarker.MatchString(p) && !(strings.Contains(p, "Anfang") && strings.Contains(p, "Ende")) {
			t.Errorf("page %d has table rows without the header row", n+1)
		}
		if want := fmt.Sprintf("Seite %d von %d", n+1, len(pages)); !strings.Contains(p, want) {
			t.Errorf("page %d lacks %q", n+1, want)
		}
		if n > 0 && !strings.HasPrefix(strings.TrimSpace(p), "Kooperationsvereinbarung") {
			t.Errorf("page %d does not start with the document's title", n+1)
		}
		lines := strings.Split(strings.TrimSpace(p), "\n")
		for _, heading := range []string{"Termine", "Beschreibung", "Unterschriften", "Alle Termine"} {
			// the body's last line comes before the footer's two lines
			if len(lines) > 3 && strings.TrimSpace(lines[len(lines)-4]) == heading {
				t.Errorf("page %d ends with the heading %q", n+1, heading)
			}
		}
	}
	sig := pages[pageOf("Unterschriften")-1]
	for _, s := range []string{"Für die Einrichtung", "Für den Partner", "Jürgen Weiß\nSchulleitung", "Erika Beispiel\nSV Clarenberg 1921 e. V."} {
		if !strings.Contains(sig, s) {
			t.Errorf("the page of the signature block's heading lacks %q", s)
		}
	}
	if n := strings.Count(sig, "Ort, Datum, Unterschrift"); n != 2 {
		t.Errorf("the page of the signature block's heading has %d of the 2 lines to sign on", n)
	}
	text := printdoctest.Squeeze(strings.Join(pages, " "))
	if n := strings.Count(text, "Umlauten:"); n != 200 {
		t.Errorf("the row taller than a page shows %d of its 200 sentences", n) // a sentence may cross a page, a word does not
	}
	if pageOf("ENDE-DER-BESCHREIBUNG") <= pageOf("Sehr lange Beschreibung") {
		t.Errorf("the row taller than a page was not continued on the next page")
	}
}

func TestPDFReplacesWhatTheFontCannotShow(t *testing.T) {
	d := printdoc.Document{Title: "Kita 🌈 Regenbogen", Sections: []printdoc.Section{
		{Heading: "Namen", Blocks: []printdoc.Block{printdoc.Paragraph{Text: "Şule Yılmaz, Zoë, Łódź, Ångström\tund 日本"}}},
	}}
	text := printdoctest.Text(t, render(t, d))
	for _, want := range []string{"Kita � Regenbogen", "Şule Yılmaz, Zoë, Łódź, Ångström und ��"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q:\n%s", want, text)
		}
	}
	page, err := printdoc.HTML(d, printdoc.HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(page, []byte("Kita 🌈 Regenbogen")) || !bytes.Contains(page, []byte("日本")) {
		t.Errorf("the HTML does not show the text as written")
	}
}

// TestPDFTakesEveryKindOfPNG embeds pictures of 16 bits a channel with
// transparency, with a palette and in grey: each is printed.
func TestPDFTakesEveryKindOfPNG(t *testing.T) {
	r := image.Rect(0, 0, 40, 20)
	deep := image.NewNRGBA64(r)
	paletted := image.NewPaletted(r, color.Palette{color.White, color.RGBA{0, 90, 160, 255}})
	grey := image.NewGray(r)
	for x := range 40 {
		for y := range 20 {
			deep.Set(x, y, color.NRGBA64{uint16(x * 1600), 0, 40000, uint16(y * 3000)})
			paletted.SetColorIndex(x, y, uint8(x%2))
			grey.SetGray(x, y, color.Gray{uint8(x * 6)})
		}
	}
	d := printdoc.Document{Title: "Bilder", Sections: []printdoc.Section{{Heading: "Bilder"}}}
	for i, img := range []image.Image{deep, paletted, grey} {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		d.Sections[0].Blocks = append(d.Sections[0].Blocks, printdoc.Image{PNG: buf.Bytes(), Alt: fmt.Sprintf("Bild %d", i+1), WidthMM: 40})
	}
	pics := printdoctest.Pictures(t, render(t, d))
	if len(pics) != 4 {
		t.Fatalf("%d pictures in the PDF, want 3 and the transparency mask of the first", len(pics))
	}
	// what the PDF shows is the picture, 8 bits a channel
	for _, p := range []image.Point{{0, 0}, {39, 0}, {20, 19}} {
		c := color.NRGBAModel.Convert(deep.At(p.X, p.Y)).(color.NRGBA)
		r, g, b, _ := pics[0].At(p.X, p.Y).RGBA()
		a, _, _, _ := pics[1].At(p.X, p.Y).RGBA()
		if got, want := [4]uint32{r >> 8, g >> 8, b >> 8, a >> 8}, [4]uint32{uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A)}; got != want {
			t.Errorf("the 16-bit picture at %v: colour and mask %v, want %v", p, got, want)
		}
	}
	if r, _, _, _ := pics[2].At(1, 0).RGBA(); r>>8 != 0 {
		t.Errorf("the paletted picture shows %d at (1,0), want 0 (its second colour)", r>>8)
	}
}

// TestPDFConcurrently renders from several goroutines at once: each gets the
// same bytes (go test -race checks the sharing).
func TestPDFConcurrently(t *testing.T) {
	want := render(t, sample())
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Go(func() { got[i], _ = printdoc.PDF(sample()) })
	}
	wg.Wait()
	for i, g := range got {
		if !bytes.Equal(g, want) {
			t.Errorf("rendering %d differs", i)
		}
	}
}

func TestMalformedDocumentsAreRefused(t *testing.T) {
	ok := func() printdoc.Document {
		return printdoc.Document{Title: "T", Sections: []printdoc.Section{{Heading: "H"}}}
	}
	with := func(b printdoc.Block) printdoc.Document {
		d := ok()
		d.Sections[0].Blocks = []printdoc.Block{b}
		return d
	}
	cols := []printdoc.Column{{Header: "A"}, {Header: "B"}}
	cases := map[string]struct {
		doc  printdoc.Document
		want string
	}{
		"no title":           {printdoc.Document{Sections: ok().Sections}, "keinen Titel"},
		"no heading":         {printdoc.Document{Title: "T", Sections: []printdoc.Section{{}}}, "Abschnitt 1 hat keine Überschrift"},
		"short row":          {with(printdoc.Table{Caption: "C", Columns: cols, Rows: [][]string{{"a", "b"}, {"a"}}}), "Tabellenzeile 2 hat 1 statt 2 Zellen"},
		"long total":         {with(printdoc.Table{Caption: "C", Columns: cols, Total: []string{"a", "b", "c"}}), "Summenzeile hat 3 statt 2 Zellen"},
		"table no caption":   {with(printdoc.Table{Columns: cols}), "Tabelle ohne Überschrift"},
		"table no columns":   {with(printdoc.Table{Caption: "C"}), "Tabelle ohne Spalten"},
		"image without alt":  {with(printdoc.Image{PNG: chart(4, 4)}), "Bild ohne Textalternative"},
		"image not a PNG":    {with(printdoc.Image{PNG: []byte("GIF89a"), Alt: "x"}), "kein lesbares PNG"},
		"nobody to sign":     {with(printdoc.Signatures{}), "Unterschriftenblock ohne Parteien"},
		"unknown block type": {with(nil), "unbekannter Baustein"},
	}
	for reason, c := range cases {
		_, errPDF := printdoc.PDF(c.doc)
		_, errHTML := printdoc.HTML(c.doc, printdoc.HTMLOptions{})
		for kind, err := range map[string]error{"PDF": errPDF, "HTML": errHTML} {
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s: %s error %v, want one saying %q", reason, kind, err, c.want)
			}
		}
	}
	if _, err := printdoc.PDF(ok()); err != nil {
		t.Errorf("a document with one empty section: %v", err)
	}
}

// BenchmarkPDF measures rendering the two-page sample and the ten-page document.
func BenchmarkPDF(b *testing.B) {
	for name, d := range map[string]printdoc.Document{"sample": sample(), "long": long()} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := printdoc.PDF(d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHTML measures rendering the sample as HTML.
func BenchmarkHTML(b *testing.B) {
	d := sample()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := printdoc.HTML(d, printdoc.HTMLOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
