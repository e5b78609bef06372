package resolvers

import (
	"regexp"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// gqlparser and gqlgen word their errors about a query in English ("must be defined"
// for a missing ageRange). germanQueryMessage gives them the German the rest of the API
// speaks; what they name (fields, types, values) stays as the client wrote it. A
// "Did you mean …" tail is left as it is: whether hints are shown at all is the
// FIELD_SUGGESTIONS setting's business.

// queryMessage is one English message pattern and its German text; $1, $2 … are the
// pattern's groups, $path the input path of a variable error ("input.ageRange").
type queryMessage struct {
	english *regexp.Regexp
	german  string
}

var queryMessages = func() []queryMessage {
	table := []struct{ english, german string }{
		// values of variables (path: variable, name, fields …)
		{`must be defined`, `Pflichtangabe $path fehlt`},
		{`cannot be null`, `$path darf nicht null sein`},
		{`unknown field`, `Unbekanntes Feld $path`},
		{`(.+) is not a valid (.+)`, `$1 ist kein gültiger Wert für $2 ($path)`},
		{`cannot use (.+) as (.+)`, `$path: $1 passt nicht zum Typ $2`},
		{`must be a (.+), not a (.+)`, `$path muss ein $1 sein, kein $2`},
		{`enums must be ints or strings`, `$path: Aufzählungswerte sind Zeichenketten`},
		{`(Int|Float|String|Boolean|ID) cannot represent (.+): (.+)`, `$1 kann den Wert $3 nicht darstellen`},
		// the query document
		{`Cannot query field "(.+)" on type "(.+)"\.`, `Das Feld „$1“ gibt es im Typ „$2“ nicht.`},
		{`Unknown argument "(.+)" on field "(.+)"\.`, `Unbekanntes Argument „$1“ am Feld „$2“.`},
		{`Unknown argument "(.+)" on directive "@(.+)"\.`, `Unbekanntes Argument „$1“ an der Direktive @$2.`},
		{`Field "(.+)" argument "(.+)" of type "(.+)" is required, but it was not provided\.`, `Das Feld „$1“ braucht das Argument „$2“ (Typ $3).`},
		{`Directive "@(.+)" argument "(.+)" of type "(.+)" is required, but it was not provided\.`, `Die Direktive @$1 braucht das Argument „$2“ (Typ $3).`},
		{`Field "(.+)" of required type "(.+)" was not provided\.`, `Pflichtfeld „$1“ (Typ $2) fehlt.`},
		{`Field "(.+)" is not defined by type "(.+)"\.`, `Das Feld „$1“ gibt es im Eingabetyp „$2“ nicht.`},
		{`Expected value of type "(.+)", found (.+)\.`, `Erwartet wird ein Wert vom Typ $1, nicht $2.`},
		{`Value "(.+)" does not exist in "(.+)" enum\.`, `Den Wert „$1“ gibt es in der Aufzählung $2 nicht.`},
		{`Enum "(.+)" cannot represent non-enum value: (.+)\.`, `Die Aufzählung $1 kennt den Wert $2 nicht.`},
		{`Field "(.+)" of type "(.+)" must have a selection of subfields\.`, `Das Feld „$1“ (Typ $2) braucht eine Auswahl von Unterfeldern.`},
		{`Field "(.+)" must not have a selection since type "(.+)" has no subfields\.`, `Das Feld „$1“ hat keine Unterfelder (Typ $2).`},
		{`Variable "\$?(.+)" is not defined by operation "(.*)"\.`, `Die Variable $$$1 ist in der Operation „$2“ nicht deklariert.`},
		{`Variable "\$?(.+)" is not defined\.`, `Die Variable $$$1 ist nicht deklariert.`},
		{`Variable "\$(.+)" is never used in operation "(.*)"\.`, `Die Variable $$$1 wird in der Operation „$2“ nicht verwendet.`},
		{`Variable "\$(.+)" is never used\.`, `Die Variable $$$1 wird nicht verwendet.`},
		{`Variable "(.+)" of type "(.+)" used in position expecting type "(.+)"\.`, `Die Variable $1 (Typ $2) steht, wo der Typ $3 erwartet wird.`},
		{`Unknown type "(.+)"\.`, `Unbekannter Typ „$1“.`},
		{`Unknown fragment "(.+)"\.`, `Unbekanntes Fragment „$1“.`},
		{`Fragment "(.+)" is never used\.`, `Das Fragment „$1“ wird nicht verwendet.`},
		{`Unknown directive "@(.+)"\.`, `Unbekannte Direktive @$1.`},
		{`Directive "@(.+)" may not be used on (.+)\.`, `Die Direktive @$1 ist an $2 nicht erlaubt.`},
		{`The directive "@(.+)" can only be used once at this location\.`, `Die Direktive @$1 darf hier nur einmal stehen.`},
		{`There can be only one (argument|fragment|input field|operation|variable) named "(.+)"\.`, `„$2“ ist doppelt ($1).`},
		{`This anonymous operation must be the only defined operation\.`, `Eine Operation ohne Namen muss die einzige der Anfrage sein.`},
		{`Schema does not support operation type "(.+)"`, `Operationen vom Typ $1 gibt es nicht.`},
		{`Fields "(.+)" conflict because (.+)\. Use different aliases on the fields to fetch both if this was intentional\.`, `Die Felder „$1“ widersprechen sich ($2); für beide verschiedene Aliasse verwenden.`},
		{`Cannot spread fragment "(.+)" within itself(.*)\.`, `Das Fragment „$1“ enthält sich selbst$2.`},
		{`Fragment "(.+)" cannot be spread here as objects of type "(.+)" can never be of type "(.+)"\.`, `Das Fragment „$1“ passt hier nicht: Objekte vom Typ $2 sind nie vom Typ $3.`},
		{`(.+) must select only one top level field\.`, `$1 darf nur ein Feld auf oberster Ebene wählen.`},
		// the parser
		{`Expected (.+), found (.+)`, `Syntaxfehler: erwartet $1, gefunden $2`},
		{`Unexpected (.+)`, `Syntaxfehler: unerwartet $1`},
		{`Unterminated string\.?`, `Syntaxfehler: Zeichenkette ohne Ende`},
		{`Invalid number, (.+)`, `Syntaxfehler: ungültige Zahl ($1)`},
		{`Cannot parse the unexpected character (.+)\.`, `Syntaxfehler: unerwartetes Zeichen $1`},
		{`Cannot contain the invalid character (.+)`, `Syntaxfehler: ungültiges Zeichen $1`},
		{`exceeded maximum nesting depth of (\d+)`, `Die Anfrage ist zu tief verschachtelt (mehr als $1 Ebenen)`},
		// gqlgen
		{`no operation provided`, `Die Anfrage enthält keine Operation`},
		{`operation (.+) not found`, `Die Operation $1 gibt es in der Anfrage nicht`},
	}
	out := make([]queryMessage, len(table))
	for i, m := range table {
		out[i] = queryMessage{regexp.MustCompile(`^` + m.english + `$`), m.german}
	}
	return out
}()

// hintTail is gqlparser's suggestion at the end of a message.
var hintTail = regexp.MustCompile(` Did you mean .*$`)

// germanQueryMessage returns the German text of an error gqlparser or gqlgen raised
// about a query. A message it does not know keeps its text behind a German lead-in.
func germanQueryMessage(e *gqlerror.Error) string {
	msg, hint := e.Message, ""
	if loc := hintTail.FindStringIndex(msg); loc != nil {
		msg, hint = msg[:loc[0]], msg[loc[0]:]
	}
	for _, m := range queryMessages {
		if groups := m.english.FindStringSubmatchIndex(msg); groups != nil {
			german := strings.ReplaceAll(m.german, "$path", inputPath(e.Path))
			return string(m.english.ExpandString(nil, german, msg, groups)) + hint
		}
	}
	return "Ungültige Anfrage: " + msg + hint
}

// inputPath writes the path of a variable error without its leading "variable"
// ("input.ageRange", "input.tags[2]").
func inputPath(p ast.Path) string {
	if len(p) > 0 && p[0] == ast.PathName("variable") {
		p = p[1:]
	}
	if len(p) == 0 {
		return "Eingabe"
	}
	return strings.TrimPrefix(p.String(), ".")
}
