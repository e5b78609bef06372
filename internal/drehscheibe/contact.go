package drehscheibe

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Contact is a contact person. Name, e-mail and phone are personal data (GDPR): they are
// shown to signed-in users only.
type Contact struct {
	Name  string
	Email string
	// Phone is the number as typed ("(0231) 50-12345"); PhoneE164 is the same number in
	// E.164 ("+492315012345"), derived from it when the contact is cleaned ("" without
	// a phone).
	Phone     string
	PhoneE164 string
}

// IsZero reports whether no contact data is set.
func (c Contact) IsZero() bool { return c == Contact{} }

// clean cleans the contact; a phone number without a country code belongs to country.
func (c *Contact) clean(country string) {
	c.Name = cleanText(c.Name)
	c.Email = cleanText(c.Email)
	c.Phone = cleanText(c.Phone)
	c.PhoneE164, _ = PhoneE164(c.Phone, country)
}

func (p *problems) checkContact(field []string, c Contact, country string) {
	p.checkText(sub(field, "name"), c.Name, false, MaxNameLength, false)
	if c.Name != "" && !hasWord(c.Name) {
		p.add(sub(field, "name"), EINVALID, "Darf nicht nur aus Symbolen oder unsichtbaren Zeichen bestehen (mindestens ein Buchstabe oder eine Ziffer)")
	}
	p.checkEmail(sub(field, "email"), c.Email)
	p.checkPhone(sub(field, "phone"), c.Phone, country)
}

// Address is a postal address, in Germany unless Country says otherwise (partners may
// sit abroad, across the Dutch border say).
type Address struct {
	Street      string // Straße
	HouseNumber string // Hausnummer
	PostalCode  string // Postleitzahl
	City        string // Ort
	// Country is the ISO 3166-1 alpha-2 code ("NL"); "" means Germany.
	Country string
}

// CountryCode returns the address's country, DefaultCountry when none is given.
func (a Address) CountryCode() string {
	if a.Country == "" {
		return DefaultCountry
	}
	return a.Country
}

func (a *Address) clean() {
	a.Street = cleanText(a.Street)
	a.HouseNumber = cleanText(a.HouseNumber)
	a.City = cleanText(a.City)
	a.Country = strings.ToUpper(cleanText(a.Country))
	if r, err := language.ParseRegion(a.Country); err == nil && r.IsCountry() {
		a.Country = r.String()
	}
	a.PostalCode = cleanText(a.PostalCode)
	if a.CountryCode() != DefaultCountry {
		a.PostalCode = strings.ToUpper(a.PostalCode) // "1012 ab" → "1012 AB"
	}
}

var (
	germanPostalCode  = regexp.MustCompile(`^[0-9]{5}$`)
	foreignPostalCode = regexp.MustCompile(`^[A-Z0-9][A-Z0-9 -]{1,8}[A-Z0-9]$`)
)

func (p *problems) checkAddress(field []string, a Address) {
	p.checkText(sub(field, "street"), a.Street, false, MaxNameLength, false)
	p.checkText(sub(field, "houseNumber"), a.HouseNumber, false, 20, false)
	p.checkText(sub(field, "city"), a.City, false, 100, false)
	country := a.CountryCode()
	if r, err := language.ParseRegion(country); err != nil || !r.IsCountry() || r.String() != country {
		p.add(sub(field, "country"), EINVALID, "Kein Ländercode nach ISO 3166-1 (zwei Buchstaben, z. B. \"DE\", \"NL\")")
		return
	}
	switch {
	case a.PostalCode == "":
	case country == DefaultCountry && !germanPostalCode.MatchString(a.PostalCode):
		p.add(sub(field, "postalCode"), EINVALID, "Postleitzahl muss fünfstellig sein (bei Anschriften im Ausland das Land angeben)")
	case country != DefaultCountry && (!foreignPostalCode.MatchString(a.PostalCode) || !strings.ContainsFunc(a.PostalCode, unicode.IsDigit)):
		p.add(sub(field, "postalCode"), EINVALID, "Keine Postleitzahl (3 bis 10 Buchstaben, Ziffern, Leer- oder Bindestriche, mit mindestens einer Ziffer)")
	}
}

// maxWebsiteLength bounds a web address.
const maxWebsiteLength = 500

// cleanWebsite cleans a web address; one typed without its scheme ("www.awo-dortmund.de")
// gets https://.
func cleanWebsite(s string) string {
	s = cleanText(s)
	if s != "" && !strings.Contains(s, "://") {
		s = "https://" + s
	}
	return s
}

// checkURL validates an optional web address (empty = none): http or https, a host name
// with a dot, no user name or password.
func (p *problems) checkURL(field []string, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !hostName(u.Hostname()) || len(s) > maxWebsiteLength || u.User != nil {
		p.add(field, EINVALID, "Keine gültige Web-Adresse (z. B. www.beispiel.de oder https://beispiel.de/seite)")
	}
}

// hostName reports whether h is a dotted host name ("www.müller-sport.de").
func hostName(h string) bool {
	if h == "" || strings.HasPrefix(h, "[") {
		return false
	}
	labels := strings.Split(h, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return false
		}
		for _, r := range l {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

// String formats the address on one line: "Street 1, 44137 Dortmund" (with the
// country's name for one abroad).
func (a Address) String() string {
	street := strings.TrimSpace(a.Street + " " + a.HouseNumber)
	place := strings.TrimSpace(a.PostalCode + " " + a.City)
	parts := make([]string, 0, 3)
	for _, s := range []string{street, place} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if a.CountryCode() != DefaultCountry {
		if r, err := language.ParseRegion(a.Country); err == nil {
			parts = append(parts, display.German.Regions().Name(r))
		}
	}
	return strings.Join(parts, ", ")
}
