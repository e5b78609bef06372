package demo

// kulturModule: Module of the music, theatre, art, dance and reading partners.
func kulturModule() []angebote {
	return []angebote{
		{"klangraum-musikschule", []modul{
			{title: "Musikalische Früherziehung in der Kita", theme: kultur, also: of(sozial), tags: "Musik, Sprache, Rhythmus, Kita",
				age: age(3, 6), targets: of(kita, fz), formats: of(kurs), modes: of(vorOrt), slots: "Di,Do:V", minutes: 45,
				group: [2]int{6, 12}, capacity: 8, booked: 5, cost: 3500, funding: fKindercampus,
				desc: "Singen, Klatschen, Trommeln und Tanzen: Eine Musikpädagogin kommt wöchentlich in die Kita. " +
					"Lieder und Sprechverse in mehreren Sprachen fördern ganz nebenbei Sprache, Gedächtnis und Gemeinschaft. " +
					"Instrumente bringt die Musikschule mit."},
			{title: "Musikgarten für Eltern und Babys", theme: kultur, also: of(sozial), tags: "Babys, Eltern, Singen",
				age: age(0, 2), targets: of(kita, fz, fbuero), formats: of(elternangebot, kurs), modes: of(beimPartner, vorOrt), slots: "Mi:V",
				minutes: 45, sessions: 10, group: [2]int{5, 10}, capacity: 3, booked: 1, cost: 5000, unit: proKopf, funding: fBuT, parents: true,
				desc: "Eltern singen, wiegen und tanzen mit ihren Babys und Kleinkindern. " +
					"Sie lernen Lieder und Kniereiter aus vielen Ländern, die sie zu Hause weiter nutzen können."},
			{title: "Trommel-AG im Ganztag", theme: kultur, tags: "Trommeln, Rhythmus, Gemeinschaft",
				age: age(6, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Fr:N", minutes: 60,
				group: [2]int{8, 14}, capacity: 4, booked: 2, cost: 3000, funding: fOGS,
				desc: "Auf Cajón, Djembe und Boomwhackers erarbeiten die Kinder Rhythmen aus aller Welt. " +
					"Trommeln braucht keine Notenkenntnisse und stärkt Konzentration und Zusammenspiel. " +
					"Zum Schuljahresende tritt die AG beim Schulfest auf."},
			{title: "Bandcoaching für Jugendliche", theme: kultur, tags: "Band, Musik, Proberaum",
				age: age(13, 21), targets: of(jfs), formats: of(kurs), modes: of(vorOrt, beimPartner), slots: "Do:A", minutes: 90, sessions: 10,
				group: [2]int{3, 6}, capacity: 2, booked: 1, cost: 5000, funding: fJugendFoerder,
				desc: "Ein Bandcoach unterstützt Jugendliche, die im Proberaum der Jugendfreizeitstätte eine eigene Band gründen wollen. " +
					"Es geht um Zusammenspiel, eigene Songs und den ersten Auftritt."},
			{title: "Instrumentenkarussell", theme: kultur, tags: "Instrumente, Ausprobieren, Grundschule",
				age: age(6, 8), targets: of(gs), formats: of(kurs), modes: of(vorOrt), slots: "Mi:MN", minutes: 45, sessions: 12,
				group: [2]int{8, 12}, capacity: 3, cost: 4000, funding: fKulturSchule,
				desc: "Geige, Trompete, Gitarre, Schlagzeug: Alle drei Wochen lernen die Kinder ein neues Instrument kennen. " +
					"Wer Feuer fängt, kann anschließend Unterricht an der Musikschule mit Bildung-und-Teilhabe-Förderung nehmen."},
		}},
		{"bibliothek-hoerde", []modul{
			{title: "Bilderbuchkino", theme: kultur, tags: "Bilderbuch, Vorlesen, Sprache",
				age: age(2, 6), targets: of(kita, fz), formats: of(veranstaltung), modes: of(beimPartner), slots: "Di,Mi:V", minutes: 45, sessions: 1,
				group: [2]int{8, 25}, capacity: 30, booked: 12,
				desc: "Die Bilder eines Bilderbuchs werden groß an die Wand projiziert, eine Bibliothekarin liest dazu vor. " +
					"Danach dürfen die Kinder in der Kinderbibliothek stöbern. " +
					"Auf Wunsch lesen Ehrenamtliche auch auf Türkisch oder Arabisch."},
			{title: "Leseclub im Ganztag", theme: kultur, tags: "Lesen, Leseförderung, Ganztag",
				age: age(7, 10), targets: of(gs), formats: of(ag), modes: of(beimPartner, vorOrt), slots: "Di,Do:N", minutes: 60,
				group: [2]int{6, 12}, capacity: 2, booked: 1,
				desc: "Im Leseclub lesen, hören und erfinden Kinder Geschichten, spielen Lesespiele und drehen kleine Buchtrailer. " +
					"Der Club trifft sich abwechselnd in der Bibliothek und in der Schule."},
			{title: "Makerspace: Roboter und 3D-Druck", theme: mint, also: of(kultur), tags: "Makerspace, Roboter, 3D-Druck, Medienkompetenz",
				age: age(10, 16), targets: of(gs, jfs), formats: of(workshop), modes: of(beimPartner), slots: "Di,Do:N", minutes: 120, sessions: 3,
				group: [2]int{6, 10}, capacity: 6, booked: 2, cost: 200, unit: proKopf,
				desc: "Im Makerspace der Bibliothek programmieren Kinder und Jugendliche kleine Roboter, entwerfen Figuren am Rechner und drucken sie aus. " +
					"Dabei geht es auch um einen sicheren und kritischen Umgang mit digitalen Medien."},
			{title: "Bibliotheksführerschein für Vorschulkinder", theme: kultur, tags: "Bibliothek, Vorschule, Lesen",
				age: age(5, 6), targets: of(kita), formats: of(kurs), modes: of(beimPartner), slots: "Do:V", minutes: 60, sessions: 3,
				group: [2]int{8, 20}, capacity: 12, booked: 4,
				desc: "Bei drei Besuchen lernen Vorschulkinder die Bibliothek kennen: Wie finde ich ein Buch, wie leihe ich es aus? " +
					"Zum Abschluss gibt es den Bibliotheksführerschein und einen eigenen Ausweis."},
		}},
		{"bibliothek-mengede", []modul{
			{title: "Mehrsprachige Vorlesestunde", theme: kultur, also: of(sozial), tags: "Vorlesen, Mehrsprachigkeit, Sprache",
				age: age(2, 6), targets: of(kita, fz), formats: of(veranstaltung), modes: of(vorOrt, beimPartner), slots: "Mi:N", minutes: 45, sessions: 1,
				group: [2]int{5, 20}, capacity: 20, booked: 6,
				desc: "Eine Geschichte, zwei Sprachen: Ehrenamtliche lesen abwechselnd auf Deutsch und in Türkisch oder Russisch vor. " +
					"Kinder erleben, dass ihre Familiensprache wertvoll ist. " +
					"Die Vorlesestunde kommt auch in die Kita."},
			{title: "Medienkisten für Kitas und Schulen", theme: kultur, tags: "Medienkiste, Ausleihe, Leseförderung",
				age: age(3, 10), targets: of(kita, gs), formats: of(workshop), modes: of(vorOrt), minutes: 60, sessions: 1,
				group: [2]int{1, 25}, capacity: 40, booked: 15,
				desc: "Thematische Kisten mit Bilderbüchern, Sachbüchern, Hörbüchern und Spielen, zusammengestellt nach Wunsch der Einrichtung. " +
					"Bei der Übergabe stellt eine Bibliothekarin die Medien kurz vor."},
			{title: "Lesesommer-Club", theme: kultur, tags: "Sommerferien, Lesen, Club",
				age: age(8, 14), targets: of(gs, jfs), formats: of(ferien), modes: of(beimPartner), slots: "Di,Do:N",
				period: "2027-07-12/2027-08-20", minutes: 90, group: [2]int{5, 30}, capacity: 5, booked: 1,
				desc: "In den Sommerferien lesen Kinder und Jugendliche so viele Bücher, wie sie schaffen, und treffen sich zweimal pro Woche zum Austausch und zu Aktionen. " +
					"Wer drei Bücher liest, bekommt eine Urkunde."},
		}},
		{"kulissenzauber", []modul{
			{title: "Theater-AG im Ganztag", theme: kultur, also: of(sozial), tags: "Theater, Sprache, Ausdruck",
				age: age(7, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Mi:N", minutes: 90,
				group: [2]int{8, 15}, capacity: 4, booked: 2, cost: 4500, funding: fKulturSchule,
				desc: "In der Theater-AG erfinden Kinder Figuren, improvisieren Szenen und üben, laut und deutlich zu sprechen. " +
					"Gerade Kinder, die Deutsch als Zweitsprache lernen, gewinnen auf der Bühne Sicherheit. " +
					"Am Ende steht eine Aufführung für die Eltern."},
			{title: "Theaterprojektwoche: Unser Stück", theme: kultur, tags: "Theater, Projektwoche, Aufführung",
				age: age(8, 12), targets: of(gs, jfs), formats: of(projektwoche), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 240, sessions: 5, group: [2]int{15, 28}, capacity: 3, booked: 1, cost: 180000, unit: proBuchung, funding: fKulturSchule,
				desc: "Eine Klasse entwickelt in fünf Tagen mit zwei Theaterpädagog*innen ein eigenes kurzes Stück, mit Kostümen, Musik und Bühnenbild. " +
					"Am Freitag wird es vor der Schule aufgeführt."},
			{title: "Jugendtheater: Stücke aus unserem Leben", theme: kultur, also: of(demokratie), tags: "Jugendtheater, Biografie, Bühne",
				age: age(14, 21), targets: of(jfs), formats: of(ag), modes: of(beimPartner), slots: "Di:A", minutes: 120,
				group: [2]int{6, 15}, capacity: 2, cost: 5000, funding: fJugendFoerder,
				desc: "Jugendliche und junge Erwachsene entwickeln aus eigenen Erfahrungen ein Theaterstück über Heimat, Liebe, Wut und Zukunft. " +
					"Es wird im Theater in der Nordstadt aufgeführt."},
			{title: "Theaterbesuch mit Vor- und Nachbereitung", theme: kultur, tags: "Theaterbesuch, Kinderstück, Ausflug",
				age: age(4, 10), targets: of(kita, gs), formats: of(veranstaltung), modes: of(beimPartner), slots: "Mo,Di,Mi,Do:V",
				minutes: 120, sessions: 1, group: [2]int{15, 60}, capacity: 40, booked: 18, cost: 600, unit: proKopf, funding: fBuT,
				desc: "Kitagruppen und Schulklassen besuchen eine Vorstellung des Kindertheaters. " +
					"Eine Theaterpädagogin bereitet den Besuch in der Einrichtung vor und spricht danach mit den Kindern über das Stück."},
		}},
		{"zirkus-fantasia", []modul{
			{title: "Zirkus-AG", theme: kultur, also: of(sport, sozial), tags: "Zirkus, Akrobatik, Jonglage",
				age: age(6, 12), targets: of(gs, jfs), formats: of(ag), modes: of(vorOrt), slots: "Mo,Do:N", minutes: 90,
				group: [2]int{8, 16}, capacity: 4, booked: 3, cost: 5500, funding: fKulturSchule,
				desc: "Jonglieren, Balancieren, Akrobatik und Clownerie: In der Zirkus-AG findet jedes Kind seine Disziplin. " +
					"Die Kinder lernen, einander zu vertrauen und sich gegenseitig zu sichern."},
			{title: "Zirkusprojektwoche mit Aufführung", theme: kultur, also: of(sport), tags: "Zirkus, Projektwoche, Schulfest",
				age: age(6, 12), targets: of(gs), formats: of(projektwoche), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 240, sessions: 5, group: [2]int{30, 120}, capacity: 3, booked: 2, cost: 350000, unit: proBuchung, funding: fStartchancen,
				desc: "Das Zirkuszelt kommt auf den Schulhof: Eine Woche lang probt die ganze Schule mit den Zirkuspädagog*innen. " +
					"Zum Abschluss zeigen alle Kinder in zwei Vorstellungen ihr Können vor Familie und Nachbarschaft."},
			{title: "Kleine Manege für Kita-Kinder", theme: kultur, also: of(sport), tags: "Zirkus, Kita, Bewegung",
				age: age(3, 6), targets: of(kita, fz), formats: of(kurs), modes: of(vorOrt), slots: "Fr:V", minutes: 45, sessions: 8,
				group: [2]int{6, 12}, capacity: 4, cost: 4000, funding: fKindercampus,
				desc: "Tellerdrehen, Seiltanzen auf dem Boden, kleine Kunststücke: Kita-Kinder erleben Zirkus zum Mitmachen. " +
					"Am Ende gibt es eine kleine Vorstellung für die Eltern."},
			{title: "Zirkus in den Osterferien", theme: kultur, also: of(sport), tags: "Ferien, Zirkus, Inklusion",
				age: age(7, 13), targets: of(gs, jfs), formats: of(ferien), modes: of(beimPartner), slots: "Mo,Di,Mi,Do,Fr:VM",
				period: "2027-03-29/2027-04-02", minutes: 300, sessions: 5, group: [2]int{15, 40}, capacity: 1,
				cost: 6000, unit: proKopf, funding: fJugendFoerder,
				inclusion: "Rollstuhlgerechte Manege; Kinder mit und ohne Behinderung üben gemeinsam, eine zusätzliche Fachkraft ist dabei.",
				desc: "Eine Ferienwoche im Zirkuszelt am Fredenbaumpark mit Akrobatik, Jonglage und Trapez. " +
					"Am Freitag gibt es eine große Vorstellung."},
		}},
		{"kunstschule-nordlicht", []modul{
			{title: "Atelier-AG: Malen und Drucken", theme: kultur, tags: "Kunst, Malen, Drucktechnik",
				age: age(6, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Di:N", minutes: 90,
				group: [2]int{6, 12}, capacity: 4, booked: 2, cost: 4500, funding: fKulturSchule,
				desc: "Eine Künstlerin verwandelt einmal pro Woche einen Klassenraum in ein Atelier. " +
					"Die Kinder experimentieren mit Farben, Stempeln und Linoldruck und stellen ihre Werke im Schulflur aus."},
			{title: "Graffiti und Street Art: Wir gestalten unseren Jugendraum", theme: kultur, also: of(demokratie), tags: "Graffiti, Street Art, Raumgestaltung",
				age: age(12, 18), targets: of(jfs), formats: of(projektwoche), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:N",
				minutes: 180, sessions: 5, group: [2]int{6, 12}, capacity: 3, booked: 1, cost: 120000, unit: proBuchung, funding: fKulturrucksack,
				desc: "Jugendliche entwerfen gemeinsam mit einem Street-Art-Künstler ein Wandbild für ihren Jugendraum und setzen es mit Sprühdose und Pinsel um. " +
					"Sie entscheiden selbst, was auf die Wand kommt."},
			{title: "Kunstwerkstatt Recycling", theme: kultur, also: of(bne), tags: "Kunst, Recycling, Upcycling",
				age: age(4, 8), targets: of(kita, gs), formats: of(workshop), modes: of(vorOrt), slots: "Mi:V", minutes: 120, sessions: 2,
				group: [2]int{8, 15}, capacity: 8, booked: 2, cost: 18000, unit: proBuchung, funding: fKindercampus,
				desc: "Aus Joghurtbechern, Kartons und Stoffresten entstehen Fantasietiere, Instrumente und Skulpturen. " +
					"Nebenbei sprechen die Kinder darüber, was wir wegwerfen und was man noch daraus machen kann."},
			{title: "Kritzelatelier für Kleinkinder und Eltern", theme: kultur, tags: "Kleinkinder, Eltern, Malen",
				age: age(1, 3), targets: of(kita, fz), formats: of(elternangebot), modes: of(beimPartner), slots: "Fr:V", minutes: 60, sessions: 6,
				group: [2]int{4, 8}, capacity: 2, cost: 3000, unit: proKopf, parents: true,
				desc: "Kleinkinder und ihre Eltern entdecken Fingerfarben, Kreide und Kleister. " +
					"Es geht um Sinneserfahrung, nicht ums Ergebnis; Kleidung darf schmutzig werden."},
		}},
		{"hiphop-nordstadt", []modul{
			{title: "Rap-Workshop: Schreib deine Geschichte", theme: kultur, also: of(demokratie), tags: "Rap, Texte, Selbstausdruck",
				age: age(12, 21), targets: of(jfs), formats: of(workshop), modes: of(vorOrt), slots: "Mo,Mi:N", minutes: 180, sessions: 4,
				group: [2]int{6, 12}, capacity: 5, booked: 2, cost: 32000, unit: proBuchung, funding: fKulturrucksack,
				desc: "Rapper*innen aus der Nordstadt zeigen Jugendlichen, wie aus Gedanken Reime werden. " +
					"In vier Sessions schreiben die Jugendlichen eigene Texte über ihr Leben und nehmen einen Track im mobilen Studio auf."},
			{title: "Breakdance-AG", theme: kultur, also: of(sport), tags: "Breakdance, Tanz, Hip-Hop",
				age: age(8, 16), targets: of(gs, jfs), formats: of(ag), modes: of(vorOrt), slots: "Di,Do:N", minutes: 90,
				group: [2]int{6, 15}, capacity: 4, booked: 2, cost: 4000, funding: fKulturSchule,
				desc: "B-Boys und B-Girls des Kollektivs trainieren mit Kindern und Jugendlichen Toprock, Footwork und Freezes. " +
					"Respekt im Cypher ist die wichtigste Regel."},
			{title: "Open Mic & DJ-Session", theme: kultur, tags: "Open Mic, DJ, Bühne",
				age: age(14, 27), targets: of(jfs), formats: of(offen), modes: of(vorOrt), slots: "Fr:A", minutes: 180,
				group: [2]int{10, 40}, capacity: 6, booked: 1,
				desc: "Ein offener Abend in der Jugendfreizeitstätte: Wer will, kann rappen, singen oder auflegen. " +
					"Das Kollektiv bringt Anlage und Plattenspieler mit."},
			{title: "Beat-Produktion am Laptop", theme: kultur, also: of(mint), tags: "Beats, Musikproduktion, Software",
				age: age(12, 18), targets: of(jfs), formats: of(kurs), modes: of(beimPartner), slots: "Mi:A", minutes: 120, sessions: 6,
				group: [2]int{4, 8}, capacity: 2, cost: 2500, unit: proKopf, funding: fJugendFoerder,
				desc: "Mit kostenloser Software bauen Jugendliche eigene Beats aus Samples, Drums und Basslines. " +
					"Am Ende hat jede*r einen fertigen Beat für den nächsten Rap-Workshop."},
		}},
		{"lesefreunde", []modul{
			{title: "Vorlesepat*innen für Kitas", theme: kultur, also: of(sozial), tags: "Vorlesen, Ehrenamt, Sprache",
				age: age(2, 6), targets: of(kita, fz), formats: of(ag), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:V", minutes: 30,
				group: [2]int{3, 8}, capacity: 40, booked: 22,
				desc: "Eine ehrenamtliche Vorlesepatin oder ein Vorlesepate kommt jede Woche zur gleichen Zeit in die Kita und liest einer kleinen Gruppe vor. " +
					"Die Kinder freuen sich auf die vertraute Person und die Geschichten."},
			{title: "Lesepatenschaften im Ganztag", theme: kultur, also: of(sozial), tags: "Lesen, Lesepaten, Ganztag",
				age: age(6, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Mo,Di,Mi,Do:N", minutes: 45,
				group: [2]int{1, 4}, capacity: 30, booked: 14,
				desc: "Lesepat*innen üben mit einzelnen Kindern oder Zweiergruppen das Lesen, im eigenen Tempo und ohne Noten. " +
					"Viele Kinder entdecken so zum ersten Mal ein Lieblingsbuch."},
			{title: "Vorlesen in vielen Sprachen", theme: kultur, tags: "Mehrsprachigkeit, Vorlesen, Familiensprachen",
				age: age(3, 8), targets: of(kita, gs, fz), formats: of(veranstaltung), modes: of(vorOrt), slots: "Mi:N Sa:V", minutes: 60, sessions: 1,
				group: [2]int{8, 30}, capacity: 10, booked: 3, langs: "de tr ar ru pl uk",
				desc: "Ehrenamtliche lesen dasselbe Bilderbuch nacheinander in mehreren Sprachen vor. " +
					"Eltern sind eingeladen, selbst in ihrer Sprache vorzulesen."},
			{title: "Dialogisches Vorlesen – Fortbildung", theme: kultur, also: of(sozial), tags: "Fortbildung, Sprachbildung, Vorlesen",
				age: age(1, 6), targets: of(kita, fz), formats: of(fortbildung), modes: of(vorOrt), minutes: 180, sessions: 1,
				group: [2]int{6, 20}, capacity: 6, booked: 2, cost: 25000, unit: proBuchung, funding: fKindercampus,
				desc: "Eine Teamfortbildung zur dialogischen Bilderbuchbetrachtung: Wie bringe ich Kinder beim Vorlesen ins Sprechen? " +
					"Mit Videobeispielen und Übungen mit den Büchern der Einrichtung."},
		}},
		{"tanzhaus-hoerde", []modul{
			{title: "Kindertanz in der Kita", theme: kultur, also: of(sport), tags: "Tanz, Bewegung, Musik",
				age: age(3, 6), targets: of(kita), formats: of(kurs), modes: of(vorOrt), slots: "Mo,Mi:V", minutes: 45, sessions: 10,
				group: [2]int{6, 12}, capacity: 4, booked: 2, cost: 4000, funding: fKindercampus,
				desc: "Die Kinder bewegen sich zu Musik, erfinden Tänze zu Geschichten und lernen, ihren Körper auszudrücken. " +
					"Ganz nebenbei werden Rhythmusgefühl und Koordination gefördert."},
			{title: "Hip-Hop-Dance im Ganztag", theme: kultur, also: of(sport), tags: "Hip-Hop, Tanz, Ganztag",
				age: age(7, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Mo,Mi:N", minutes: 60,
				group: [2]int{8, 16}, capacity: 3, booked: 1, cost: 4000, funding: fOGS,
				desc: "Eine Tanzpädagogin studiert mit den Kindern eine Hip-Hop-Choreografie ein. " +
					"Jedes Kind darf eigene Moves einbringen; zum Schulfest gibt es einen Auftritt."},
			{title: "Bühne frei – Tanzprojekt für Jugendliche", theme: kultur, tags: "Tanz, Jugendliche, Aufführung",
				age: age(12, 18), targets: of(jfs), formats: of(projektwoche), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:N",
				minutes: 150, sessions: 5, group: [2]int{8, 16}, capacity: 2, cost: 90000, unit: proBuchung, funding: fKulturrucksack,
				desc: "In einer Woche entwickeln Jugendliche mit zwei Choreograf*innen ein eigenes Tanzstück aus Hip-Hop, Contemporary und Alltagsbewegungen. " +
					"Die Aufführung findet im Jugendzentrum statt."},
			{title: "Tanzen für Eltern und Kleinkinder", theme: kultur, also: of(sport, sozial), tags: "Eltern-Kind, Tanz, Kleinkinder",
				age: age(1, 3), targets: of(fz, kita), formats: of(elternangebot), modes: of(beimPartner), slots: "Do:N", minutes: 45, sessions: 8,
				group: [2]int{5, 10}, capacity: 2, cost: 3500, unit: proKopf, funding: fBuT, parents: true,
				desc: "Eltern tanzen mit ihren Kleinkindern zu Liedern und Reimen. " +
					"Der Kurs stärkt die Bindung und bringt Familien aus dem Stadtteil zusammen."},
		}},
	}
}
