package mongodb

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// apiKeyDoc is an API key. Only the hash of its secret is stored.
type apiKeyDoc struct {
	Meta           metaDoc    `bson:",inline"`
	Name           string     `bson:"name"`
	Role           string     `bson:"role"`
	PartnerID      string     `bson:"partnerId,omitempty"`
	InstitutionID  string     `bson:"institutionId,omitempty"`
	KindercampusID string     `bson:"kindercampusId,omitempty"`
	Themes         []string   `bson:"themes,omitempty"`
	Hash           string     `bson:"hash"`
	ExpiresAt      *time.Time `bson:"expiresAt,omitempty"`
	RevokedAt      *time.Time `bson:"revokedAt,omitempty"`
	LastUsedAt     *time.Time `bson:"lastUsedAt,omitempty"`
}

func toApiKeyDoc(k *drehscheibe.ApiKey) *apiKeyDoc {
	return &apiKeyDoc{
		Meta: toMetaDoc(k.Meta), Name: k.Name, Role: string(k.Role), PartnerID: string(k.PartnerID),
		InstitutionID: string(k.InstitutionID), KindercampusID: string(k.KindercampusID), Themes: toStrings(k.Themes),
		Hash: k.Hash, ExpiresAt: k.ExpiresAt, RevokedAt: k.RevokedAt, LastUsedAt: k.LastUsedAt,
	}
}

func fromApiKeyDoc(d *apiKeyDoc) *drehscheibe.ApiKey {
	return &drehscheibe.ApiKey{
		Meta: fromMetaDoc(d.Meta), Name: d.Name, Role: drehscheibe.Role(d.Role), Scope: drehscheibe.Scope{
			PartnerID: drehscheibe.ID(d.PartnerID), InstitutionID: drehscheibe.ID(d.InstitutionID),
			KindercampusID: drehscheibe.ID(d.KindercampusID), Themes: fromStrings[drehscheibe.Theme](d.Themes)},
		Hash:      d.Hash,
		ExpiresAt: utc(d.ExpiresAt), RevokedAt: utc(d.RevokedAt), LastUsedAt: utc(d.LastUsedAt),
	}
}

// utc returns t in UTC (the driver decodes times in the local zone).
func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

// ApiKeys implements drehscheibe.Store.
func (s *Store) ApiKeys(ctx context.Context) ([]*drehscheibe.ApiKey, error) {
	c, coll, err := s.collection(drehscheibe.KindApiKey)
	if err != nil {
		return nil, err
	}
	cur, err := coll.Find(ctx, bson.D{}, options.Find().SetSort(bson.D{{Key: "createdAt", Value: -1}, {Key: "_id", Value: -1}}))
	if err != nil {
		return nil, translate(err, drehscheibe.KindApiKey)
	}
	defer cur.Close(ctx)
	var out []*drehscheibe.ApiKey
	for cur.Next(ctx) {
		e, err := s.decode(c, cur.Current)
		if err != nil {
			return nil, err
		}
		out = append(out, e.(*drehscheibe.ApiKey))
	}
	return out, translate(cur.Err(), drehscheibe.KindApiKey)
}

// TouchKey implements drehscheibe.Store. It shares the document's lock with Replace,
// since FerretDB writes a $set as a whole document.
func (s *Store) TouchKey(ctx context.Context, id drehscheibe.ID, at time.Time) error {
	_, coll, err := s.collection(drehscheibe.KindApiKey)
	if err != nil {
		return err
	}
	lock := &s.docLocks[stripe(id)]
	lock.Lock()
	defer lock.Unlock()
	res, err := coll.UpdateOne(ctx, bson.D{{Key: "_id", Value: string(id)}},
		bson.D{{Key: "$set", Value: bson.D{{Key: "lastUsedAt", Value: at}}}})
	if err != nil {
		return translate(err, drehscheibe.KindApiKey)
	}
	if res.MatchedCount == 0 {
		return drehscheibe.Errorf(drehscheibe.ENOTFOUND, "API-Schlüssel nicht gefunden")
	}
	return nil
}
