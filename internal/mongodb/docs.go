package mongodb

import (
	"cmp"
	"encoding/json"
	"slices"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// The bson documents are private to this package; converters named toXDoc and
// fromXDoc translate at the boundary, so the domain never sees bson.

type metaDoc struct {
	ID        string         `bson:"_id"`
	Version   int64          `bson:"version"`
	Seq       int64          `bson:"seq"`
	CreatedAt time.Time      `bson:"createdAt"`
	UpdatedAt time.Time      `bson:"updatedAt"`
	Source    *provenanceDoc `bson:"source,omitempty"`
	// Audit holds the entity's audit entries that wait to be moved to the audit trail,
	// by entry ID (see outbox.go).
	Audit map[string]*auditDoc `bson:"audit,omitempty"`
}

// provenanceDoc is where an imported entity comes from. The imported values are kept
// as JSON text by Go field name (names the code chose, never a client).
type provenanceDoc struct {
	Name       string            `bson:"name"`
	Key        string            `bson:"key"`
	ImportedAt time.Time         `bson:"importedAt"`
	Imported   map[string]string `bson:"imported,omitempty"`
}

func toMetaDoc(m drehscheibe.Meta) metaDoc {
	d := metaDoc{ID: string(m.ID), Version: m.Version, Seq: m.Seq, CreatedAt: m.CreatedAt, UpdatedAt: m.UpdatedAt,
		Source: toProvenanceDoc(m.Source)}
	if len(m.PendingAudit) > 0 {
		d.Audit = make(map[string]*auditDoc, len(m.PendingAudit))
		for _, e := range m.PendingAudit {
			d.Audit[string(e.ID)] = toAuditDoc(e)
		}
	}
	return d
}

func fromMetaDoc(d metaDoc) drehscheibe.Meta {
	m := drehscheibe.Meta{ID: drehscheibe.ID(d.ID), Version: d.Version, Seq: d.Seq, CreatedAt: d.CreatedAt.UTC(), UpdatedAt: d.UpdatedAt.UTC(),
		Source: fromProvenanceDoc(d.Source)}
	for _, a := range d.Audit {
		e := fromAuditDoc(a)
		m.PendingAudit = append(m.PendingAudit, &e)
	}
	slices.SortFunc(m.PendingAudit, func(a, b *drehscheibe.AuditEntry) int {
		return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.ID, b.ID))
	})
	return m
}

func toProvenanceDoc(p *drehscheibe.Provenance) *provenanceDoc {
	if p == nil {
		return nil
	}
	d := &provenanceDoc{Name: p.Name, Key: p.Key, ImportedAt: p.ImportedAt, Imported: make(map[string]string, len(p.Imported))}
	for f, v := range p.Imported {
		d.Imported[f] = string(v)
	}
	return d
}

func fromProvenanceDoc(d *provenanceDoc) *drehscheibe.Provenance {
	if d == nil {
		return nil
	}
	p := &drehscheibe.Provenance{Name: d.Name, Key: d.Key, ImportedAt: d.ImportedAt.UTC(), Imported: make(map[string]json.RawMessage, len(d.Imported))}
	for f, v := range d.Imported {
		p.Imported[f] = json.RawMessage(v)
	}
	return p
}

type pointDoc struct {
	Lat float64 `bson:"lat"`
	Lon float64 `bson:"lon"`
}

func toPointDoc(p *drehscheibe.GeoPoint) *pointDoc {
	if p == nil {
		return nil
	}
	return &pointDoc{Lat: p.Lat, Lon: p.Lon}
}

func fromPointDoc(d *pointDoc) *drehscheibe.GeoPoint {
	if d == nil {
		return nil
	}
	return &drehscheibe.GeoPoint{Lat: d.Lat, Lon: d.Lon}
}

type rangeDoc struct {
	Min int `bson:"min"`
	Max int `bson:"max"`
}

type contactDoc struct {
	Name      string `bson:"name,omitempty"`
	Email     string `bson:"email,omitempty"`
	Phone     string `bson:"phone,omitempty"`
	PhoneE164 string `bson:"phoneE164,omitempty"`
}

func toContactDoc(c drehscheibe.Contact) contactDoc {
	return contactDoc{Name: c.Name, Email: c.Email, Phone: c.Phone, PhoneE164: c.PhoneE164}
}

func fromContactDoc(d contactDoc) drehscheibe.Contact {
	return drehscheibe.Contact{Name: d.Name, Email: d.Email, Phone: d.Phone, PhoneE164: d.PhoneE164}
}

type addressDoc struct {
	Street      string `bson:"street,omitempty"`
	HouseNumber string `bson:"houseNumber,omitempty"`
	PostalCode  string `bson:"postalCode,omitempty"`
	City        string `bson:"city,omitempty"`
	Country     string `bson:"country,omitempty"`
}

func toAddressDoc(a drehscheibe.Address) addressDoc {
	return addressDoc{Street: a.Street, HouseNumber: a.HouseNumber, PostalCode: a.PostalCode, City: a.City, Country: a.Country}
}

func fromAddressDoc(d addressDoc) drehscheibe.Address {
	return drehscheibe.Address{Street: d.Street, HouseNumber: d.HouseNumber, PostalCode: d.PostalCode, City: d.City, Country: d.Country}
}

type slotDoc struct {
	Weekday  string `bson:"weekday"`
	TimeSlot string `bson:"timeSlot"`
}

func toSlotDocs(slots []drehscheibe.Slot) []slotDoc {
	out := make([]slotDoc, len(slots))
	for i, s := range slots {
		out[i] = slotDoc{Weekday: string(s.Weekday), TimeSlot: string(s.TimeSlot)}
	}
	return out
}

func fromSlotDocs(docs []slotDoc) []drehscheibe.Slot {
	if len(docs) == 0 {
		return nil
	}
	out := make([]drehscheibe.Slot, len(docs))
	for i, d := range docs {
		out[i] = drehscheibe.Slot{Weekday: drehscheibe.Weekday(d.Weekday), TimeSlot: drehscheibe.TimeSlot(d.TimeSlot)}
	}
	return out
}

// toDateDoc stores a day as "YYYY-MM-DD" (sorts like the dates; "" when unset).
func toDateDoc(d drehscheibe.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func fromDateDoc(s string) drehscheibe.Date {
	d, _ := drehscheibe.ParseDate(s) // written by toDateDoc; "" stays zero
	return d
}

// strings and enums are stored as plain strings.

func toStrings[T ~string](vs []T) []string {
	if vs == nil {
		return nil
	}
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

func fromStrings[T ~string](vs []string) []T {
	if len(vs) == 0 {
		return nil
	}
	out := make([]T, len(vs))
	for i, v := range vs {
		out[i] = T(v)
	}
	return out
}
