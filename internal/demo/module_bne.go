package demo

// bneModule: Module of the partners for nature, climate and global learning.
func bneModule() []angebote {
	return []angebote{
		{"waldwerkstatt-bittermark", []modul{
			{title: "Waldtage für Kita-Gruppen", theme: bne, also: of(sport), tags: "Wald, Natur, Jahreszeiten",
				age: age(3, 6), targets: of(kita, fz), formats: of(projekttag), modes: of(beimPartner), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 180, sessions: 1, group: [2]int{8, 20}, capacity: 25, booked: 10, cost: 9000, unit: proBuchung, funding: fKindercampus,
				desc: "Ein Vormittag im Bittermarkwald: Die Kinder bauen Tipis, suchen Tierspuren und lauschen den Vögeln. " +
					"Waldpädagog*innen begleiten die Gruppe, für die Anreise mit Bus und Bahn gibt es eine Wegbeschreibung."},
			{title: "Das Waldmobil kommt in den Stadtteil", theme: bne, tags: "Natur, Stadtnatur, Waldmobil",
				age: age(3, 10), targets: of(kita, gs), formats: of(projekttag), modes: of(vorOrt), slots: "Mo,Mi:V", minutes: 120, sessions: 1,
				group: [2]int{10, 25}, capacity: 15, booked: 6, cost: 12000, unit: proBuchung, funding: fKindercampus,
				desc: "Wo der Weg in den Wald zu weit ist, kommt der Wald zu den Kindern. " +
					"Das Waldmobil bringt Lupen, Bestimmungsbücher und Naturmaterial mit, und im nächsten Park oder auf dem Außengelände gehen die Kinder auf Entdeckungsreise."},
			{title: "Wald-AG im Ganztag", theme: bne, tags: "Natur, Ganztag, draußen",
				age: age(6, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Do:N", minutes: 90,
				group: [2]int{8, 15}, capacity: 3, booked: 1, cost: 4500, funding: fOGS,
				desc: "Bei jedem Wetter draußen: Die Kinder erkunden Grünflächen in Schulnähe, bauen Insektenhotels und beobachten, wie sich die Natur im Jahreslauf verändert."},
			{title: "Naturpädagogik für die Kleinsten", theme: bne, tags: "U3, Natur, Sinne",
				age: age(1, 3), targets: of(kita, fz), formats: of(workshop), modes: of(vorOrt), slots: "Di:V", minutes: 60, sessions: 4,
				group: [2]int{4, 8}, capacity: 8, booked: 2, cost: 6000, unit: proBuchung, funding: fKindercampus,
				desc: "Blätter rascheln lassen, Matsch fühlen, Schnecken beobachten: Kurze Naturerlebnisse für Krippenkinder auf dem Kita-Gelände. " +
					"Die Fachkräfte bekommen Ideen für eigene Naturangebote."},
		}},
		{"urbane-gaerten", []modul{
			{title: "Hochbeet-Projekt für Kitas und Schulen", theme: bne, also: of(sport), tags: "Hochbeet, Gärtnern, Ernährung",
				age: age(3, 10), targets: of(kita, gs, fz), formats: of(projektwoche), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 120, sessions: 5, group: [2]int{8, 20}, capacity: 6, booked: 4, cost: 35000, unit: proBuchung, funding: fAufholen,
				desc: "In einer Projektwoche bauen Kinder mit der Initiative ein Hochbeet auf dem Gelände ihrer Einrichtung, füllen es und säen. " +
					"Holz und Erde sind im Preis enthalten. " +
					"Im Sommer wird gemeinsam geerntet."},
			{title: "Gartenclub für Kinder", theme: bne, tags: "Gemeinschaftsgarten, Natur, offenes Angebot",
				age: age(6, 12), targets: of(gs, jfs), formats: of(offen), modes: of(beimPartner), slots: "Mi,Fr:N", minutes: 120,
				group: [2]int{5, 20}, capacity: 4, booked: 1,
				desc: "Zweimal pro Woche ist der Gemeinschaftsgarten an der Schützenstraße für Kinder geöffnet. " +
					"Sie pflanzen, gießen, ernten und kochen manchmal gemeinsam mit Nachbar*innen."},
			{title: "Familiengärtnern am Samstag", theme: bne, also: of(sozial), tags: "Familie, Garten, Nachbarschaft",
				age: age(0, 12), targets: of(fz, kita, gs), formats: of(veranstaltung), modes: of(beimPartner), slots: "Sa:V",
				period: "2027-03-01/2027-10-31", minutes: 180, group: [2]int{5, 30}, capacity: 3, parents: true,
				desc: "Einmal im Monat gärtnern Familien aus Kitas und Familienzentren gemeinsam im Gemeinschaftsgarten. " +
					"Kleine Kinder buddeln im Sandbeet, größere helfen beim Pflanzen; zum Abschluss gibt es Suppe aus dem Garten."},
			{title: "Kompost-Detektive", theme: bne, tags: "Kompost, Müll, Kreislauf",
				age: age(5, 9), targets: of(kita, gs), formats: of(workshop), modes: of(vorOrt), slots: "Di:V", minutes: 90, sessions: 1,
				group: [2]int{8, 20}, capacity: 10, status: entwurf,
				desc: "Kinder untersuchen Regenwürmer und Kompost und lernen, wie aus Abfall neue Erde wird."},
		}},
		{"klimawerkstatt-ruhr", []modul{
			{title: "Energie-Detektive – Klimaschutz-Projekttag", theme: bne, also: of(mint), tags: "Klimaschutz, Energie, Messgeräte",
				age: age(8, 12), targets: of(gs, jfs), formats: of(projekttag), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 240, sessions: 1, group: [2]int{15, 28}, capacity: 20, booked: 8, cost: 20000, unit: proBuchung, funding: fStartchancen,
				desc: "Mit Messgeräten spüren Kinder Energiefresser in ihrer Schule auf: offene Fenster, Standby-Geräte, überheizte Räume. " +
					"Ihre Ergebnisse und Sparideen stellen sie der Schulleitung vor."},
			{title: "Klima-AG", theme: bne, tags: "Klima, Umwelt, Ganztag",
				age: age(9, 13), targets: of(gs, jfs), formats: of(ag), modes: of(vorOrt), slots: "Mo:N", minutes: 90,
				group: [2]int{6, 14}, capacity: 4, booked: 1, cost: 4000, funding: fOGS,
				desc: "Die Klima-AG nimmt sich jedes Halbjahr ein eigenes Projekt vor: eine Müllsammelaktion, einen Fahrradtag oder eine Tauschbörse. " +
					"So erleben Kinder, dass sie selbst etwas bewirken können."},
			{title: "Klimawerkstatt in den Herbstferien", theme: bne, also: of(mint), tags: "Ferien, Klima, Experimente",
				age: age(9, 14), targets: of(gs, jfs), formats: of(ferien), modes: of(beimPartner), slots: "Mo,Di,Mi,Do,Fr:VM",
				period: "2026-10-26/2026-10-30", minutes: 300, sessions: 5, group: [2]int{10, 18}, capacity: 1, booked: 1,
				desc: "Eine Ferienwoche im Hafenquartier: Die Kinder bauen Solarkocher, messen Temperaturen in der Stadt und gestalten ein Klima-Comic. " +
					"Das Angebot ist kostenlos, ein Mittagessen inklusive."},
			{title: "Jugend-Klimarat", theme: bne, also: of(demokratie), tags: "Klima, Jugendbeteiligung, junge Erwachsene",
				age: age(14, 25), targets: of(jfs), formats: of(ag), modes: of(beimPartner, online), slots: "Di:A", minutes: 120,
				group: [2]int{6, 20}, capacity: 2,
				desc: "Jugendliche und junge Erwachsene aus ganz Dortmund erarbeiten Vorschläge für mehr Klimaschutz in der Stadt und bringen sie in die Politik ein. " +
					"Jugendfreizeitstätten können Gruppen entsenden, die Treffen finden auch online statt."},
			{title: "Reparieren statt wegwerfen", theme: bne, also: of(mint), tags: "Reparieren, Ressourcen, Werkzeug",
				age: age(12, 21), targets: of(jfs, sonst), formats: of(workshop), modes: of(vorOrt), slots: "Mi:N", minutes: 180, sessions: 2,
				group: [2]int{6, 12}, capacity: 5, booked: 1, cost: 15000, unit: proBuchung, funding: fJugendFoerder,
				desc: "Jugendliche lernen, Fahrräder, Kopfhörer und Kleidung selbst zu reparieren. " +
					"Nebenbei geht es um Rohstoffe, Müll und die Frage, was wir wirklich brauchen."},
		}},
		{"emscherauen", []modul{
			{title: "Bachforscher an der Emscher", theme: bne, also: of(mint), tags: "Gewässer, Tiere, Renaturierung",
				age: age(6, 12), targets: of(gs, jfs), formats: of(projekttag), modes: of(beimPartner), slots: "Mo,Di,Mi,Do,Fr:V",
				period: "2027-04-01/2027-07-16", minutes: 180, sessions: 1, group: [2]int{10, 28}, capacity: 20, booked: 7,
				cost: 6000, unit: proBuchung, funding: fKindercampus,
				desc: "Mit Keschern und Becherlupen untersuchen Kinder, welche Tiere in der renaturierten Emscher leben. " +
					"Sie erfahren, wie aus einem Abwasserkanal wieder ein lebendiger Bach geworden ist."},
			{title: "Naturentdecker-AG", theme: bne, tags: "Natur, Ganztag, Jahreszeiten",
				age: age(6, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Fr:N", minutes: 90,
				group: [2]int{8, 14}, capacity: 2, booked: 1, cost: 4000, funding: fOGS,
				desc: "Naturpädagog*innen der Station kommen wöchentlich in den Ganztag und erkunden mit den Kindern Wiesen, Hecken und Teiche in der Umgebung."},
			{title: "Kita-Naturtage am Wasser", theme: bne, tags: "Kita, Wasser, Natur",
				age: age(3, 6), targets: of(kita, fz), formats: of(projekttag), modes: of(beimPartner), slots: "Di,Do:V", minutes: 150, sessions: 1,
				group: [2]int{8, 16}, capacity: 12, booked: 3, cost: 5000, unit: proBuchung, funding: fKindercampus,
				desc: "Kita-Gruppen verbringen einen Vormittag an der Station: Enten füttern verboten, Frösche beobachten erlaubt. " +
					"Gummistiefel in allen Größen sind vorhanden."},
			{title: "Nistkastenbau mit Familien", theme: bne, also: of(sozial), tags: "Vögel, Werken, Familie",
				age: age(4, 12), targets: of(fz, kita, gs), formats: of(veranstaltung), modes: of(beimPartner), slots: "Sa:V",
				period: "2027-02-01/2027-03-31", minutes: 180, sessions: 1, group: [2]int{6, 30}, capacity: 2, parents: true, status: inPruefung,
				desc: "Im Spätwinter bauen Kinder und Eltern gemeinsam Nistkästen für Meisen und Spatzen. " +
					"Die Kästen werden anschließend an Kita, Schule oder zu Hause aufgehängt."},
		}},
		{"revierstrom", []modul{
			{title: "Energiescouts – Strom sparen in der Schule", theme: bne, also: of(mint), tags: "Energie, Strom sparen, Klimaschutz",
				age: age(8, 12), targets: of(gs), formats: of(projekttag), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:V", minutes: 180, sessions: 1,
				group: [2]int{15, 28}, capacity: 30, booked: 12,
				desc: "Energiescouts des Unternehmens zeigen Kindern, woher der Strom kommt und wie sie ihn sparen können. " +
					"Mit Strommessgeräten testen die Kinder Geräte aus dem Klassenzimmer. " +
					"Das Angebot ist kostenlos."},
			{title: "Solarwerkstatt: Bau eines Solarautos", theme: mint, also: of(bne), tags: "Solarenergie, Technik, Basteln",
				age: age(10, 15), targets: of(gs, jfs), formats: of(workshop), modes: of(vorOrt), slots: "Mi:N", minutes: 180, sessions: 2,
				group: [2]int{8, 16}, capacity: 10, booked: 3, cost: 800, unit: proKopf, funding: fZdi,
				desc: "Aus Solarmodul, Motor und Pappe bauen Kinder ein eigenes Solarauto und lassen es zum Abschluss gegeneinander antreten."},
			{title: "Energie-Check für Familien", theme: bne, tags: "Energie, Familie, Kosten sparen",
				age: age(0, 14), targets: of(fz, fbuero), formats: of(elternangebot, beratung), modes: of(vorOrt, online), slots: "Do:A",
				minutes: 90, sessions: 1, group: [2]int{5, 25}, capacity: 10, parents: true,
				desc: "Ein Abend für Familien im Familienzentrum oder Familienbüro: Wie senke ich meine Stromrechnung, ohne auf etwas zu verzichten? " +
					"Mit vielen einfachen Tipps und Sprachmittlung auf Wunsch."},
		}},
		{"eine-welt-dortmund", []modul{
			{title: "Wo kommt meine Schokolade her? – Fairer Handel", theme: bne, also: of(demokratie), tags: "Fairer Handel, Kakao, globales Lernen",
				age: age(8, 12), targets: of(gs, jfs), formats: of(workshop), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:V", minutes: 120, sessions: 1,
				group: [2]int{12, 28}, capacity: 15, booked: 5, cost: 9000, unit: proBuchung, funding: fAufholen,
				desc: "Die Kinder verfolgen den Weg der Kakaobohne von der Plantage in Ghana bis ins Supermarktregal. " +
					"Im Rollenspiel erleben sie, wer am Schokoladenpreis verdient, und probieren faire Schokolade."},
			{title: "Kinderrechte weltweit", theme: bne, also: of(demokratie), tags: "Kinderrechte, globales Lernen, Kinderarbeit",
				age: age(9, 14), targets: of(gs, jfs), formats: of(workshop), modes: of(vorOrt), slots: "Di,Do:N", minutes: 120, sessions: 1,
				group: [2]int{10, 25}, capacity: 10, booked: 2, cost: 9000, unit: proBuchung, funding: fDemokratie,
				desc: "Wie leben Kinder in anderen Teilen der Welt, und welche Rechte haben sie? " +
					"Referent*innen aus Kamerun, Peru und Indien erzählen aus ihrer Kindheit und sprechen mit den Kindern über Gerechtigkeit."},
			{title: "Mode und Konsum – globales Lernen für Jugendgruppen", theme: bne, tags: "Mode, Konsum, Nachhaltigkeit",
				age: age(14, 21), targets: of(jfs), formats: of(workshop), modes: of(vorOrt), slots: "Mi:N", minutes: 180, sessions: 1,
				group: [2]int{8, 20}, capacity: 6, booked: 1, cost: 9000, unit: proBuchung, funding: fAufholen,
				desc: "Wer näht unsere Kleidung, und unter welchen Bedingungen? " +
					"Jugendliche recherchieren die Wege ihrer Lieblingsstücke und entwickeln Ideen für einen nachhaltigen Kleiderschrank."},
			{title: "Weltküche – Kochen mit Geschichten", theme: bne, also: of(kultur, sozial), tags: "Kochen, Kulturen, Begegnung",
				age: age(6, 12), targets: of(gs, fz, jfs), formats: of(projekttag), modes: of(vorOrt), slots: "Fr:N", minutes: 180, sessions: 1,
				group: [2]int{8, 16}, capacity: 6, cost: 15000, unit: proBuchung, status: entwurf,
				review: "Bitte die Kosten aufschlüsseln (Lebensmittel, Honorar) und angeben, ob Eltern mitkochen können.",
				desc:   "Kinder kochen Gerichte aus den Herkunftsländern ihrer Familien und erzählen die Geschichten dazu."},
		}},
		{"nachbarschaftsnetz-mengede", []modul{
			{title: "Repair-Café für Jugendliche und junge Erwachsene", theme: bne, also: of(sozial), tags: "Repair-Café, Ehrenamt, Nachbarschaft",
				age: age(12, 27), targets: of(jfs, sonst), formats: of(offen), modes: of(beimPartner), slots: "Sa:V", minutes: 180,
				group: [2]int{3, 15}, capacity: 4, booked: 1,
				desc: "Im Repair-Café in Westerfilde reparieren erfahrene Nachbar*innen gemeinsam mit Jugendlichen Toaster, Fahrräder und Handys. " +
					"Jugendliche können selbst als Reparateur*innen mitmachen."},
			{title: "Kleidertauschbörse mit Kindern organisieren", theme: bne, also: of(sozial), tags: "Tauschbörse, Kleidung, Projekt",
				age: age(8, 14), targets: of(gs, jfs), formats: of(projektwoche), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:N",
				minutes: 120, sessions: 5, group: [2]int{8, 20}, capacity: 2,
				desc: "Kinder planen eine Kleidertauschbörse für ihre Schule oder ihren Jugendtreff: Plakate gestalten, Kleidung sortieren, Tauschregeln aufstellen. " +
					"Am Ende der Woche wird getauscht."},
			{title: "Generationengarten Westerfilde", theme: bne, also: of(sozial), tags: "Garten, Generationen, Nachbarschaft",
				age: age(3, 10), targets: of(kita, gs, fz), formats: of(ag), modes: of(beimPartner), slots: "Mi:V", minutes: 90,
				group: [2]int{6, 14}, capacity: 3, booked: 1,
				desc: "Im Garten hinter dem Gemeindehaus gärtnern Seniorinnen und Senioren mit Kita-Gruppen und Grundschulkindern. " +
					"Die Kinder lernen Pflanzen kennen, die Älteren freuen sich über die Gesellschaft."},
		}},
	}
}
