package drehscheibe

import (
	"encoding/json"
	"testing"
)

func TestAuditFieldNames(t *testing.T) {
	for in, want := range map[string]string{
		"PartnerID": "partnerId", "InstitutionIDs": "institutionIds", "OGS": "ogs", "AgeRange": "ageRange",
		"Title": "title", "CostCent": "costCent", "ID": "id", "URLPath": "urlPath",
	} {
		if got := apiName(in); got != want {
			t.Errorf("apiName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAuditDiff(t *testing.T) {
	before := &Modul{Title: "Alt", Tags: []string{"a"}, AgeRange: AgeRange{Min: 6, Max: 10}, Capacity: 3}
	after := &Modul{Title: "Neu", Tags: nil, AgeRange: AgeRange{Min: 6, Max: 12}, Capacity: 3}
	after.Version, after.Seq = 9, 9 // bookkeeping is not audited
	got := map[string][2]string{}
	for _, c := range diff(fields(before), fields(after)) {
		got[c.Field] = [2]string{string(c.Before), string(c.After)}
	}
	want := map[string][2]string{
		"title":    {`"Alt"`, `"Neu"`},
		"tags":     {`["a"]`, `null`},
		"ageRange": {`{"max":10,"min":6}`, `{"max":12,"min":6}`},
	}
	if len(got) != len(want) {
		t.Errorf("changes %v, want %v", got, want)
	}
	for f, w := range want {
		if got[f] != w {
			t.Errorf("%s: %v, want %v", f, got[f], w)
		}
	}
	created := diff(nil, fields(&ApiKey{Name: "x", Role: RolePartner, Hash: "secret-hash"}))
	for _, c := range created {
		if c.Field == "hash" || json.Valid(c.After) == false {
			t.Errorf("creation change %+v: hashes are never audited, values are JSON", c)
		}
	}
}
