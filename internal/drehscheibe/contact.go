package drehscheibe

// Contact is a contact person. Name, e-mail and phone are personal data (GDPR): they are
// shown to signed-in users only.
type Contact struct {
	Name  string
	Email string
	Phone string
}

// IsZero reports whether no contact data is set.
func (c Contact) IsZero() bool { return c == Contact{} }

func (c *Contact) clean() {
	c.Name = cleanText(c.Name)
	c.Email = cleanText(c.Email)
	c.Phone = cleanText(c.Phone)
}

func (p *problems) checkContact(field []string, c Contact) {
	p.checkText(sub(field, "name"), c.Name, false, MaxNameLength, false)
	p.checkEmail(sub(field, "email"), c.Email)
	p.checkPhone(sub(field, "phone"), c.Phone)
}

// Address is a postal address in Dortmund or nearby.
type Address struct {
	Street      string // Straße
	HouseNumber string // Hausnummer
	PostalCode  string // Postleitzahl
	City        string // Ort
}

func (a *Address) clean() {
	a.Street = cleanText(a.Street)
	a.HouseNumber = cleanText(a.HouseNumber)
	a.PostalCode = cleanText(a.PostalCode)
	a.City = cleanText(a.City)
}

func (p *problems) checkAddress(field []string, a Address) {
	p.checkText(sub(field, "street"), a.Street, false, MaxNameLength, false)
	p.checkText(sub(field, "houseNumber"), a.HouseNumber, false, 20, false)
	p.checkText(sub(field, "city"), a.City, false, 100, false)
	if a.PostalCode != "" && !postalCodePattern.MatchString(a.PostalCode) {
		p.add(sub(field, "postalCode"), EINVALID, "Postleitzahl muss fünfstellig sein")
	}
}
