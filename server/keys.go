package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
)

// keysCommand is `server keys create|list|revoke`: API keys, managed directly in the
// configured database, whether the server runs or not. It acts as the program itself
// (role SYSTEM in the audit trail), so the first SERVICESTELLE key is made this way.
func keysCommand(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	usage := errors.New("Aufruf: server keys create --role ROLLE [--partner ID | --institution ID | --kindercampus ID | --themes T,T] --name NAME [--expires 2027-12-31|90d]\n" +
		"       server keys list [--all]\n       server keys revoke ID")
	if len(args) == 0 {
		return usage
	}
	sub, args := args[0], args[1:]
	var k keyFlags
	var all bool
	extra := func(fs *flag.FlagSet) {
		switch sub {
		case "create":
			k.define(fs)
		case "list":
			fs.BoolVar(&all, "all", false, "also revoked and expired keys")
		}
	}
	c, rest, err := loadConfigArgs("server keys "+sub, args, getenv, stdout, extra)
	if err != nil {
		return err
	}
	switch {
	case sub == "revoke" && len(rest) != 1:
		return errors.New("Aufruf: server keys revoke ID")
	case sub != "revoke" && len(rest) > 0:
		return fmt.Errorf("unerwartetes Argument %q", rest[0])
	case sub != "create" && sub != "list" && sub != "revoke":
		return usage
	}
	cmd, err := openCommand(ctx, c, stdout, true)
	if err != nil {
		return err
	}
	defer cmd.close(ctx)
	svc := cmd.svc
	ctx = cmd.as(ctx, "Kommandozeile (server keys "+sub+")")
	switch sub {
	case "create":
		return createKey(ctx, svc, k, stdout)
	case "list":
		return listKeys(ctx, svc, all, stdout)
	default:
		return revokeKey(ctx, svc, drehscheibe.ID(rest[0]), stdout)
	}
}

// keyFlags are the flags of `server keys create`.
type keyFlags struct {
	role, name, partner, institution, campus, themes, expires string
}

func (k *keyFlags) define(fs *flag.FlagSet) {
	fs.StringVar(&k.role, "role", "", "PARTNER, INSTITUTION, CAMPUS_MANAGER, COORDINATOR or SERVICESTELLE")
	fs.StringVar(&k.name, "name", "", "who or what uses the key, e.g. \"Campus-Management Clarenberg\"")
	fs.StringVar(&k.partner, "partner", "", "PARTNER: the partner's ID (par_…)")
	fs.StringVar(&k.institution, "institution", "", "INSTITUTION: the institution's ID (ins_…)")
	fs.StringVar(&k.campus, "kindercampus", "", "CAMPUS_MANAGER: the Kindercampus's ID (kc_…)")
	fs.StringVar(&k.themes, "themes", "", "COORDINATOR: the Themenfelder it curates, e.g. SPORT_GESUNDHEIT,BNE")
	fs.StringVar(&k.expires, "expires", "", "when it stops working: a day (2027-12-31, valid through that day) or a duration (90d, 720h); empty: never")
}

// apiKey turns the flags into a key to create.
func (k keyFlags) apiKey(now time.Time) (*drehscheibe.ApiKey, error) {
	role, ok := drehscheibe.ParseRole(strings.ToUpper(strings.TrimSpace(k.role)))
	if !ok {
		return nil, fmt.Errorf("--role muss eine von %s sein", joinRoles())
	}
	key := &drehscheibe.ApiKey{Name: k.name, Role: role, Scope: drehscheibe.Scope{PartnerID: drehscheibe.ID(k.partner),
		InstitutionID: drehscheibe.ID(k.institution), KindercampusID: drehscheibe.ID(k.campus)}}
	for _, t := range strings.Split(k.themes, ",") {
		if t = strings.ToUpper(strings.TrimSpace(t)); t != "" {
			key.Themes = append(key.Themes, drehscheibe.Theme(t))
		}
	}
	if k.expires != "" {
		t, err := parseExpiry(k.expires, now)
		if err != nil {
			return nil, err
		}
		key.ExpiresAt = &t
	}
	return key, nil
}

func joinRoles() string {
	names := make([]string, len(drehscheibe.Roles))
	for i, r := range drehscheibe.Roles {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}

// parseExpiry reads "2027-12-31" (valid through that day in Dortmund) or a duration
// ("90d", "720h") from now.
func parseExpiry(s string, now time.Time) (time.Time, error) {
	if d, err := drehscheibe.ParseDate(s); err == nil {
		return time.Date(d.Year, d.Month, d.Day+1, 0, 0, 0, 0, drehscheibe.Dortmund), nil
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		if n, err := strconv.Atoi(days); err == nil && n > 0 {
			return now.AddDate(0, 0, n), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return now.Add(d), nil
	}
	return time.Time{}, fmt.Errorf("--expires: %q ist weder ein Tag (2027-12-31) noch eine Dauer (90d, 720h)", s)
}

func createKey(ctx context.Context, svc *drehscheibe.Service, k keyFlags, out io.Writer) error {
	key, err := k.apiKey(time.Now())
	if err != nil {
		return err
	}
	key, token, err := svc.CreateApiKey(ctx, key)
	if err != nil {
		return problemsOf(err)
	}
	fmt.Fprintf(out, "API-Schlüssel %s erstellt: %s, %s%s, %s.\n", key.ID, key.Role, key.Name, scopeOf(key), validity(key))
	fmt.Fprintln(out, "Nur dieses eine Mal sichtbar (gespeichert ist nur sein Hash); senden als „Authorization: Bearer <Schlüssel>“:")
	fmt.Fprintln(out, token)
	return nil
}

func listKeys(ctx context.Context, svc *drehscheibe.Service, all bool, out io.Writer) error {
	keys, err := svc.ApiKeys(ctx)
	if err != nil {
		return problemsOf(err)
	}
	now := time.Now()
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tROLLE\tNAME\tBEZUG\tERSTELLT\tZULETZT GENUTZT\tSTATUS")
	shown := 0
	for _, k := range keys {
		status := "aktiv"
		if err := k.Check(now); err != nil {
			if !all {
				continue
			}
			status = drehscheibe.ErrorMessage(err)
		} else if k.ExpiresAt != nil {
			status = "aktiv bis " + k.ExpiresAt.In(drehscheibe.Dortmund).Format("2006-01-02 15:04")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", k.ID, k.Role, k.Name, strings.TrimPrefix(scopeOf(k), ", "),
			k.CreatedAt.In(drehscheibe.Dortmund).Format("2006-01-02 15:04"), lastUsed(k), status)
		shown++
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if hidden := len(keys) - shown; hidden > 0 {
		fmt.Fprintf(out, "(%d widerrufene oder abgelaufene Schlüssel ausgeblendet; --all zeigt sie)\n", hidden)
	}
	return nil
}

func revokeKey(ctx context.Context, svc *drehscheibe.Service, id drehscheibe.ID, out io.Writer) error {
	k, err := svc.RevokeApiKey(ctx, id)
	if err != nil {
		return problemsOf(err)
	}
	fmt.Fprintf(out, "API-Schlüssel %s (%s, %s) widerrufen: er gilt ab sofort nicht mehr.\n", k.ID, k.Role, k.Name)
	return nil
}

// scopeOf describes what a key acts for.
func scopeOf(k *drehscheibe.ApiKey) string {
	switch {
	case k.PartnerID != "":
		return ", Partner " + string(k.PartnerID)
	case k.InstitutionID != "":
		return ", Einrichtung " + string(k.InstitutionID)
	case k.KindercampusID != "":
		return ", Kindercampus " + string(k.KindercampusID)
	case len(k.Themes) > 0:
		names := make([]string, len(k.Themes))
		for i, t := range k.Themes {
			names[i] = string(t)
		}
		return ", Themenfelder " + strings.Join(names, ",")
	}
	return ""
}

func validity(k *drehscheibe.ApiKey) string {
	if k.ExpiresAt == nil {
		return "unbefristet"
	}
	return "gültig bis " + k.ExpiresAt.In(drehscheibe.Dortmund).Format("2006-01-02 15:04")
}

func lastUsed(k *drehscheibe.ApiKey) string {
	if k.LastUsedAt == nil {
		return "nie"
	}
	return k.LastUsedAt.In(drehscheibe.Dortmund).Format("2006-01-02 15:04")
}

// problemsOf turns a domain error into a message for the command line, with every
// problem and its field.
func problemsOf(err error) error {
	e, ok := drehscheibe.AsError(err)
	if !ok || e.Code == drehscheibe.EINTERNAL {
		return err
	}
	msgs := []string{}
	if len(e.Problems) == 0 {
		msgs = append(msgs, fieldMessage(e.Field, e.Message))
	}
	for _, p := range e.Problems {
		msgs = append(msgs, fieldMessage(p.Field, p.Message))
	}
	return errors.New(strings.Join(msgs, "; "))
}

func fieldMessage(field []string, msg string) string {
	if len(field) == 0 {
		return msg
	}
	return strings.Join(field, ".") + ": " + msg
}
