package printdoc_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/stadtdortmund/drehscheibe/internal/printdoc"
)

// parse parses an HTML page, failing the test on an error.
func parse(t *testing.T, page []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("parse HTML: %v", err)
	}
	return doc
}

// all returns the elements named tag under n, in document order.
func all(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.Data == tag {
			out = append(out, d)
		}
	}
	return out
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// text is the text content of n, white space squeezed.
func text(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		switch {
		case d.Type == html.TextNode:
			b.WriteString(d.Data)
		case d.Type == html.ElementNode && d.Data == "br":
			b.WriteString("\n")
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func TestHTMLIsAPrintableAccessiblePage(t *testing.T) {
	d := sample()
	page, err := printdoc.HTML(d, printdoc.HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	doc := parse(t, page)
	if lang, _ := attr(all(doc, "html")[0], "lang"); lang != "de" {
		t.Errorf(`<html lang=%q>, want "de"`, lang)
	}
	if got, want := text(all(doc, "title")[0]), "Kooperationsvereinbarung – über das Angebot „Fußball-AG im Ganztag“"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if h1 := all(doc, "h1"); len(h1) != 1 || text(h1[0]) != d.Title {
		t.Errorf("want one h1 with the title, got %d", len(h1))
	}
	var headings []string
	for _, h := range all(doc, "h2") {
		headings = append(headings, text(h))
	}
	if got, want := strings.Join(headings, "|"), "Vertragsparteien|§ 1 Gegenstand|§ 2 Kosten|Teilnahme|Unterschriften"; got != want {
		t.Errorf("section headings %q, want %q", got, want)
	}
	for _, s := range all(doc, "section") {
		id, _ := attr(s, "aria-labelledby")
		if h := all(s, "h2"); len(h) != 1 || func() string { v, _ := attr(h[0], "id"); return v }() != id {
			t.Errorf("section labelled by %q is not labelled by its heading", id)
		}
	}

	// nothing the CSP forbids: no script, no style attribute, nothing from elsewhere
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if n.Data == "script" || n.Data == "link" || n.Data == "iframe" {
			t.Errorf("the page has a <%s>", n.Data)
		}
		for _, a := range n.Attr {
			if a.Key == "style" || strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> has a %s attribute", n.Data, a.Key)
			}
			if (a.Key == "src" || a.Key == "href") && !strings.HasPrefix(a.Val, "data:image/png;base64,") {
				t.Errorf("<%s %s=%q> loads from elsewhere", n.Data, a.Key, a.Val)
			}
		}
	}
	styles := all(doc, "style")
	if len(styles) != 1 {
		t.Fatalf("want one <style>, got %d", len(styles))
	}
	sum := sha256.Sum256([]byte(styles[0].FirstChild.Data))
	if got := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; got != printdoc.StyleHash {
		t.Errorf("the embedded stylesheet hashes to %s, StyleHash is %s: the page would be unstyled under InlineCSP", got, printdoc.StyleHash)
	}
	if !strings.Contains(printdoc.InlineCSP, "style-src "+printdoc.StyleHash+";") || !strings.HasPrefix(printdoc.InlineCSP, "default-src 'none';") {
		t.Errorf("InlineCSP %q does not allow exactly the stylesheet", printdoc.InlineCSP)
	}

	// tables: header cells with scopes, numbers right-aligned
	for _, th := range all(doc, "th") {
		if scope, _ := attr(th, "scope"); scope != "col" && scope != "row" {
			t.Errorf("<th>%s</th> has scope %q", text(th), scope)
		}
	}
	var numeric []string
	for _, td := range all(doc, "td") {
		if c, _ := attr(td, "class"); c == "numeric" {
			numeric = append(numeric, text(td))
		}
	}
	if got, want := strings.Join(numeric, "|"), "12|102,80 €|1.233,60 €|1|0,90 €|0,90 €|||1.234,50 €"; got != want {
		t.Errorf("numeric cells %q, want %q", got, want)
	}
	if th := all(all(doc, "tbody")[1], "th"); len(th) != 2 || text(th[0]) != "Übungsleitung" {
		t.Errorf("the first cells of the rows are not row headers")
	}
	if len(all(doc, "tfoot")) != 1 {
		t.Errorf("the total row is not a <tfoot>")
	}
	if caps := all(doc, "caption"); len(caps) != 2 || text(caps[0]) != "Einrichtung" || text(caps[1]) != "Kostenaufstellung" {
		t.Errorf("captions %d, want Einrichtung and Kostenaufstellung", len(caps))
	}

	img := all(doc, "img")
	if len(img) != 1 {
		t.Fatalf("want one picture, got %d", len(img))
	}
	alt, _ := attr(img[0], "alt")
	w, _ := attr(img[0], "width")
	h, _ := attr(img[0], "height")
	if alt != "Balkendiagramm: Teilnehmende je Monat" || w != "120" || h != "60" {
		t.Errorf("picture alt=%q width=%s height=%s", alt, w, h)
	}
	if fig := all(doc, "figcaption"); len(fig) != 1 || text(fig[0]) != "Abbildung 1: Teilnehmende je Monat" {
		t.Errorf("picture caption missing")
	}

	body := text(all(doc, "body")[0])
	for _, want := range []string{
		"Fassung 2 vom 3.12.2026",
		"Jürgen Weiß juergen.weiss@schule.example 0231 50-12345",
		"Der Partner führt das Angebot „Fußball-AG“ für die Einrichtung durch – wöchentlich, mit Größe und Maß.",
		"Für die Einrichtung Ort, Datum, Unterschrift Jürgen Weiß Schulleitung",
		"Für den Partner Ort, Datum, Unterschrift Erika Beispiel SV Clarenberg 1921 e. V.",
		"Fassung 2 · SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the page does not say %q", want)
		}
	}
	if n := len(all(doc, "br")); n < 3 {
		t.Errorf("line breaks in the text did not become <br> (%d)", n)
	}
}

func TestHTMLEscapesText(t *testing.T) {
	d := printdoc.Document{Title: `Vertrag <script>alert(1)</script> & „Co“`, Sections: []printdoc.Section{
		{Heading: `<img src=x onerror=alert(1)>`, Blocks: []printdoc.Block{printdoc.Paragraph{Text: `"</style><b>fett</b>`}}},
	}}
	page, err := printdoc.HTML(d, printdoc.HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	doc := parse(t, page)
	for _, tag := range []string{"script", "img", "b"} {
		if n := len(all(doc, tag)); n != 0 {
			t.Errorf("text became %d <%s> elements", n, tag)
		}
	}
	if got := text(all(doc, "h1")[0]); got != d.Title {
		t.Errorf("title shows %q, want %q", got, d.Title)
	}
	if got := text(all(doc, "p")[0]); got != `"</style><b>fett</b>` {
		t.Errorf("paragraph shows %q", got)
	}
}

func TestHTMLLinksTheStylesheetWhenAsked(t *testing.T) {
	page, err := printdoc.HTML(sample(), printdoc.HTMLOptions{Stylesheet: "/vereinbarungen/print.css"})
	if err != nil {
		t.Fatal(err)
	}
	doc := parse(t, page)
	if n := len(all(doc, "style")); n != 0 {
		t.Errorf("%d <style> elements beside the linked stylesheet", n)
	}
	links := all(doc, "link")
	if len(links) != 1 {
		t.Fatalf("want one <link>, got %d", len(links))
	}
	if href, _ := attr(links[0], "href"); href != "/vereinbarungen/print.css" {
		t.Errorf("stylesheet linked from %q", href)
	}
	if !strings.Contains(printdoc.LinkedCSP, "style-src 'self';") {
		t.Errorf("LinkedCSP %q does not allow the page's own stylesheet", printdoc.LinkedCSP)
	}
}
