package mongodb

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/klauspost/compress/gzip"
	"go.mongodb.org/mongo-driver/v2/bson"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// The backup archive (docs/backup.md): a gzip stream of records, each one byte naming
// its kind followed by one BSON document (which starts with its own length):
//
//	H header   {format, formatVersion, schemaVersion, database, server, createdAt, collections}
//	then per collection, in the header's order:
//	C start    {name}
//	D document the stored document, byte for byte
//	E end      {name, count}
//	and last:
//	Z finish   {collections, documents}
//
// A reader holds one document at a time, so memory stays bounded whatever the size of
// the database; the counts and the final record show that nothing is missing, gzip's
// checksum that nothing changed.

// ArchiveFormat names the format in the header.
const ArchiveFormat = "drehscheibe-backup"

// ArchiveFormatVersion is the version of the format this code writes and reads.
// Readers refuse archives of a newer version.
const ArchiveFormatVersion = 1

// maxArchiveDocument bounds a document: MongoDB's 16 MiB and some room.
const maxArchiveDocument = 16<<20 + 64<<10

// The record kinds.
const (
	recordHeader     byte = 'H'
	recordCollection byte = 'C'
	recordDocument   byte = 'D'
	recordEnd        byte = 'E'
	recordFinish     byte = 'Z'
)

// ArchiveHeader is the first record: what the archive holds.
type ArchiveHeader struct {
	Format        string    `bson:"format"`
	FormatVersion int       `bson:"formatVersion"`
	SchemaVersion int       `bson:"schemaVersion"`
	Database      string    `bson:"database"`
	Server        string    `bson:"server"`
	CreatedAt     time.Time `bson:"createdAt"`
	Collections   []string  `bson:"collections"`
}

// CollectionCount is how many documents of a collection an archive holds.
type CollectionCount struct {
	Name  string `bson:"name"`
	Count int64  `bson:"count"`
}

// ArchiveSummary describes a complete archive: its header and the count of each
// collection.
type ArchiveSummary struct {
	ArchiveHeader
	Counts []CollectionCount
}

// Documents is the number of documents in the archive.
func (s ArchiveSummary) Documents() int64 {
	var n int64
	for _, c := range s.Counts {
		n += c.Count
	}
	return n
}

type collectionRecord struct {
	Name string `bson:"name"`
}

type finishRecord struct {
	Collections int   `bson:"collections"`
	Documents   int64 `bson:"documents"`
}

// archiveWriter writes records to a gzip stream.
type archiveWriter struct {
	gz *gzip.Writer
	bw *bufio.Writer
}

func newArchiveWriter(w io.Writer) *archiveWriter {
	gz := gzip.NewWriter(w)
	return &archiveWriter{gz: gz, bw: bufio.NewWriterSize(gz, 64<<10)}
}

// record writes one record of kind with doc (a bson.Raw or a value to marshal).
func (w *archiveWriter) record(kind byte, doc any) error {
	raw, ok := doc.(bson.Raw)
	if !ok {
		var err error
		if raw, err = bson.Marshal(doc); err != nil {
			return err
		}
	}
	if err := w.bw.WriteByte(kind); err != nil {
		return err
	}
	_, err := w.bw.Write(raw)
	return err
}

// close flushes and ends the gzip stream (not the underlying writer).
func (w *archiveWriter) close() error {
	if err := w.bw.Flush(); err != nil {
		return err
	}
	return w.gz.Close()
}

// archiveSink receives an archive's contents as they are read.
type archiveSink interface {
	header(h ArchiveHeader) error
	begin(collection string) error
	document(raw bson.Raw) error
	end(collection string, count int64) error
}

// badArchive is the error of an archive that is not what it should be.
func badArchive(format string, args ...any) error {
	return drehscheibe.Errorf(drehscheibe.EINVALID, "Die Sicherung ist unbrauchbar: "+format, args...)
}

// readArchive reads an archive from r into sink, checking the order of the records,
// every count, the final record and gzip's checksum. It returns the summary of a
// complete, intact archive; with an error, sink may have received part of it.
func readArchive(r io.Reader, sink archiveSink) (ArchiveSummary, error) {
	var sum ArchiveSummary
	gz, err := gzip.NewReader(r)
	if err != nil {
		return sum, badArchive("keine gzip-Datei (%v)", err)
	}
	defer gz.Close()
	br := bufio.NewReaderSize(gz, 64<<10)
	kind, raw, err := nextRecord(br)
	if err != nil || kind != recordHeader {
		return sum, badArchive("sie beginnt nicht mit dem Kopf einer Drehscheibe-Sicherung")
	}
	if err := bson.Unmarshal(raw, &sum.ArchiveHeader); err != nil || sum.Format != ArchiveFormat {
		return sum, badArchive("sie beginnt nicht mit dem Kopf einer Drehscheibe-Sicherung")
	}
	if sum.FormatVersion < 1 || sum.FormatVersion > ArchiveFormatVersion {
		return sum, badArchive("Formatversion %d; dieses Programm liest bis Version %d", sum.FormatVersion, ArchiveFormatVersion)
	}
	if err := sink.header(sum.ArchiveHeader); err != nil {
		return sum, err
	}
	for _, name := range sum.Collections {
		n, err := readCollection(br, name, sink)
		if err != nil {
			return sum, err
		}
		sum.Counts = append(sum.Counts, CollectionCount{Name: name, Count: n})
	}
	kind, raw, err = nextRecord(br)
	var fin finishRecord
	if err != nil || kind != recordFinish || bson.Unmarshal(raw, &fin) != nil {
		return sum, badArchive("der Schluss fehlt (abgebrochen geschrieben oder abgeschnitten?)")
	}
	if fin.Collections != len(sum.Collections) || fin.Documents != sum.Documents() {
		return sum, badArchive("der Schluss nennt %d Sammlungen mit %d Dokumenten, enthalten sind %d mit %d",
			fin.Collections, fin.Documents, len(sum.Collections), sum.Documents())
	}
	// reading to the end checks gzip's checksum and that nothing follows
	if _, _, err := nextRecord(br); err != io.EOF {
		return sum, badArchive("nach dem Schluss folgt noch etwas oder die Prüfsumme stimmt nicht (%v)", err)
	}
	return sum, nil
}

// readCollection reads the records of one collection.
func readCollection(br *bufio.Reader, name string, sink archiveSink) (int64, error) {
	kind, raw, err := nextRecord(br)
	var c collectionRecord
	if err != nil || kind != recordCollection || bson.Unmarshal(raw, &c) != nil || c.Name != name {
		return 0, badArchive("die Sammlung %q fehlt oder steht nicht an ihrer Stelle (%v)", name, err)
	}
	if err := sink.begin(name); err != nil {
		return 0, err
	}
	var n int64
	for {
		kind, raw, err := nextRecord(br)
		if err != nil {
			return n, badArchive("in der Sammlung %q nach %d Dokumenten: %v", name, n, err)
		}
		switch kind {
		case recordDocument:
			n++
			if err := sink.document(raw); err != nil {
				return n, err
			}
		case recordEnd:
			var e CollectionCount
			if bson.Unmarshal(raw, &e) != nil || e.Name != name || e.Count != n {
				return n, badArchive("die Sammlung %q enthält %d Dokumente, ihr Ende nennt %d", name, n, e.Count)
			}
			return n, sink.end(name, n)
		default:
			return n, badArchive("unerwarteter Eintrag %q in der Sammlung %q", kind, name)
		}
	}
}

// nextRecord reads one record: its kind and its document, whose length is checked
// before it is read. io.EOF only at the end of the stream, between records.
func nextRecord(br *bufio.Reader) (byte, bson.Raw, error) {
	kind, err := br.ReadByte()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return 0, nil, io.EOF
		}
		return 0, nil, err
	}
	var size [4]byte
	if _, err := io.ReadFull(br, size[:]); err != nil {
		return kind, nil, unexpected(err)
	}
	n := int32(binary.LittleEndian.Uint32(size[:]))
	if n < 5 || n > maxArchiveDocument {
		return kind, nil, fmt.Errorf("Dokumentlänge %d außerhalb von 5 bis %d Bytes", n, maxArchiveDocument)
	}
	doc := make([]byte, n)
	copy(doc, size[:])
	if _, err := io.ReadFull(br, doc[4:]); err != nil {
		return kind, nil, unexpected(err)
	}
	raw := bson.Raw(doc)
	if err := raw.Validate(); err != nil {
		return kind, nil, fmt.Errorf("kein gültiges BSON-Dokument: %w", err)
	}
	return kind, raw, nil
}

// unexpected turns the end of the stream inside a record into an error of its own.
func unexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}
