package main

import "testing"

func TestParseMemoryLimit(t *testing.T) {
	for in, want := range map[string]string{"auto": "auto", "AUTO": "auto", "off": "off", "0": "off", "800MiB": "800MiB",
		"2GiB": "2048MiB", "1.5GB": "1430MiB", "512 MiB": "512MiB"} {
		m, err := parseMemoryLimit(in)
		if err != nil || m.String() != want {
			t.Errorf("%q: %v (%v), want %s", in, m, err, want)
		}
	}
	for _, in := range []string{"", "viel", "12", "1MiB", "5TiB", "-3GiB", "2 Gigabyte"} {
		if _, err := parseMemoryLimit(in); err == nil {
			t.Errorf("%q was accepted", in)
		}
	}
}
