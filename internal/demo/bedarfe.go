package demo

import (
	"fmt"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// bedarf is one row of the Bedarf table. budget < 0 means "not stated" (nil); slots
// "" means flexible; closed gives the reason a need was closed.
type bedarf struct {
	title    string
	theme    drehscheibe.Theme
	age      drehscheibe.AgeRange
	slots    string
	group    int
	budget   int64 // euro cents per booking
	priority drehscheibe.BedarfPriority
	keywords string
	notes    string
	closed   string
	// covered names the Modul (by title) already booked for the need.
	covered string
}

// bedarfe of one institution.
type bedarfeOf struct {
	institution string
	bedarfe     []bedarf
}

const (
	niedrig = drehscheibe.PriorityLow
	mittel  = drehscheibe.PriorityMedium
	hoch    = drehscheibe.PriorityHigh

	keinBudget = -1
)

// bedarfTable: two to four open needs for every campus institution (most of them can
// be met by a published Modul; "Mitternachtssport am Samstag" and "Schwimmkurs für
// Mädchen und junge Frauen" show gaps, "Trommeln und Rhythmus" a tiny budget) and a
// few needs of other institutions, one of them closed.
func bedarfTable() []bedarfeOf {
	return []bedarfeOf{
		{stiftGrundschule, []bedarf{
			{title: "Bewegung im Ganztag", theme: sport, age: age(6, 10), slots: "Mo,Mi:N", group: 15, budget: 150000, priority: hoch,
				keywords: "Bewegung, Ganztag, Fußball, Mädchen",
				notes:    "Ab dem Schuljahr 2026/27 bleiben deutlich mehr Kinder bis 16 Uhr. Die Turnhalle ist montags und mittwochs ab 14 Uhr frei."},
			{title: "Lesefreude im Ganztag", theme: kultur, age: age(6, 8), slots: "Di,Do:N", group: 10, budget: keinBudget, priority: mittel,
				keywords: "Lesen, Leseförderung, Deutsch als Zweitsprache",
				notes:    "Viele Kinder der ersten und zweiten Klassen haben zu Hause keine Bücher. Gern in Kooperation mit der Stadtteilbibliothek."},
			{title: "Klassenrat und Kinderrechte", theme: demokratie, age: age(8, 10), slots: "Fr:V", group: 25, budget: 50000, priority: mittel,
				keywords: "Klassenrat, Mitbestimmung, Kinderrechte",
				notes:    "Für die dritten und vierten Klassen; die Lehrkräfte möchten den Klassenrat danach selbst weiterführen."},
			{title: "Fußball für die dritten und vierten Klassen", theme: sport, age: age(8, 10), slots: "Mo:N", group: 14, budget: 60000, priority: mittel,
				keywords: "Fußball, Ganztag", covered: "Fußball-AG im Ganztag",
				notes: "Läuft seit dem Frühjahr mit dem SV Clarenberg."},
			{title: "Elterncafé im Familiengrundschulzentrum", theme: sozial, age: age(6, 10), slots: "Mi,Fr:V", group: 12, budget: keinBudget, priority: hoch,
				keywords: "Eltern, Familiengrundschulzentrum, mehrsprachig",
				notes:    "Eltern sollen einen festen Ort in der Schule bekommen. Sprachmittlung für Türkisch, Arabisch und Rumänisch wäre wichtig."},
		}},
		{awoBruchheck, []bedarf{
			{title: "Sprachförderung mit Musik", theme: kultur, age: age(3, 6), slots: "Di:V", group: 10, budget: 40000, priority: hoch,
				keywords: "Sprache, Musik, Singen",
				notes:    "Rund zwei Drittel der Kinder wachsen mehrsprachig auf. Lieder und Reime sollen die Sprachbildung im Alltag unterstützen."},
			{title: "Elterncafé mehrsprachig", theme: sozial, age: age(0, 6), slots: "Do:N", group: 12, budget: keinBudget, priority: mittel,
				keywords: "Eltern, Elterncafé, Türkisch, Arabisch",
				notes:    "Das Familienzentrum möchte Eltern am Donnerstagnachmittag zur Abholzeit erreichen."},
			{title: "Vorlesen in der Kita", theme: kultur, age: age(3, 6), slots: "Mo:V", group: 8, budget: keinBudget, priority: mittel,
				keywords: "Vorlesen, Sprache", covered: "Vorlesepat*innen für Kitas"},
			{title: "Naturerfahrung im Quartier", theme: bne, age: age(3, 6), group: 10, budget: 20000, priority: niedrig,
				keywords: "Natur, Wald, draußen",
				notes:    "Das Außengelände ist klein; Ausflüge in den Wald oder zum Phoenix-See wären schön."},
		}},
		{fabidoClarenberg, []bedarf{
			{title: "Bewegungsbaustelle für die Kleinsten", theme: sport, age: age(1, 3), slots: "Mo:V", group: 8, budget: 30000, priority: mittel,
				keywords: "U3, Bewegung, Psychomotorik",
				notes:    "Der Bewegungsraum ist montags vormittags frei. Material ist kaum vorhanden."},
			{title: "Kleine Forscher", theme: mint, age: age(4, 6), slots: "Mi:V", group: 10, budget: keinBudget, priority: niedrig,
				keywords: "Forschen, Experimente, Vorschulkinder"},
			{title: "Übergang in die Grundschule begleiten", theme: sozial, age: age(5, 6), group: 12, budget: keinBudget, priority: hoch,
				keywords: "Übergang, Einschulung, Stift-Grundschule",
				notes:    "Gemeinsam mit der Stift-Grundschule im Rahmen des Kindercampus; Eltern sollen einbezogen werden."},
		}},
		{jfsClarenberg, []bedarf{
			{title: "Medienkompetenz für Jugendliche", theme: mint, age: age(12, 17), slots: "Di,Do:NA", group: 12, budget: 80000, priority: hoch,
				keywords: "Medienkompetenz, Social Media, Cybermobbing",
				notes:    "Konflikte aus Gruppenchats landen regelmäßig im Jugendtreff. Wir suchen ein Angebot, das Spaß macht und nicht belehrt."},
			{title: "Mädchentreff: Selbstbehauptung", theme: sozial, age: age(10, 14), slots: "Mi:N", group: 10, budget: keinBudget, priority: mittel,
				keywords: "Mädchen, Selbstbehauptung, Schutzraum"},
			{title: "Mitternachtssport am Samstag", theme: sport, age: age(14, 21), slots: "Sa:A", group: 20, budget: 10000, priority: hoch,
				keywords: "Sport, Wochenende, Gewaltprävention, junge Erwachsene",
				notes:    "Samstagabends halten sich viele Jugendliche ohne Angebot am Clarenberg auf. Die Halle der Stift-Grundschule könnte genutzt werden."},
		}},
		{westhausen, []bedarf{
			{title: "Schwimmen lernen", theme: sport, age: age(7, 10), slots: "Do:N", group: 12, budget: 100000, priority: hoch,
				keywords: "Schwimmen, Seepferdchen, Nichtschwimmer",
				notes:    "Fast die Hälfte der Kinder im dritten Schuljahr kann nicht schwimmen. Ein Transport zum Bad müsste organisiert werden."},
			{title: "Lesepat*innen im Ganztag", theme: kultur, age: age(6, 10), slots: "Di:N", group: 6, budget: keinBudget, priority: mittel,
				keywords: "Lesen, Lesepaten", covered: "Lesepatenschaften im Ganztag"},
			{title: "Programmieren im Ganztag", theme: mint, age: age(8, 10), slots: "Mo:N", group: 12, budget: keinBudget, priority: mittel,
				keywords: "Programmieren, Informatik, Tablets"},
			{title: "Kinderparlament", theme: demokratie, age: age(8, 10), slots: "Mi:M", group: 20, budget: keinBudget, priority: mittel,
				keywords: "Kinderparlament, Beteiligung, OGS",
				notes:    "Die OGS möchte ein Kinderparlament aufbauen, das mittwochs nach dem Mittagessen tagt."},
			{title: "Trommeln und Rhythmus", theme: kultur, age: age(6, 10), slots: "Fr:N", group: 12, budget: 2000, priority: niedrig,
				keywords: "Musik, Trommeln, Rhythmus",
				notes:    "Für dieses Halbjahr stehen nur noch 20 € zur Verfügung; eine Förderung müsste gefunden werden."},
		}},
		{fabidoSpecke15, []bedarf{
			{title: "Eltern-Kind-Gruppe für Familien mit Kleinkindern", theme: sozial, age: age(0, 3), slots: "Fr:V", group: 8, budget: keinBudget, priority: hoch,
				keywords: "Eltern-Kind-Gruppe, U3, Familienzentrum",
				notes:    "Viele Familien im Quartier haben noch keinen Kitaplatz. Die Gruppe soll ein erster Kontakt zum Familienzentrum sein."},
			{title: "Stadtteilmütter für neu zugezogene Familien", theme: sozial, age: age(0, 6), group: 10, budget: keinBudget, priority: hoch,
				keywords: "Stadtteilmütter, mehrsprachig", covered: "Stadtteilmütter begleiten Familien"},
			{title: "Kochen mit Kindern – gesunde Ernährung", theme: sport, age: age(3, 6), slots: "Di:V", group: 10, budget: 15000, priority: mittel,
				keywords: "Ernährung, Frühstück, Kochen"},
		}},
		{fabidoSpecke17, []bedarf{
			{title: "Musikalische Früherziehung", theme: kultur, age: age(3, 6), slots: "Do:V", group: 10, budget: 35000, priority: mittel,
				keywords: "Musik, Singen, Rhythmus"},
			{title: "Waldtage und Natur im Quartier", theme: bne, age: age(4, 6), slots: "Mo:V", group: 12, budget: keinBudget, priority: niedrig,
				keywords: "Natur, Wald, Tiere",
				notes:    "Die Kinder kennen kaum Natur außerhalb der Siedlung."},
			{title: "Mehrsprachiges Vorlesen", theme: kultur, age: age(2, 6), slots: "Mi:N", group: 10, budget: keinBudget, priority: mittel,
				keywords: "Vorlesen, Türkisch, Arabisch, Bulgarisch, Ukrainisch",
				notes:    "Eltern sollen ermutigt werden, in ihrer Familiensprache vorzulesen."},
		}},
		{jfsWesterfilde, []bedarf{
			{title: "Bewerbungstraining und Berufsorientierung", theme: sozial, age: age(14, 21), slots: "Di:N", group: 8, budget: keinBudget, priority: hoch,
				keywords: "Bewerbung, Ausbildung, Berufsorientierung",
				notes:    "Viele Besucher*innen verlassen die Schule ohne Ausbildungsplatz."},
			{title: "Reparieren statt wegwerfen", theme: bne, age: age(14, 24), slots: "Mi:A", group: 8, budget: keinBudget, priority: niedrig,
				keywords: "Reparieren, Nachhaltigkeit", covered: "Repair-Café für Jugendliche und junge Erwachsene"},
			{title: "Graffiti – Jugendraum gestalten", theme: kultur, age: age(12, 18), slots: "Fr:N", group: 10, budget: 120000, priority: mittel,
				keywords: "Graffiti, Street Art, Beteiligung"},
			{title: "Schwimmkurs für Mädchen und junge Frauen", theme: sport, age: age(14, 24), slots: "So:N", group: 8, budget: 30000, priority: mittel,
				keywords: "Schwimmen, Mädchen, junge Frauen",
				notes:    "Nur mit weiblichem Personal und in einer geschlossenen Gruppe; sonntags wäre das Lehrschwimmbecken in Mengede frei."},
		}},
		// other institutions
		{"Diesterwegschule", []bedarf{
			{title: "Deutsch lernen mit Theater und Musik", theme: kultur, age: age(6, 10), slots: "Mi:N", group: 15, budget: 60000, priority: hoch,
				keywords: "Sprache, Theater, Musik, Seiteneinsteiger",
				notes:    "Für Kinder aus der Erstförderung, die erst seit kurzem in Deutschland sind."},
		}},
		{"Kautskyschule", []bedarf{
			{title: "Streitschlichter-Ausbildung", theme: sozial, age: age(8, 10), slots: "Mo:N", group: 12, budget: 80000, priority: mittel,
				keywords: "Streitschlichtung, Pausen, Konflikte"},
		}},
		{"Dietrich-Keuning-Haus", []bedarf{
			{title: "Rap- und Beatworkshop", theme: kultur, age: age(13, 21), slots: "Mi:N", group: 10, budget: keinBudget, priority: mittel,
				keywords: "Rap, Beats, Musikproduktion"},
		}},
		{"Kirchhörderschule", []bedarf{
			{title: "Schulgarten anlegen", theme: bne, age: age(6, 10), slots: "Di:V", group: 20, budget: 50000, priority: niedrig,
				keywords: "Schulgarten, Hochbeet",
				closed:   "Der Förderverein der Schule hat das Schulgarten-Projekt mit Eltern selbst umgesetzt."},
		}},
		{"Familienbüro Hörde", []bedarf{
			{title: "Infoveranstaltungen für neu zugezogene Familien", theme: sozial, age: age(0, 6), group: 20, budget: keinBudget, priority: mittel,
				keywords: "Willkommen, mehrsprachig, Kita-Anmeldung",
				notes:    "Am liebsten in Kooperation mit den Familienzentren am Clarenberg."},
		}},
		{"Familienzentrum am Borsigplatz", []bedarf{
			{title: "Bewegung für Mütter mit Kleinkindern", theme: sport, age: age(0, 3), slots: "Di:V", group: 10, budget: 20000, priority: hoch,
				keywords: "Mütter, Kleinkinder, Bewegung, Frauenraum"},
		}},
		{"Youngster's Point", []bedarf{
			{title: "Klimaprojekt mit Jugendlichen", theme: bne, age: age(12, 17), group: 10, budget: 40000, priority: niedrig,
				keywords: "Klima, Umwelt, Projekt"},
		}},
	}
}

// bedarfe builds the needs; covered ones point to the Modul of that title in mods.
func bedarfe(mods []*drehscheibe.Modul) []*drehscheibe.Bedarf {
	byTitle := make(map[string]drehscheibe.ID, len(mods))
	for _, m := range mods {
		if _, twice := byTitle[m.Title]; twice {
			byTitle[m.Title] = "" // ambiguous: may not be used for coverage
			continue
		}
		byTitle[m.Title] = m.ID
	}
	var out []*drehscheibe.Bedarf
	for _, t := range bedarfTable() {
		for _, r := range t.bedarfe {
			b := &drehscheibe.Bedarf{
				InstitutionID: institutionID(t.institution),
				Title:         r.title,
				Theme:         r.theme,
				AgeRange:      r.age,
				Slots:         slots(r.slots),
				GroupSize:     r.group,
				Priority:      r.priority,
				Keywords:      list(r.keywords),
				Notes:         r.notes,
				Status:        drehscheibe.BedarfOpen,
			}
			if r.budget >= 0 {
				budget := r.budget
				b.BudgetCent = &budget
			}
			if r.covered != "" {
				id := byTitle[r.covered]
				if id == "" {
					panic(fmt.Sprintf("demo: no single Modul titled %q covers %q", r.covered, r.title))
				}
				b.Status, b.CoveredBy = drehscheibe.BedarfCovered, []drehscheibe.ID{id}
			}
			if r.closed != "" {
				b.Status, b.ClosedReason = drehscheibe.BedarfClosed, r.closed
			}
			b.ID = bedarfID(t.institution, r.title)
			out = append(out, b)
		}
	}
	return out
}
