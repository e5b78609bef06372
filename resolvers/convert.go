package resolvers

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Converters between the GraphQL models and the domain, shared by every entity. The
// domain uses "" and zero for "not set"; the API uses null.

// optString returns nil for "" (GraphQL null).
func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// optInt returns nil for 0 (GraphQL null).
func optInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

// deref returns *p or the zero value.
func deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// or returns *p or the fallback.
func or[T any](p *T, fallback T) T {
	if p == nil {
		return fallback
	}
	return *p
}

// mapSlice converts every element.
func mapSlice[S, D any](vs []S, f func(S) D) []D {
	if vs == nil {
		return nil
	}
	out := make([]D, len(vs))
	for i, v := range vs {
		out[i] = f(v)
	}
	return out
}

// enums converts a list of string enums between the model and the domain.
func enums[D ~string, S ~string](vs []S) []D { return mapSlice(vs, func(v S) D { return D(v) }) }

// nonNil turns a nil list into an empty one (non-null list fields).
func nonNil[T any](vs []T) []T {
	if vs == nil {
		return []T{}
	}
	return vs
}

// ids converts IDs from the API to the domain.
func ids(vs []string) []drehscheibe.ID { return enums[drehscheibe.ID](vs) }

// change is the patch update for an optional, non-nullable input field: absent (or
// null) leaves the field as it is.
func change[S, D any](p *S, f func(S) D) drehscheibe.Update[D] {
	if p == nil {
		return drehscheibe.Update[D]{}
	}
	return drehscheibe.Set(f(*p))
}

// changeRef is change for converters that take a pointer.
func changeRef[S, D any](p *S, f func(*S) D) drehscheibe.Update[D] {
	if p == nil {
		return drehscheibe.Update[D]{}
	}
	return drehscheibe.Set(f(p))
}

// same is the identity conversion for change and clear.
func same[T any](v T) T { return v }

// clear is the patch update for a nullable input field: absent leaves the field, null
// clears it, a value sets it.
func clearable[S, D any](o graphql.Omittable[S], f func(S) D) drehscheibe.Update[D] {
	v, ok := o.ValueOK()
	if !ok {
		return drehscheibe.Update[D]{}
	}
	return drehscheibe.Set(f(v))
}

func toModelPoint(p *drehscheibe.GeoPoint) *model.GeoPoint {
	if p == nil {
		return nil
	}
	return &model.GeoPoint{Lat: p.Lat, Lon: p.Lon}
}

func toDomainPoint(p *model.GeoPointInput) *drehscheibe.GeoPoint {
	if p == nil {
		return nil
	}
	return &drehscheibe.GeoPoint{Lat: p.Lat, Lon: p.Lon}
}

func toModelAgeRange(a drehscheibe.AgeRange) *model.AgeRange {
	return &model.AgeRange{Min: a.Min, Max: a.Max}
}

func toDomainAgeRange(a *model.AgeRangeInput) drehscheibe.AgeRange {
	if a == nil {
		return drehscheibe.AgeRange{}
	}
	return drehscheibe.AgeRange{Min: a.Min, Max: a.Max}
}

func toModelAddress(a drehscheibe.Address) *model.Address {
	return &model.Address{Street: optString(a.Street), HouseNumber: optString(a.HouseNumber),
		PostalCode: optString(a.PostalCode), City: optString(a.City), Country: a.CountryCode()}
}

func toDomainAddress(a *model.AddressInput) drehscheibe.Address {
	if a == nil {
		return drehscheibe.Address{}
	}
	return drehscheibe.Address{Street: deref(a.Street), HouseNumber: deref(a.HouseNumber),
		PostalCode: deref(a.PostalCode), City: deref(a.City), Country: deref(a.Country)}
}

// toModelContact returns null when no contact data is set.
func toModelContact(c drehscheibe.Contact) *model.Contact {
	if c.IsZero() {
		return nil
	}
	return &model.Contact{Name: optString(c.Name), Email: optString(c.Email), Phone: optString(c.Phone), PhoneE164: optString(c.PhoneE164)}
}

func toDomainContact(c *model.ContactInput) drehscheibe.Contact {
	if c == nil {
		return drehscheibe.Contact{}
	}
	return drehscheibe.Contact{Name: deref(c.Name), Email: deref(c.Email), Phone: deref(c.Phone)}
}

func toModelSlots(slots []drehscheibe.Slot) []*model.ScheduleSlot {
	out := make([]*model.ScheduleSlot, len(slots))
	for i, s := range slots {
		out[i] = &model.ScheduleSlot{Weekday: model.Weekday(s.Weekday), TimeSlot: model.TimeSlot(s.TimeSlot)}
	}
	return out
}

func toDomainSlots(slots []*model.ScheduleSlotInput) []drehscheibe.Slot {
	return mapSlice(slots, func(s *model.ScheduleSlotInput) drehscheibe.Slot {
		return drehscheibe.Slot{Weekday: drehscheibe.Weekday(s.Weekday), TimeSlot: drehscheibe.TimeSlot(s.TimeSlot)}
	})
}

// toInt64 widens an optional Int for the domain.
func toInt64(p *int) *int64 {
	if p == nil {
		return nil
	}
	v := int64(*p)
	return &v
}

// fromInt64 narrows an optional amount for the API (amounts are bounded far below 2³¹).
func fromInt64(p *int64) *int {
	if p == nil {
		return nil
	}
	v := int(*p)
	return &v
}

func toModelSource(p *drehscheibe.Provenance) *model.Source {
	if p == nil {
		return nil
	}
	return &model.Source{Name: p.Name, Key: p.Key, ImportedAt: p.ImportedAt}
}
