package mongodb

import (
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// collection describes how one entity kind is stored.
type collection struct {
	name string
	// uniqueField is the input field of the natural key, for duplicate-key errors.
	uniqueField      []string
	duplicateMessage string
	indexes          []index
	encode           func(drehscheibe.Entity) any
	decode           func(bson.Raw) (drehscheibe.Entity, error)
}

// collections maps each kind to its collection.
var collections = map[drehscheibe.Kind]*collection{
	drehscheibe.KindQuartier: {
		name: "quartiere", uniqueField: []string{"number"},
		duplicateMessage: "Ein Quartier mit dieser Unterbezirksnummer existiert bereits",
		indexes:          []index{{field: "number", unique: true}},
		encode:           encoder(toQuartierDoc), decode: decoder(fromQuartierDoc),
	},
	drehscheibe.KindInstitution: {
		name: "institutionen", uniqueField: []string{"id"},
		duplicateMessage: "Diese Institution existiert bereits",
		indexes:          []index{{field: "quartierId"}},
		encode:           encoder(toInstitutionDoc), decode: decoder(fromInstitutionDoc),
	},
	drehscheibe.KindPartner: {
		name: "partner", uniqueField: []string{"name"},
		duplicateMessage: "Ein Partner mit diesem Namen existiert bereits",
		indexes:          []index{{field: "nameKey", unique: true}},
		encode:           encoder(toPartnerDoc), decode: decoder(fromPartnerDoc),
	},
	drehscheibe.KindModul: {
		name: "module", uniqueField: []string{"id"},
		duplicateMessage: "Dieses Modul existiert bereits",
		indexes:          []index{{field: "partnerId"}, {field: "status"}},
		encode:           encoder(toModulDoc), decode: decoder(fromModulDoc),
	},
	drehscheibe.KindBedarf: {
		name: "bedarfe", uniqueField: []string{"id"},
		duplicateMessage: "Dieser Bedarf existiert bereits",
		indexes:          []index{{field: "institutionId"}},
		encode:           encoder(toBedarfDoc), decode: decoder(fromBedarfDoc),
	},
	drehscheibe.KindKindercampus: {
		name: "kindercampus", uniqueField: []string{"name"},
		duplicateMessage: "Ein Kindercampus mit diesem Namen existiert bereits",
		indexes:          []index{{field: "nameKey", unique: true}},
		encode:           encoder(toKindercampusDoc), decode: decoder(fromKindercampusDoc),
	},
	drehscheibe.KindFoerderprogramm: {
		name: "foerderprogramme", uniqueField: []string{"name"},
		duplicateMessage: "Ein Förderprogramm mit diesem Namen existiert bereits",
		indexes:          []index{{field: "nameKey", unique: true}},
		encode:           encoder(toFoerderprogrammDoc), decode: decoder(fromFoerderprogrammDoc),
	},
	drehscheibe.KindAnfrage: {
		name: "anfragen", uniqueField: []string{"id"},
		duplicateMessage: "Diese Anfrage existiert bereits",
		indexes:          []index{{field: "institutionId"}, {field: "partnerId"}},
		encode:           encoder(toAnfrageDoc), decode: decoder(fromAnfrageDoc),
	},
	drehscheibe.KindApiKey: {
		name: "apikeys", uniqueField: []string{"id"},
		duplicateMessage: "Dieser API-Schlüssel existiert bereits",
		encode:           encoder(toApiKeyDoc), decode: decoder(fromApiKeyDoc),
	},
}

// index is a single-field ascending index.
type index struct {
	field  string
	unique bool
}

func (i index) name() string {
	if i.unique {
		return i.field + "_unique"
	}
	return i.field
}

func (i index) model() mongo.IndexModel {
	return mongo.IndexModel{Keys: bson.D{{Key: i.field, Value: 1}}, Options: options.Index().SetUnique(i.unique).SetName(i.name())}
}

// encoder adapts a typed converter to entities of any kind.
func encoder[E drehscheibe.Entity, D any](to func(E) *D) func(drehscheibe.Entity) any {
	return func(e drehscheibe.Entity) any { return to(e.(E)) }
}

// decoder adapts a typed converter to raw documents.
func decoder[D any, E drehscheibe.Entity](from func(*D) E) func(bson.Raw) (drehscheibe.Entity, error) {
	return func(raw bson.Raw) (drehscheibe.Entity, error) {
		var d D
		if err := bson.Unmarshal(raw, &d); err != nil {
			return nil, err
		}
		return from(&d), nil
	}
}
