package demo

import "github.com/stadtdortmund/drehscheibe/internal/drehscheibe"

// Catalog is a list of entities split by kind, each kind in list order.
type Catalog struct {
	Quartiere     []*drehscheibe.Quartier
	Institutionen []*drehscheibe.Institution
	Partner       []*drehscheibe.Partner
	Module        []*drehscheibe.Modul
	Bedarfe       []*drehscheibe.Bedarf
	Kindercampus  []*drehscheibe.Kindercampus
	Programme     []*drehscheibe.Foerderprogramm
}

// Split splits es by kind (entities of other kinds are left out).
func Split(es []drehscheibe.Entity) Catalog {
	var c Catalog
	for _, e := range es {
		switch e := e.(type) {
		case *drehscheibe.Quartier:
			c.Quartiere = append(c.Quartiere, e)
		case *drehscheibe.Institution:
			c.Institutionen = append(c.Institutionen, e)
		case *drehscheibe.Partner:
			c.Partner = append(c.Partner, e)
		case *drehscheibe.Modul:
			c.Module = append(c.Module, e)
		case *drehscheibe.Bedarf:
			c.Bedarfe = append(c.Bedarfe, e)
		case *drehscheibe.Kindercampus:
			c.Kindercampus = append(c.Kindercampus, e)
		case *drehscheibe.Foerderprogramm:
			c.Programme = append(c.Programme, e)
		}
	}
	return c
}
