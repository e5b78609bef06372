package demo

// sozialModule: Module of youth-welfare providers, counselling and family partners.
func sozialModule() []angebote {
	return []angebote{
		{"jugendhilfe-revier", []modul{
			{title: "Soziale Gruppenarbeit im Ganztag", theme: sozial, tags: "Gruppenarbeit, Jugendhilfe, Schule",
				age: age(6, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Di,Do:N", minutes: 90,
				group: [2]int{6, 10}, capacity: 4, booked: 2,
				desc: "Sozialpädagog*innen arbeiten mit kleinen Gruppen von Kindern, die Schwierigkeiten im Miteinander haben. " +
					"Mit Spielen, Gesprächen und gemeinsamen Aufgaben üben die Kinder, Gefühle auszudrücken und Konflikte zu lösen. " +
					"Die Eltern werden in Gesprächen einbezogen."},
			{title: "Mädchengruppe: Stark und selbstbewusst", theme: sozial, also: of(sport), tags: "Mädchen, Selbstbehauptung, Körper",
				age: age(9, 14), targets: of(gs, jfs), formats: of(ag), modes: of(vorOrt), slots: "Mi:N", minutes: 90, sessions: 12,
				group: [2]int{6, 10}, capacity: 3, booked: 1, cost: 4500, funding: fJugendFoerder,
				desc: "Ein geschützter Raum für Mädchen: Über zwölf Treffen geht es um Freundschaft, Körper, Grenzen und Träume. " +
					"Selbstbehauptungsübungen und kreative Methoden stärken das Selbstvertrauen."},
			{title: "Brückenjahr: Übergang Kita–Grundschule", theme: sozial, tags: "Übergang, Einschulung, Vorschulkinder",
				age: age(5, 7), targets: of(kita, gs, fz), formats: of(kurs), modes: of(vorOrt), slots: "Mo,Do:V", minutes: 90, sessions: 10,
				group: [2]int{6, 12}, capacity: 4, booked: 1, parents: true,
				desc: "Vorschulkinder besuchen gemeinsam mit einer Fachkraft mehrmals ihre künftige Grundschule, lernen Räume und Lehrkräfte kennen und bekommen Besuch von Erstklässler*innen. " +
					"Zwei Elterntreffen beantworten Fragen rund um die Einschulung. " +
					"So gelingt Bildung aus einer Hand."},
			{title: "Bewerbungstraining und Berufsorientierung", theme: sozial, tags: "Bewerbung, Beruf, Ausbildung",
				age: age(14, 21), targets: of(jfs), formats: of(kurs), modes: of(vorOrt), slots: "Di:N", minutes: 120, sessions: 6,
				group: [2]int{4, 10}, capacity: 3, booked: 1,
				desc: "Jugendliche entdecken ihre Stärken, schreiben Lebenslauf und Bewerbung und üben Vorstellungsgespräche mit Personaler*innen aus Dortmunder Betrieben. " +
					"Auch junge Erwachsene ohne Abschluss sind willkommen."},
			{title: "Jungenarbeit: Was macht einen Mann aus?", theme: sozial, tags: "Jungen, Rollenbilder",
				age: age(11, 16), targets: of(jfs), formats: of(ag), modes: of(vorOrt), slots: "Mo:N", minutes: 90, sessions: 10,
				group: [2]int{5, 10}, capacity: 2, status: entwurf,
				desc: "Eine Gruppe nur für Jungen, in der über Stärke, Gefühle und Rollenbilder gesprochen wird."},
		}},
		{"streitschlichter-ruhr", []modul{
			{title: "Streitschlichter-Ausbildung für Grundschulkinder", theme: sozial, also: of(demokratie), tags: "Streitschlichtung, Mediation, Konflikte",
				age: age(8, 10), targets: of(gs), formats: of(kurs), modes: of(vorOrt), slots: "Mo,Mi:N", minutes: 90, sessions: 10,
				group: [2]int{8, 14}, capacity: 6, booked: 2, cost: 6000, funding: fStartchancen,
				desc: "Kinder der dritten und vierten Klassen lernen in zehn Einheiten, Streit zwischen Mitschüler*innen nach festen Regeln zu schlichten. " +
					"Nach der Ausbildung sind sie in den Pausen als Streitschlichter*innen im Einsatz, begleitet von einer Lehrkraft."},
			{title: "Konfliktlots*innen für Jugendliche", theme: sozial, tags: "Konflikte, Mediation, Jugendliche",
				age: age(12, 17), targets: of(jfs), formats: of(kurs), modes: of(vorOrt), slots: "Do:N", minutes: 120, sessions: 8,
				group: [2]int{6, 12}, capacity: 3, cost: 50000, unit: proBuchung, funding: fJugendFoerder,
				desc: "Jugendliche werden zu Konfliktlots*innen in ihrer Jugendfreizeitstätte ausgebildet. " +
					"Sie lernen aktives Zuhören, Ich-Botschaften und die Schritte einer Mediation."},
			{title: "Gewaltfreie Kommunikation – Fortbildung für OGS-Teams", theme: sozial, tags: "Fortbildung, Kommunikation, OGS",
				age: age(6, 10), targets: of(gs), formats: of(fortbildung), modes: of(vorOrt, online), slots: "Mi:N", minutes: 180, sessions: 2,
				group: [2]int{8, 25}, capacity: 8, booked: 3, cost: 60000, unit: proBuchung, funding: fKindercampus,
				desc: "Zwei Nachmittage für das Team des Offenen Ganztags: Wie bleiben wir in Konflikten mit Kindern und Eltern klar und wertschätzend? " +
					"Mit vielen Übungen aus dem OGS-Alltag."},
			{title: "Faustlos in der Kita", theme: sozial, tags: "Gewaltprävention, Empathie, Kita",
				age: age(4, 6), targets: of(kita, fz), formats: of(kurs), modes: of(vorOrt), slots: "Di:V", minutes: 45, sessions: 12,
				group: [2]int{6, 10}, capacity: 4, cost: 4500, status: inPruefung,
				desc: "Ein Programm zur Gewaltprävention für Vorschulkinder: Gefühle erkennen, Impulse kontrollieren, mit Wut umgehen. " +
					"Die Fachkräfte der Kita werden einbezogen, damit sie das Programm fortführen können."},
		}},
		{"fbs-dortmund", []modul{
			{title: "Elternkurs: Gelassen durch den Familienalltag", theme: sozial, tags: "Elternkurs, Erziehung, Familienbildung",
				age: age(2, 10), targets: of(kita, fz, gs, fbuero), formats: of(elternangebot, kurs), modes: of(vorOrt), slots: "Mo:A Do:V",
				minutes: 120, sessions: 6, group: [2]int{6, 14}, capacity: 6, booked: 2, cost: 2000, unit: proKopf, funding: fFamilienbild,
				parents: true, langs: "de tr ar",
				desc: "Sechs Treffen für Eltern zu Grenzen, Regeln, Geschwisterstreit und Zeit füreinander. " +
					"Der Kurs findet vormittags oder abends in der Einrichtung statt, Kinderbetreuung ist möglich. " +
					"Es gibt Gruppen auf Türkisch und Arabisch."},
			{title: "Eltern-Kind-Gruppe für Familien mit Babys", theme: sozial, tags: "Babys, Eltern-Kind-Gruppe, Familienbildung",
				age: age(0, 2), targets: of(kita, fz, fbuero), formats: of(elternangebot), modes: of(vorOrt), slots: "Di,Fr:V",
				minutes: 90, sessions: 10, group: [2]int{5, 10}, capacity: 6, booked: 3, parents: true,
				desc: "Eltern mit Babys und Kleinkindern treffen sich wöchentlich zum Spielen, Singen und Austauschen. " +
					"Eine Kursleiterin gibt Anregungen zu Entwicklung, Schlaf und Ernährung. " +
					"Das Angebot ist kostenfrei und ein guter erster Kontakt zur Kita."},
			{title: "Elterncafé mit Kinderbetreuung", theme: sozial, also: of(kultur), tags: "Elterncafé, Begegnung, Kinderbetreuung",
				age: age(0, 6), targets: of(kita, fz, gs), formats: of(elternangebot, offen), modes: of(vorOrt), slots: "Mi:V Do:VN",
				minutes: 120, group: [2]int{5, 20}, capacity: 5, booked: 2, cost: 4000, funding: fKindercampus, parents: true,
				desc: "Ein offener Treffpunkt für Eltern in der Einrichtung, während die Kinder betreut werden. " +
					"Zu wechselnden Themen kommen Gäste vom Familienbüro, der Erziehungsberatung oder der Bibliothek. " +
					"Das Café wird gemeinsam mit Eltern gestaltet."},
			{title: "Babymassage und Bindung", theme: sozial, also: of(sport), tags: "Babys, Bindung, Berührung",
				age: age(0, 1), targets: of(fz, fbuero, kita), formats: of(kurs), modes: of(beimPartner), slots: "Mi:V", minutes: 60, sessions: 5,
				group: [2]int{4, 8}, capacity: 4, booked: 1, cost: 4500, unit: proKopf, funding: fFamilienbild, parents: true,
				desc: "Eltern lernen sanfte Massagegriffe für ihr Baby und erfahren, wie Berührung Bindung und Wohlbefinden stärkt. " +
					"Ein ruhiger Kurs für die ersten Lebensmonate."},
			{title: "Kochen für Familien mit kleinem Budget", theme: sport, also: of(bne), tags: "Kochen, Familie, Budget",
				age: age(0, 12), targets: of(fz, fbuero, kita), formats: of(elternangebot), modes: of(vorOrt), slots: "Do:N",
				period: "2025-08-01/2026-07-31", minutes: 150, sessions: 4, group: [2]int{6, 12}, capacity: 3, booked: 3,
				parents: true, status: archiviert,
				desc: "Familien kochten gemeinsam günstige, gesunde Gerichte. " +
					"Der Kurs lief bis Sommer 2026 und wird von der „Kochwerkstatt für Kinder“ des Vereins Gesund aufwachsen im Revier abgelöst."},
		}},
		{"brueckenbauer-nordstadt", []modul{
			{title: "Mehrsprachiges Elterncafé", theme: sozial, tags: "Elterncafé, mehrsprachig, Nordstadt",
				age: age(0, 10), targets: of(kita, gs, fz), formats: of(elternangebot, offen), modes: of(vorOrt), slots: "Mo,Fr:V",
				minutes: 120, group: [2]int{5, 25}, capacity: 6, booked: 3, parents: true,
				desc: "Eltern aus dem Verein laden andere Eltern zu Tee und Gespräch in Kita oder Schule ein, auf Türkisch, Arabisch, Bulgarisch, Rumänisch, Kurdisch und Deutsch. " +
					"Hier werden Elternbriefe erklärt, Termine vorbereitet und Freundschaften geschlossen."},
			{title: "Ankommen in der Schule – Begleitung neu zugewanderter Familien", theme: sozial, tags: "Zuwanderung, Schule, Begleitung",
				age: age(6, 10), targets: of(gs, fbuero, bst), formats: of(beratung), modes: of(vorOrt), minutes: 60,
				group: [2]int{1, 6}, capacity: 20, booked: 8, parents: true,
				desc: "Ehrenamtliche Elternbegleiter*innen unterstützen neu zugewanderte Familien in den ersten Monaten an der Schule. " +
					"Sie begleiten zu Elterngesprächen, erklären Ganztag, Schulmaterial und Bildung und Teilhabe und übersetzen bei Bedarf."},
			{title: "Elternabend mit Sprachmittlung", theme: sozial, also: of(demokratie), tags: "Elternabend, Sprachmittlung, Beteiligung",
				age: age(3, 12), targets: of(kita, gs, fz), formats: of(elternangebot, veranstaltung), modes: of(vorOrt), slots: "Di,Mi,Do:A",
				minutes: 90, sessions: 1, group: [2]int{10, 60}, capacity: 15, booked: 5, cost: 12000, unit: proBuchung, funding: fAufholen, parents: true,
				desc: "Der Verein stellt für Elternabende in Kita und Schule Sprachmittler*innen aus der Elternschaft und moderiert in Kleingruppen nach Sprachen. " +
					"So können alle Eltern mitreden und mitentscheiden."},
			{title: "Väter-Kind-Samstag", theme: sozial, also: of(sport), tags: "Väter, Familie, Ausflug",
				age: age(3, 10), targets: of(kita, gs, fz), formats: of(veranstaltung), modes: of(vorOrt), slots: "Sa:V", minutes: 180, sessions: 1,
				group: [2]int{8, 30}, capacity: 4, parents: true, status: entwurf,
				desc: "Väter und Kinder verbringen einen Samstagvormittag mit Spielen, Werken und einem gemeinsamen Frühstück."},
		}},
		{"beratungszentrum-nord", []modul{
			{title: "Offene Erziehungssprechstunde in der Einrichtung", theme: sozial, tags: "Erziehungsberatung, Sprechstunde, niedrigschwellig",
				age: age(0, 18), targets: of(kita, gs, fz, jfs, fbuero), formats: of(beratung), modes: of(vorOrt), slots: "Mo,Mi:V",
				minutes: 120, group: [2]int{1, 10}, capacity: 12, booked: 6, parents: true,
				desc: "Eine Beraterin ist regelmäßig zu einer festen Zeit in Kita, Schule oder Familienzentrum ansprechbar. " +
					"Eltern können ohne Termin und anonym kommen. " +
					"Sprechstunden auf Türkisch und Arabisch sind möglich."},
			{title: "Fallberatung für pädagogische Teams", theme: sozial, tags: "Fallberatung, Teams, Kinderschutz",
				age: age(0, 18), targets: of(kita, gs, jfs, fz, bst, sonst), formats: of(beratung, fortbildung), modes: of(vorOrt, online),
				minutes: 90, group: [2]int{3, 20}, capacity: 15, booked: 7,
				desc: "Teams besprechen anonymisiert schwierige Situationen mit einzelnen Kindern oder Familien mit einer erfahrenen Beraterin. " +
					"Gemeinsam werden Handlungsschritte und passende Hilfen im Stadtteil gesucht."},
			{title: "Elternabend: Grenzen setzen mit Herz", theme: sozial, tags: "Elternabend, Erziehung, Grenzen",
				age: age(2, 12), targets: of(kita, gs, fz, fbuero), formats: of(elternangebot), modes: of(vorOrt, online), slots: "Di:A",
				minutes: 90, sessions: 1, group: [2]int{6, 40}, capacity: 10, booked: 2, parents: true,
				desc: "Wie sage ich Nein, ohne laut zu werden? " +
					"Der Elternabend gibt Anregungen für klare und liebevolle Erziehung und Raum für Fragen."},
			{title: "Gruppe für Kinder aus Trennungsfamilien", theme: sozial, tags: "Trennung, Scheidung, Kindergruppe",
				age: age(6, 10), targets: of(gs, bst), formats: of(kurs), modes: of(beimPartner), slots: "Do:N", minutes: 90, sessions: 10,
				group: [2]int{5, 8}, capacity: 2, booked: 1,
				desc: "Kinder, deren Eltern sich getrennt haben, treffen andere Kinder in der gleichen Situation. " +
					"Mit Spielen, Malen und Gesprächen finden sie Worte für ihre Gefühle. " +
					"Die Eltern werden zu zwei Gesprächen eingeladen."},
		}},
		{"stadtteilmuetter", []modul{
			{title: "Stadtteilmütter begleiten Familien", theme: sozial, also: of(kultur), tags: "Hausbesuche, mehrsprachig, Lotsen",
				age: age(0, 6), targets: of(kita, fz, fbuero, bst), formats: of(beratung), modes: of(vorOrt), minutes: 90, sessions: 10,
				group: [2]int{1, 3}, capacity: 40, booked: 14, parents: true,
				desc: "Stadtteilmütter besuchen Familien mit kleinen Kindern zu Hause und sprechen in ihrer Sprache über Kita, Gesundheit, Sprache und Erziehung. " +
					"Einrichtungen können Familien vermitteln, die sie sonst schwer erreichen."},
			{title: "Kita-Einstieg mehrsprachig erklärt", theme: sozial, tags: "Kita-Anmeldung, Eingewöhnung, mehrsprachig",
				age: age(0, 6), targets: of(kita, fz, fbuero), formats: of(elternangebot), modes: of(vorOrt), slots: "Mo,Do:V",
				minutes: 90, sessions: 1, group: [2]int{5, 15}, capacity: 20, booked: 6, parents: true,
				desc: "Wie melde ich mein Kind in der Kita an, was passiert in der Eingewöhnung, was kostet ein Kitaplatz? " +
					"Stadtteilmütter erklären in kleinen Gruppen und in vielen Sprachen, was Eltern wissen müssen."},
			{title: "Mehrsprachige Infoabende zur Einschulung", theme: sozial, tags: "Einschulung, Übergang, Eltern",
				age: age(5, 6), targets: of(kita, gs, fz), formats: of(elternangebot), modes: of(vorOrt), slots: "Di:NA",
				period: "2026-09-01/2027-01-31", minutes: 90, sessions: 1, group: [2]int{10, 40}, capacity: 10, booked: 3, parents: true,
				desc: "Vor der Schulanmeldung erklären Stadtteilmütter gemeinsam mit Lehrkräften den Weg in die Grundschule: Anmeldung, Ganztag, Schulmaterial. " +
					"Übersetzt wird in die Sprachen der Familien."},
		}},
		{"chancenreich", []modul{
			{title: "Lernpat*innen für Grundschulkinder", theme: sozial, also: of(mint), tags: "Lernpaten, Ehrenamt, Hausaufgaben",
				age: age(6, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Mo,Di,Mi,Do:N", minutes: 60,
				group: [2]int{1, 4}, capacity: 30, booked: 12,
				desc: "Ehrenamtliche Lernpat*innen unterstützen einzelne Kinder oder Kleingruppen einmal pro Woche beim Lesen, Rechnen und bei den Hausaufgaben. " +
					"Die Stiftung wählt die Pat*innen aus, schult sie und bleibt Ansprechpartnerin für die Schule."},
			{title: "Mentoring: Übergang Schule–Beruf", theme: sozial, tags: "Mentoring, Ausbildung, Berufseinstieg",
				age: age(14, 21), targets: of(jfs), formats: of(beratung), modes: of(vorOrt, online), minutes: 60, sessions: 20,
				group: [2]int{1, 1}, capacity: 15, booked: 5,
				desc: "Berufserfahrene Mentor*innen begleiten Jugendliche ein Jahr lang auf dem Weg in Ausbildung oder Studium. " +
					"Die Treffen finden in der Jugendfreizeitstätte oder per Video statt."},
			{title: "Mathe-Spielewerkstatt", theme: mint, also: of(sozial), tags: "Mathematik, Spiele, Zahlen",
				age: age(7, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Di:N", minutes: 90, sessions: 10,
				group: [2]int{6, 12}, capacity: 4, booked: 1,
				desc: "Mit Würfel-, Karten- und Legespielen üben Kinder Rechnen und logisches Denken, ohne dass es sich nach Lernen anfühlt. " +
					"Die Spiele bleiben nach der AG in der Schule."},
		}},
		{"abenteuer-ruhr", []modul{
			{title: "Teamtage für Schulklassen", theme: sozial, also: of(sport), tags: "Klassengemeinschaft, Kooperation, Erlebnispädagogik",
				age: age(8, 14), targets: of(gs, jfs), formats: of(projekttag), modes: of(beimPartner, vorOrt), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 300, sessions: 1, group: [2]int{12, 28}, capacity: 20, booked: 9, cost: 1500, unit: proKopf, funding: fAufholen,
				desc: "Mit Kooperationsaufgaben, Vertrauensübungen und Reflexionsrunden wächst die Klasse zusammen. " +
					"Der Teamtag findet am Hasenberg oder auf dem Schulgelände statt und eignet sich besonders für neue Klassen nach dem Übergang."},
			{title: "Niedrigseilgarten-Nachmittag", theme: sport, also: of(sozial), tags: "Niedrigseilgarten, Balance, Mut",
				age: age(10, 16), targets: of(jfs, gs), formats: of(workshop), modes: of(beimPartner), slots: "Mi,Fr:N", minutes: 180, sessions: 1,
				group: [2]int{8, 16}, capacity: 10, booked: 2, cost: 25000, unit: proBuchung, funding: fJugendFoerder,
				desc: "Im Niedrigseilgarten balancieren Kinder und Jugendliche über Seile und Balken, immer mit Hilfe der Gruppe. " +
					"Die Aufgaben fordern Mut und Absprachen."},
			{title: "Erlebnispädagogische Ferienfreizeit", theme: sozial, also: of(sport, bne), tags: "Ferienfreizeit, Natur, Gemeinschaft",
				age: age(11, 17), targets: of(jfs), formats: of(ferien), modes: of(beimPartner), slots: "Mo,Di,Mi,Do,Fr:VMN",
				period: "2027-07-19/2027-07-23", minutes: 420, sessions: 5, group: [2]int{10, 16}, capacity: 2,
				cost: 9000, unit: proKopf, funding: fJugendFoerder,
				desc: "Eine Woche in den Sommerferien mit Kanufahren, Klettern, Feuer machen und Übernachtung im Zelt am Hasenberg. " +
					"Jugendliche, die selten aus ihrem Stadtteil herauskommen, erleben Natur und Gemeinschaft."},
			{title: "Kooperationsspiele für Kita-Gruppen", theme: sozial, tags: "Kooperation, Spiele, Kita",
				age: age(4, 6), targets: of(kita), formats: of(workshop), modes: of(vorOrt), slots: "Di,Mi:V", minutes: 90, sessions: 1,
				group: [2]int{8, 15}, capacity: 10, booked: 3, cost: 12000, unit: proBuchung, funding: fKindercampus,
				desc: "Mit Schwungtuch, Seilen und Bällen lösen Vorschulkinder gemeinsame Aufgaben. " +
					"Sie erleben, dass sie als Gruppe mehr schaffen als allein."},
		}},
	}
}
