package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"strings"
	"unicode"

	gomail "github.com/wneessen/go-mail"
)

// SendError is why a send failed, in German, and whether trying again can help.
// Its text holds the server's answer and the failing step, never the message body or
// the password.
type SendError struct {
	// Permanent: the server refused the message for good (a 5xx answer to the
	// sender, a recipient or the content) or the message is invalid. Everything else —
	// 4xx answers, an unreachable server, TLS and login problems, timeouts — is
	// temporary: it concerns the connection, not this message, and may pass.
	Permanent bool
	// Code is the SMTP reply code (451, 550 …), 0 when there was none.
	Code   int
	Reason string
	err    error
}

func (e *SendError) Error() string { return e.Reason }
func (e *SendError) Unwrap() error { return e.err }

// IsPermanent reports whether err says that sending the same message again is futile.
func IsPermanent(err error) bool {
	var se *SendError
	return errors.As(err, &se) && se.Permanent
}

func invalidMessage(err error) *SendError {
	return &SendError{Permanent: true, Reason: "Die Nachricht ist ungültig: " + oneLine(err.Error()), err: err}
}

// maxDetail bounds the server's text (and other details) kept in a reason.
const maxDetail = 300

// classify turns what go-mail returned into a SendError. go-mail wraps failures while
// connecting (greeting, EHLO, STARTTLS, AUTH) as "dial failed" and failures of the
// transaction (MAIL FROM, RCPT TO, DATA) as its own SendError, which carries the
// step and the reply code.
func classify(ctx context.Context, err error) *SendError {
	var ge *gomail.SendError
	if errors.As(err, &ge) {
		code := ge.ErrorCode()
		if code >= 400 && code < 600 {
			return transactionError(ge, code, err)
		}
	}
	if ctxErr := ctx.Err(); ctxErr != nil {
		if errors.Is(ctxErr, context.DeadlineExceeded) {
			return &SendError{Reason: "Zeitüberschreitung: der Mailserver hat nicht rechtzeitig geantwortet", err: err}
		}
		return &SendError{Reason: "Das Senden wurde abgebrochen", err: err}
	}
	var tp *textproto.Error
	if errors.As(err, &tp) {
		what := "Der Mailserver hat die Verbindung abgelehnt"
		if strings.Contains(err.Error(), "AUTH") {
			what = "Der Mailserver hat die Anmeldung abgelehnt; Benutzer und Passwort in SMTP_URL prüfen"
		}
		return &SendError{Code: tp.Code, Reason: fmt.Sprintf("%s (%d): %s", what, tp.Code, detail(tp.Msg)), err: err}
	}
	var certErr *tls.CertificateVerificationError
	var recErr tls.RecordHeaderError
	switch {
	case errors.As(err, &certErr):
		return &SendError{Reason: "Das Zertifikat des Mailservers ist nicht gültig: " + detail(certErr.Err.Error()), err: err}
	case errors.As(err, &recErr):
		return &SendError{Reason: "Der Mailserver spricht an diesem Port kein TLS; SMTP_URL prüfen (smtps:// für Port 465, smtp:// mit STARTTLS für Port 587)", err: err}
	case strings.Contains(err.Error(), "does not support STARTTLS"):
		return &SendError{Reason: "Der Mailserver bietet kein STARTTLS an; SMTP_URL prüfen (smtps:// für Port 465; tls=none nur für ein internes Relay)", err: err}
	}
	var netErr net.Error
	if errors.As(err, &netErr) || errors.Is(err, net.ErrClosed) {
		return &SendError{Reason: "Der Mailserver ist nicht erreichbar: " + detail(err.Error()), err: err}
	}
	return &SendError{Reason: "Das Senden ist fehlgeschlagen: " + detail(err.Error()), err: err}
}

// transactionError describes a refusal during the mail transaction. 5xx is final.
func transactionError(ge *gomail.SendError, code int, err error) *SendError {
	what := "die Nachricht"
	switch ge.Reason {
	case gomail.ErrSMTPMailFrom:
		what = "den Absender (MAIL_FROM prüfen)"
	case gomail.ErrSMTPRcptTo:
		what = "einen Empfänger"
	}
	kind := "vorübergehend"
	if code >= 500 {
		kind = "endgültig"
	}
	status := fmt.Sprint(code)
	if esc := ge.EnhancedStatusCode(); esc != "" {
		status += " " + esc
	}
	return &SendError{
		Permanent: code >= 500,
		Code:      code,
		Reason:    fmt.Sprintf("Der Mailserver hat %s %s abgelehnt (%s): %s", what, kind, status, detail(ge.Error())),
		err:       err,
	}
}

// detail shortens a text for a reason: one line, at most maxDetail characters.
func detail(s string) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > maxDetail {
		s = string(r[:maxDetail]) + "…"
	}
	return s
}

// oneLine replaces control characters (line breaks of multi-line answers) by spaces.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsControl), " ")
}
