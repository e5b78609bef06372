package demo

// demokratieModule: Module of the partners for democracy education and children's
// rights.
func demokratieModule() []angebote {
	return []angebote{
		{"demokratiewerkstatt", []modul{
			{title: "Klassenrat einführen", theme: demokratie, also: of(sozial), tags: "Klassenrat, Mitbestimmung, Schule",
				age: age(6, 10), targets: of(gs), formats: of(workshop, fortbildung), modes: of(vorOrt), slots: "Mo,Mi,Fr:V",
				minutes: 90, sessions: 4, group: [2]int{15, 28}, capacity: 8, booked: 3,
				desc: "Teamer*innen führen den Klassenrat in einer Klasse ein und leiten die ersten Sitzungen gemeinsam mit der Lehrkraft. " +
					"Die Kinder lernen, Anliegen einzubringen, zu diskutieren und gemeinsam zu entscheiden. " +
					"Die Lehrkräfte erhalten Material, um den Klassenrat selbst weiterzuführen."},
			{title: "Kinderparlament im Ganztag", theme: demokratie, tags: "Kinderparlament, Beteiligung, OGS",
				age: age(8, 10), targets: of(gs), formats: of(ag), modes: of(vorOrt), slots: "Mi:MN", minutes: 60,
				group: [2]int{8, 20}, capacity: 4, booked: 1, cost: 4000, funding: fDemokratie,
				desc: "Gewählte Vertreter*innen aller Gruppen des Offenen Ganztags treffen sich regelmäßig im Kinderparlament. " +
					"Sie sammeln Wünsche, entscheiden über ein kleines eigenes Budget und stellen ihre Ergebnisse der Schulleitung vor."},
			{title: "Beteiligung in der Kita – Kinder entscheiden mit", theme: demokratie, tags: "Partizipation, Kita, Fortbildung",
				age: age(3, 6), targets: of(kita, fz), formats: of(fortbildung), modes: of(vorOrt), minutes: 180, sessions: 2,
				group: [2]int{6, 20}, capacity: 6, booked: 2, cost: 30000, unit: proBuchung, funding: fKindercampus,
				desc: "Eine Teamfortbildung zu Partizipation im Kita-Alltag: Wo dürfen Kinder mitentscheiden, wie gelingen Kinderkonferenzen? " +
					"Das Team entwickelt erste Schritte für eine Kita-Verfassung."},
			{title: "Stadtteilcheck – Kinder erkunden ihr Quartier", theme: demokratie, also: of(bne), tags: "Stadtteil, Beteiligung, Spielplätze",
				age: age(8, 14), targets: of(gs, jfs), formats: of(projektwoche), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:VN",
				minutes: 180, sessions: 5, group: [2]int{10, 25}, capacity: 4, booked: 1, cost: 60000, unit: proBuchung, funding: fDemokratie,
				desc: "Kinder erkunden mit Kamera und Stadtplan ihren Stadtteil: Wo spielen sie gern, wo fühlen sie sich unsicher? " +
					"Die Ergebnisse stellen sie der Bezirksvertretung vor. " +
					"So erleben die Kinder, dass ihre Meinung zählt."},
			{title: "Jugendbeteiligung am Wochenende", theme: demokratie, tags: "Jugendbeteiligung, Wochenende",
				age: age(14, 21), targets: of(jfs), formats: of(workshop), modes: of(vorOrt), slots: "Sa:N", minutes: 240, sessions: 3,
				group: [2]int{6, 15}, capacity: 2, status: entwurf,
				review: "Bitte Ablauf und Ziele der drei Termine genauer beschreiben und die Qualifikation der Teamer*innen nennen.",
				desc:   "Jugendliche planen an drei Samstagen ein eigenes Projekt für ihren Stadtteil."},
		}},
		{"jugendforum-dortmund", []modul{
			{title: "Planspiel Stadtrat", theme: demokratie, tags: "Planspiel, Kommunalpolitik",
				age: age(13, 18), targets: of(jfs), formats: of(projekttag), modes: of(vorOrt, beimPartner), slots: "Di,Do:N",
				minutes: 300, sessions: 1, group: [2]int{15, 30}, capacity: 6, booked: 2, cost: 30000, unit: proBuchung, funding: fDemokratie,
				desc: "Jugendliche schlüpfen in die Rollen von Ratsmitgliedern, Verwaltung und Presse und entscheiden über einen neuen Jugendtreff. " +
					"Das Planspiel zeigt, wie Kommunalpolitik funktioniert und wo Jugendliche Einfluss nehmen können."},
			{title: "Projektcoaching: Jugendprojekte im Quartier", theme: demokratie, also: of(sozial), tags: "Projektarbeit, Engagement, Coaching",
				age: age(14, 27), targets: of(jfs), formats: of(beratung), modes: of(vorOrt, online), minutes: 90, sessions: 5,
				group: [2]int{3, 12}, capacity: 8, booked: 3,
				desc: "Junge Menschen mit einer Idee für ihren Stadtteil, etwa ein Turnier, ein Fest oder einen Bolzplatz, werden beim Umsetzen begleitet. " +
					"Das Coaching hilft bei Planung, Förderanträgen und Gesprächen mit der Verwaltung."},
			{title: "Wahlwerkstatt U18", theme: demokratie, tags: "Wahlen, U18, Landtagswahl",
				age: age(12, 17), targets: of(jfs), formats: of(workshop), modes: of(vorOrt), slots: "Mo,Mi:N",
				period: "2027-02-01/2027-05-07", minutes: 120, sessions: 2, group: [2]int{8, 20}, capacity: 10, booked: 4,
				desc: "Vor der Landtagswahl 2027 informieren sich Jugendliche über Parteien und Programme, befragen Kandidat*innen und organisieren eine U18-Wahl in ihrer Einrichtung."},
			{title: "Jugendforum-Treff", theme: demokratie, tags: "offenes Angebot, Engagement, junge Erwachsene",
				age: age(16, 27), targets: of(jfs), formats: of(offen), modes: of(beimPartner), slots: "Do:A", minutes: 120,
				group: [2]int{5, 30}, capacity: 3,
				desc: "Jeden Donnerstagabend treffen sich engagierte junge Menschen im Jugendforum. " +
					"Neue Gesichter sind willkommen, Jugendfreizeitstätten können mit Gruppen vorbeikommen."},
		}},
		{"geschichtswerkstatt-nordstadt", []modul{
			{title: "Stadtteilrundgang: Zuwanderung in der Nordstadt", theme: demokratie, also: of(kultur), tags: "Geschichte, Migration, Rundgang",
				age: age(10, 18), targets: of(gs, jfs), formats: of(projekttag), modes: of(beimPartner), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 150, sessions: 1, group: [2]int{10, 28}, capacity: 15, booked: 6, cost: 8000, unit: proBuchung, funding: fDemokratie,
				desc: "Ein Rundgang vom Nordmarkt zum Hafen: Wer kam wann in die Nordstadt, und warum? " +
					"An Stationen erzählen Fotos und Interviews von Bergleuten, Gastarbeiter*innen und Geflüchteten. " +
					"Kinder entdecken, dass Zuwanderung zur Geschichte ihres Stadtteils gehört."},
			{title: "Erzählcafé der Generationen", theme: demokratie, also: of(sozial), tags: "Generationen, Erinnerung, Begegnung",
				age: age(12, 27), targets: of(jfs, fz, sonst), formats: of(veranstaltung), modes: of(vorOrt), slots: "Mi:N",
				minutes: 120, sessions: 1, group: [2]int{8, 30}, capacity: 6, booked: 1,
				desc: "Ältere Nachbar*innen erzählen Jugendlichen aus ihrem Leben, Jugendliche erzählen zurück. " +
					"Die Geschichtswerkstatt moderiert und hält die Geschichten auf Wunsch als Audio fest."},
			{title: "Spurensuche: Kinder im Nationalsozialismus", theme: demokratie, tags: "Nationalsozialismus, Erinnerung, Geschichte",
				age: age(10, 16), targets: of(gs, jfs), formats: of(workshop), modes: of(vorOrt), slots: "Di,Do:V",
				period: "2025-08-01/2026-07-31", minutes: 180, sessions: 2, group: [2]int{12, 28}, capacity: 6, booked: 5,
				cost: 12000, unit: proBuchung, funding: fDemokratie, status: archiviert,
				desc: "Anhand von Biografien Dortmunder Kinder erforschten Schüler*innen, wie Ausgrenzung im Nationalsozialismus begann. " +
					"Der Workshop wird überarbeitet und ist im Schuljahr 2026/27 nicht buchbar."},
		}},
		{"kinderrechtehaus", []modul{
			{title: "Kinderrechte-Detektive", theme: demokratie, tags: "Kinderrechte, UN-Kinderrechtskonvention",
				age: age(5, 10), targets: of(kita, gs), formats: of(projektwoche), modes: of(vorOrt), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 90, sessions: 5, group: [2]int{10, 25}, capacity: 6, booked: 2, cost: 40000, unit: proBuchung, funding: fKindercampus,
				desc: "Eine Woche lang gehen Kinder den Kinderrechten auf die Spur: Recht auf Spiel, auf Schutz, auf eine eigene Meinung. " +
					"Mit Geschichten, Spielen und einer Ausstellung für die Eltern wird aus Wissen Selbstbewusstsein."},
			{title: "Kinderschutz und Beteiligung – Fortbildung für Teams", theme: demokratie, also: of(sozial), tags: "Kinderschutz, Schutzkonzept, Fortbildung",
				age: age(0, 14), targets: of(kita, gs, jfs, fz, fbuero, bst), formats: of(fortbildung), modes: of(vorOrt, online),
				minutes: 240, sessions: 1, group: [2]int{8, 25}, capacity: 10, booked: 4, cost: 35000, unit: proBuchung, funding: fKindercampus,
				desc: "Die Fortbildung unterstützt Teams dabei, ihr Schutzkonzept mit Leben zu füllen. " +
					"Es geht um Beteiligung als Schutzfaktor, um Beschwerdewege und das Vorgehen bei Verdacht auf Kindeswohlgefährdung."},
			{title: "Beschwerdeverfahren für Kinder entwickeln", theme: demokratie, tags: "Beschwerde, Partizipation, Beratung",
				age: age(3, 10), targets: of(kita, gs, fz), formats: of(beratung), modes: of(vorOrt), minutes: 90, sessions: 3,
				group: [2]int{3, 12}, capacity: 6, booked: 1, cost: 25000, unit: proBuchung, funding: fKindercampus,
				desc: "In drei Beratungsterminen entwickelt das Team gemeinsam mit Kindern ein Beschwerdeverfahren, das zu ihrer Einrichtung passt: Sorgenfresser, Sprechstunde oder Kinderkonferenz."},
			{title: "Kinderrechte-Fest im Quartier", theme: demokratie, also: of(kultur), tags: "Weltkindertag, Fest, Familie",
				age: age(3, 12), targets: of(kita, gs, fz, jfs), formats: of(veranstaltung), modes: of(vorOrt), slots: "Fr:N",
				period: "2026-09-14/2026-09-25", minutes: 180, sessions: 1, group: [2]int{30, 300}, capacity: 4, booked: 2, parents: true,
				desc: "Rund um den Weltkindertag am 20. September organisiert das Kinderrechtehaus gemeinsam mit Einrichtungen ein Fest im Quartier. " +
					"Mitmachstationen, Kinderrechte-Quiz und eine Bühne für die Wünsche der Kinder laden Familien ein."},
		}},
		{"europa-bildungswerk", []modul{
			{title: "Fake News erkennen – Online-Workshop", theme: demokratie, also: of(mint), tags: "Desinformation, Medienkritik, online",
				age: age(13, 18), targets: of(jfs), formats: of(workshop), modes: of(online), slots: "Mo,Mi:N", minutes: 90, sessions: 2,
				group: [2]int{8, 25}, capacity: 15, booked: 3,
				desc: "Wie erkenne ich gefälschte Bilder, wie prüfe ich Quellen? " +
					"Im interaktiven Online-Workshop üben Jugendliche mit echten Beispielen aus sozialen Netzwerken."},
			{title: "Planspiel Europa", theme: demokratie, tags: "Europa, Planspiel, EU",
				age: age(14, 21), targets: of(jfs), formats: of(projekttag), modes: of(beimPartner), slots: "Mo,Di,Mi,Do,Fr:V",
				minutes: 360, sessions: 1, group: [2]int{15, 30}, capacity: 8, booked: 2, cost: 1500, unit: proKopf, funding: fDemokratie,
				desc: "Als Abgeordnete, Kommissar*innen und Lobbyist*innen verhandeln Jugendliche ein europäisches Gesetz. " +
					"Das Planspiel eignet sich für Ferienprogramme der Jugendfreizeitstätten."},
			{title: "Menschenrechte im Alltag", theme: demokratie, also: of(sozial), tags: "Menschenrechte, Diskriminierung, junge Erwachsene",
				age: age(15, 25), targets: of(jfs, sonst), formats: of(workshop), modes: of(vorOrt), slots: "Do:NA", minutes: 180, sessions: 1,
				group: [2]int{8, 20}, capacity: 6, cost: 20000, unit: proBuchung, funding: fDemokratie,
				desc: "Jugendliche und junge Erwachsene setzen sich mit Menschenrechten in ihrem eigenen Alltag auseinander: bei der Wohnungssuche, im Job, im Netz. " +
					"Der Workshop zeigt, wo es Unterstützung gibt."},
			{title: "Demokratie im Ganztag – Online-Fortbildung", theme: demokratie, tags: "Fortbildung, OGS, Demokratiebildung",
				age: age(6, 10), targets: of(gs), formats: of(fortbildung), modes: of(online), slots: "Di:A", minutes: 120, sessions: 3,
				group: [2]int{5, 40}, capacity: 20, booked: 6, cost: 9000, unit: proKopf, funding: fKindercampus,
				desc: "Drei Online-Abende für OGS-Fachkräfte: Demokratiebildung in Spielzeit, Mittagessen und Hausaufgabenbetreuung. " +
					"Mit vielen Praxisbeispielen und Austausch zwischen Einrichtungen."},
		}},
		{"vielfalt-dortmund", []modul{
			{title: "Vorurteilsbewusste Pädagogik in der Kita", theme: demokratie, also: of(sozial), tags: "Vielfalt, Vorurteile, Fortbildung",
				age: age(0, 6), targets: of(kita, fz), formats: of(fortbildung), modes: of(vorOrt), minutes: 360, sessions: 2,
				group: [2]int{8, 20}, capacity: 6, booked: 2,
				desc: "Zwei Fortbildungstage für Kita-Teams: Wie spiegeln Bilderbücher, Puppen und Lieder die Familien der Kinder? " +
					"Wie reagieren wir, wenn Kinder ausgrenzen? " +
					"Die Fortbildung ist für Einrichtungen kostenfrei."},
			{title: "Zivilcourage-Training", theme: demokratie, also: of(sozial), tags: "Zivilcourage, Rassismus, Einmischen",
				age: age(12, 21), targets: of(jfs), formats: of(workshop), modes: of(vorOrt), slots: "Di,Do:N", minutes: 180, sessions: 2,
				group: [2]int{8, 18}, capacity: 8, booked: 3, cost: 25000, unit: proBuchung, funding: fDemokratie,
				desc: "In Rollenspielen üben Jugendliche, in schwierigen Situationen einzugreifen, ohne sich selbst zu gefährden: im Bus, auf dem Schulhof, im Gruppenchat."},
			{title: "Alle anders, alle gleich – Vielfalt-Workshop", theme: demokratie, tags: "Vielfalt, Identität, Klassenklima",
				age: age(8, 12), targets: of(gs, jfs), formats: of(workshop), modes: of(vorOrt), slots: "Mo,Mi,Fr:V", minutes: 120, sessions: 2,
				group: [2]int{15, 28}, capacity: 10, booked: 4, cost: 15000, unit: proBuchung, funding: fDemokratie,
				desc: "Kinder entdecken, was sie verbindet und was sie unterscheidet, und sprechen über Vorurteile und Ausgrenzung. " +
					"Der Workshop stärkt das Klassenklima."},
			{title: "Beratung bei Diskriminierung für Einrichtungen", theme: demokratie, also: of(sozial), tags: "Beratung, Antidiskriminierung",
				age: age(0, 27), targets: of(kita, gs, jfs, fz, bst, fbuero, sonst), formats: of(beratung), modes: of(vorOrt, online),
				period: "offen", minutes: 60, group: [2]int{1, 15}, capacity: 30, booked: 5,
				desc: "Die Fachstelle berät Teams, wenn es in der Einrichtung zu Diskriminierung gekommen ist, und unterstützt bei Gesprächen mit Eltern. " +
					"Die Beratung ist vertraulich und kostenfrei."},
		}},
	}
}
