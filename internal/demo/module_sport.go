package demo

// sportModule: Module of the sports clubs and health partners.
func sportModule() []angebote {
	return []angebote{
		{"sv-clarenberg", []modul{
			{title: "Fußball-AG im Ganztag", theme: sport, also: of(sozial), tags: "Fußball, Teamgeist, Fair Play, Mädchen",
				age: age(6, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Mo,Mi:N", minutes: 90,
				group: [2]int{8, 16}, capacity: 4, booked: 1, cost: 3500, funding: fOGS,
				desc: "Zweimal pro Woche trainiert eine lizenzierte Übungsleiterin des Vereins mit Kindern der OGS auf dem Schulhof oder in der Turnhalle. " +
					"Im Mittelpunkt stehen Spaß am Spiel, Fair Play und Teamgeist, nicht die Leistung. " +
					"Mädchen sind ausdrücklich eingeladen; wer Lust auf mehr hat, kann kostenlos ins Vereinstraining schnuppern."},
			{title: "Bewegungsbaustelle für Kita-Kinder", theme: sport, tags: "Psychomotorik, Klettern, Balancieren",
				age: age(2, 6), targets: of(kita, fz), formats: of(ag), modes: of(vorOrt), slots: "Mo,Di:V", minutes: 60,
				group: [2]int{6, 12}, capacity: 5, booked: 2, cost: 3000, funding: fKindercampus,
				desc: "Aus Kästen, Matten, Brettern und Reifen bauen die Kinder gemeinsam mit einer Übungsleiterin ihre eigene Bewegungslandschaft. " +
					"Klettern, Rutschen und Balancieren fördern Körpergefühl, Mut und Selbstvertrauen. " +
					"Das Material bringt der Verein mit."},
			{title: "Mädchenfußball-Treff", theme: sport, also: of(sozial), tags: "Mädchen, Fußball, offenes Angebot",
				age: age(10, 16), targets: of(jfs), formats: of(offen), modes: of(vorOrt, beimPartner), slots: "Fr:N", minutes: 120,
				group: [2]int{6, 20}, capacity: 2,
				desc: "Ein geschützter Rahmen nur für Mädchen: Kicken ohne Leistungsdruck, mit Trainerinnen aus dem Verein. " +
					"Der Treff findet abwechselnd auf dem Vereinsplatz und im Bolzkäfig der Jugendfreizeitstätte statt. " +
					"Eine Anmeldung ist nicht nötig."},
			{title: "Familiensportfest am Clarenberg", theme: sport, also: of(sozial), tags: "Familie, Fest, Nachbarschaft",
				age: age(0, 12), targets: of(kita, gs, fz, jfs), formats: of(veranstaltung), modes: of(beimPartner),
				slots: "Sa:VM", period: "2027-06-01/2027-06-30", minutes: 240, sessions: 1,
				group: [2]int{20, 200}, capacity: 1, parents: true,
				inclusion: "Stationen für Kinder mit und ohne Beeinträchtigung; der Sportplatz ist barrierefrei erreichbar.",
				desc: "Einmal im Jahr lädt der Verein Familien, Kitas, Schule und Jugendfreizeitstätte zum Sportfest auf den Platz am Clarenberg ein. " +
					"An Mitmachstationen können Kinder und Eltern gemeinsam laufen, werfen, balancieren und neue Sportarten ausprobieren. " +
					"Die Einrichtungen können eigene Stationen beisteuern."},
			{title: "Ausbildung zur Sporthelfer*in", theme: sport, also: of(sozial), tags: "Ehrenamt, Jugendleitung, Verantwortung",
				age: age(13, 17), targets: of(jfs), formats: of(kurs), modes: of(beimPartner), slots: "Sa:V",
				period: "2026-09-01/2026-12-19", minutes: 180, sessions: 6, group: [2]int{6, 14}, capacity: 1, status: entwurf,
				desc: "Jugendliche lernen, kleine Spiel- und Sportangebote für jüngere Kinder selbst anzuleiten. " +
					"Themen sind Aufwärmspiele, Gruppenleitung, Erste Hilfe und Kinderschutz. " +
					"Wer die Ausbildung abschließt, erhält ein Zertifikat und kann im Ganztag mithelfen."},
		}},
		{"tus-westerfilde", []modul{
			{title: "Ballspiel-AG für Erst- und Zweitklässler", theme: sport, tags: "Ballspiele, Koordination, Ganztag",
				age: age(6, 8), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Di,Do:N", minutes: 60,
				group: [2]int{8, 15}, capacity: 3, booked: 1, cost: 2500, funding: fKindercampus,
				desc: "Fangen, Werfen, Prellen: In der Ballspiel-AG lernen die Jüngsten spielerisch den Umgang mit dem Ball. " +
					"Kleine Spiele mit einfachen Regeln stärken Koordination und Rücksicht aufeinander. " +
					"Die AG findet in der Turnhalle der Schule statt."},
			{title: "Kinderturnen in der Kita", theme: sport, tags: "Turnen, Bewegung, Kita",
				age: age(3, 6), targets: of(kita), formats: of(ag), modes: of(vorOrt), slots: "Mi,Fr:V", minutes: 45,
				group: [2]int{6, 12}, capacity: 4, booked: 2, cost: 2500, funding: fKindercampus,
				desc: "Eine Übungsleiterin des Vereins kommt wöchentlich in den Bewegungsraum der Kita. " +
					"Mit Geräteparcours, Bewegungsliedern und Spielen werden Grundbewegungen wie Rollen, Springen und Hangeln geübt."},
			{title: "Leichtathletik-Ferienwoche", theme: sport, tags: "Ferien, Laufen, Springen, Werfen",
				age: age(7, 12), targets: of(gs, jfs), formats: of(ferien), modes: of(beimPartner),
				slots: "Mo,Di,Mi,Do,Fr:V", period: "2026-10-19/2026-10-23", minutes: 180, sessions: 5,
				group: [2]int{10, 24}, capacity: 1, cost: 2500, unit: proKopf, funding: fBuT,
				desc: "In der ersten Herbstferienwoche laden die Trainer*innen zu fünf Vormittagen Leichtathletik auf der Vereinsanlage ein. " +
					"Sprint, Weitsprung, Ballwurf und Staffelspiele wechseln sich ab; zum Abschluss gibt es ein kleines Sportabzeichen-Fest. " +
					"Ein gesundes Frühstück ist im Preis enthalten."},
			{title: "Turnzwerge – Samstagsturnen für Familien", theme: sport, tags: "Eltern-Kind, Kleinkinder, Turnen",
				age: age(1, 4), targets: of(kita, fz), formats: of(kurs), modes: of(beimPartner), slots: "Sa:V", minutes: 60, sessions: 10,
				group: [2]int{6, 12}, capacity: 2, booked: 1, cost: 3000, unit: proKopf, funding: fBuT, parents: true,
				desc: "Eltern turnen gemeinsam mit ihren Kleinkindern in der Vereinshalle. " +
					"Einfache Bewegungslandschaften, Fingerspiele und Lieder laden zum Ausprobieren ein, die Eltern bekommen Anregungen für Bewegung zu Hause. " +
					"Der Kurs wird an Kitas und Familienzentren im Stadtteil vermittelt."},
		}},
		{"nordstadt-delfine", []modul{
			{title: "Seepferdchen-Kurs für Grundschulkinder", theme: sport, tags: "Schwimmen, Seepferdchen, Nichtschwimmer",
				age: age(6, 10), targets: of(gs), formats: of(kurs), modes: of(beimPartner), slots: "Di,Do:N", minutes: 45, sessions: 12,
				group: [2]int{6, 10}, capacity: 6, booked: 5, cost: 9000, unit: proKopf, funding: fSchwimmen,
				inclusion: "Kleine Gruppen mit zwei Trainer*innen im Wasser; Kinder mit Beeinträchtigung nach Absprache. Das Bad ist barrierefrei.",
				desc: "In zwölf Einheiten lernen Nichtschwimmer*innen im Lehrschwimmbecken sicher zu schwimmen, bis zum Seepferdchen. " +
					"Der Verein holt die Kinder nach Absprache an der Schule ab. " +
					"Für Familien mit BuT-Anspruch entstehen keine Kosten."},
			{title: "Wassergewöhnung im Schulschwimmen", theme: sport, tags: "Schwimmen, Wassergewöhnung, Schulschwimmen",
				age: age(6, 8), targets: of(gs), formats: of(ag), modes: of(beimPartner), slots: "Mo,Mi:V", minutes: 45, sessions: 20,
				group: [2]int{8, 14}, capacity: 4, booked: 4, cost: 3000, funding: fSchwimmen,
				desc: "Vereinstrainer*innen unterstützen die Lehrkräfte beim Schwimmunterricht der ersten und zweiten Klassen. " +
					"Kinder mit Angst vor dem Wasser werden in einer eigenen Kleingruppe behutsam an Tauchen, Gleiten und Springen herangeführt."},
			{title: "Nichtschwimmerkurs für Jugendliche", theme: sport, tags: "Schwimmen, Jugendliche, Mädchen",
				age: age(11, 18), targets: of(jfs), formats: of(kurs), modes: of(beimPartner), slots: "Fr:A", minutes: 60, sessions: 10,
				group: [2]int{4, 8}, capacity: 2,
				desc: "Viele Jugendliche haben nie schwimmen gelernt und schämen sich dafür. " +
					"In sehr kleinen Gruppen, auf Wunsch getrennt nach Geschlechtern, lernen sie in zehn Abenden das sichere Schwimmen. " +
					"Der Kurs ist kostenlos."},
			{title: "Babyschwimmen mit Eltern", theme: sport, also: of(sozial), tags: "Babys, Eltern, Wassergewöhnung",
				age: age(0, 2), targets: of(fz, kita, fbuero), formats: of(elternangebot, kurs), modes: of(beimPartner), slots: "Do:V",
				minutes: 30, sessions: 8, group: [2]int{5, 10}, capacity: 2, booked: 1, cost: 6000, unit: proKopf, funding: fBuT, parents: true,
				desc: "Eltern und Babys erleben gemeinsam das warme Wasser des Lehrschwimmbeckens. " +
					"Die Kursleiterin zeigt sichere Haltegriffe und kleine Spiele; ganz nebenbei lernen sich Familien aus dem Stadtteil kennen."},
		}},
		{"tb-hombruch", []modul{
			{title: "Eltern-Kind-Turnen", theme: sport, tags: "Eltern-Kind, Turnen, Kleinkinder",
				age: age(1, 3), targets: of(kita, fz), formats: of(kurs), modes: of(beimPartner), slots: "Di:N", minutes: 60, sessions: 12,
				group: [2]int{8, 14}, capacity: 3, booked: 2, cost: 3600, unit: proKopf, funding: fBuT, parents: true,
				desc: "Der Klassiker des Vereins: Eltern und Kleinkinder erobern gemeinsam die Turnhalle. " +
					"Mit Bewegungsliedern, Geräten und viel Zeit zum Ausprobieren erleben Kinder ihren Körper, Eltern bekommen Ideen für zu Hause."},
			{title: "Bewegungsförderung im Kita-Alltag – Fortbildung", theme: sport, tags: "Fortbildung, Fachkräfte, Psychomotorik",
				age: age(0, 6), targets: of(kita, fz), formats: of(fortbildung), modes: of(beimPartner), period: "2027",
				minutes: 240, sessions: 2, group: [2]int{8, 20}, capacity: 4, booked: 1, cost: 45000, unit: proBuchung, funding: fKindercampus,
				desc: "Zwei Nachmittage für pädagogische Fachkräfte: Wie wird Bewegung Teil des ganzen Kita-Tages, auch bei wenig Platz? " +
					"Die Referentin zeigt einfache Bewegungsbaustellen, Spiele für den Gruppenraum und Beobachtungshilfen für die motorische Entwicklung."},
			{title: "Trampolin-AG", theme: sport, tags: "Trampolin, Turnen, Körperspannung",
				age: age(8, 12), targets: of(gs), formats: of(ag), modes: of(beimPartner), slots: "Mi:N", minutes: 90,
				group: [2]int{6, 10}, capacity: 2, booked: 1, cost: 3000, funding: fOGS,
				desc: "In der Vereinshalle springen die Kinder unter Anleitung auf dem Großtrampolin. " +
					"Sie lernen Grundsprünge, Körperspannung und Sicherheitsregeln. " +
					"Die Gruppe wird von einer Übungsleiterin an der Schule abgeholt."},
			{title: "Kinderyoga", theme: sport, also: of(sozial), tags: "Yoga, Entspannung, Achtsamkeit",
				age: age(4, 8), targets: of(kita, gs), formats: of(kurs), modes: of(vorOrt), slots: "Do:VN",
				period: "2025-08-01/2026-07-31", minutes: 45, sessions: 8, group: [2]int{6, 12}, capacity: 3, booked: 3,
				cost: 4000, status: archiviert,
				desc: "Tiergeschichten, Atemübungen und Fantasiereisen helfen Kindern, zur Ruhe zu kommen. " +
					"Der Kurs lief im Schuljahr 2025/26 und wird derzeit nicht mehr angeboten."},
		}},
		{"boxclub-borsig", []modul{
			{title: "Boxen mit Regeln – Anti-Gewalt-Kurs", theme: sport, also: of(sozial), tags: "Boxen, Gewaltprävention, Respekt",
				age: age(12, 18), targets: of(jfs), formats: of(kurs), modes: of(beimPartner, vorOrt), slots: "Mo,Mi:A", minutes: 90, sessions: 10,
				group: [2]int{6, 12}, capacity: 3, booked: 1, cost: 40000, unit: proBuchung, funding: fJugendFoerder,
				desc: "Im Boxtraining lernen Jugendliche, ihre Kraft zu kontrollieren und Regeln einzuhalten. " +
					"Zu jeder Einheit gehört ein Gesprächsteil über Wut, Konflikte und Respekt. " +
					"Der Kurs eignet sich besonders für Jugendliche, die schon durch Gewalt aufgefallen sind."},
			{title: "Offenes Boxtraining für Jugendliche", theme: sport, tags: "Boxen, offenes Angebot, Fitness",
				age: age(14, 21), targets: of(jfs), formats: of(offen), modes: of(beimPartner), slots: "Di,Do:A", minutes: 120,
				group: [2]int{5, 25}, capacity: 5, booked: 2,
				desc: "Zweimal in der Woche steht die Halle am Borsigplatz Jugendlichen und jungen Erwachsenen offen. " +
					"Ohne Mitgliedschaft und Anmeldung können sie mittrainieren; Trainer*innen und eine Sozialarbeiterin sind ansprechbar."},
			{title: "Fitness und Selbstbehauptung für Mädchen", theme: sport, also: of(sozial), tags: "Mädchen, Selbstbehauptung, Fitness",
				age: age(10, 16), targets: of(jfs, gs), formats: of(kurs), modes: of(beimPartner), slots: "Fr:N", minutes: 90, sessions: 8,
				group: [2]int{6, 12}, capacity: 2, cost: 20000, unit: proBuchung, funding: fAufholen,
				desc: "Ein Kurs nur für Mädchen mit einer Trainerin: Fitness, Techniken zur Selbstverteidigung und Übungen für ein selbstbewusstes Auftreten. " +
					"Die Mädchen lernen, Grenzen zu setzen und sich Hilfe zu holen."},
			{title: "Bewegungspause im Ganztag", theme: sport, tags: "Bewegung, Mittagspause, Ganztag",
				age: age(6, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Mo,Di,Do:M", minutes: 45,
				group: [2]int{10, 25}, capacity: 4, booked: 1, cost: 2000, funding: fStartchancen,
				desc: "Nach dem Mittagessen bringen Trainer*innen des Vereins mit Lauf- und Reaktionsspielen Bewegung auf den Schulhof. " +
					"Die Kinder bauen Energie ab und kommen konzentrierter in die Lernzeit."},
		}},
		{"bouldercafe-phoenix", []modul{
			{title: "Klettertag für Schulklassen", theme: sport, also: of(sozial), tags: "Bouldern, Klettern, Vertrauen, Klassengemeinschaft",
				age: age(8, 14), targets: of(gs, jfs), formats: of(projekttag), modes: of(beimPartner), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 180, sessions: 1, group: [2]int{10, 28}, capacity: 20, booked: 6, cost: 1200, unit: proKopf, funding: fKindercampus,
				desc: "Ein Vormittag in der Boulderhalle: Nach einer Einweisung probieren die Kinder Routen in Absprunghöhe aus und sichern sich gegenseitig beim Spotten. " +
					"Kooperationsaufgaben an der Wand stärken Vertrauen und Zusammenhalt der Klasse."},
			{title: "Boulder-AG für Jugendliche", theme: sport, tags: "Bouldern, Jugendliche, Körpergefühl",
				age: age(12, 18), targets: of(jfs), formats: of(ag), modes: of(beimPartner), slots: "Mi:NA", minutes: 90,
				group: [2]int{6, 10}, capacity: 3, booked: 1, cost: 6000, funding: fJugendFoerder,
				desc: "Eine feste Gruppe Jugendlicher trainiert wöchentlich mit einem Trainer in der Halle. " +
					"Die Jugendlichen lernen Technik, planen eigene Routen und erleben, wie sie über sich hinauswachsen."},
			{title: "Inklusives Klettern", theme: sport, also: of(sozial), tags: "Inklusion, Klettern, Barrierefreiheit",
				age: age(8, 18), targets: of(gs, jfs, sonst), formats: of(kurs), modes: of(beimPartner), slots: "Sa:V", minutes: 120, sessions: 6,
				group: [2]int{4, 8}, capacity: 2, cost: 15000, unit: proBuchung, funding: fAufholen, status: inPruefung,
				inclusion: "Für Kinder und Jugendliche mit und ohne Behinderung; rollstuhlgerechter Zugang, Assistenz kann mitklettern.",
				desc: "Kinder und Jugendliche mit und ohne Behinderung klettern gemeinsam. " +
					"Besonders geschulte Trainer*innen passen Griffe, Routen und Sicherung an die Möglichkeiten jedes Kindes an."},
		}},
		{"gesund-aufwachsen", []modul{
			{title: "Gesunde Brotdose – Ernährung in der Kita", theme: sport, also: of(bne), tags: "Ernährung, Frühstück, Kita",
				age: age(3, 6), targets: of(kita, fz), formats: of(projekttag), modes: of(vorOrt), slots: "Di,Do:V", minutes: 120, sessions: 1,
				group: [2]int{10, 20}, capacity: 15, booked: 4, cost: 6000, unit: proBuchung, funding: fKindercampus,
				desc: "Kinder bereiten gemeinsam ein gesundes Frühstück zu, schmecken, riechen und sortieren Lebensmittel. " +
					"Eine Ökotrophologin zeigt, was in eine gute Brotdose gehört. " +
					"Für die Eltern gibt es ein mehrsprachiges Infoblatt."},
			{title: "Zahnputzdetektive", theme: sport, tags: "Zahngesundheit, Prophylaxe",
				age: age(3, 8), targets: of(kita, gs), formats: of(workshop), modes: of(vorOrt), slots: "Mo,Mi:V", minutes: 60, sessions: 1,
				group: [2]int{8, 25}, capacity: 25, booked: 9,
				desc: "Mit Riesengebiss, Handpuppe und Färbetabletten lernen Kinder, wie richtiges Zähneputzen geht und was Zähnen schadet. " +
					"Jedes Kind bekommt eine neue Zahnbürste."},
			{title: "Elternabend Gesunde Ernährung – mehrsprachig", theme: sport, also: of(sozial), tags: "Eltern, Ernährung, mehrsprachig",
				age: age(0, 10), targets: of(kita, fz, gs, fbuero), formats: of(elternangebot), modes: of(vorOrt, online), slots: "Di,Do:A",
				minutes: 90, sessions: 1, group: [2]int{5, 30}, capacity: 12, booked: 3, parents: true,
				desc: "Was essen Kinder gern, was brauchen sie, und wie gelingt gesunde Ernährung mit kleinem Budget? " +
					"Der Abend findet in der Einrichtung oder online statt, mit Sprachmittlung in Türkisch, Arabisch oder Russisch."},
			{title: "Kochwerkstatt für Kinder", theme: sport, also: of(bne), tags: "Kochen, Ernährung, regional",
				age: age(7, 12), targets: of(gs, jfs), formats: of(kurs), modes: of(vorOrt), slots: "Mi:N", minutes: 120, sessions: 6,
				group: [2]int{6, 10}, capacity: 4, booked: 1, cost: 8000, funding: fAufholen,
				desc: "In sechs Nachmittagen kochen Kinder einfache, gesunde Gerichte aus regionalen Zutaten. " +
					"Sie lernen Schneiden, Abmessen und Hygieneregeln und nehmen Rezepte mit nach Hause. " +
					"Lebensmittelkosten sind im Preis enthalten."},
			{title: "Schlaf, Bildschirm, Bewegung – Elternworkshop", theme: sport, also: of(mint), tags: "Eltern, Medien, Schlaf, Bewegung",
				age: age(0, 6), targets: of(kita, fz, fbuero, bst), formats: of(elternangebot), modes: of(online), slots: "Mo:A",
				minutes: 90, sessions: 1, group: [2]int{5, 40}, capacity: 10, booked: 2, parents: true,
				desc: "Ein Online-Abend für Eltern kleiner Kinder: Wie viel Bildschirm ist in Ordnung, wie viel Schlaf und Bewegung brauchen Kinder? " +
					"Eine Kinderärztin beantwortet Fragen, auch anonym im Chat."},
		}},
	}
}
