package demo

import "github.com/stadtdortmund/drehscheibe/internal/drehscheibe"

// partnerRow is one Bildungspartner. All partners, their contact persons and phone
// numbers are invented; the two Stadtteilbibliotheken sit at the real library sites.
// The website is https://<slug>.example, the contact's e-mail
// vorname.nachname@<slug>.example.
type partnerRow struct {
	name   string
	kind   drehscheibe.PartnerKind
	themes []drehscheibe.Theme
	slug   string
	street string
	number string
	postal string
	lat    float64
	lon    float64
	// service area: the whole city, named Quartiere ("535 532") and/or a radius.
	citywide  bool
	quartiere string
	radiusKm  float64
	langs     string
	contact   string
	phone     string
	desc      string
}

func partnerTable() []partnerRow {
	return []partnerRow{
		// Sport und Gesundheit
		{name: "SV Clarenberg 1921 e.V.", kind: drehscheibe.PartnerSportverein, themes: of(sport, sozial), slug: "sv-clarenberg",
			street: "Clarenberg", number: "50", postal: "44263", lat: 51.48225, lon: 7.50652, quartiere: "535 532 541",
			langs: "de tr ar", contact: "Markus Kowalczyk", phone: "0231 4412873",
			desc: "Der Stadtteilverein vom Clarenberg bietet Fußball, Kinderturnen und Freizeitsport für alle Generationen. " +
				"Seit Jahren kommen lizenzierte Übungsleiter*innen mit Kinderschutzschulung in den Offenen Ganztag und in die Kitas rund um den Clarenberg. " +
				"Der Mitgliedsbeitrag für Kinder kann über Bildung und Teilhabe übernommen werden."},
		{name: "TuS Westerfilde 1910 e.V.", kind: drehscheibe.PartnerSportverein, themes: of(sport, sozial), slug: "tus-westerfilde",
			street: "Westerfilder Straße", number: "30", postal: "44357", lat: 51.54380, lon: 7.37350, quartiere: "960 910", radiusKm: 4,
			langs: "de tr ru pl", contact: "Sabine Hoffmann", phone: "0231 3398120",
			desc: "Breitensportverein im Dortmunder Nordwesten mit Abteilungen für Fußball, Turnen, Leichtathletik und Kinderturnen. " +
				"Der Verein ist Partner der Westhausen-Grundschule und gestaltet Bewegungsangebote im Ganztag und in den Kitas an der Speckestraße."},
		{name: "Schwimmverein Nordstadt-Delfine 1975 e.V.", kind: drehscheibe.PartnerSportverein, themes: of(sport), slug: "nordstadt-delfine",
			street: "Uhlandstraße", number: "98", postal: "44147", lat: 51.52900, lon: 7.45600, radiusKm: 12,
			langs: "de tr ar bg", contact: "Elif Demir", phone: "0231 8860241",
			desc: "Die Nordstadt-Delfine bringen Kindern das Schwimmen bei, die es in der Familie nicht lernen konnten. " +
				"Der Verein bietet Wassergewöhnung, Seepferdchen- und Bronzekurse in kleinen Gruppen und arbeitet eng mit Grundschulen und Jugendfreizeitstätten zusammen."},
		{name: "Turnerbund Hombruch 1889 e.V.", kind: drehscheibe.PartnerSportverein, themes: of(sport), slug: "tb-hombruch",
			street: "Harkortstraße", number: "70", postal: "44225", lat: 51.47620, lon: 7.43920, quartiere: "651 675 541", radiusKm: 4,
			langs: "de en", contact: "Claudia Brenner", phone: "0231 7104455",
			desc: "Traditionsverein im Dortmunder Süden mit Eltern-Kind-Turnen, Kinderturnen, Geräteturnen und Trampolin. " +
				"Die Übungsleiter*innen kommen auch in Kitas und Grundschulen und bilden pädagogische Fachkräfte in Bewegungsförderung fort."},
		{name: "Boxclub Borsig 1958 e.V.", kind: drehscheibe.PartnerSportverein, themes: of(sport, sozial), slug: "boxclub-borsig",
			street: "Oesterholzstraße", number: "110", postal: "44145", lat: 51.52750, lon: 7.48340, quartiere: "061 054 051 041",
			langs: "de tr ar bg ro", contact: "Dragan Petrović", phone: "0231 8127790",
			desc: "Der Boxclub am Borsigplatz verbindet Sport mit Jugendarbeit: Training mit klaren Regeln, Respekt und Fairness. " +
				"Neben dem Vereinstraining gibt es Anti-Gewalt-Kurse und offene Trainingszeiten für Jugendliche aus der Nordstadt."},
		{name: "Bouldercafé Phoenix GmbH", kind: drehscheibe.PartnerUnternehmen, themes: of(sport), slug: "bouldercafe-phoenix",
			street: "Hochofenstraße", number: "40", postal: "44263", lat: 51.48760, lon: 7.49250, radiusKm: 10,
			langs: "de en", contact: "Jonas Albrecht", phone: "0231 5578003",
			desc: "Boulderhalle am Phoenix-West-Gelände mit eigenem Kinderbereich. " +
				"Für Schulen und Jugendeinrichtungen gibt es betreute Kletterstunden und Projekttage zu Vertrauen, Mut und Körpergefühl."},
		{name: "Gesund aufwachsen im Revier e.V.", kind: drehscheibe.PartnerVerein, themes: of(sport, bne), slug: "gesund-aufwachsen",
			street: "Märkische Straße", number: "86", postal: "44141", lat: 51.50360, lon: 7.47760, citywide: true,
			langs: "de tr ar ru", contact: "Katrin Vogt", phone: "0231 2205518",
			desc: "Der Verein von Kinderärzt*innen, Ökotropholog*innen und Zahnprophylaxe-Fachkräften macht Gesundheitsförderung in Kitas, Schulen und Familienzentren. " +
				"Schwerpunkte sind gesunde Ernährung, Zahngesundheit, Bewegung und Schlaf. " +
				"Alle Elternangebote gibt es auch mit Sprachmittlung."},

		// MINT und Digitales
		{name: "MINTlab Dortmund e.V.", kind: drehscheibe.PartnerBildungseinrichtung, themes: of(mint, bne), slug: "mintlab-dortmund",
			street: "Emil-Figge-Straße", number: "52", postal: "44227", lat: 51.49380, lon: 7.41950, citywide: true,
			langs: "de en", contact: "Henrike Scholz", phone: "0231 9751230",
			desc: "Das MINT-Labor in der Nähe des Campus bringt Experimentieren, Technik und Naturwissenschaften zu Kindern und Jugendlichen. " +
				"Studierende und Fachkräfte leiten Forscher-AGs, Projekttage und Ferienkurse an und begleiten Schulen beim Aufbau eigener Forscherecken."},
		{name: "Code Kids Dortmund", kind: drehscheibe.PartnerInitiative, themes: of(mint), slug: "codekids-dortmund",
			street: "Rheinische Straße", number: "143", postal: "44147", lat: 51.51260, lon: 7.43750, citywide: true,
			langs: "de en tr", contact: "Leonie Hartmann", phone: "0231 3317642",
			desc: "Ehrenamtliche Initiative von Softwareentwickler*innen aus dem Unionviertel, die Kindern das Programmieren näherbringt. " +
				"Mit Scratch, Calliope mini und kleinen Robotern lernen Kinder spielerisch, wie Computer denken. " +
				"Laptops und Material bringt die Initiative mit."},
		{name: "Medienwerkstatt Nordstadt e.V.", kind: drehscheibe.PartnerVerein, themes: of(mint, demokratie, kultur), slug: "medienwerkstatt-nordstadt",
			street: "Mallinckrodtstraße", number: "212", postal: "44147", lat: 51.52550, lon: 7.45550, quartiere: "041 051 054 061 270", radiusKm: 6,
			langs: "de tr ar bg", contact: "Serkan Aydın", phone: "0231 8396114",
			desc: "Die Medienwerkstatt arbeitet mit Kindern und Jugendlichen an Film, Podcast und Fotografie und stärkt ihre Medienkompetenz. " +
				"Themen wie Cybermobbing, Datenschutz und Fake News gehören ebenso dazu wie eigene Produktionen über das Leben im Stadtteil."},
		{name: "Astronomiefreunde Dortmund e.V.", kind: drehscheibe.PartnerVerein, themes: of(mint), slug: "astronomiefreunde",
			street: "Hacheneyer Straße", number: "160", postal: "44265", lat: 51.47750, lon: 7.47350, radiusKm: 15,
			langs: "de", contact: "Wolfgang Reimann", phone: "0231 4760291",
			desc: "Der Verein betreibt eine kleine Volkssternwarte im Dortmunder Süden. " +
				"Mit mobilem Planetarium und Teleskopen kommen die Mitglieder in Schulen und Jugendeinrichtungen und zeigen Kindern den Himmel über dem Revier."},
		{name: "Stiftung Kleine Entdecker Ruhr", kind: drehscheibe.PartnerStiftung, themes: of(mint, bne), slug: "kleine-entdecker",
			street: "Königswall", number: "21", postal: "44137", lat: 51.51550, lon: 7.45950, citywide: true,
			langs: "de", contact: "Miriam Lange", phone: "0231 1862047",
			desc: "Die Stiftung fördert frühe MINT-Bildung in Kitas und Grundschulen. " +
				"Sie bildet pädagogische Fachkräfte fort, stellt Forscherkisten zur Ausleihe bereit und begleitet Einrichtungen auf dem Weg zum Forscherhaus."},
		{name: "Phoenix Technik & Ausbildung GmbH", kind: drehscheibe.PartnerUnternehmen, themes: of(mint), slug: "phoenix-technik",
			street: "Seekante", number: "20", postal: "44263", lat: 51.49150, lon: 7.50150, radiusKm: 12,
			langs: "de en", contact: "Tobias Wendt", phone: "0231 5291170",
			desc: "Mittelständischer Betrieb für Mess- und Steuerungstechnik am Phoenix-See mit eigener Ausbildungswerkstatt. " +
				"Auszubildende zeigen Jugendlichen in Werkstatttagen und Maker-Projekten, was Technikberufe ausmacht."},

		// Demokratieförderung
		{name: "Demokratiewerkstatt Dortmund", kind: drehscheibe.PartnerInitiative, themes: of(demokratie, sozial), slug: "demokratiewerkstatt",
			street: "Ostwall", number: "12", postal: "44135", lat: 51.51250, lon: 7.47150, citywide: true,
			langs: "de tr ar en", contact: "Hannah Lüders", phone: "0231 2274519",
			desc: "Die Initiative macht Demokratie für Kinder und Jugendliche erfahrbar: mit Klassenrat, Kinderparlament und Beteiligungsprojekten im Stadtteil. " +
				"Die Teamer*innen begleiten Schulen und Kitas dabei, Mitbestimmung dauerhaft im Alltag zu verankern."},
		{name: "Jugendforum Dortmund e.V.", kind: drehscheibe.PartnerVerein, themes: of(demokratie), slug: "jugendforum-dortmund",
			street: "Geschwister-Scholl-Straße", number: "35", postal: "44135", lat: 51.51750, lon: 7.47050, citywide: true,
			langs: "de tr ar ru", contact: "Noah Schubert", phone: "0231 9045318",
			desc: "Junge Menschen bis 27 engagieren sich im Jugendforum für ihre Interessen in der Stadtpolitik. " +
				"Der Verein bietet Workshops zu Beteiligung, Planspiele und begleitet Jugendliche, die eigene Projekte im Quartier umsetzen wollen."},
		{name: "Geschichtswerkstatt Nordstadt e.V.", kind: drehscheibe.PartnerVerein, themes: of(demokratie, kultur), slug: "geschichtswerkstatt-nordstadt",
			street: "Steinstraße", number: "48", postal: "44147", lat: 51.52100, lon: 7.46000, quartiere: "051 054 061 041", radiusKm: 5,
			langs: "de tr", contact: "Gabriele Nowak", phone: "0231 8142256",
			desc: "Die Geschichtswerkstatt erforscht mit Kindern und Jugendlichen die Geschichte der Nordstadt: Zuwanderung, Bergbau und Stahl, Verfolgung im Nationalsozialismus. " +
				"Stadtteilrundgänge und Erzählcafés verbinden Erinnerung mit Fragen von heute."},
		{name: "Kinderrechtehaus Dortmund e.V.", kind: drehscheibe.PartnerJugendhilfetraeger, themes: of(demokratie, sozial), slug: "kinderrechtehaus",
			street: "Hamburger Straße", number: "45", postal: "44135", lat: 51.51400, lon: 7.47950, citywide: true,
			langs: "de tr ar uk", contact: "Aylin Kaya", phone: "0231 5673390",
			desc: "Anerkannter Träger der freien Jugendhilfe, der Kinderrechte bekannt macht und Beteiligung von Anfang an fördert. " +
				"Das Team arbeitet mit Kitas, Grundschulen und Familienzentren und schult Fachkräfte zu Kinderschutz und Beteiligungsverfahren."},
		{name: "Europa-Bildungswerk Westfalen", kind: drehscheibe.PartnerBildungseinrichtung, themes: of(demokratie), slug: "europa-bildungswerk",
			street: "Kronprinzenstraße", number: "70", postal: "44135", lat: 51.51050, lon: 7.47900, citywide: true,
			langs: "de en", contact: "Stefan Morawietz", phone: "0231 7766014",
			desc: "Anerkannte Einrichtung der politischen Jugendbildung. " +
				"Mit Planspielen, Workshops und Online-Seminaren bringt das Bildungswerk Europa, Wahlen und Menschenrechte in Schulen und Jugendfreizeitstätten."},
		{name: "Fachstelle Vielfalt und Antidiskriminierung Dortmund", kind: drehscheibe.PartnerBeratungsstelle, themes: of(demokratie, sozial), slug: "vielfalt-dortmund",
			street: "Bornstraße", number: "66", postal: "44145", lat: 51.52150, lon: 7.46950, citywide: true,
			langs: "de tr ar en", contact: "Fatma Şahin", phone: "0231 8819025",
			desc: "Die Fachstelle berät bei Diskriminierung und bildet Fachkräfte in vorurteilsbewusster Pädagogik fort. " +
				"Für Kinder und Jugendliche gibt es Workshops zu Vielfalt, Rassismus und Zivilcourage."},

		// Sozialkompetenz
		{name: "Jugendhilfe im Revier gGmbH", kind: drehscheibe.PartnerJugendhilfetraeger, themes: of(sozial, sport), slug: "jugendhilfe-revier",
			street: "Faßstraße", number: "22", postal: "44263", lat: 51.48700, lon: 7.50500, quartiere: "535 532 910 960",
			langs: "de tr ar ru", contact: "Thomas Brandt", phone: "0231 4419630",
			desc: "Freier Träger der Jugendhilfe mit Standorten in Hörde und Mengede. " +
				"Das Team bietet soziale Gruppenarbeit an Schulen, Mädchen- und Jungenarbeit und begleitet Übergänge von der Kita in die Grundschule und von der Schule in den Beruf."},
		{name: "Streitschlichter Ruhr e.V.", kind: drehscheibe.PartnerVerein, themes: of(sozial, demokratie), slug: "streitschlichter-ruhr",
			street: "Lindemannstraße", number: "70", postal: "44137", lat: 51.50190, lon: 7.45260, citywide: true,
			langs: "de", contact: "Birgit Szymański", phone: "0231 1298874",
			desc: "Der Verein bildet Kinder und Jugendliche zu Streitschlichter*innen und Konfliktlots*innen aus. " +
				"Pädagogische Teams lernen in Fortbildungen, wie eine Schule oder Einrichtung eine Kultur der gewaltfreien Konfliktlösung aufbaut."},
		{name: "Familienbildungsstätte Dortmund-Mitte", kind: drehscheibe.PartnerBildungseinrichtung, themes: of(sozial, sport), slug: "fbs-dortmund",
			street: "Amalienstraße", number: "22", postal: "44137", lat: 51.51140, lon: 7.45580, citywide: true,
			langs: "de tr ar ru uk", contact: "Petra Engelhardt", phone: "0231 1840236",
			desc: "Anerkannte Einrichtung der Familienbildung mit Kursen für Eltern von der Schwangerschaft bis zur Pubertät. " +
				"Viele Angebote finden direkt in Kitas, Familienzentren und Grundschulen statt, auf Wunsch mit Kinderbetreuung und Sprachmittlung."},
		{name: "Elternverein Brückenbauer Nordstadt e.V.", kind: drehscheibe.PartnerVerein, themes: of(sozial, kultur), slug: "brueckenbauer-nordstadt",
			street: "Heroldstraße", number: "40", postal: "44145", lat: 51.52340, lon: 7.46840, quartiere: "051 054 061 041",
			langs: "de tr ar bg ro ku", contact: "Zeynep Arslan", phone: "0231 8867721",
			desc: "Eltern aus der Nordstadt, die anderen Eltern den Weg in Kita und Schule erleichtern. " +
				"Der Verein organisiert mehrsprachige Elterncafés, begleitet zu Elterngesprächen und erklärt das deutsche Schulsystem."},
		{name: "Beratungszentrum Kinder, Jugend und Familie Nord", kind: drehscheibe.PartnerBeratungsstelle, themes: of(sozial), slug: "beratungszentrum-nord",
			street: "Münsterstraße", number: "100", postal: "44145", lat: 51.52580, lon: 7.45940, quartiere: "041 051 054 061 270 910 960",
			langs: "de tr ar ru", contact: "Andreas Kühn", phone: "0231 8401550",
			desc: "Erziehungs- und Familienberatung für die nördlichen Stadtbezirke. " +
				"Neben Einzelberatung bietet das Zentrum offene Sprechstunden in Kitas und Schulen, Elternabende und Fallberatung für pädagogische Teams."},
		{name: "Stadtteilmütter Dortmund", kind: drehscheibe.PartnerInitiative, themes: of(sozial, kultur), slug: "stadtteilmuetter",
			street: "Lauenburger Straße", number: "8", postal: "44145", lat: 51.52250, lon: 7.47140, quartiere: "051 054 061 041 270 910 960 535",
			langs: "de tr ar bg ro ku sq uk ru pl", contact: "Nadia Haddad", phone: "0231 8850637",
			desc: "Geschulte Mütter mit eigener Zuwanderungsgeschichte besuchen Familien in ihrer Sprache, informieren über Kita, Schule, Gesundheit und Hilfen im Stadtteil und begleiten zu Einrichtungen. " +
				"Die Initiative ist in der Nordstadt, in Scharnhorst, Westerfilde und am Clarenberg aktiv."},
		{name: "Stiftung Chancenreich Dortmund", kind: drehscheibe.PartnerStiftung, themes: of(sozial, mint), slug: "chancenreich",
			street: "Kaiserstraße", number: "62", postal: "44135", lat: 51.51280, lon: 7.47900, citywide: true,
			langs: "de", contact: "Ursula Pieper", phone: "0231 5312980",
			desc: "Die Stiftung vermittelt ehrenamtliche Lern- und Lesepat*innen und Mentor*innen an Kinder und Jugendliche, die zu Hause wenig Unterstützung haben. " +
				"Sie finanziert außerdem kleine Projekte in Schulen mit hohem Sozialindex."},
		{name: "Abenteuer Ruhr – Erlebnispädagogik e.V.", kind: drehscheibe.PartnerVerein, themes: of(sozial, sport), slug: "abenteuer-ruhr",
			street: "Am Hasenberg", number: "5", postal: "44265", lat: 51.44400, lon: 7.52450, radiusKm: 20,
			langs: "de en", contact: "Kai Lindner", phone: "0231 4654409",
			desc: "Erlebnispädagog*innen gestalten Kooperationsspiele, Niedrigseilgarten und Naturtage für Gruppen. " +
				"Ziel ist, Zusammenhalt, Selbstvertrauen und Verantwortung in der Gruppe zu stärken."},

		// BNE
		{name: "Waldwerkstatt Bittermark e.V.", kind: drehscheibe.PartnerVerein, themes: of(bne), slug: "waldwerkstatt-bittermark",
			street: "Spissenagelstraße", number: "30", postal: "44229", lat: 51.44500, lon: 7.45900, radiusKm: 15,
			langs: "de", contact: "Jörg Eickhoff", phone: "0231 7310587",
			desc: "Waldpädagog*innen laden Kitagruppen und Schulklassen in den Bittermarkwald ein und kommen mit dem Waldmobil auch in die Stadtteile. " +
				"Kinder erleben Jahreszeiten, Tiere und Pflanzen mit allen Sinnen."},
		{name: "Urbane Gärten Nordstadt", kind: drehscheibe.PartnerInitiative, themes: of(bne, sozial), slug: "urbane-gaerten",
			street: "Schützenstraße", number: "80", postal: "44147", lat: 51.52900, lon: 7.45400, quartiere: "041 051 054 061",
			langs: "de tr ar bg", contact: "Lena Marquardt", phone: "0231 8374416",
			desc: "Nachbarschaftsinitiative mit Gemeinschaftsgärten auf Brachflächen der Nordstadt. " +
				"Kinder, Eltern und Nachbar*innen gärtnern zusammen, bauen Hochbeete in Kitas und Schulen und lernen, woher das Essen kommt."},
		{name: "Klimawerkstatt Ruhr gGmbH", kind: drehscheibe.PartnerBildungseinrichtung, themes: of(bne, mint), slug: "klimawerkstatt-ruhr",
			street: "Speicherstraße", number: "15", postal: "44147", lat: 51.52750, lon: 7.44500, citywide: true,
			langs: "de en", contact: "Julia Rehbein", phone: "0231 3968850",
			desc: "Bildungsträger für Klimaschutz und nachhaltige Entwicklung im Hafenquartier. " +
				"Projekttage, Klima-AGs und Ferienwerkstätten zeigen Kindern und Jugendlichen, wie sie selbst Energie sparen, Müll vermeiden und ihren Stadtteil mitgestalten."},
		{name: "Naturerlebnisstation Emscherauen e.V.", kind: drehscheibe.PartnerVerein, themes: of(bne), slug: "emscherauen",
			street: "Mengeder Straße", number: "600", postal: "44359", lat: 51.56800, lon: 7.38700, radiusKm: 10,
			langs: "de tr", contact: "Bernd Kötter", phone: "0231 3370164",
			desc: "Naturschutzstation an der renaturierten Emscher im Dortmunder Nordwesten. " +
				"Kinder erforschen Bachläufe, Wiesen und Tiere; Schulklassen und Kitas aus Mengede, Westerfilde und Bodelschwingh sind häufig zu Gast."},
		{name: "Revierstrom Dortmund GmbH", kind: drehscheibe.PartnerUnternehmen, themes: of(bne, mint), slug: "revierstrom",
			street: "Rheinlanddamm", number: "30", postal: "44139", lat: 51.49950, lon: 7.46000, citywide: true,
			langs: "de", contact: "Christina Böhm", phone: "0231 9204417",
			desc: "Regionaler Ökostromanbieter mit einem Bildungsprogramm zu Energie und Klima. " +
				"Energiescouts des Unternehmens gestalten kostenlose Projekttage in Grundschulen und Jugendeinrichtungen."},
		{name: "Eine-Welt-Bildungsinitiative Dortmund", kind: drehscheibe.PartnerInitiative, themes: of(bne, demokratie), slug: "eine-welt-dortmund",
			street: "Reinoldistraße", number: "7", postal: "44135", lat: 51.51450, lon: 7.46800, citywide: true,
			langs: "de en tr", contact: "Samuel Okafor", phone: "0231 1409963",
			desc: "Die Initiative aus dem Umfeld des Weltladens macht globales Lernen: fairer Handel, Kinderrechte weltweit, Konsum und Klimagerechtigkeit. " +
				"Referent*innen aus verschiedenen Ländern gestalten Workshops für Schulen und Jugendgruppen."},
		{name: "Nachbarschaftsnetz Mengede", kind: drehscheibe.PartnerSonstige, themes: of(bne, sozial), slug: "nachbarschaftsnetz-mengede",
			street: "Westerfilder Straße", number: "15", postal: "44357", lat: 51.54460, lon: 7.37220, quartiere: "910 960",
			langs: "de tr ru pl", contact: "Helga Baumann", phone: "0231 3356802",
			desc: "Zusammenschluss von Kirchengemeinden, Nachbarschaftsinitiativen und engagierten Bürger*innen in Westerfilde und Bodelschwingh. " +
				"Das Netz betreibt ein Repair-Café, eine Kleidertauschbörse und organisiert generationenübergreifende Aktionen mit Kindern."},

		// Musik und Kultur
		{name: "Musikschule Klangraum Dortmund", kind: drehscheibe.PartnerKultureinrichtung, themes: of(kultur), slug: "klangraum-musikschule",
			street: "Sonnenstraße", number: "100", postal: "44139", lat: 51.50620, lon: 7.45780, citywide: true,
			langs: "de en tr", contact: "Irina Sokolova", phone: "0231 1733508",
			desc: "Gemeinnützige Musikschule mit Angeboten von der musikalischen Früherziehung bis zum Bandcoaching. " +
				"Musikpädagog*innen kommen in Kitas und OGS und machen Musik für alle Kinder erlebbar, auch ohne eigenes Instrument."},
		{name: "Stadtteilbibliothek Hörde", kind: drehscheibe.PartnerOeffentlicheEinrichtung, themes: of(kultur, mint), slug: "bibliothek-hoerde",
			street: "Hermannstraße", number: "33", postal: "44263", lat: 51.488926, lon: 7.499973, quartiere: "535 532 541",
			langs: "de tr ar en", contact: "Sandra Wieczorek", phone: "0231 5025514",
			desc: "Die Stadtteilbibliothek im Hörder Zentrum lädt Kitagruppen und Schulklassen zu Bibliotheksführungen, Bilderbuchkinos und Leseclubs ein. " +
				"Im Makerspace der Bibliothek können Kinder Roboter programmieren und 3D-Druck ausprobieren."},
		{name: "Stadtteilbibliothek Mengede", kind: drehscheibe.PartnerOeffentlicheEinrichtung, themes: of(kultur), slug: "bibliothek-mengede",
			street: "Rigwinstraße", number: "32", postal: "44359", lat: 51.570558, lon: 7.384420, quartiere: "910 960", radiusKm: 5,
			langs: "de tr ru", contact: "Martina Grothe", phone: "0231 5028860",
			desc: "Die Stadtteilbibliothek im Mengeder Ortskern ist Lese- und Lernort für den ganzen Stadtbezirk. " +
				"Sie bietet mehrsprachige Medien, Vorlesestunden und Bibliothekseinführungen und kommt mit Medienkisten in Kitas und Schulen in Westerfilde und Bodelschwingh."},
		{name: "Kulissenzauber – Kinder- und Jugendtheater Dortmund e.V.", kind: drehscheibe.PartnerKultureinrichtung, themes: of(kultur, sozial), slug: "kulissenzauber",
			street: "Lortzingstraße", number: "45", postal: "44145", lat: 51.52820, lon: 7.46200, citywide: true,
			langs: "de tr en", contact: "Felix Gerdes", phone: "0231 8621140",
			desc: "Freies Kinder- und Jugendtheater in der Nordstadt mit eigenen Produktionen und theaterpädagogischen Angeboten. " +
				"Im Theaterspiel erproben Kinder Sprache, Ausdruck und Zusammenarbeit; Jugendliche entwickeln Stücke zu ihren eigenen Themen."},
		{name: "Zirkus Fantasia Dortmund e.V.", kind: drehscheibe.PartnerVerein, themes: of(kultur, sport, sozial), slug: "zirkus-fantasia",
			street: "Lindenhorster Straße", number: "10", postal: "44147", lat: 51.53750, lon: 7.45350, radiusKm: 15,
			langs: "de tr ar", contact: "Luca Bianchi", phone: "0231 8493327",
			desc: "Der Kinder- und Jugendzirkus am Fredenbaumpark verbindet Akrobatik, Jonglage und Clownerie mit sozialem Lernen. " +
				"Jedes Kind findet eine Rolle in der Manege; am Ende steht eine Aufführung für Familie und Nachbarschaft."},
		{name: "Kunstschule Nordlicht e.V.", kind: drehscheibe.PartnerKultureinrichtung, themes: of(kultur, bne), slug: "kunstschule-nordlicht",
			street: "Gneisenaustraße", number: "70", postal: "44147", lat: 51.52250, lon: 7.44700, citywide: true,
			langs: "de tr en", contact: "Marie Schulte-Ebbert", phone: "0231 8165593",
			desc: "Jugendkunstschule mit Ateliers für Malerei, Druck, Skulptur und Street Art. " +
				"Künstler*innen arbeiten in Kitas, Grundschulen und Jugendfreizeitstätten und gestalten mit Kindern Wände, Höfe und Ausstellungen."},
		{name: "HipHop-Kollektiv Nordstadt", kind: drehscheibe.PartnerInitiative, themes: of(kultur, demokratie), slug: "hiphop-nordstadt",
			street: "Leopoldstraße", number: "48", postal: "44147", lat: 51.52180, lon: 7.46100, quartiere: "051 054 061 041 270 960 910",
			langs: "de tr ar", contact: "Deniz Yıldız", phone: "0231 8230978",
			desc: "Rapper*innen, Breakdancer*innen und DJs aus der Nordstadt, die ihr Können an Jugendliche weitergeben. " +
				"In Workshops und offenen Sessions schreiben Jugendliche eigene Texte über ihr Leben und ihren Stadtteil."},
		{name: "Lesefreunde Dortmund e.V.", kind: drehscheibe.PartnerVerein, themes: of(kultur, sozial), slug: "lesefreunde",
			street: "Hansastraße", number: "80", postal: "44137", lat: 51.51400, lon: 7.46200, citywide: true,
			langs: "de tr ar ru pl", contact: "Renate Feldmann", phone: "0231 1207745",
			desc: "Mehr als 120 ehrenamtliche Vorlesepat*innen lesen in Kitas, Grundschulen und Familienzentren vor, auch in den Familiensprachen der Kinder. " +
				"Der Verein schult seine Ehrenamtlichen und stellt Bücherkisten zusammen."},
		{name: "Tanzhaus Hörde e.V.", kind: drehscheibe.PartnerVerein, themes: of(kultur, sport), slug: "tanzhaus-hoerde",
			street: "Alfred-Trappen-Straße", number: "18", postal: "44263", lat: 51.48780, lon: 7.50100, quartiere: "535 532 541", radiusKm: 6,
			langs: "de tr ru", contact: "Svetlana Becker", phone: "0231 4398216",
			desc: "Tanzschule und Verein für zeitgenössischen Tanz, Hip-Hop und Kindertanz in Hörde. " +
				"Tanzpädagog*innen bringen Bewegung, Rhythmus und Ausdruck in Kitas, Grundschulen und Jugendzentren."},
	}
}

func partner() []*drehscheibe.Partner {
	rows := partnerTable()
	out := make([]*drehscheibe.Partner, len(rows))
	for i, r := range rows {
		domain := r.slug + ".example"
		pa := &drehscheibe.Partner{
			Name:        r.name,
			Kind:        r.kind,
			Description: r.desc,
			Themes:      r.themes,
			ServiceArea: drehscheibe.ServiceArea{Citywide: r.citywide, RadiusKm: r.radiusKm},
			Address:     drehscheibe.Address{Street: r.street, HouseNumber: r.number, PostalCode: r.postal, City: "Dortmund"},
			Location:    point(r.lat, r.lon),
			Languages:   words(r.langs),
			Website:     "https://" + domain,
			Contact:     drehscheibe.Contact{Name: r.contact, Email: email(r.contact, domain), Phone: r.phone},
		}
		for _, n := range words(r.quartiere) {
			pa.ServiceArea.QuartierIDs = append(pa.ServiceArea.QuartierIDs, quartierID(n))
		}
		pa.ID = partnerID(r.name)
		out[i] = pa
	}
	return out
}
