package gqlext

import "testing"

func TestFieldsInCountsObjectKeysOnly(t *testing.T) {
	for _, tc := range []struct {
		data string
		want int
	}{
		{``, 0},
		{`null`, 0},
		{`{"__typename":"Query"}`, 1},
		{`{"a":{"b":1,"c":[{"d":"x:y"},{"d":null}]}}`, 5},
		{`{"t":"ein \"Zitat: hier\" und \\","u":"\\\":"}`, 2},
		{`{"s":"Straße: Hauptstr. 1 – 44135 Dortmund","n":[1,2,3]}`, 2},
	} {
		if got := fieldsIn([]byte(tc.data)); got != tc.want {
			t.Errorf("fieldsIn(%s) = %d, want %d", tc.data, got, tc.want)
		}
	}
}
