package resolvers

import (
	"encoding/json"

	"github.com/stadtdortmund/drehscheibe/graph/model"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

func toModelQuartier(q *drehscheibe.Quartier) *model.Quartier {
	return &model.Quartier{
		ID: string(q.ID), Name: q.Name, Number: q.Number, Stadtbezirk: q.Stadtbezirk,
		StatistischerBezirk: optString(q.StatistischerBezirk), Aktionsraum: optString(q.Aktionsraum),
		SozialeStadt: q.SozialeStadt, ChildPovertyPct: q.Indicators.ChildPovertyPct,
		Share0to6Pct: q.Indicators.Share0to6Pct, Share6to18Pct: q.Indicators.Share6to18Pct,
		SchoolSozialindex: q.Indicators.SchoolSozialindex, Priority: q.Priority(),
		Geometry: q.Geometry, Centroid: toModelPoint(q.Centroid),
		Version: int(q.Version), CreatedAt: q.CreatedAt, UpdatedAt: q.UpdatedAt, Source: toModelSource(q.Source),
	}
}

func toDomainQuartier(in model.CreateQuartierInput) *drehscheibe.Quartier {
	return &drehscheibe.Quartier{
		Name: in.Name, Number: in.Number, Stadtbezirk: in.Stadtbezirk,
		StatistischerBezirk: deref(in.StatistischerBezirk), Aktionsraum: deref(in.Aktionsraum),
		SozialeStadt: in.SozialeStadt,
		Indicators: drehscheibe.Indicators{ChildPovertyPct: in.ChildPovertyPct, Share0to6Pct: in.Share0to6Pct,
			Share6to18Pct: in.Share6to18Pct, SchoolSozialindex: in.SchoolSozialindex},
		Geometry: in.Geometry, Centroid: toDomainPoint(in.Centroid),
	}
}

func toQuartierPatch(in model.UpdateQuartierInput) drehscheibe.QuartierPatch {
	return drehscheibe.QuartierPatch{
		Name:                change(in.Name, same[string]),
		Number:              change(in.Number, same[string]),
		Stadtbezirk:         change(in.Stadtbezirk, same[string]),
		StatistischerBezirk: clearable(in.StatistischerBezirk, deref[string]),
		Aktionsraum:         clearable(in.Aktionsraum, deref[string]),
		SozialeStadt:        change(in.SozialeStadt, same[bool]),
		ChildPovertyPct:     clearable(in.ChildPovertyPct, same[*float64]),
		Share0to6Pct:        clearable(in.Share0to6Pct, same[*float64]),
		Share6to18Pct:       clearable(in.Share6to18Pct, same[*float64]),
		SchoolSozialindex:   clearable(in.SchoolSozialindex, same[*float64]),
		Geometry:            clearable(in.Geometry, same[json.RawMessage]),
		Centroid:            clearable(in.Centroid, toDomainPoint),
	}
}
