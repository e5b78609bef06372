package printdoc

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// The page: A4 portrait, in millimetres.
const (
	pageW, pageH = 210.0, 297.0
	marginX      = 20.0
	bodyTop      = 20.0
	bodyBottom   = pageH - 22.0
	textW        = pageW - 2*marginX
	bodyH        = bodyBottom - bodyTop
)

// style is a font face, size (pt) and line height (mm).
type style struct {
	bold bool
	size float64
	lead float64
	grey bool
}

var (
	styleTitle    = style{bold: true, size: 18, lead: 8.5}
	styleSubtitle = style{size: 12, lead: 6}
	styleMeta     = style{size: 9, lead: 4.5, grey: true}
	styleHeading  = style{bold: true, size: 12, lead: 6.5}
	styleCaption  = style{bold: true, size: 10, lead: 5}
	styleBody     = style{size: 10, lead: 5}
	styleCell     = style{size: 9.5, lead: 4.6}
	styleCellBold = style{bold: true, size: 9.5, lead: 4.6}
	styleSmall    = style{size: 8, lead: 4, grey: true}
	styleFooter   = style{size: 7.5, lead: 3.6, grey: true}
)

// Spacing, in millimetres.
const (
	spaceSection   = 7.0 // above a section heading
	spaceBlock     = 2.5 // between blocks
	cellPadX       = 1.5
	cellPadY       = 1.2
	signatureSpace = 14.0 // room to sign above the line
	signatureGap   = 12.0 // between two signature columns
)

// Colours (grey levels).
const (
	inkBlack   = 17
	inkGrey    = 68
	ruleLight  = 187
	ruleDark   = 102
	fillHeader = 238
)

// PDF renders d as an A4 PDF: DejaVu Sans embedded (the glyphs used), so that
// umlauts, ß, €, „quotes“ and dashes print and extract as written; page numbers and
// d.Footer on every page, d.Title above every page after the first; one outline
// entry per section. A heading stays with what follows it, a paragraph keeps at
// least two lines together on a page, a table row, a picture and a signatory are
// never split (a row taller than half a page is continued between its lines), a
// table's header row is repeated on every page it runs onto. The same document and
// d.Created give the same bytes — unless it holds two different pictures of the same
// pixel width, whose order fpdf v0.12.0 leaves to chance; PDF is safe for concurrent
// use. An error means d is malformed (see Document).
func PDF(d Document) ([]byte, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	r := newRenderer(d)
	r.build()
	r.paint(paginate(r.units))
	var buf bytes.Buffer
	if err := r.f.Output(&buf); err != nil {
		return nil, fmt.Errorf("printdoc: PDF: %w", err)
	}
	return buf.Bytes(), nil
}

// unit is a piece of the page flow that is never split: a line of text, a table row,
// a picture, a row of signatories.
type unit struct {
	before float64 // space above, dropped at the top of a page
	h      float64
	keep   bool  // keep on the page of the next unit
	repeat *unit // drawn above this unit when it starts a page (a table's header row)
	paint  func(y float64)
}

// placed is a unit at its position on a page.
type placed struct {
	u *unit
	y float64
}

// paginate places the units on pages: a unit that does not fit in what is left of
// the page starts the next one, and so does a unit kept with those after it when the
// chain does not fit (of a chain longer than a page, as much as fits on one).
func paginate(units []*unit) [][]placed {
	var pages [][]placed
	var page []placed
	y := bodyTop
	for i, u := range units {
		need := u.before + u.h
		for j := i; units[j].keep && j+1 < len(units); j++ {
			next := units[j+1].before + units[j+1].h
			if need+next > bodyH {
				break // a chain longer than a page: keep as much of it as fits
			}
			need += next
		}
		if len(page) > 0 && y+need > bodyBottom {
			pages, page, y = append(pages, page), nil, bodyTop
			if u.repeat != nil {
				page = append(page, placed{u.repeat, y})
				y += u.repeat.h
			}
		}
		if len(page) > 0 {
			y += u.before
		}
		page = append(page, placed{u, y})
		y += u.h
	}
	if len(page) > 0 || len(pages) == 0 {
		pages = append(pages, page)
	}
	return pages
}

// renderer lays out one document on an fpdf document.
type renderer struct {
	f     *fpdf.Fpdf
	d     Document
	units []*unit
}

func newRenderer(d Document) *renderer {
	f := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	f.SetCatalogSort(true) // the same document gives the same bytes
	f.SetCompression(true)
	f.SetMargins(marginX, bodyTop, marginX)
	f.SetAutoPageBreak(false, 0) // the renderer breaks pages itself
	f.SetCellMargin(0)
	f.AddUTF8FontFromBytes(fontFamily, "", regularTTF)
	f.AddUTF8FontFromBytes(fontFamily, "B", boldTTF)
	title := d.Title
	if d.Subtitle != "" {
		title += " – " + d.Subtitle
	}
	f.SetTitle(title, true)
	f.SetAuthor(d.Author, true)
	f.SetSubject(d.Subject, true)
	f.SetKeywords(strings.Join(d.Keywords, ", "), true)
	f.SetCreator("Drehscheibe", true)
	f.SetLang("de-DE")
	created := d.Created
	if created.IsZero() {
		created = time.Now()
	}
	// the PDF's date has no zone, which readers take for UTC
	f.SetCreationDate(created.UTC())
	f.SetModificationDate(created.UTC())
	return &renderer{f: f, d: d}
}

// use selects a style for drawing and measuring.
func (r *renderer) use(s style) {
	face := ""
	if s.bold {
		face = "B"
	}
	r.f.SetFont(fontFamily, face, s.size)
	if s.grey {
		r.f.SetTextColor(inkGrey, inkGrey, inkGrey)
	} else {
		r.f.SetTextColor(inkBlack, inkBlack, inkBlack)
	}
}

// wrap breaks text into the lines that fit width w in style s; every "\n" starts a
// new line. There is always at least one line.
func (r *renderer) wrap(text string, w float64, s style) []string {
	r.use(s)
	var lines []string
	for _, piece := range strings.Split(printable(text), "\n") {
		split := r.f.SplitText(piece, w)
		if len(split) == 0 {
			split = []string{""}
		}
		lines = append(lines, split...)
	}
	return lines
}

// text draws one line of text in style s into a box of width w at (x, y).
func (r *renderer) text(x, y, w float64, s style, line, align string) {
	r.use(s)
	r.f.SetXY(x, y)
	r.f.CellFormat(w, s.lead, line, "", 0, align, false, 0, "")
}

func (r *renderer) add(u *unit) *unit {
	r.units = append(r.units, u)
	return u
}

// lines adds one unit per line of text, the first two and the last two kept
// together (no single line of a paragraph alone at the bottom or top of a page).
func (r *renderer) lines(text string, s style, before float64) {
	lines := r.wrap(text, textW, s)
	for i, line := range lines {
		u := &unit{h: s.lead, keep: len(lines) > 1 && (i == 0 || i == len(lines)-2), paint: func(y float64) {
			r.text(marginX, y, textW, s, line, "L")
		}}
		if i == 0 {
			u.before = before
		}
		r.add(u)
	}
}

// build turns the document into units.
func (r *renderer) build() {
	d := r.d
	for _, line := range r.wrap(d.Title, textW, styleTitle) {
		r.add(&unit{h: styleTitle.lead, keep: true, paint: func(y float64) { r.text(marginX, y, textW, styleTitle, line, "L") }})
	}
	if d.Subtitle != "" {
		r.lines(d.Subtitle, styleSubtitle, 1)
	}
	for i, m := range d.Meta {
		before := 0.0
		if i == 0 {
			before = 2
		}
		r.lines(m, styleMeta, before)
	}
	for _, s := range d.Sections {
		r.section(s)
	}
}

// section adds a heading kept with the start of what follows, then the blocks.
func (r *renderer) section(s Section) {
	heading := s.Heading
	if s.Number != "" {
		heading = s.Number + " " + heading
	}
	for i, line := range r.wrap(heading, textW, styleHeading) {
		u := &unit{h: styleHeading.lead, keep: true, paint: func(y float64) {
			r.text(marginX, y, textW, styleHeading, line, "L")
		}}
		if i == 0 {
			u.before = spaceSection
			u.paint = func(y float64) {
				r.use(styleHeading)
				r.f.Bookmark(printable(heading), 0, y)
				r.text(marginX, y, textW, styleHeading, line, "L")
			}
		}
		r.add(u)
	}
	for i, b := range s.Blocks {
		before := spaceBlock
		if i == 0 {
			before = 1.5
		}
		switch b := b.(type) {
		case Paragraph:
			r.lines(b.Text, styleBody, before)
		case KeyValues:
			r.keyValues(b, before)
		case Table:
			r.table(b, before)
		case Image:
			r.image(b, before)
		case Signatures:
			r.signatures(b, before)
		}
	}
}

// caption adds a table's caption, kept with the table.
func (r *renderer) caption(text string, before float64) float64 {
	if text == "" {
		return before
	}
	for i, line := range r.wrap(text, textW, styleCaption) {
		u := &unit{h: styleCaption.lead, keep: true, paint: func(y float64) { r.text(marginX, y, textW, styleCaption, line, "L") }}
		if i == 0 {
			u.before = before
		}
		r.add(u)
	}
	return 0.5
}

// row is a table row: the cells' lines, their columns and styles.
type row struct {
	cells  [][]string
	xs, ws []float64
	styles []style
	aligns []string
}

func (w row) height() float64 {
	n := 0
	for _, c := range w.cells {
		n = max(n, len(c))
	}
	lead := 0.0
	for _, s := range w.styles {
		lead = max(lead, s.lead)
	}
	return float64(n)*lead + 2*cellPadY
}

// split cuts a row into rows of at most h millimetres, between its lines.
func (w row) split(h float64) []row {
	lead := 0.0
	for _, s := range w.styles {
		lead = max(lead, s.lead)
	}
	per := max(1, int((h-2*cellPadY)/lead))
	var out []row
	for start := 0; ; start += per {
		part := w
		part.cells = make([][]string, len(w.cells))
		more := false
		for j, c := range w.cells {
			if start < len(c) {
				part.cells[j] = c[start:min(len(c), start+per)]
			}
			more = more || start+per < len(c)
		}
		out = append(out, part)
		if !more {
			return out
		}
	}
}

// paintRow draws a row's text at y, with a rule below it (rule > 0: its grey level)
// and a fill behind it.
func (r *renderer) paintRow(w row, y, h float64, fill bool, rule int, ruleWidth float64) {
	if fill {
		r.f.SetFillColor(fillHeader, fillHeader, fillHeader)
		r.f.Rect(marginX, y, textW, h, "F")
	}
	for j, c := range w.cells {
		for k, line := range c {
			r.text(w.xs[j]+cellPadX, y+cellPadY+float64(k)*w.styles[j].lead, w.ws[j]-2*cellPadX, w.styles[j], line, w.aligns[j])
		}
	}
	if rule > 0 {
		r.f.SetDrawColor(rule, rule, rule)
		r.f.SetLineWidth(ruleWidth)
		r.f.Line(marginX, y+h, marginX+textW, y+h)
	}
}

// ruleIf is the grey level of a row's rule: none inside a row cut into parts.
func ruleIf(last bool, grey int) int {
	if last {
		return grey
	}
	return 0
}

// maxRow is the height of the tallest row that is kept whole: a taller one is cut
// between its lines into parts that flow on (a part no taller than this, so that a
// heading kept with the row's start finds room beside it).
const maxRow = bodyH / 2

// rowUnits adds a row as one unit, or a row taller than maxRow as several, each
// repeating header at the top of a page. paint draws a row (last: the last part of
// it, which gets the rule below).
func (r *renderer) rowUnits(w row, before float64, header *unit, paint func(w row, y, h float64, last bool)) {
	parts := []row{w}
	if w.height() > maxRow {
		parts = w.split(maxRow)
	}
	for i, p := range parts {
		h, last := p.height(), i == len(parts)-1
		if !last {
			h -= cellPadY // the parts of a row flow on without the padding between them
		}
		u := &unit{h: h, repeat: header, paint: func(y float64) { paint(p, y, h, last) }}
		if i == 0 {
			u.before = before
		}
		r.add(u)
	}
}

// keyValues adds a two-column table of labels and values, one unit per row.
func (r *renderer) keyValues(kv KeyValues, before float64) {
	before = r.caption(kv.Caption, before)
	keyW := math.Round(textW * 0.32)
	xs, ws := []float64{marginX, marginX + keyW}, []float64{keyW, textW - keyW}
	for _, e := range kv.Rows {
		w := row{
			cells:  [][]string{r.wrap(e.Key, keyW-2*cellPadX, styleCellBold), r.wrap(e.Value, ws[1]-2*cellPadX, styleCell)},
			xs:     xs,
			ws:     ws,
			styles: []style{styleCellBold, styleCell},
			aligns: []string{"L", "L"},
		}
		r.rowUnits(w, before, nil, func(w row, y, h float64, last bool) { r.paintRow(w, y, h, false, ruleIf(last, ruleLight), 0.2) })
		before = 0
	}
}

// table adds a table: its caption and header row kept with the first row, the header
// repeated on every page the table runs onto, the total row set apart.
func (r *renderer) table(t Table, before float64) {
	before = r.caption(t.Caption, before)
	ws := r.columnWidths(t)
	xs := make([]float64, len(ws))
	x := marginX
	for j, w := range ws {
		xs[j], x = x, x+w
	}
	aligns := make([]string, len(t.Columns))
	for j, c := range t.Columns {
		aligns[j] = "L"
		if c.Numeric {
			aligns[j] = "R"
		}
	}
	makeRow := func(cells []string, bold bool) row {
		w := row{xs: xs, ws: ws, aligns: aligns}
		for j, c := range cells {
			s := styleCell
			if bold || (j == 0 && t.RowHeaders) {
				s = styleCellBold
			}
			w.cells = append(w.cells, r.wrap(c, ws[j]-2*cellPadX, s))
			w.styles = append(w.styles, s)
		}
		return w
	}
	headers := make([]string, len(t.Columns))
	for j, c := range t.Columns {
		headers[j] = c.Header
	}
	head := makeRow(headers, true)
	headH := head.height()
	paintHead := func(y float64) { r.paintRow(head, y, headH, true, ruleDark, 0.4) }
	r.add(&unit{before: before, h: headH, keep: len(t.Rows) > 0, paint: paintHead})
	repeat := &unit{h: headH, paint: paintHead}
	body := func(w row, y, h float64, last bool) { r.paintRow(w, y, h, false, ruleIf(last, ruleLight), 0.2) }
	for _, cells := range t.Rows {
		r.rowUnits(makeRow(cells, false), 0, repeat, body)
	}
	if t.Total != nil {
		first := true
		r.rowUnits(makeRow(t.Total, true), 0, repeat, func(w row, y, h float64, last bool) {
			if first {
				r.f.SetDrawColor(ruleDark, ruleDark, ruleDark)
				r.f.SetLineWidth(0.4)
				r.f.Line(marginX, y, marginX+textW, y)
				first = false
			}
			r.paintRow(w, y, h, false, ruleIf(last, ruleDark), 0.4)
		})
	}
}

// columnWidths are the widths given by the columns' shares, or else from the
// content: every column at least as wide as its longest word, the rest of the width
// shared by how much more each column's longest line wants.
func (r *renderer) columnWidths(t Table) []float64 {
	n := len(t.Columns)
	ws := make([]float64, n)
	shares := 0.0
	for _, c := range t.Columns {
		shares += max(c.Width, 0)
	}
	allShares := shares > 0
	for _, c := range t.Columns {
		allShares = allShares && c.Width > 0
	}
	if allShares {
		for j, c := range t.Columns {
			ws[j] = c.Width / shares * textW
		}
		return ws
	}
	least, want := make([]float64, n), make([]float64, n)
	measure := func(j int, text string, s style) {
		r.use(s)
		for _, line := range strings.Split(printable(text), "\n") {
			want[j] = max(want[j], r.f.GetStringWidth(line)+2*cellPadX)
			for _, word := range strings.Fields(line) {
				least[j] = max(least[j], r.f.GetStringWidth(word)+2*cellPadX)
			}
		}
	}
	for j, c := range t.Columns {
		measure(j, c.Header, styleCellBold)
		for _, cells := range append(t.Rows, t.Total) {
			if cells != nil {
				measure(j, cells[j], styleCell)
			}
		}
	}
	sum := func(v []float64) (s float64) {
		for _, x := range v {
			s += x
		}
		return s
	}
	if total := sum(want); total <= textW {
		for j := range ws {
			ws[j] = want[j] / total * textW
		}
		return ws
	}
	for j := range least {
		least[j] = min(least[j], textW/2) // a long word is broken rather than taking the table
	}
	if total := sum(least); total >= textW {
		for j := range ws {
			ws[j] = least[j] / total * textW
		}
		return ws
	}
	extra := make([]float64, n)
	for j := range extra {
		extra[j] = max(want[j]-least[j], 0)
	}
	spare, wanted := textW-sum(least), sum(extra)
	for j := range ws {
		ws[j] = least[j] + extra[j]/wanted*spare
	}
	return ws
}

// image adds a picture with its caption, as one unit: centred, at most the text
// width wide and a page high.
func (r *renderer) image(img Image, before float64) {
	size, _ := pngSize(img.PNG) // checked by Document.check
	data, err := forPDF(img.PNG)
	if err != nil {
		r.f.SetError(err)
		return
	}
	name := fmt.Sprintf("bild%d", len(r.units))
	opts := fpdf.ImageOptions{ImageType: "PNG"}
	r.f.RegisterImageOptionsReader(name, opts, bytes.NewReader(data))
	var caption []string
	if img.Caption != "" {
		caption = r.wrap(img.Caption, textW, styleSmall)
	}
	captionH := float64(len(caption))*styleSmall.lead + 1
	w := textW
	if img.WidthMM > 0 {
		w = min(img.WidthMM, textW)
	}
	h := w * float64(size.Y) / float64(size.X)
	if most := bodyH - captionH - 20; h > most { // room for a heading kept with it
		w, h = w*most/h, most
	}
	r.add(&unit{before: before, h: h + captionH, paint: func(y float64) {
		r.f.ImageOptions(name, marginX+(textW-w)/2, y, w, h, false, opts, 0, "")
		for k, line := range caption {
			r.text(marginX, y+h+1+float64(k)*styleSmall.lead, textW, styleSmall, line, "C")
		}
	}})
}

// signatures adds the signature block: two signatories a row, each row one unit,
// the rows kept together.
func (r *renderer) signatures(s Signatures, before float64) {
	colW := (textW - signatureGap) / 2
	label := r.wrap(s.lineLabel(), colW, styleSmall)
	type party struct{ label, lines []string }
	var parties []party
	for _, p := range s.Parties {
		var lines []string
		for _, l := range p.Lines {
			lines = append(lines, r.wrap(l, colW, styleCell)...)
		}
		parties = append(parties, party{r.wrap(p.Label, colW, styleCaption), lines})
	}
	for start := 0; start < len(parties); start += 2 {
		pair := parties[start:min(start+2, len(parties))]
		h := 0.0
		for _, p := range pair {
			h = max(h, float64(len(p.label))*styleCaption.lead+signatureSpace+0.5+float64(len(label))*styleSmall.lead+1+float64(len(p.lines))*styleCell.lead)
		}
		u := &unit{before: 6, h: h, keep: start+2 < len(parties), paint: func(y float64) {
			for k, p := range pair {
				x := marginX + float64(k)*(colW+signatureGap)
				yy := y
				for _, l := range p.label {
					r.text(x, yy, colW, styleCaption, l, "L")
					yy += styleCaption.lead
				}
				yy += signatureSpace
				r.f.SetDrawColor(inkBlack, inkBlack, inkBlack)
				r.f.SetLineWidth(0.3)
				r.f.Line(x, yy, x+colW, yy)
				yy += 0.5
				for _, l := range label {
					r.text(x, yy, colW, styleSmall, l, "L")
					yy += styleSmall.lead
				}
				yy++
				for _, l := range p.lines {
					r.text(x, yy, colW, styleCell, l, "L")
					yy += styleCell.lead
				}
			}
		}}
		if start == 0 {
			u.before = before + 4
		}
		r.add(u)
	}
}

// paint draws the pages: the title above every page after the first, the units,
// the footer and the page number.
func (r *renderer) paint(pages [][]placed) {
	running := r.wrap(r.d.Title, textW, styleFooter)[0]
	footer := r.wrap(r.d.Footer, textW-32, styleFooter)
	for n, page := range pages {
		r.f.AddPage()
		if n > 0 {
			r.text(marginX, 11, textW, styleFooter, running, "L")
		}
		for _, p := range page {
			p.u.paint(p.y)
		}
		y := pageH - 17.0
		r.f.SetDrawColor(ruleLight, ruleLight, ruleLight)
		r.f.SetLineWidth(0.2)
		r.f.Line(marginX, y, marginX+textW, y)
		for k, line := range footer {
			if r.d.Footer != "" {
				r.text(marginX, y+1+float64(k)*styleFooter.lead, textW-32, styleFooter, line, "L")
			}
		}
		r.text(pageW-marginX-30, y+1, 30, styleFooter, fmt.Sprintf("Seite %d von %d", n+1, len(pages)), "R")
	}
}
