package drehscheibe

import (
	"github.com/nyaruka/phonenumbers"
)

// DefaultCountry is the country of an address without one and the region of telephone
// numbers written without a country code.
const DefaultCountry = "DE"

// maxPhoneLength bounds a telephone number as typed before it is parsed.
const maxPhoneLength = 40

// PhoneE164 parses a telephone number in any usual notation — "(0231) 50-12345",
// "0231.5012345", "+49 231 5012345", "0031 53 1234567" — with region the country of
// numbers without a country code, and returns it in E.164 ("+492315012345"). ok is
// false for what is no valid number of the numbering plan (libphonenumber's metadata).
func PhoneE164(s, region string) (e164 string, ok bool) {
	if s == "" || len(s) > maxPhoneLength {
		return "", false
	}
	n, err := phonenumbers.Parse(s, region)
	if err != nil || !phonenumbers.IsValidNumber(n) {
		return "", false
	}
	return phonenumbers.Format(n, phonenumbers.E164), true
}

// checkPhone validates an optional telephone number (empty = none) written as in
// region.
func (p *problems) checkPhone(field []string, s, region string) {
	if s == "" {
		return
	}
	if _, ok := PhoneE164(s, region); !ok {
		p.add(field, EINVALID, "Keine gültige Telefonnummer (z. B. 0231 50-12345 oder mit Ländervorwahl +31 53 1234567)")
	}
}
