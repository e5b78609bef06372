package drehscheibe_test

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stadtdortmund/drehscheibe/internal/demo"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// A clone equals its original and shares no memory with it: changing the clone in
// place (what a use case does) never changes the catalogue's copy.
func TestCloneSharesNothing(t *testing.T) {
	for _, e := range demo.Entities() {
		drehscheibe.MetaOf(e).PendingAudit = []*drehscheibe.AuditEntry{{ID: "aud_a", Changes: []drehscheibe.FieldChange{{Field: "x", After: []byte(`1`)}}}}
		c := drehscheibe.Clone(e)
		if diff := cmp.Diff(e, c); diff != "" {
			t.Fatalf("%T: the clone differs (-original +clone):\n%s", e, diff)
		}
		if shared := sharedMemory(reflect.ValueOf(e), reflect.ValueOf(c), "e"); shared != "" {
			t.Errorf("%T: the clone shares %s with the original", e, shared)
		}
	}
}

// sharedMemory returns the path of the first pointer, slice or map both values share.
func sharedMemory(a, b reflect.Value, path string) string {
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() {
			return ""
		}
		if a.Pointer() == b.Pointer() {
			return path
		}
		return sharedMemory(a.Elem(), b.Elem(), path)
	case reflect.Slice:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			return path
		}
		for i := range a.Len() {
			if s := sharedMemory(a.Index(i), b.Index(i), path+"[]"); s != "" {
				return s
			}
		}
	case reflect.Map:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			return path
		}
	case reflect.Struct:
		if a.Type().PkgPath() == "time" {
			return ""
		}
		for i := range a.NumField() {
			if s := sharedMemory(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); s != "" {
				return s
			}
		}
	}
	return ""
}
