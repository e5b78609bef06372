package network_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/network"
)

// The fixtures name their nodes with readable IDs: "ins_a" … for institutions, "par_x" …
// for partners, so that the ID order is the alphabet.

func ins(body string) drehscheibe.ID { return drehscheibe.ID("ins_" + body) }
func par(body string) drehscheibe.ID { return drehscheibe.ID("par_" + body) }

const (
	quartierNord drehscheibe.ID = "qua_nord"
	quartierSued drehscheibe.ID = "qua_sued"
	campusNord   drehscheibe.ID = "kc_nord"
)

func institution(body string, quartier, campus drehscheibe.ID) network.Institution {
	return network.Institution{ID: ins(body), Name: "Einrichtung " + body, Type: drehscheibe.InstitutionKita, QuartierID: quartier, CampusID: campus}
}

func partner(body string) network.Partner {
	return network.Partner{ID: par(body), Name: "Partner " + body, Kind: drehscheibe.PartnerVerein}
}

func date(s string) drehscheibe.Date {
	d, err := drehscheibe.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// coop is an agreed cooperation of institution i and partner p in theme t from day.
func coop(i, p string, t drehscheibe.Theme, day string) network.Cooperation {
	return network.Cooperation{InstitutionID: ins(i), PartnerID: par(p), ModulID: drehscheibe.ID("mod_" + p), Theme: t, Start: date(day), Status: network.StatusAgreed}
}

// graphOf is an input of institutions and partners named by their bodies (all in
// Quartier Nord, without campus) and cooperations given as institution–partner pairs,
// each in Sport/Gesundheit from 2026-01-15.
func graphOf(institutions, partners []string, pairs ...[2]string) network.Input {
	var in network.Input
	for _, b := range institutions {
		in.Institutions = append(in.Institutions, institution(b, quartierNord, ""))
	}
	for _, b := range partners {
		in.Partners = append(in.Partners, partner(b))
	}
	for _, p := range pairs {
		in.Cooperations = append(in.Cooperations, coop(p[0], p[1], drehscheibe.ThemeSportGesundheit, "2026-01-15"))
	}
	return in
}

func build(t testing.TB, in network.Input, f network.Filter) *network.Network {
	t.Helper()
	n, err := network.Build(in, f, network.Options{Betweenness: true})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return n
}

// approx compares the floats of metrics up to rounding.
var approx = cmpopts.EquateApprox(0, 1e-12)

func errorAs(err error, target any) bool { return errors.As(err, target) }
