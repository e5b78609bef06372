package printdoc

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"strings"
)

// CSS is the stylesheet of every printable page. HTML embeds it in the page; a caller
// that links it instead (HTMLOptions.Stylesheet) serves these bytes as text/css.
//
//go:embed print.css
var CSS string

// StyleHash is the CSP source expression of the embedded stylesheet
// ("'sha256-…'"), for a page rendered without HTMLOptions.Stylesheet.
var StyleHash = func() string {
	sum := sha256.Sum256([]byte(CSS))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}()

// The Content-Security-Policy a printable page needs, and nothing more: no script, no
// connection, no frame, no form; styles only the page's own; pictures only the
// data: URLs the page carries. InlineCSP is for a page with the embedded stylesheet
// (the default), LinkedCSP for one that links it from its own origin.
var (
	InlineCSP = policy(StyleHash)
	LinkedCSP = policy("'self'")
)

func policy(styles string) string {
	return "default-src 'none'; style-src " + styles + "; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}

// HTMLOptions are the choices of the HTML rendering.
type HTMLOptions struct {
	// Stylesheet, when set, is the URL (same origin) the page links CSS from instead
	// of embedding it; serve it with LinkedCSP. Empty: the stylesheet is embedded;
	// serve the page with InlineCSP.
	Stylesheet string
}

//go:embed page.gohtml
var pageSource string

var page = template.Must(template.New("page").Funcs(template.FuncMap{
	"lines": func(s string) []string { return strings.Split(s, "\n") },
}).Parse(pageSource))

// HTML renders d as a complete, printable HTML page in German (lang="de"): semantic
// headings and sections, tables with header cells and scopes, pictures as data: URLs
// with their text alternatives, a print stylesheet for A4. It has no script and no
// style attribute, and loads nothing from anywhere: serve it with InlineCSP (or
// LinkedCSP with HTMLOptions.Stylesheet). An error means d is malformed (see
// Document).
func HTML(d Document, o HTMLOptions) ([]byte, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	v, err := htmlView(d, o)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := page.Execute(&buf, v); err != nil {
		return nil, fmt.Errorf("printdoc: HTML: %w", err)
	}
	return buf.Bytes(), nil
}

// htmlPage is what the page template shows.
type htmlPage struct {
	Doc        Document
	Title      string
	Keywords   string
	CSS        template.CSS
	Stylesheet string
	Sections   []htmlSection
}

type htmlSection struct {
	ID, Number, Heading string
	Blocks              []htmlBlock
}

// htmlBlock is one block; exactly one field is set.
type htmlBlock struct {
	Paragraph  *Paragraph
	KeyValues  *KeyValues
	Table      *htmlTable
	Image      *htmlImage
	Signatures *Signatures
}

type htmlTable struct {
	// ID names the caption, which labels the scrolling region around the table.
	ID      string
	Caption string
	Columns []Column
	Rows    [][]htmlCell
	Total   []htmlCell
}

type htmlCell struct {
	Text            string
	Numeric, Header bool
}

type htmlImage struct {
	Src           template.URL
	Alt, Caption  string
	Width, Height int
}

func htmlView(d Document, o HTMLOptions) (htmlPage, error) {
	v := htmlPage{Doc: d, Title: d.Title, Keywords: strings.Join(d.Keywords, ", "), Stylesheet: o.Stylesheet}
	if d.Subtitle != "" {
		v.Title += " – " + d.Subtitle
	}
	if o.Stylesheet == "" {
		v.CSS = template.CSS(CSS) // the constant stylesheet, hashed in StyleHash
	}
	for i, s := range d.Sections {
		hs := htmlSection{ID: fmt.Sprintf("abschnitt-%d", i+1), Number: s.Number, Heading: s.Heading}
		for j, b := range s.Blocks {
			hb, err := htmlBlockOf(b, fmt.Sprintf("%s-tabelle-%d", hs.ID, j+1))
			if err != nil {
				return htmlPage{}, err
			}
			hs.Blocks = append(hs.Blocks, hb)
		}
		v.Sections = append(v.Sections, hs)
	}
	return v, nil
}

// htmlBlockOf converts a block; id names a table's caption.
func htmlBlockOf(b Block, id string) (htmlBlock, error) {
	switch b := b.(type) {
	case Paragraph:
		return htmlBlock{Paragraph: &b}, nil
	case KeyValues:
		return htmlBlock{KeyValues: &b}, nil
	case Table:
		t := &htmlTable{ID: id, Caption: b.Caption, Columns: b.Columns}
		for _, r := range b.Rows {
			t.Rows = append(t.Rows, htmlCells(b, r))
		}
		if b.Total != nil {
			t.Total = htmlCells(b, b.Total)
		}
		return htmlBlock{Table: t}, nil
	case Image:
		size, err := pngSize(b.PNG)
		if err != nil {
			return htmlBlock{}, err
		}
		// base64 of our own bytes: a safe URL by construction
		src := template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(b.PNG))
		return htmlBlock{Image: &htmlImage{Src: src, Alt: b.Alt, Caption: b.Caption, Width: size.X, Height: size.Y}}, nil
	case Signatures:
		b.LineLabel = b.lineLabel()
		return htmlBlock{Signatures: &b}, nil
	}
	return htmlBlock{}, fmt.Errorf("printdoc: unbekannter Baustein %T", b)
}

func htmlCells(t Table, row []string) []htmlCell {
	cells := make([]htmlCell, len(row))
	for j, text := range row {
		cells[j] = htmlCell{Text: text, Numeric: t.Columns[j].Numeric, Header: j == 0 && t.RowHeaders}
	}
	return cells
}
