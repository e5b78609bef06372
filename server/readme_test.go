package main

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEListsEverySetting: the README's configuration table has a row for every
// setting, with its flag.
func TestREADMEListsEverySetting(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if cells := strings.Split(line, "|"); len(cells) > 3 && strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			rows[strings.Trim(strings.TrimSpace(cells[1]), "`")] = strings.TrimSpace(cells[2])
		}
	}
	for _, s := range settings {
		flag, ok := rows[s.env]
		if !ok {
			t.Errorf("README: no row for %s", s.env)
		} else if flag != "`-"+s.flag+"`" {
			t.Errorf("README: %s has the flag %s, want `-%s`", s.env, flag, s.flag)
		}
	}
}
