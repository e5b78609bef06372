package resolvers

import (
	"unicode/utf8"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/catalog"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// maxFilterText bounds free-text filters.
const maxFilterText = 200

// Converters from GraphQL filters and orders to the catalogue's. They check what the
// schema cannot: text length and age ranges.

func filterText(p *string) (string, error) {
	s := deref(p)
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > maxFilterText {
		return "", badInput("Suchtext ist zu lang oder ungültig (höchstens %d Zeichen)", maxFilterText)
	}
	return s, nil
}

func filterAge(a *model.AgeRangeInput) (*drehscheibe.AgeRange, error) {
	if a == nil {
		return nil, nil
	}
	r := toDomainAgeRange(a)
	if r.Min < drehscheibe.MinAge || r.Max > drehscheibe.MaxAge || r.Min > r.Max {
		return nil, badInput("Altersspanne muss zwischen %d und %d liegen, min ≤ max", drehscheibe.MinAge, drehscheibe.MaxAge)
	}
	return &r, nil
}

// filterID reads an optional ID argument of a filter, which must be an ID of kind k.
func filterID(p *string, k drehscheibe.Kind, field string) (drehscheibe.ID, error) {
	id := drehscheibe.ID(deref(p))
	if id != "" && !id.Is(k) {
		return "", badInput("%s: %q ist keine %s-ID", field, truncate(string(id), 70), k.Label())
	}
	return id, nil
}

// idReader reads several ID arguments and keeps the first error.
type idReader struct{ err error }

func (r *idReader) id(p *string, k drehscheibe.Kind, field string) drehscheibe.ID {
	id, err := filterID(p, k, field)
	if r.err == nil {
		r.err = err
	}
	return id
}

func toCatalogQuartierFilter(f *model.QuartierFilter) (catalog.QuartierFilter, error) {
	if f == nil {
		return catalog.QuartierFilter{}, nil
	}
	text, err := filterText(f.Text)
	return catalog.QuartierFilter{Stadtbezirk: deref(f.Stadtbezirk), SozialeStadt: f.SozialeStadt, Text: text}, err
}

func toCatalogInstitutionFilter(f *model.InstitutionFilter) (catalog.InstitutionFilter, error) {
	if f == nil {
		return catalog.InstitutionFilter{}, nil
	}
	var ids idReader
	out := catalog.InstitutionFilter{
		Types: enums[drehscheibe.InstitutionType](f.Types), QuartierID: ids.id(f.QuartierID, drehscheibe.KindQuartier, "quartierId"),
		Stadtbezirk: deref(f.Stadtbezirk), KindercampusID: ids.id(f.KindercampusID, drehscheibe.KindKindercampus, "kindercampusId"),
		SozialeStadt: f.SozialeStadt,
	}
	if ids.err != nil {
		return out, ids.err
	}
	out.Text, ids.err = filterText(f.Text)
	return out, ids.err
}

func toCatalogPartnerFilter(f *model.PartnerFilter) (catalog.PartnerFilter, error) {
	if f == nil {
		return catalog.PartnerFilter{}, nil
	}
	quartier, err := filterID(f.QuartierID, drehscheibe.KindQuartier, "quartierId")
	if err != nil {
		return catalog.PartnerFilter{}, err
	}
	text, err := filterText(f.Text)
	return catalog.PartnerFilter{Themes: enums[drehscheibe.Theme](f.Themes), Kinds: enums[drehscheibe.PartnerKind](f.Kinds),
		QuartierID: quartier, Text: text}, err
}

func toCatalogModulFilter(f *model.ModulFilter) (catalog.ModulFilter, error) {
	if f == nil {
		return catalog.ModulFilter{}, nil
	}
	text, err := filterText(f.Text)
	if err != nil {
		return catalog.ModulFilter{}, err
	}
	var ids idReader
	out := catalog.ModulFilter{
		Themes: enums[drehscheibe.Theme](f.Themes), TargetType: drehscheibe.InstitutionType(deref(f.TargetType)),
		DeliveryMode: drehscheibe.DeliveryMode(deref(f.DeliveryMode)), Formats: enums[drehscheibe.Format](f.Formats),
		QuartierID: ids.id(f.QuartierID, drehscheibe.KindQuartier, "quartierId"),
		PartnerID:  ids.id(f.PartnerID, drehscheibe.KindPartner, "partnerId"), Statuses: enums[drehscheibe.ModulStatus](f.Status),
		Free: f.Free, Fundable: f.Fundable, Text: text, ModifiedSince: f.ModifiedSince,
	}
	if ids.err != nil {
		return out, ids.err
	}
	out.Age, err = filterAge(f.AgeRange)
	return out, err
}

func toCatalogBedarfFilter(f *model.BedarfFilter) (catalog.BedarfFilter, error) {
	if f == nil {
		return catalog.BedarfFilter{}, nil
	}
	var ids idReader
	out := catalog.BedarfFilter{
		InstitutionID:  ids.id(f.InstitutionID, drehscheibe.KindInstitution, "institutionId"),
		QuartierID:     ids.id(f.QuartierID, drehscheibe.KindQuartier, "quartierId"),
		KindercampusID: ids.id(f.KindercampusID, drehscheibe.KindKindercampus, "kindercampusId"),
		Themes:         enums[drehscheibe.Theme](f.Themes), Statuses: enums[drehscheibe.BedarfStatus](f.Status),
	}
	if ids.err != nil {
		return out, ids.err
	}
	out.Text, ids.err = filterText(f.Text)
	return out, ids.err
}

// toCatalogOrder maps an order field by name; unknown or absent fields sort by name.
func toCatalogOrder[F ~string](field *F, dir model.OrderDirection) catalog.Order {
	by := catalog.ByName
	if field != nil {
		switch string(*field) {
		case "CREATED_AT":
			by = catalog.ByCreated
		case "UPDATED_AT":
			by = catalog.ByUpdated
		case "RELEVANCE":
			by = catalog.ByRelevance
		case "PRIORITY":
			by = catalog.ByPriority
		case "NUMBER":
			by = catalog.ByNumber
		}
	}
	return catalog.Order{By: by, Desc: dir == model.OrderDirectionDesc}
}

func quartierOrder(o *model.QuartierOrder) catalog.Order {
	if o == nil {
		return catalog.Order{}
	}
	return toCatalogOrder(&o.Field, o.Direction)
}

func institutionOrder(o *model.InstitutionOrder) catalog.Order {
	if o == nil {
		return catalog.Order{}
	}
	return toCatalogOrder(&o.Field, o.Direction)
}

func partnerOrder(o *model.PartnerOrder) catalog.Order {
	if o == nil {
		return catalog.Order{}
	}
	return toCatalogOrder(&o.Field, o.Direction)
}

func modulOrder(o *model.ModulOrder) catalog.Order {
	if o == nil {
		return catalog.Order{}
	}
	return toCatalogOrder(&o.Field, o.Direction)
}

func bedarfOrder(o *model.BedarfOrder) catalog.Order {
	if o == nil {
		return catalog.Order{}
	}
	return toCatalogOrder(&o.Field, o.Direction)
}
