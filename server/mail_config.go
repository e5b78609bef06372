package main

import (
	"github.com/stadtdortmund/drehscheibe/internal/mail"
)

// mailSettings configure the notification e-mails (docs/mail.md): with SMTP_URL empty
// nothing is sent, and the notifications stay in the service.
var mailSettings = []setting{
	{"SMTP_URL", "smtp-url", "", "the mail server for notification e-mails: smtp://user:password@host[:587] (STARTTLS), smtps://user:password@host[:465] (TLS) or smtp://host[:25]?tls=none (internal relay, no credentials); empty: no e-mails. The password is never logged: better set it in the environment than as a flag",
		func(c *Config, v string) error { return c.Mail.SetURL(v) }},
	{"MAIL_FROM", "mail-from", "", "the sender of the e-mails, e.g. \"Drehscheibe Dortmund <drehscheibe@dortmund.de>\"; required with SMTP_URL",
		func(c *Config, v string) error { return c.Mail.SetFrom(v) }},
	{"MAIL_REPLY_TO", "mail-reply-to", "", "where replies to the e-mails go, e.g. \"Servicestelle Bildungspartnerschaften <bildung@dortmund.de>\"; empty: to the sender",
		func(c *Config, v string) error { return c.Mail.SetReplyTo(v) }},
	{"MAIL_SERVICESTELLE", "mail-servicestelle", "", "the Servicestelle's address for its notifications (a declined request to re-route); empty: none by e-mail",
		func(c *Config, v string) error {
			c.MailServicestelle = mail.Address{}
			if v == "" {
				return nil
			}
			a, err := mail.ParseAddress(v)
			c.MailServicestelle = a
			return err
		}},
}
