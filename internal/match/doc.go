// Package match is the matching engine of Drehscheibe: pure, deterministic, without I/O,
// clock or logging. Everything it needs (the reference date, the catalogue) is an
// argument.
package match
