package drehscheibe

import "slices"

// enum is implemented by the string enums of the domain. Each enum lists its values in
// a fixed order (used for stable output) and has a German label per value.
type enum interface {
	~string
	Label() string
}

// valid reports whether v is one of all.
func valid[T ~string](v T, all []T) bool { return slices.Contains(all, v) }

// label returns labels[v], or the raw value for an unknown one.
func label[T ~string](v T, labels map[T]string) string {
	if l, ok := labels[v]; ok {
		return l
	}
	return string(v)
}

// Parse returns the enum value spelled s, or false.
func Parse[T enum](s string, all []T) (T, bool) {
	for _, v := range all {
		if string(v) == s {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// checkEnums reports each value of vs that is not in all, and duplicates.
func checkEnums[T enum](p *problems, field []string, vs []T, all []T) {
	seen := make(map[T]bool, len(vs))
	for i, v := range vs {
		f := sub(field, itoa(i))
		if !valid(v, all) {
			p.add(f, EINVALID, "Unbekannter Wert %q", string(v))
			continue
		}
		if seen[v] {
			p.add(f, EINVALID, "%s ist doppelt angegeben", v.Label())
		}
		seen[v] = true
	}
}
