package mailtest

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"time"
)

// Received is one accepted message, parsed: headers decoded (RFC 2047), bodies
// decoded (quoted-printable, base64) to UTF-8 text.
type Received struct {
	// The envelope and the session.
	EnvelopeFrom string
	EnvelopeTo   []string
	TLS          bool   // the message came over TLS (STARTTLS or implicit)
	User         string // the authenticated user, "" without AUTH

	Header    mail.Header
	MessageID string
	From      []*mail.Address
	To        []*mail.Address
	ReplyTo   []*mail.Address
	Subject   string
	Date      time.Time
	Text      string // the text/plain part
	HTML      string // the text/html part
	Raw       []byte // the message as transmitted
	// ParseErr says what could not be read; "" for a well-formed message.
	ParseErr string
}

var wordDecoder = new(mime.WordDecoder)

// parse reads a transmitted message; problems end up in ParseErr.
func parse(raw []byte) Received {
	r := Received{Raw: raw}
	var problems []string
	fail := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	defer func() { r.ParseErr = strings.Join(problems, "; ") }()

	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		fail("header: %v", err)
		return r
	}
	r.Header = m.Header
	r.MessageID = m.Header.Get("Message-ID")
	if r.Subject, err = wordDecoder.DecodeHeader(m.Header.Get("Subject")); err != nil {
		fail("Subject: %v", err)
	}
	for name, dst := range map[string]*[]*mail.Address{"From": &r.From, "To": &r.To, "Reply-To": &r.ReplyTo} {
		if m.Header.Get(name) == "" {
			continue
		}
		if *dst, err = m.Header.AddressList(name); err != nil {
			fail("%s: %v", name, err)
		}
	}
	if r.Date, err = m.Header.Date(); err != nil {
		fail("Date: %v", err)
	}
	if err := r.readBody(m.Header.Get("Content-Type"), m.Header.Get("Content-Transfer-Encoding"), m.Body); err != nil {
		fail("body: %v", err)
	}
	return r
}

// readBody walks a body: multipart parts recursively, text parts decoded.
func (r *Received) readBody(contentType, encoding string, body io.Reader) error {
	if contentType == "" {
		contentType = "text/plain; charset=us-ascii"
	}
	media, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return err
	}
	if strings.HasPrefix(media, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			// NextPart decodes quoted-printable itself and drops the header.
			p, err := mr.NextPart()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			if err := r.readBody(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p); err != nil {
				return err
			}
		}
	}
	switch strings.ToLower(encoding) {
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, body) // skips line breaks itself
	}
	b, err := io.ReadAll(body)
	if err != nil {
		return err
	}
	if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "us-ascii" {
		return fmt.Errorf("charset %s", cs)
	}
	switch media {
	case "text/plain":
		r.Text = string(b)
	case "text/html":
		r.HTML = string(b)
	}
	return nil
}
