package demo

// mintModule: Module of the MINT and media partners.
func mintModule() []angebote {
	return []angebote{
		{"mintlab-dortmund", []modul{
			{title: "Forscher-AG: Wasser, Luft und Licht", theme: mint, also: of(bne), tags: "Experimente, Naturwissenschaften, Forschen",
				age: age(6, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Di:N", minutes: 90,
				group: [2]int{8, 14}, capacity: 6, booked: 3, cost: 5000, funding: fZdi,
				desc: "Warum schwimmt ein Schiff aus Knete, wie entsteht ein Regenbogen? " +
					"In der Forscher-AG stellen Kinder eigene Fragen, stellen Vermutungen auf und prüfen sie mit einfachen Experimenten. " +
					"Alle Materialien bringt das MINTlab mit."},
			{title: "Projekttag Strom und Magnetismus", theme: mint, tags: "Strom, Magnetismus, Stromkreis",
				age: age(8, 12), targets: of(gs, jfs), formats: of(projekttag), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 240, sessions: 1, group: [2]int{15, 28}, capacity: 20, booked: 7, cost: 25000, unit: proBuchung, funding: fZdi,
				desc: "An Experimentierstationen bauen die Kinder Stromkreise, testen Leiter und Nichtleiter und bauen einen Elektromagneten. " +
					"Zwei Studierende begleiten die Klasse einen ganzen Vormittag."},
			{title: "Ferien-Forscherwoche", theme: mint, tags: "Ferien, Experimente, Technik",
				age: age(8, 13), targets: of(gs, jfs), formats: of(ferien), modes: of(beimPartner), slots: "Mo,Di,Mi,Do,Fr:VM",
				period: "2027-03-22/2027-03-26", minutes: 300, sessions: 5, group: [2]int{12, 20}, capacity: 1,
				cost: 4000, unit: proKopf, funding: fAufholen,
				desc: "In der ersten Osterferienwoche verwandelt sich das MINTlab in eine Forscherwerkstatt. " +
					"Die Kinder bauen Raketen aus Brausetabletten, untersuchen Wasserproben und konstruieren Murmelbahnen. " +
					"Ein Mittagessen ist inklusive."},
			{title: "Forscherecke einrichten – Beratung für Einrichtungen", theme: mint, tags: "Beratung, Lernwerkstatt, Material",
				age: age(3, 10), targets: of(gs, kita), formats: of(beratung), modes: of(vorOrt, online), minutes: 90, sessions: 2,
				group: [2]int{1, 6}, capacity: 8, booked: 2,
				desc: "Das MINTlab berät Kitas und Grundschulen beim Aufbau einer eigenen Forscherecke oder Lernwerkstatt. " +
					"Gemeinsam mit dem Team wird geplant, welche Materialien sinnvoll sind und wie sie im Alltag genutzt werden."},
			{title: "Löten und Elektronik für Jugendliche", theme: mint, tags: "Elektronik, Löten, Basteln",
				age: age(13, 18), targets: of(jfs), formats: of(workshop), modes: of(beimPartner), slots: "Do:NA", minutes: 150, sessions: 4,
				group: [2]int{6, 10}, capacity: 2, status: entwurf,
				desc: "Jugendliche löten eigene kleine Schaltungen, vom blinkenden Anstecker bis zum Lautsprecher. " +
					"Der Workshop vermittelt Grundlagen der Elektronik und den sicheren Umgang mit dem Lötkolben."},
		}},
		{"codekids-dortmund", []modul{
			{title: "Programmieren mit Scratch", theme: mint, tags: "Programmieren, Scratch, Informatik",
				age: age(8, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Mo:N", minutes: 90, sessions: 12,
				group: [2]int{8, 12}, capacity: 4, booked: 3,
				desc: "Mit der bunten Blocksprache Scratch programmieren Kinder eigene Geschichten und kleine Spiele. " +
					"Ehrenamtliche Entwickler*innen begleiten die Gruppe, Laptops bringt die Initiative mit. " +
					"Am Ende präsentieren die Kinder ihre Spiele den Eltern."},
			{title: "Calliope-Werkstatt", theme: mint, tags: "Calliope, Mikrocontroller, Basteln",
				age: age(8, 12), targets: of(gs, jfs), formats: of(workshop), modes: of(vorOrt), slots: "Mi,Fr:N", minutes: 120, sessions: 3,
				group: [2]int{8, 14}, capacity: 5, booked: 1,
				desc: "Mit dem Mikrocontroller Calliope mini bauen Kinder eine Wetterstation, ein Reaktionsspiel oder eine Alarmanlage. " +
					"Sie lernen, wie Sensoren, Programme und Ausgaben zusammenhängen."},
			{title: "Roboter-Rallye für Kita-Kinder", theme: mint, tags: "Roboter, Kita, erste Programmierung",
				age: age(4, 6), targets: of(kita, fz), formats: of(projekttag), modes: of(vorOrt), slots: "Di,Do:V", minutes: 90, sessions: 1,
				group: [2]int{6, 12}, capacity: 8, booked: 2,
				desc: "Kleine Bodenroboter werden mit Pfeiltasten durch einen Parcours gesteuert. " +
					"Ganz ohne Bildschirm üben Vorschulkinder Reihenfolgen, Richtungen und das Zählen."},
			{title: "Game-Design-Kurs für Jugendliche", theme: mint, also: of(kultur), tags: "Games, Programmieren, Design",
				age: age(12, 17), targets: of(jfs), formats: of(kurs), modes: of(beimPartner), slots: "Di:A",
				period: "2027-01-11/2027-03-19", minutes: 120, sessions: 8, group: [2]int{6, 12}, capacity: 1, status: inPruefung,
				desc: "Jugendliche entwickeln in acht Abenden ein eigenes Computerspiel, von der Idee über Figuren und Level bis zum Testen. " +
					"Gearbeitet wird mit einer kostenlosen Spiele-Engine, die auch zu Hause weiter genutzt werden kann."},
		}},
		{"medienwerkstatt-nordstadt", []modul{
			{title: "Sicher unterwegs im Netz", theme: mint, also: of(demokratie), tags: "Medienkompetenz, Datenschutz, Social Media",
				age: age(12, 17), targets: of(jfs), formats: of(workshop), modes: of(vorOrt), slots: "Di,Do:N", minutes: 120, sessions: 3,
				group: [2]int{8, 15}, capacity: 6, booked: 2, cost: 18000, unit: proBuchung, funding: fJugendFoerder,
				desc: "Drei Nachmittage rund um Social Media: Privatsphäre-Einstellungen, Recht am eigenen Bild, Umgang mit Hass im Netz. " +
					"Die Jugendlichen bringen ihre eigenen Handys mit und ändern ihre Einstellungen direkt im Workshop."},
			{title: "Handyfilm-Workshop", theme: mint, also: of(kultur), tags: "Film, Smartphone, Schnitt",
				age: age(10, 16), targets: of(jfs, gs), formats: of(workshop), modes: of(vorOrt), slots: "Mo,Mi:N", minutes: 180, sessions: 4,
				group: [2]int{6, 12}, capacity: 4, booked: 1, cost: 24000, unit: proBuchung, funding: fKulturrucksack,
				desc: "Von der Idee zum fertigen Kurzfilm: Die Gruppe schreibt ein Storyboard, dreht mit Smartphones und schneidet am Tablet. " +
					"Die Filme werden zum Abschluss in der Einrichtung gezeigt."},
			{title: "Podcast-Werkstatt Stadtteilstimmen", theme: mint, also: of(demokratie), tags: "Podcast, Interview, Stadtteil",
				age: age(14, 21), targets: of(jfs), formats: of(projektwoche), modes: of(beimPartner, vorOrt), slots: "Mo,Di,Mi,Do,Fr:N",
				minutes: 180, sessions: 5, group: [2]int{6, 10}, capacity: 2, booked: 1, cost: 90000, unit: proBuchung, funding: fJugendFoerder,
				desc: "Jugendliche und junge Erwachsene produzieren eine Podcast-Folge über ihren Stadtteil. " +
					"Sie führen Interviews mit Nachbar*innen, Ladenbesitzer*innen und Politiker*innen und lernen Aufnahme- und Schnitttechnik."},
			{title: "Elternabend: Kinder und Smartphone", theme: mint, also: of(sozial), tags: "Eltern, Medienerziehung, Smartphone",
				age: age(6, 14), targets: of(gs, jfs, fz, fbuero), formats: of(elternangebot), modes: of(vorOrt, online), slots: "Di,Mi:A",
				minutes: 90, sessions: 1, group: [2]int{8, 40}, capacity: 10, booked: 4, parents: true,
				desc: "Ab wann ein eigenes Handy, welche Apps sind geeignet, wie funktionieren Jugendschutz-Einstellungen? " +
					"Der Elternabend gibt praktische Antworten und wird auf Wunsch in Türkisch, Arabisch oder Bulgarisch übersetzt."},
			{title: "Cybermobbing-Prävention", theme: mint, also: of(sozial), tags: "Cybermobbing, Prävention, Klassenklima",
				age: age(9, 13), targets: of(gs, jfs), formats: of(workshop), modes: of(vorOrt), slots: "Fr:V",
				period: "2025-08-01/2026-07-31", minutes: 180, sessions: 1, group: [2]int{15, 28}, capacity: 8, booked: 8,
				cost: 15000, unit: proBuchung, funding: fStartchancen, status: archiviert,
				desc: "Ein Workshoptag für vierte bis sechste Klassen zu Gruppenchats, Ausgrenzung und Hilfe bei Cybermobbing. " +
					"Das Angebot ist im Schuljahr 2025/26 ausgelaufen und geht in den Workshop „Sicher unterwegs im Netz“ über."},
		}},
		{"astronomiefreunde", []modul{
			{title: "Mobiles Planetarium", theme: mint, tags: "Astronomie, Planetarium, Sterne",
				age: age(5, 12), targets: of(kita, gs, jfs), formats: of(veranstaltung), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 60, sessions: 1, group: [2]int{10, 30}, capacity: 12, booked: 5, cost: 15000, unit: proBuchung, funding: fZdi,
				desc: "Eine aufblasbare Kuppel verwandelt Turnhalle oder Mehrzweckraum in ein Planetarium. " +
					"Kinder reisen zu Mond, Planeten und Sternbildern und stellen dem Vereinsteam all ihre Fragen zum Weltall."},
			{title: "Sternenabend für Familien", theme: mint, tags: "Familie, Teleskop, Himmelsbeobachtung",
				age: age(6, 16), targets: of(gs, fz, jfs), formats: of(veranstaltung), modes: of(beimPartner), slots: "Fr:A",
				period: "2026-10-01/2027-03-31", minutes: 120, sessions: 1, group: [2]int{10, 40}, capacity: 8, booked: 2, cost: 300, unit: proKopf, parents: true,
				desc: "An klaren Winterabenden öffnet die Sternwarte für Familien aus Partnereinrichtungen. " +
					"Durch die Teleskope sind Mondkrater, Saturnringe und Sternhaufen zu sehen; bei Wolken gibt es eine Planetariumsshow."},
			{title: "Teleskop-AG", theme: mint, tags: "Astronomie, Teleskop, Jugendliche",
				age: age(10, 16), targets: of(jfs, gs), formats: of(ag), modes: of(beimPartner), slots: "Do:A", minutes: 90,
				group: [2]int{4, 10}, capacity: 1, status: entwurf,
				desc: "Eine kleine Gruppe lernt, Teleskope aufzubauen, den Himmel zu lesen und Himmelsobjekte zu fotografieren."},
		}},
		{"kleine-entdecker", []modul{
			{title: "Forscherkiste zur Ausleihe mit Einführung", theme: mint, tags: "Forscherkiste, Material, Kita",
				age: age(3, 6), targets: of(kita, fz), formats: of(workshop), modes: of(vorOrt), minutes: 90, sessions: 1,
				group: [2]int{4, 15}, capacity: 30, booked: 11,
				desc: "Die Stiftung verleiht Forscherkisten zu Wasser, Magnetismus, Licht und Schatten für sechs Wochen. " +
					"Bei der Übergabe zeigt eine Referentin dem Team in der Kita, wie die Kinder damit selbstständig forschen können."},
			{title: "Naturwissenschaften in der Kita – Fortbildung", theme: mint, also: of(bne), tags: "Fortbildung, Fachkräfte, Forschen",
				age: age(3, 6), targets: of(kita, fz), formats: of(fortbildung), modes: of(beimPartner, online), slots: "Mi:N",
				minutes: 360, sessions: 2, group: [2]int{8, 20}, capacity: 6, booked: 2,
				desc: "Zwei Fortbildungstage für pädagogische Fachkräfte: Wie begleite ich Kinder beim Forschen, ohne Antworten vorwegzunehmen? " +
					"Die Teilnahme ist für Einrichtungen kostenfrei und wird für die Zertifizierung als Forscherhaus anerkannt."},
			{title: "Kleine Forscher unter drei", theme: mint, tags: "U3, Sinneserfahrung, Forschen",
				age: age(1, 3), targets: of(kita, fz), formats: of(workshop), modes: of(vorOrt), slots: "Di:V", minutes: 45, sessions: 4,
				group: [2]int{4, 8}, capacity: 10, booked: 3,
				desc: "Schütten, Rollen, Fühlen: Für die Jüngsten gibt es Forscherangebote mit Alltagsmaterialien. " +
					"Die Referentin arbeitet mit einer Kleingruppe und zeigt den Fachkräften, wie sie die Angebote im Alltag fortführen."},
			{title: "Forscherhaus-Begleitung für Grundschulen", theme: mint, tags: "Schulentwicklung, Forschendes Lernen",
				age: age(6, 10), targets: of(gs), formats: of(beratung, fortbildung), modes: of(vorOrt), period: "offen",
				minutes: 120, sessions: 4, group: [2]int{5, 25}, capacity: 5, booked: 1,
				desc: "Über ein Schuljahr begleitet die Stiftung Grundschulen, die forschendes Lernen im Unterricht und im Ganztag verankern wollen. " +
					"Dazu gehören Teamfortbildungen, Materialpakete und ein Abschlussbesuch."},
		}},
		{"phoenix-technik", []modul{
			{title: "Werkstatttag Technikberufe", theme: mint, tags: "Berufsorientierung, Ausbildung, Technik",
				age: age(14, 20), targets: of(jfs), formats: of(projekttag), modes: of(beimPartner), slots: "Mi:VM", minutes: 300, sessions: 1,
				group: [2]int{6, 12}, capacity: 10, booked: 3,
				desc: "Jugendliche verbringen einen Tag in der Ausbildungswerkstatt und bauen unter Anleitung von Auszubildenden eine kleine Schaltung. " +
					"Dabei erfahren sie aus erster Hand, wie eine Ausbildung zur Elektronikerin oder zum Mechatroniker abläuft."},
			{title: "Maker-AG: Bauen mit Arduino", theme: mint, tags: "Arduino, Maker, Programmieren",
				age: age(12, 18), targets: of(jfs), formats: of(ag), modes: of(vorOrt), slots: "Do:N", minutes: 120, sessions: 10,
				group: [2]int{6, 10}, capacity: 2, booked: 1,
				desc: "Zwei Auszubildende kommen in die Jugendfreizeitstätte und bauen mit den Jugendlichen Projekte mit Arduino: eine Lichtorgel, eine Pflanzenbewässerung, einen kleinen Roboter. " +
					"Bauteile stellt das Unternehmen."},
			{title: "Girls' Tech Day", theme: mint, tags: "Mädchen, Technik, Berufsorientierung",
				age: age(12, 16), targets: of(jfs), formats: of(projekttag), modes: of(beimPartner), slots: "Do:V",
				period: "2027-04-01/2027-04-30", minutes: 360, sessions: 1, group: [2]int{8, 16}, capacity: 1, status: inPruefung,
				desc: "Ein Tag nur für Mädchen in der Ausbildungswerkstatt: Löten, Programmieren und Gespräche mit Ingenieurinnen und weiblichen Auszubildenden."},
		}},
	}
}
