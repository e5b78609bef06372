package mongodb

import (
	"encoding/json"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

type quartierDoc struct {
	Meta                metaDoc   `bson:",inline"`
	Name                string    `bson:"name"`
	Number              string    `bson:"number"`
	Stadtbezirk         string    `bson:"stadtbezirk"`
	StatistischerBezirk string    `bson:"statistischerBezirk,omitempty"`
	Aktionsraum         string    `bson:"aktionsraum,omitempty"`
	SozialeStadt        bool      `bson:"sozialeStadt"`
	ChildPovertyPct     *float64  `bson:"childPovertyPct,omitempty"`
	Share0to6Pct        *float64  `bson:"share0to6Pct,omitempty"`
	Share6to18Pct       *float64  `bson:"share6to18Pct,omitempty"`
	SchoolSozialindex   *float64  `bson:"schoolSozialindex,omitempty"`
	Geometry            string    `bson:"geometry,omitempty"` // GeoJSON text
	Centroid            *pointDoc `bson:"centroid,omitempty"`
}

func toQuartierDoc(q *drehscheibe.Quartier) *quartierDoc {
	return &quartierDoc{
		Meta: toMetaDoc(q.Meta), Name: q.Name, Number: q.Number, Stadtbezirk: q.Stadtbezirk,
		StatistischerBezirk: q.StatistischerBezirk, Aktionsraum: q.Aktionsraum, SozialeStadt: q.SozialeStadt,
		ChildPovertyPct: q.Indicators.ChildPovertyPct, Share0to6Pct: q.Indicators.Share0to6Pct,
		Share6to18Pct: q.Indicators.Share6to18Pct, SchoolSozialindex: q.Indicators.SchoolSozialindex,
		Geometry: string(q.Geometry), Centroid: toPointDoc(q.Centroid),
	}
}

func fromQuartierDoc(d *quartierDoc) *drehscheibe.Quartier {
	q := &drehscheibe.Quartier{
		Meta: fromMetaDoc(d.Meta), Name: d.Name, Number: d.Number, Stadtbezirk: d.Stadtbezirk,
		StatistischerBezirk: d.StatistischerBezirk, Aktionsraum: d.Aktionsraum, SozialeStadt: d.SozialeStadt,
		Indicators: drehscheibe.Indicators{ChildPovertyPct: d.ChildPovertyPct, Share0to6Pct: d.Share0to6Pct,
			Share6to18Pct: d.Share6to18Pct, SchoolSozialindex: d.SchoolSozialindex},
		Centroid: fromPointDoc(d.Centroid),
	}
	if d.Geometry != "" {
		q.Geometry = json.RawMessage(d.Geometry)
	}
	return q
}
