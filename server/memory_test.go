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

func TestAutoMemoryLimitGrowsWithTheCatalogueByABoundedAmount(t *testing.T) {
	const mib = 1 << 20
	for live, want := range map[int64]int64{
		10 * mib:  256 * mib,              // the floor: Go's own pacing
		200 * mib: (200 + 120 + 32) * mib, // 60 % on top
		370 * mib: (370 + 128 + 32) * mib, // 100,000 Module: at most 128 MiB on top
		2 << 30:   2<<30 + (128+32)*mib,
	} {
		if got := autoMemoryLimit(live); got != want {
			t.Errorf("live %d MiB: limit %d MiB, want %d MiB", live/mib, got/mib, want/mib)
		}
	}
}
