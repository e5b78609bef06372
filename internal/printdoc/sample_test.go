package printdoc_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/printdoc"
)

// created is the creation date of the sample documents.
var created = time.Date(2026, 12, 3, 14, 5, 0, 0, time.UTC)

// sample is a small document with one of every block and the characters German
// text needs.
func sample() printdoc.Document {
	return printdoc.Document{
		Title:    "Kooperationsvereinbarung",
		Subtitle: "über das Angebot „Fußball-AG im Ganztag“",
		Meta:     []string{"Fassung 2 vom 3.12.2026", "Anfrage anf_0123456789"},
		Author:   "Stadt Dortmund – Drehscheibe",
		Subject:  "Kooperationsvereinbarung zwischen Grundschule und Sportverein",
		Keywords: []string{"Kooperationsvereinbarung", "Bildungspartnerschaft"},
		Created:  created,
		Footer:   "Fassung 2 · SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		Sections: []printdoc.Section{
			{Heading: "Vertragsparteien", Blocks: []printdoc.Block{
				printdoc.KeyValues{Caption: "Einrichtung", Rows: []printdoc.KeyValue{
					{Key: "Name", Value: "Stift-Grundschule Hörde"},
					{Key: "Anschrift", Value: "Am Bruchheck 47, 44263 Dortmund"},
					{Key: "Ansprechperson", Value: "Jürgen Weiß\njuergen.weiss@schule.example\n0231 50-12345"},
				}},
			}},
			{Number: "§ 1", Heading: "Gegenstand", Blocks: []printdoc.Block{
				printdoc.Paragraph{Text: "Der Partner führt das Angebot „Fußball-AG“ für die Einrichtung durch – wöchentlich, mit Größe und Maß."},
				printdoc.Paragraph{Text: "Zweiter Absatz.\nMit einem Zeilenumbruch."},
			}},
			{Number: "§ 2", Heading: "Kosten", Blocks: []printdoc.Block{
				printdoc.Table{
					Caption:    "Kostenaufstellung",
					Columns:    []printdoc.Column{{Header: "Leistung"}, {Header: "Anzahl", Numeric: true}, {Header: "Einzelpreis", Numeric: true}, {Header: "Betrag", Numeric: true}},
					Rows:       [][]string{{"Übungsleitung", "12", "102,80 €", "1.233,60 €"}, {"Bälle", "1", "0,90 €", "0,90 €"}},
					Total:      []string{"Summe", "", "", "1.234,50 €"},
					RowHeaders: true,
				},
			}},
			{Heading: "Teilnahme", Blocks: []printdoc.Block{
				printdoc.Image{PNG: chart(120, 60), Alt: "Balkendiagramm: Teilnehmende je Monat", Caption: "Abbildung 1: Teilnehmende je Monat", WidthMM: 90},
			}},
			{Heading: "Unterschriften", Blocks: []printdoc.Block{
				printdoc.Signatures{Parties: []printdoc.Signatory{
					{Label: "Für die Einrichtung", Lines: []string{"Jürgen Weiß", "Schulleitung"}},
					{Label: "Für den Partner", Lines: []string{"Erika Beispiel", "SV Clarenberg 1921 e. V."}},
				}},
			}},
		},
	}
}

// chart is a PNG of w × h pixels: bars of three colours.
func chart(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	colours := []color.RGBA{{0, 90, 160, 255}, {200, 80, 0, 255}, {0, 130, 60, 255}}
	for x := range w {
		bar := x * 3 / w
		top := h - h*(bar+1)/4
		for y := range h {
			c := color.RGBA{255, 255, 255, 255}
			if y >= top {
				c = colours[bar]
			}
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// long is a document of several pages: many table rows (each with a marker in its
// first and last cell), long paragraphs, a row taller than a page, and the signature
// block at the end.
func long() printdoc.Document {
	d := sample()
	var rows [][]string
	for i := 1; i <= 120; i++ {
		note := "kurz"
		if i%7 == 0 {
			note = strings.Repeat("eine längere Bemerkung über Größe, Maß und Übung ", 4)
		}
		rows = append(rows, []string{fmt.Sprintf("Zeile%03dA", i), note, fmt.Sprintf("Zeile%03dZ", i)})
	}
	para := strings.Repeat("Über die Drehscheibe werden keine Daten über einzelne Kinder ausgetauscht – nur Anzahlen. ", 12)
	d.Sections = append(d.Sections[:4:4],
		printdoc.Section{Heading: "Termine", Blocks: []printdoc.Block{
			printdoc.Paragraph{Text: para},
			printdoc.Table{Caption: "Alle Termine", Columns: []printdoc.Column{{Header: "Anfang"}, {Header: "Bemerkung"}, {Header: "Ende"}}, Rows: rows},
			printdoc.Paragraph{Text: para},
		}},
		printdoc.Section{Heading: "Beschreibung", Blocks: []printdoc.Block{
			printdoc.KeyValues{Rows: []printdoc.KeyValue{{Key: "Beschreibung", Value: strings.Repeat("Sehr lange Beschreibung mit Umlauten: äöü ÄÖÜ ß. ", 200) + "ENDE-DER-BESCHREIBUNG"}}},
		}},
		sample().Sections[4],
	)
	return d
}
