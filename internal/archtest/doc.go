// Package archtest holds the test that enforces the package table of
// docs/architecture.md (which package may import what) against go list, and keeps the
// page's "Dependencies as built" section written from go list.
package archtest
