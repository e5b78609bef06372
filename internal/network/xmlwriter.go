package network

import (
	"encoding/xml"
	"io"
)

// xmlWriter streams an XML document through encoding/xml, which escapes every text and
// attribute value (&, <, quotes; characters XML does not allow become U+FFFD). The first
// error sticks and is returned by close.
type xmlWriter struct {
	enc *xml.Encoder
	err error
}

func newXMLWriter(w io.Writer) *xmlWriter {
	x := &xmlWriter{enc: xml.NewEncoder(w)}
	x.enc.Indent("", "  ")
	_, x.err = io.WriteString(w, xml.Header) // ends in a newline, unlike a ProcInst token
	return x
}

func (x *xmlWriter) token(t xml.Token) {
	if x.err == nil {
		x.err = x.enc.EncodeToken(t)
	}
}

// start opens an element with attributes given as name, value pairs.
func (x *xmlWriter) start(name string, attrs ...string) {
	s := xml.StartElement{Name: xml.Name{Local: name}}
	for i := 0; i+1 < len(attrs); i += 2 {
		s.Attr = append(s.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
	}
	x.token(s)
}

// root opens the document element in namespace ns, with the location of its schema
// and the attributes given.
func (x *xmlWriter) root(name, ns, schema string, attrs ...string) {
	x.start(name, append([]string{"xmlns", ns, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation", ns + " " + schema}, attrs...)...)
}

func (x *xmlWriter) end(name string) { x.token(xml.EndElement{Name: xml.Name{Local: name}}) }

// element writes <name attrs…>text</name>.
func (x *xmlWriter) element(name, text string, attrs ...string) {
	x.start(name, attrs...)
	if text != "" {
		x.token(xml.CharData(text))
	}
	x.end(name)
}

// close flushes the document and returns the first error.
func (x *xmlWriter) close() error {
	if x.err == nil {
		x.err = x.enc.Close()
	}
	return x.err
}
