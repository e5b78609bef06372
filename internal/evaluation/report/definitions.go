package report

import "github.com/stadtdortmund/drehscheibe/internal/printdoc"

// definitions say in German how each KPI is computed (docs/evaluation.md says the
// same for developers).
func definitions() []printdoc.Block {
	return []printdoc.Block{
		printdoc.Paragraph{Text: "Ein Monat reicht vom ersten bis zum letzten Tag in der Zeit von Dortmund. Summen über den " +
			"Zeitraum addieren die Monate; Median, Anteile und Mittelwerte des Zeitraums werden über alle Fälle des Zeitraums " +
			"gebildet; die Angaben zur Vernetzung gelten für das Ende des letzten Monats. Anteile sind auf eine, Mittelwerte " +
			"und Partner je Einrichtung auf zwei Nachkommastellen gerundet. Ein leeres Feld heißt: Es gibt nichts, durch das " +
			"geteilt werden könnte."},
		printdoc.KeyValues{Caption: "Definitionen", Rows: []printdoc.KeyValue{
			{Key: "Bedarfe erfasst", Value: "Bedarfe, die in dem Monat angelegt wurden, gleich welchen Status sie heute haben."},
			{Key: "Bedarfe gedeckt", Value: "Bedarfe, die in dem Monat gedeckt wurden: durch eine von beiden Seiten bestätigte " +
				"Vereinbarung oder eine außerhalb der Drehscheibe gebuchte Deckung. Zählt der Zeitpunkt, seit dem der Bedarf " +
				"ohne Unterbrechung gedeckt ist; ein später geschlossener Bedarf bleibt gezählt."},
			{Key: "Median Tage bis zur Deckung", Value: "Median der Kalendertage vom Tag der Erfassung bis zum Tag der Deckung " +
				"über die in dem Monat gedeckten Bedarfe."},
			{Key: "Vereinbarungen", Value: "Anfragen, die in dem Monat den Status „vereinbart“ erreichten (auch außerhalb der " +
				"Drehscheibe gebuchte Module). Eine später stornierte Vereinbarung bleibt in ihrem Monat gezählt."},
			{Key: "Vereinbarungen in Aktionsräumen Soziale Stadt", Value: "Davon die Vereinbarungen von Einrichtungen, deren " +
				"Quartier heute ein Aktionsraum Soziale Stadt ist, und ihr Anteil an allen Vereinbarungen."},
			{Key: "Zugesagt", Value: "Summe der Zusagen aus Förderprogrammen und Campus-Budgets, die in dem Monat gebucht wurden " +
				"(bei der Vereinbarung); Eigenmittel der Einrichtungen sind nicht enthalten."},
			{Key: "Zugesagt in Aktionsräumen Soziale Stadt", Value: "Davon die Zusagen für Einrichtungen in Aktionsräumen Soziale " +
				"Stadt (wie bei der Buchung vermerkt) und ihr Anteil an allen Zusagen."},
			{Key: "Freigegeben", Value: "Zusagen, die in dem Monat zurückgenommen wurden (stornierte Anfragen)."},
			{Key: "Ausgegeben", Value: "Tatsächliche Kosten abgeschlossener Anfragen, soweit Förderprogramme und Campus-Budgets sie " +
				"tragen, gebucht in dem Monat des Abschlusses."},
			{Key: "Einrichtungen", Value: "Einrichtungen (des Kindercampus bzw. der Stadt), die bis zum Monatsende in der " +
				"Drehscheibe erfasst waren."},
			{Key: "Einrichtungen mit Partner", Value: "Davon die Einrichtungen mit mindestens einem Partner, mit dem am " +
				"Monatsende eine Vereinbarung besteht (vereinbart oder durchgeführt, nicht storniert)."},
			{Key: "Partnerschaften", Value: "Verschiedene Paare aus Einrichtung und Partner mit einer Vereinbarung am Monatsende."},
			{Key: "Partner je Einrichtung", Value: "Partnerschaften geteilt durch Einrichtungen."},
			{Key: "Durchgeführt", Value: "Anfragen, die in dem Monat als durchgeführt gemeldet wurden."},
			{Key: "Gehaltene Termine, Teilnehmende", Value: "Summen der bei diesen Meldungen angegebenen Termine und " +
				"Teilnehmenden (Anzahlen, keine Daten einzelner Kinder)."},
			{Key: "Bewertungen", Value: "Bewertungen (1 bis 5) der Einrichtungen bzw. der Partner, die in dem Monat abgegeben " +
				"wurden: ihre Anzahl und ihr Mittelwert."},
		}},
	}
}
