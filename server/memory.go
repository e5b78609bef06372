package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	rtmetrics "runtime/metrics"
	"strconv"
	"strings"
	"time"
)

// The catalogue lives in memory, so the heap's floor is large (370 MB at 100,000
// Module) and Go's default pacing (collect when the heap has doubled) would let the
// process grow to twice that between collections. MEMORY_LIMIT=auto sets the soft
// memory limit to the live heap plus 60 % of it, at most 128 MiB, plus 32 MiB (and at
// least 256 MiB), refreshed every second as the catalogue grows: small catalogues keep
// the default pacing, large ones collect before they grow by more than a fixed amount
// (at 100,000 Module: about 530 MiB instead of 620 with 60 %, for 1.6 times as many
// collections). A fixed size sets it once; GOMEMLIMIT, when set, wins.

const (
	// memoryFloor is the smallest limit auto sets: below it the default pacing rules.
	memoryFloor = 256 << 20
	// maxHeadroom caps the growth auto allows above the live heap (before the 32 MiB
	// for what is not heap).
	maxHeadroom = 128 << 20
)

// autoMemoryLimit is the limit auto sets for a live heap of live bytes.
func autoMemoryLimit(live int64) int64 {
	return max(memoryFloor, live+min(live*3/5, maxHeadroom)+32<<20)
}

// memoryLimit is the MEMORY_LIMIT setting: auto, off, or a fixed number of bytes.
type memoryLimit struct {
	auto  bool
	bytes int64
}

func (m memoryLimit) String() string {
	switch {
	case m.auto:
		return "auto"
	case m.bytes == 0:
		return "off"
	}
	return strconv.FormatInt(m.bytes>>20, 10) + "MiB"
}

// parseMemoryLimit reads auto, off or a size such as 800MiB, 1GiB, 1.5GB.
func parseMemoryLimit(v string) (memoryLimit, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "auto":
		return memoryLimit{auto: true}, nil
	case "off", "0":
		return memoryLimit{}, nil
	}
	units := []struct {
		suffix string
		factor float64
	}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"b", 1}}
	s := strings.ToLower(strings.TrimSpace(v))
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
			if err != nil || f*u.factor < 64<<20 || f*u.factor > 1<<40 {
				break
			}
			return memoryLimit{bytes: int64(f * u.factor)}, nil
		}
	}
	return memoryLimit{}, fmt.Errorf("auto, off oder eine Größe zwischen 64MiB und 1TiB (z. B. 800MiB, 2GiB)")
}

// limitMemory applies the setting until ctx ends (auto: refreshed every interval).
func limitMemory(ctx context.Context, m memoryLimit, every time.Duration) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return // the operator's limit, read by the runtime itself
	}
	switch {
	case m.bytes > 0:
		debug.SetMemoryLimit(m.bytes)
		return
	case !m.auto:
		return
	}
	sample := []rtmetrics.Sample{{Name: "/gc/heap/live:bytes"}}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		rtmetrics.Read(sample)
		if sample[0].Value.Kind() == rtmetrics.KindUint64 {
			live := int64(sample[0].Value.Uint64())
			debug.SetMemoryLimit(autoMemoryLimit(live))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
