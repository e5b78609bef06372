package mongodb

import (
	"context"
	"errors"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// derivedSince is the schema version from which documents carry the folded nameKey
// (drehscheibe.NameKey; before: the lower-cased name) and the E.164 form of contact
// phone numbers.
const derivedSince = 2

// refreshDerived brings the documents written before derivedSince up to date: the
// derived fields of every partner, institution and Kindercampus are set, on the
// condition that its version did not move meanwhile; the version stays, since the
// content does not change. A name whose new key another document holds already keeps
// its old key: both stay, for the Servicestelle to merge, and the next change to
// either is checked against the new key.
func (s *Store) refreshDerived(ctx context.Context) error {
	for _, k := range []drehscheibe.Kind{drehscheibe.KindPartner, drehscheibe.KindInstitution, drehscheibe.KindKindercampus} {
		if err := s.refreshKind(ctx, k); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) refreshKind(ctx context.Context, k drehscheibe.Kind) error {
	c, coll, err := s.collection(k)
	if err != nil {
		return err
	}
	cur, err := coll.Find(ctx, bson.D{})
	if err != nil {
		return translate(err, k)
	}
	defer cur.Close(ctx)
	for cur.Next(ctx) {
		e, err := c.decode(cur.Current)
		if err != nil {
			return drehscheibe.Internal(err)
		}
		set := derivedFields(e)
		if name, ok := uniqueName(e); ok {
			key := drehscheibe.NameKey(name)
			stored, _ := cur.Current.Lookup("nameKey").StringValueOK()
			err := coll.FindOne(ctx, bson.D{{Key: "nameKey", Value: key}}).Err()
			switch {
			case key == stored:
			case errors.Is(err, mongo.ErrNoDocuments):
				set = append(set, bson.E{Key: "nameKey", Value: key})
			case err != nil:
				return translate(err, k)
			}
		}
		if len(set) == 0 {
			continue
		}
		m := drehscheibe.MetaOf(e)
		_, err = coll.UpdateOne(ctx, bson.D{{Key: "_id", Value: string(m.ID)}, {Key: "version", Value: m.Version}}, bson.D{{Key: "$set", Value: set}})
		if err != nil {
			return translate(err, k)
		}
	}
	return translate(cur.Err(), k)
}

// derivedFields returns the E.164 form of the contact phone number of e as a $set
// (none without a valid number).
func derivedFields(e drehscheibe.Entity) bson.D {
	field, phone, country := "contact", "", drehscheibe.DefaultCountry
	switch e := e.(type) {
	case *drehscheibe.Partner:
		phone, country = e.Contact.Phone, e.Address.CountryCode()
	case *drehscheibe.Institution:
		phone, country = e.Contact.Phone, e.Address.CountryCode()
	case *drehscheibe.Kindercampus:
		field, phone = "manager", e.Manager.Phone
	}
	if n, ok := drehscheibe.PhoneE164(phone, country); ok {
		return bson.D{{Key: field + ".phoneE164", Value: n}}
	}
	return nil
}

// uniqueName returns the name of an entity whose name is unique.
func uniqueName(e drehscheibe.Entity) (string, bool) {
	switch e := e.(type) {
	case *drehscheibe.Partner:
		return e.Name, true
	case *drehscheibe.Kindercampus:
		return e.Name, true
	}
	return "", false
}
