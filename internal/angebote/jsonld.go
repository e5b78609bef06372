package angebote

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Structured data (schema.org as JSON-LD) for search engines. A Modul is a Course: a
// course is a CreativeWork, so it carries the ages (typicalAgeRange), languages,
// whether it is free and its provider; its CourseInstance says whether it is held on
// site or online; the price is an Offer. Event would need dates and a place, which a
// Modul rarely has (weekly slots by arrangement, at the institution that books it);
// Service has no ages. A partner is an Organization.

// courseData is the JSON-LD of Modul m of partner p.
func courseData(m *drehscheibe.Modul, p *drehscheibe.Partner, url, partnerURL string) map[string]any {
	mode := "Onsite"
	if slices.Contains(m.DeliveryModes, drehscheibe.Online) {
		mode = "Online"
		if len(m.DeliveryModes) > 1 {
			mode = "Blended"
		}
	}
	offer := map[string]any{"@type": "Offer", "price": fmt.Sprintf("%d.%02d", m.CostCent/100, m.CostCent%100),
		"priceCurrency": "EUR", "category": "Paid", "description": cost(m)}
	if m.Free() {
		offer["category"] = "Free"
	}
	d := map[string]any{
		"@context":            "https://schema.org",
		"@type":               "Course",
		"name":                m.Title,
		"description":         m.Description,
		"url":                 url,
		"provider":            map[string]any{"@type": "Organization", "name": p.Name, "url": partnerURL},
		"typicalAgeRange":     fmt.Sprintf("%d-%d", m.AgeRange.Min, m.AgeRange.Max),
		"isAccessibleForFree": m.Free(),
		"about":               nameList(m.Themes(), drehscheibe.Theme.Label),
		"offers":              offer,
		"hasCourseInstance":   map[string]any{"@type": "CourseInstance", "courseMode": mode},
	}
	if len(m.Languages) > 0 {
		d["inLanguage"] = m.Languages
	}
	if len(m.Tags) > 0 {
		d["keywords"] = strings.Join(m.Tags, ", ")
	}
	return d
}

// organizationData is the JSON-LD of partner p, working in the Stadtbezirke bezirke of
// the city areaName.
func organizationData(p *drehscheibe.Partner, url, areaName string, bezirke []string) map[string]any {
	d := map[string]any{
		"@context":   "https://schema.org",
		"@type":      "Organization",
		"name":       p.Name,
		"url":        url,
		"knowsAbout": nameList(p.Themes, drehscheibe.Theme.Label),
	}
	if p.Description != "" {
		d["description"] = p.Description
	}
	if p.Website != "" {
		d["sameAs"] = p.Website
	}
	if a := p.Address; a.Street != "" || a.City != "" {
		d["address"] = map[string]any{"@type": "PostalAddress", "streetAddress": strings.TrimSpace(a.Street + " " + a.HouseNumber),
			"postalCode": a.PostalCode, "addressLocality": a.City, "addressCountry": a.CountryCode()}
	}
	if p.ServiceArea.Citywide {
		d["areaServed"] = areaName
	} else if len(bezirke) > 0 {
		d["areaServed"] = bezirke
	}
	return d
}
