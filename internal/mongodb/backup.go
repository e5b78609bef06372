package mongodb

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// Backup and restore copy every collection of the database, whatever the code knows
// of it (collections added later are listed, not named), document by document and
// byte for byte, in the archive format of archive.go. Neither needs the service to
// stop: a backup reads while the service writes.
//
// Without transactions a backup is no snapshot of one instant: each document is as it
// was when read. The order of the collections keeps it usable all the same. Nothing
// is ever deleted, so reading the documents that refer to others before those they
// refer to (Bedarfe before institutions, Module before partners, …) leaves no
// reference dangling; collections the code does not know come first, as the newest
// kinds refer to the older ones. The audit trail follows the entities, whose documents
// hold the entries still on their way to it (outbox.go), so every entry is in the
// archive at least once (a second copy is ignored when it is moved again). The meta
// collection comes last, so the catalogue counter is at least the sequence number of
// every document in the archive. The mail queue follows meta, which holds the progress
// of the feed that fills it (mailfeed.go): the archive's queue then holds every mail
// of the notifications the archive's feed says are queued.

// restoreBatch bounds one insert of a restore: documents and bytes.
const (
	restoreBatchDocs  = 1000
	restoreBatchBytes = 8 << 20
)

// metaCollection holds the schema version, the catalogue counter and the identity.
const metaCollection = "meta"

// backupOrder returns the collections in the order a backup reads them (see above).
func backupOrder(names []string) []string {
	rank := map[string]int{collections[drehscheibe.KindApiKey].name: 1, auditCollection: 100, metaCollection: 101,
		mailsCollection: 102}
	for i, k := range drehscheibe.Kinds {
		rank[collections[k].name] = 99 - i // the kinds in reverse: referring before referred to
	}
	out := slices.Clone(names)
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(cmp.Compare(rank[a], rank[b]), cmp.Compare(a, b)) })
	return out
}

// userCollections lists the database's collections, without the server's own.
func (s *Store) userCollections(ctx context.Context) ([]string, error) {
	names, err := s.db.ListCollectionNames(ctx, bson.D{})
	if err != nil {
		return nil, translate(err, "")
	}
	return slices.DeleteFunc(names, func(n string) bool { return strings.HasPrefix(n, "system.") }), nil
}

// Backup writes every collection to w as an archive and returns its summary. It
// reads one document at a time and changes nothing.
func (s *Store) Backup(ctx context.Context, w io.Writer) (ArchiveSummary, error) {
	var sum ArchiveSummary
	names, err := s.userCollections(ctx)
	if err != nil {
		return sum, err
	}
	version, err := s.schemaVersion(ctx)
	if err != nil {
		return sum, err
	}
	sum.ArchiveHeader = ArchiveHeader{
		Format: ArchiveFormat, FormatVersion: ArchiveFormatVersion, SchemaVersion: version, Database: s.db.Name(),
		Server: s.serverName(ctx), CreatedAt: time.Now().UTC().Truncate(time.Millisecond), Collections: backupOrder(names),
	}
	aw := newArchiveWriter(w)
	if err := aw.record(recordHeader, sum.ArchiveHeader); err != nil {
		return sum, err
	}
	for _, name := range sum.Collections {
		n, err := s.backupCollection(ctx, aw, name)
		if err != nil {
			return sum, err
		}
		sum.Counts = append(sum.Counts, CollectionCount{Name: name, Count: n})
	}
	if err := aw.record(recordFinish, finishRecord{Collections: len(sum.Collections), Documents: sum.Documents()}); err != nil {
		return sum, err
	}
	return sum, aw.close()
}

// backupCollection writes the records of one collection.
func (s *Store) backupCollection(ctx context.Context, aw *archiveWriter, name string) (int64, error) {
	if err := aw.record(recordCollection, collectionRecord{Name: name}); err != nil {
		return 0, err
	}
	cur, err := s.db.Collection(name).Find(ctx, bson.D{}, options.Find().SetBatchSize(500))
	if err != nil {
		return 0, translate(err, "")
	}
	defer cur.Close(ctx)
	var n int64
	for cur.Next(ctx) {
		if err := aw.record(recordDocument, cur.Current); err != nil {
			return n, err
		}
		n++
	}
	if err := cur.Err(); err != nil {
		return n, translate(err, "")
	}
	return n, aw.record(recordEnd, CollectionCount{Name: name, Count: n})
}

// schemaVersion is the stored layout's version (0 before the first migration).
func (s *Store) schemaVersion(ctx context.Context) (int, error) {
	var d struct {
		Version int `bson:"version"`
	}
	err := s.meta.FindOne(ctx, bson.D{{Key: "_id", Value: "schema"}}).Decode(&d)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return 0, nil
	}
	return d.Version, translate(err, "")
}

// serverName names the database server ("FerretDB v1.24.0", "MongoDB 7.0.12").
func (s *Store) serverName(ctx context.Context) string {
	var info struct {
		Version  string `bson:"version"`
		FerretDB string `bson:"ferretdbVersion"`
	}
	if err := s.db.RunCommand(ctx, bson.D{{Key: "buildInfo", Value: 1}}).Decode(&info); err != nil {
		return "unbekannt"
	}
	switch info.FerretDB {
	case "":
	case "unknown": // the embedded build carries no version
		return "FerretDB"
	default:
		return "FerretDB " + info.FerretDB
	}
	return "MongoDB " + info.Version
}

// VerifyArchive reads a whole archive from r and returns its summary if it is
// complete and intact, and of a format and schema version this code can restore
// (EINVALID otherwise). It writes nothing.
func VerifyArchive(r io.Reader) (ArchiveSummary, error) {
	return readArchive(r, verifier{})
}

// verifier checks what only the header can tell.
type verifier struct{}

func (verifier) header(h ArchiveHeader) error {
	if h.SchemaVersion > schemaVersion {
		return drehscheibe.Errorf(drehscheibe.EINVALID,
			"Die Sicherung hat Schema-Version %d; dieses Programm kennt nur bis %d. Bitte mit einer neueren Version von Drehscheibe wiederherstellen", h.SchemaVersion, schemaVersion)
	}
	return nil
}
func (verifier) begin(string) error      { return nil }
func (verifier) document(bson.Raw) error { return nil }
func (verifier) end(string, int64) error { return nil }

// CheckEmpty returns nil if the database holds nothing but what its migration made
// (collections, indexes, the meta documents of an unused database), and an EINVALID
// naming a collection with documents otherwise.
func (s *Store) CheckEmpty(ctx context.Context) error {
	names, err := s.userCollections(ctx)
	if err != nil {
		return err
	}
	for _, name := range names {
		if name == metaCollection {
			continue
		}
		n, err := s.db.Collection(name).CountDocuments(ctx, bson.D{}, options.Count().SetLimit(1))
		if err != nil {
			return translate(err, "")
		}
		if n > 0 {
			return drehscheibe.Errorf(drehscheibe.EINVALID, "Die Datenbank %q ist nicht leer (die Sammlung %q enthält Dokumente). "+
				"Wiederherstellen geht nur in eine leere Datenbank: einen neuen DATA_DIR, eine neue MONGODB_DATABASE, "+
				"oder den Dienst dort zuerst mit SEED=false starten", s.db.Name(), name)
		}
	}
	if seq, err := s.Seq(ctx); err != nil || seq != 0 {
		if err != nil {
			return err
		}
		return drehscheibe.Errorf(drehscheibe.EINVALID, "Die Datenbank %q ist nicht leer (ihr Katalogzähler steht bei %d)", s.db.Name(), seq)
	}
	return nil
}

// Restore writes the archive read from r into the database, which must be empty
// (CheckEmpty), and returns the archive's summary. Documents are inserted as they
// were stored, a batch at a time; the meta documents replace those of the empty
// database, except its identity, which stays its own (a restored database is another
// database: copies of the old one's catalogue do not belong to it). Run Migrate after
// it: an archive of an older schema version is brought up to date like an old
// database. The catalogue counter ends at least at the highest sequence number
// restored. Call VerifyArchive on the same archive first: an archive found broken
// here leaves the documents before the fault written.
func (s *Store) Restore(ctx context.Context, r io.Reader) (ArchiveSummary, error) {
	if err := s.CheckEmpty(ctx); err != nil {
		return ArchiveSummary{}, err
	}
	rs := &restorer{s: s, ctx: ctx}
	sum, err := readArchive(r, rs)
	if err != nil {
		return sum, err
	}
	if err := s.raiseSeq(ctx, rs.maxSeq); err != nil {
		return sum, err
	}
	return sum, s.checkCounts(ctx, sum)
}

// restorer inserts an archive's documents.
type restorer struct {
	s      *Store
	ctx    context.Context
	coll   *mongo.Collection
	meta   bool
	batch  []any
	bytes  int
	maxSeq int64
}

func (rs *restorer) header(h ArchiveHeader) error { return verifier{}.header(h) }

func (rs *restorer) begin(name string) error {
	rs.coll, rs.meta = rs.s.db.Collection(name), name == metaCollection
	return nil
}

func (rs *restorer) document(raw bson.Raw) error {
	if seq, ok := raw.Lookup("seq").AsInt64OK(); ok {
		rs.maxSeq = max(rs.maxSeq, seq)
	}
	if rs.meta {
		return rs.restoreMeta(raw)
	}
	rs.batch = append(rs.batch, raw)
	rs.bytes += len(raw)
	if len(rs.batch) >= restoreBatchDocs || rs.bytes >= restoreBatchBytes {
		return rs.flush()
	}
	return nil
}

func (rs *restorer) end(string, int64) error { return rs.flush() }

// flush inserts the batch.
func (rs *restorer) flush() error {
	if len(rs.batch) == 0 {
		return nil
	}
	_, err := rs.coll.InsertMany(rs.ctx, rs.batch)
	rs.batch, rs.bytes = rs.batch[:0], 0
	if err != nil {
		return fmt.Errorf("Sammlung %q: %w", rs.coll.Name(), translate(err, ""))
	}
	return nil
}

// restoreMeta replaces a meta document of the empty database with the archive's;
// the identity stays the database's own.
func (rs *restorer) restoreMeta(raw bson.Raw) error {
	id := raw.Lookup("_id")
	if s, ok := id.StringValueOK(); ok && s == identityDocID {
		return nil
	}
	_, err := rs.coll.ReplaceOne(rs.ctx, bson.D{{Key: "_id", Value: id}}, raw, options.Replace().SetUpsert(true))
	return translate(err, "")
}

// raiseSeq sets the catalogue counter to at least seq, so that new writes take numbers
// above every restored document's.
func (s *Store) raiseSeq(ctx context.Context, seq int64) error {
	cur, err := s.Seq(ctx)
	if err != nil || cur >= seq {
		return err
	}
	_, err = s.meta.UpdateOne(ctx, bson.D{{Key: "_id", Value: catalogDocID}},
		bson.D{{Key: "$set", Value: bson.D{{Key: "seq", Value: seq}}}}, options.UpdateOne().SetUpsert(true))
	return translate(err, "")
}

// checkCounts compares the number of documents of each restored collection with the
// archive's (the meta collection, whose identity stays, excepted). It asks with the
// count command: the embedded FerretDB answers countDocuments by decoding every
// document at once (370 MB at 25 000 documents instead of 120 MB), and right after
// the inserts MongoDB's count is exact.
func (s *Store) checkCounts(ctx context.Context, sum ArchiveSummary) error {
	for _, c := range sum.Counts {
		if c.Name == metaCollection {
			continue
		}
		n, err := s.db.Collection(c.Name).EstimatedDocumentCount(ctx)
		if err != nil {
			return translate(err, "")
		}
		if n != c.Count {
			return drehscheibe.Errorf(drehscheibe.EINTERNAL, "Nach dem Wiederherstellen hat die Sammlung %q %d Dokumente, die Sicherung %d", c.Name, n, c.Count)
		}
	}
	return nil
}
