// Entity content as JSON values by field: what the audit trail records and what an
// import compares and merges.

package drehscheibe

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"unicode"
)

// bookkeeping are the fields of Meta: no import compares or sets them, no audit entry
// records them.
var bookkeeping = map[string]bool{"ID": true, "Version": true, "Seq": true, "CreatedAt": true, "UpdatedAt": true, "Source": true}

// contentFields returns the fields of e other than its bookkeeping as JSON values by Go
// name.
func contentFields(e Entity) map[string]json.RawMessage {
	out := map[string]json.RawMessage{}
	b, err := json.Marshal(e)
	if err != nil || json.Unmarshal(b, &out) != nil {
		return map[string]json.RawMessage{}
	}
	for f := range out {
		if bookkeeping[f] {
			delete(out, f)
		}
	}
	return out
}

// sameValue compares two JSON values, treating every empty value (absent, null, "",
// 0, false, [], {} and objects of only empty values) alike.
func sameValue(a, b json.RawMessage) bool {
	return bytes.Equal(canonical(a), canonical(b))
}

func canonical(v json.RawMessage) []byte {
	var x any
	if len(v) == 0 || json.Unmarshal(v, &x) != nil {
		return []byte("null")
	}
	b, _ := json.Marshal(pruned(x))
	return b
}

// pruned drops empty values, recursively; an empty result is nil.
func pruned(x any) any {
	switch x := x.(type) {
	case map[string]any:
		for k, v := range x {
			if p := pruned(v); p == nil {
				delete(x, k)
			} else {
				x[k] = p
			}
		}
		if len(x) == 0 {
			return nil
		}
	case []any:
		if len(x) == 0 {
			return nil
		}
		for i, v := range x {
			x[i] = pruned(v)
		}
	case string:
		if x == "" {
			return nil
		}
	case float64:
		if x == 0 {
			return nil
		}
	case bool:
		if !x {
			return nil
		}
	}
	return x
}

// set returns the sorted names of the fields of m that hold a value.
func set(m map[string]json.RawMessage) []string {
	var out []string
	for _, k := range keys(m) {
		if !sameValue(m[k], nil) {
			out = append(out, k)
		}
	}
	return out
}

// keys returns the sorted union of the maps' keys.
func keys(ms ...map[string]json.RawMessage) []string {
	var out []string
	for _, m := range ms {
		for k := range m {
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out
}

// apiFieldNames turns Go field names into the API's.
func apiFieldNames(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = apiName(n)
	}
	return out
}

// secrets are content fields the trail leaves out.
var secrets = map[string]bool{"Hash": true, "LastUsedAt": true}

// fields returns the audited fields of e — its content without secrets — as JSON
// values by API name, nested names too (nil e: none).
func fields(e Entity) map[string]json.RawMessage {
	out := map[string]json.RawMessage{}
	if e == nil {
		return out
	}
	for f, v := range contentFields(e) {
		var x any
		if secrets[f] || json.Unmarshal(v, &x) != nil {
			continue
		}
		if b, err := json.Marshal(apiNames(x)); err == nil {
			out[apiName(f)] = b
		}
	}
	return out
}

// apiNames renames the keys of decoded JSON objects to API names, recursively.
func apiNames(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[apiName(k)] = apiNames(x)
		}
		return out
	case []any:
		for i, x := range v {
			v[i] = apiNames(x)
		}
	}
	return v
}

// apiName turns a Go field name into the API's: "PartnerID" → "partnerId",
// "InstitutionIDs" → "institutionIds", "OGS" → "ogs", "AgeRange" → "ageRange".
func apiName(f string) string {
	f = strings.Replace(f, "IDs", "Ids", 1)
	if strings.HasSuffix(f, "ID") {
		f = strings.TrimSuffix(f, "ID") + "Id"
	}
	r := []rune(f)
	for i := range r {
		// lower the leading capitals, but not the one that starts the next word
		if !unicode.IsUpper(r[i]) || (i > 0 && i+1 < len(r) && unicode.IsLower(r[i+1])) {
			break
		}
		r[i] = unicode.ToLower(r[i])
	}
	return string(r)
}

// diff lists the fields whose value differs between before and after, by name. Empty
// values count as equal and are shown as null (see sameValue).
func diff(before, after map[string]json.RawMessage) []FieldChange {
	var out []FieldChange
	for _, f := range keys(before, after) {
		b, a := before[f], after[f]
		if !sameValue(b, a) {
			out = append(out, FieldChange{Field: f, Before: orNull(b), After: orNull(a)})
		}
	}
	return out
}

// orNull shows an empty value as null.
func orNull(v json.RawMessage) json.RawMessage {
	if sameValue(v, nil) {
		return json.RawMessage("null")
	}
	return v
}
