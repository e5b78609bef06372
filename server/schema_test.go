package main

import (
	"strings"
	"testing"
)

// TestSchemaIsDescribed: every type of the API — Query and Mutation included — and
// every field, argument, enum value and input field has a description, as clients and
// GraphiQL's docs pane show them.
func TestSchemaIsDescribed(t *testing.T) {
	type described struct{ Name, Description string }
	var d struct {
		Schema struct {
			Types []struct {
				described
				Fields []struct {
					described
					Args []described
				}
				InputFields []described
				EnumValues  []described
			}
		} `json:"__schema"`
	}
	shared(t).anonymous().query(t, `{ __schema { types { name description
		fields { name description args { name description } } inputFields { name description } enumValues { name description } } } }`, nil, &d)
	var missing []string
	for _, ty := range d.Schema.Types {
		if strings.HasPrefix(ty.Name, "__") || ty.Name == "String" || ty.Name == "Int" || ty.Name == "Float" || ty.Name == "Boolean" || ty.Name == "ID" {
			continue // GraphQL's own
		}
		if strings.TrimSpace(ty.Description) == "" {
			missing = append(missing, ty.Name)
		}
		for _, f := range ty.Fields {
			if strings.TrimSpace(f.Description) == "" {
				missing = append(missing, ty.Name+"."+f.Name)
			}
			for _, a := range f.Args {
				if strings.TrimSpace(a.Description) == "" {
					missing = append(missing, ty.Name+"."+f.Name+"("+a.Name+")")
				}
			}
		}
		for _, f := range ty.InputFields {
			if strings.TrimSpace(f.Description) == "" {
				missing = append(missing, ty.Name+"."+f.Name)
			}
		}
		for _, v := range ty.EnumValues {
			if strings.TrimSpace(v.Description) == "" {
				missing = append(missing, ty.Name+"."+v.Name)
			}
		}
	}
	if len(missing) > 0 {
		t.Errorf("without a description: %s", strings.Join(missing, ", "))
	}
}
