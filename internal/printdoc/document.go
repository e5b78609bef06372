// Package printdoc is the model of a printable document — title, numbered sections of
// paragraphs, key–value tables, tables, images, a signature block and a footer — and
// its two renderings: a self-contained, accessible HTML page that works under a strict
// Content-Security-Policy (html.go) and an A4 PDF with an embedded font whose text
// extracts as written (pdf.go). Agreements, application forms and reports are built
// as a Document and rendered by both, so the two always say the same.
package printdoc

import (
	"fmt"
	"time"
)

// Document is a printable document. Every text is plain text (no markup); a line
// break ("\n") in a paragraph or a cell starts a new line.
type Document struct {
	// Title is the main heading; Subtitle (optional) stands below it.
	Title    string
	Subtitle string
	// Meta are short lines under the title: date, version, reference numbers.
	Meta []string
	// Sections follow one another in order.
	Sections []Section
	// Footer is shown on every PDF page (left of the page number) and at the end of
	// the HTML page, e.g. "Fassung 2 · SHA-256 …".
	Footer string

	// Author, Subject and Keywords are the document's metadata (PDF info dictionary,
	// HTML meta elements).
	Author   string
	Subject  string
	Keywords []string
	// Created is the PDF's creation date. Set it (e.g. to the date of the content) for
	// reproducible output; zero means the time of rendering.
	Created time.Time
}

// Section is a numbered or unnumbered part with a heading.
type Section struct {
	// Number is shown before the heading ("§ 1", "2."); empty for none.
	Number  string
	Heading string
	Blocks  []Block
}

// Block is a part of a section: Paragraph, KeyValues, Table, Image or Signatures.
type Block interface{ isBlock() }

// Paragraph is running text.
type Paragraph struct {
	Text string
}

// KeyValues is a two-column table of labelled values ("Zeitraum" – "1.2.2027 bis
// 30.6.2027"), with an optional caption.
type KeyValues struct {
	Caption string
	Rows    []KeyValue
}

// KeyValue is one row of a KeyValues table.
type KeyValue struct {
	Key, Value string
}

// Table is a table with a caption, a header row, body rows and an optional total
// row. Every row has one cell per column.
type Table struct {
	// Caption says what the table shows (required: it also names the table for
	// screen readers).
	Caption string
	Columns []Column
	Rows    [][]string
	// Total is an optional last row (sums), set apart from the body.
	Total []string
	// RowHeaders says that the first cell of each row names the row (a row header
	// for screen readers).
	RowHeaders bool
}

// Column is a column of a Table.
type Column struct {
	Header string
	// Numeric columns are right-aligned, with tabular figures in HTML.
	Numeric bool
	// Width is the column's share of the table's width (any unit: the shares are
	// normalised); zero for all columns sizes them from their content.
	Width float64
}

// Image is a PNG picture (a chart) with its text alternative.
type Image struct {
	PNG []byte
	// Alt says what the picture shows, for whoever cannot see it. Required.
	Alt string
	// Caption (optional) is printed below the picture.
	Caption string
	// WidthMM is the printed width in millimetres; zero means the full text width.
	// Pictures are never printed wider than the text or taller than a page.
	WidthMM float64
}

// Signatures is the place to sign: one column per party, each with a label ("Für
// die Einrichtung"), a line to sign on and the signer's name and role below. It is
// never split across pages.
type Signatures struct {
	Parties []Signatory
	// LineLabel is printed under each line; empty means "Ort, Datum, Unterschrift".
	LineLabel string
}

// Signatory is one party of a Signatures block.
type Signatory struct {
	Label string
	// Lines are printed under the line to sign on: name, role, organisation.
	Lines []string
}

func (Paragraph) isBlock()  {}
func (KeyValues) isBlock()  {}
func (Table) isBlock()      {}
func (Image) isBlock()      {}
func (Signatures) isBlock() {}

// defaultLineLabel is what stands under a signature line unless the block says
// otherwise.
const defaultLineLabel = "Ort, Datum, Unterschrift"

func (s Signatures) lineLabel() string {
	if s.LineLabel != "" {
		return s.LineLabel
	}
	return defaultLineLabel
}

// check reports the first structural mistake of d: a document without a title, a
// section without a heading, a row with the wrong number of cells, an image without
// a text alternative, an empty signature block or an unknown block.
func (d *Document) check() error {
	if d.Title == "" {
		return fmt.Errorf("printdoc: das Dokument hat keinen Titel")
	}
	for i, s := range d.Sections {
		where := fmt.Sprintf("Abschnitt %d", i+1)
		if s.Heading == "" {
			return fmt.Errorf("printdoc: %s hat keine Überschrift", where)
		}
		where = fmt.Sprintf("Abschnitt „%s“", s.Heading)
		for _, b := range s.Blocks {
			if err := checkBlock(b); err != nil {
				return fmt.Errorf("printdoc: %s: %w", where, err)
			}
		}
	}
	return nil
}

func checkBlock(b Block) error {
	switch b := b.(type) {
	case Paragraph, KeyValues:
	case Table:
		if b.Caption == "" {
			return fmt.Errorf("Tabelle ohne Überschrift")
		}
		if len(b.Columns) == 0 {
			return fmt.Errorf("Tabelle ohne Spalten")
		}
		for j, r := range b.Rows {
			if len(r) != len(b.Columns) {
				return fmt.Errorf("Tabellenzeile %d hat %d statt %d Zellen", j+1, len(r), len(b.Columns))
			}
		}
		if b.Total != nil && len(b.Total) != len(b.Columns) {
			return fmt.Errorf("Summenzeile hat %d statt %d Zellen", len(b.Total), len(b.Columns))
		}
	case Image:
		if b.Alt == "" {
			return fmt.Errorf("Bild ohne Textalternative")
		}
		if _, err := pngSize(b.PNG); err != nil {
			return err
		}
	case Signatures:
		if len(b.Parties) == 0 {
			return fmt.Errorf("Unterschriftenblock ohne Parteien")
		}
	default:
		return fmt.Errorf("unbekannter Baustein %T", b)
	}
	return nil
}
