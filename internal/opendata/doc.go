// Package opendata reads the open data of Stadt Dortmund (and the NRW school list of
// IT.NRW / MSB NRW) into domain entities and a report. It is the parsing half of
// `server import dortmund`: pure (no database, no logging, no clock but an argument),
// deterministic, and never stopped by a bad row. Writing, provenance and the command
// are the caller's.
//
// # What Read returns
//
// Read(dir, now) reads the six files named by the File… constants and returns a
// Dataset: Quartiere, Institutions (with the joined school-list row, if any), Libraries
// as candidate partner sites, and a Report. Every Quartier and Institution has passed
// its Validate; Meta holds only the stable ID (versions and times are the caller's).
//
// Read returns an error only when dir cannot be read or no Quartier could be read (the
// error wraps ErrNoQuartiere): then no institution can be placed. Every other missing
// or unparseable file is an error of that file in Report.Files and the rest still
// loads; a bad row is skipped and reported with file, row, name and reason.
//
// # Quartiere (do_data2024.geojson)
//
// One Quartier per Unterbezirk: Number = unbeznr (three digits), Name = Namen,
// ChildPovertyPct = children_under_15_SGB_II_pct, Share0to6Pct = share_0_6_pct,
// Share6to18Pct = share_6_18_pct. An indicator that is no number or not a percentage
// becomes nil with a note. The outline is stored as GeoJSON rounded to 6 decimals
// (about 0.1 m, half the source's size), dropped with a note if it still exceeds
// drehscheibe.MaxGeometryBytes; Centroid is orb/planar's area centroid.
// SchoolSozialindex is the mean Sozialindex of the Grundschulen joined to the school
// list and placed in the Quartier (nil when none): secondary schools are not imported
// and draw pupils from far beyond the Quartier, a Grundschule's catchment is the
// neighbourhood.
//
// The indicator file knows nothing above the Unterbezirk. Stadtbezirk and
// statistischer Bezirk follow from the Unterbezirk number (see regions.go: Stadtbezirk
// = first digit, Innenstadt split by the second; statistischer Bezirk = first two
// digits + 0). This is more reliable than the point files' stadtbezbe/statbezibe: it
// covers all 170 Unterbezirke, 31 of which hold no institution at all, and the point
// rows are checked against it (in the 2024 data one row's statbeznr disagrees; it is
// reported).
// The statistischer Bezirk's name comes from the point rows (statbeznr → statbezibe,
// majority), else from the Unterbezirk with the district's own number. The Aktionsraum
// Soziale Stadt can only come from the point rows: the majority aktionsrnr/aktionsrbz
// of the rows whose ubznr names the Unterbezirk; only Aktionsräume with a number count
// (the thirteen of the city's Aktionsplan); an Unterbezirk without rows has none.
//
// # Institutions
//
//   - kindergarten.geojson: objektart Kindergarten → KITA; KinderbetreuungKurzzeit (the
//     Caritas Kinder-Förderzentrum, the Kindertagespflege office) → SONSTIGE.
//   - schools.geojson: Grundschule → GRUNDSCHULE. Every other school type
//     (Förderschule, Hauptschule, Realschule, Gesamtschule, Gymnasium, Waldorfschule,
//     the Jugendverkehrsgarten) is skipped as not imported, with the reason in the
//     report: they are no Regelinstitutionen of the Drehscheibe (Kita, OGS-Grundschule,
//     Jugendfreizeitstätte), and as SONSTIGE they would be matched with the modules for
//     counselling and support services. They are still read so that the school list
//     joins to the right site and does not report them as missing.
//   - youth_centers.geojson: Jugendzentrum → JUGENDFREIZEITSTAETTE.
//   - libraries.geojson: public libraries (objektart Bibliothek) become Sites, candidate
//     partner sites; academic libraries and archives are skipped as not imported.
//
// Age ranges: KITA and the SONSTIGE rows of the Kita file 0–6, GRUNDSCHULE 6–10,
// JUGENDFREIZEITSTAETTE 6–27 (open youth work under SGB VIII up to the domain's
// MaxAge). Only what the data says is filled: name (objektname, plus objektzusa when
// present), address (strasse, hausnummer, ort; the postal code from the school list for
// schools joined by address), location, website (link) and, for schools, the school's
// official e-mail (p_email) as Contact.Email. No Träger (the files have none), no OGS
// or Familienzentrum flag, no languages. A website or e-mail the domain rejects is
// dropped with a note; any other validation failure skips the row.
//
// # Placement
//
// Every point is placed by point-in-polygon (orb/planar) and cross-checked with its
// ubznr. The position wins when they disagree (reported with the distance to the
// named Unterbezirk): the outlines and the points are the city's own, and the position
// is what a user sees on the map. A point outside every outline is placed in its ubznr
// Quartier when that exists (reported), otherwise skipped. In the 2024 data all 629
// points lie in the Unterbezirk their row names.
//
// # Keys and IDs
//
// IDs are drehscheibe.StableID(kind, key), so reading the same files again gives the
// same IDs. A Quartier's key is its Unterbezirk number ("dortmund/unterbezirk/535"),
// independent of file and year. An institution's or site's key is its file, its folded
// name (lower case, umlauts spelled out) and its folded address (street with "Str."
// written out, house number), or its coordinates rounded to 5 decimals when the row has
// no street: names repeat (97 Kitas are "FABIDO TEK"). Rows with the same key are
// duplicates: the first is kept, the others reported once per key. A corrected name or
// address in a later release gives a new key.
//
// # School list (dortmund_schulen_2024_25_sozialindex.csv)
//
// Each row is joined to a site of schools.geojson of a fitting type (Schulform →
// objektart; Berufskollegs and Weiterbildungskollegs have none): first by street and
// house number (folded, "Str." = "Straße", doubled letters single, house-number ranges
// overlapping; among several sites at one address the most similar name wins), then by
// the nearest free site within JoinRadiusM (geodesic, orb/geo) of the list's geocoded
// position, which is noted. Each site takes one row. An imported school gets the
// SchoolInfo (Schulnummer, pupils, Sozialindex, Startchancen) and its pupil count as
// Children. Rows joined to no site are reported in UnmatchedSchools; Grundschule sites
// without a row (second sites of one school) are noted.
//
// # Encodings
//
// Every file may be UTF-8 (with or without byte-order mark) or Windows-1252 / ISO
// 8859-1: a file that is not valid UTF-8 is decoded as Windows-1252. Texts are
// normalised to NFC. The CSV separator is a comma, semicolon or tab, whichever the
// header holds most of.
package opendata
