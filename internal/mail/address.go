package mail

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Address is one mailbox: an optional display name ("Kita Sonnenschein", with umlauts
// and ß as they are) and the e-mail address. Names are encoded for the header (RFC 2047)
// when the mail is written, so callers give them unencoded.
type Address struct {
	Name  string
	Email string
}

// Limits of an address. 254 is the longest address SMTP carries (RFC 5321 path limit).
const (
	maxEmailLen = 254
	maxNameLen  = 200 // characters
	maxAddrText = maxEmailLen + 4*maxNameLen + 8
)

// ParseAddress reads one address as a person writes it: "name@example.org" or
// "Drehscheibe Dortmund <drehscheibe@dortmund.de>" (a name with commas or quotes in
// double quotes). The errors are German and name the value, which is no secret.
func ParseAddress(s string) (Address, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Address{}, errors.New("keine E-Mail-Adresse angegeben")
	}
	if len(s) > maxAddrText {
		return Address{}, errors.New("die Adresse ist zu lang")
	}
	a, err := mail.ParseAddress(s)
	if err != nil {
		return Address{}, fmt.Errorf("%q ist keine gültige E-Mail-Adresse (Form: „name@example.org“ oder „Name <name@example.org>“)", s)
	}
	addr := Address{Name: a.Name, Email: a.Address}
	if err := addr.Validate(); err != nil {
		return Address{}, err
	}
	return addr, nil
}

// Validate checks an address given as fields: a well-formed e-mail address with a
// domain that has a dot, and a display name of at most 200 printable characters.
func (a Address) Validate() error {
	p, err := mail.ParseAddress(a.Email)
	if err != nil || p.Address != a.Email || len(a.Email) > maxEmailLen ||
		!strings.Contains(a.Email[strings.LastIndexByte(a.Email, '@'):], ".") {
		return fmt.Errorf("%q ist keine gültige E-Mail-Adresse (Form: name@example.org)", a.Email)
	}
	if err := checkLine(a.Name, maxNameLen); err != nil {
		return fmt.Errorf("der Name zu %s %v", a.Email, err)
	}
	return nil
}

// String formats the address for a header: the name encoded as RFC 2047 where needed.
func (a Address) String() string {
	return (&mail.Address{Name: a.Name, Address: a.Email}).String()
}

// IsZero reports whether no address is set.
func (a Address) IsZero() bool { return a == Address{} }

// domain is the part after the @.
func (a Address) domain() string { return a.Email[strings.LastIndexByte(a.Email, '@')+1:] }

// checkLine accepts one line of text for a header: valid UTF-8, no control
// characters (so nothing can start a header of its own), at most max characters.
func checkLine(s string, max int) error {
	if !utf8.ValidString(s) {
		return errors.New("ist kein gültiger UTF-8-Text")
	}
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Errorf("ist zu lang (%d Zeichen, höchstens %d)", n, max)
	}
	if strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return errors.New("enthält Steuerzeichen (z. B. einen Zeilenumbruch)")
	}
	return nil
}
