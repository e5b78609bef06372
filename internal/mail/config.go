package mail

import (
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Security is how the connection to the mail server is protected.
type Security int

const (
	// StartTLS: plain connection upgraded with STARTTLS, which the server must offer
	// (submission, port 587). The default of smtp://.
	StartTLS Security = iota
	// ImplicitTLS: TLS from the first byte (smtps://, port 465).
	ImplicitTLS
	// NoTLS: no encryption at all, for an internal relay only (smtp://…?tls=none, port
	// 25). Credentials are never sent this way.
	NoTLS
)

func (s Security) String() string {
	switch s {
	case StartTLS:
		return "STARTTLS"
	case ImplicitTLS:
		return "TLS"
	case NoTLS:
		return "ohne TLS"
	}
	return "unbekannt"
}

// Config says where and as whom mail is sent. The zero Config has mail off.
type Config struct {
	Host     string
	Port     int
	Security Security
	Username string
	Password string // secret: never printed (String masks it) and never in an error
	From     Address
	ReplyTo  Address // zero: none

	// RootCAs are the certificate authorities the server's certificate is checked
	// against; nil means the system's. Not read from the environment: tests set it to
	// trust mailtest's certificate.
	RootCAs *x509.CertPool
	// ConnectTimeout bounds the connection and each SMTP command (default 10 s);
	// SendTimeout bounds one whole send, from connecting to QUIT (default 60 s).
	ConnectTimeout time.Duration
	SendTimeout    time.Duration
}

// Default timeouts of a send.
const (
	DefaultConnectTimeout = 10 * time.Second
	DefaultSendTimeout    = 60 * time.Second
)

// Default ports of the three kinds of connection.
const (
	portSubmission = 587
	portImplicit   = 465
	portRelay      = 25
)

// maxURLLen bounds SMTP_URL before it is parsed.
const maxURLLen = 2048

// Enabled reports whether mail is configured (SMTP_URL was set).
func (c Config) Enabled() bool { return c.Host != "" }

// String describes the configuration for a log line, without the password:
// "smtps://drehscheibe:***@mail.dortmund.de:465 (TLS), Absender drehscheibe@dortmund.de".
func (c Config) String() string {
	if !c.Enabled() {
		return "E-Mail aus"
	}
	return fmt.Sprintf("%s, Absender %s", c.Server(), c.From.Email)
}

// Server describes the mail server without the password and without any address, for
// a log that must show no e-mail address: "smtps://drehscheibe:***@mail.dortmund.de:465
// (TLS)" (a user name with an @ is shown URL-escaped, %40), "" when mail is off.
func (c Config) Server() string {
	if !c.Enabled() {
		return ""
	}
	scheme, user := "smtp", ""
	if c.Security == ImplicitTLS {
		scheme = "smtps"
	}
	if c.Username != "" {
		user = url.User(c.Username).String() + ":***@"
	}
	return fmt.Sprintf("%s://%s%s (%s)", scheme, user, hostPort(c.Host, c.Port), c.Security)
}

// ParseConfig reads the three settings: SMTP_URL (empty: mail off), MAIL_FROM
// (required with SMTP_URL) and MAIL_REPLY_TO (optional). The addresses are checked
// also while mail is off, so a typo shows before mail is turned on.
// Every problem is reported, each with the variable's name, in German; none repeats
// the URL, so the password cannot appear in an error.
func ParseConfig(smtpURL, from, replyTo string) (Config, error) {
	var c Config
	var problems []error
	add := func(name string, err error) {
		if err != nil {
			problems = append(problems, fmt.Errorf("%s: %w", name, err))
		}
	}
	add("SMTP_URL", c.SetURL(smtpURL))
	add("MAIL_FROM", c.SetFrom(from))
	add("MAIL_REPLY_TO", c.SetReplyTo(replyTo))
	if len(problems) > 0 {
		return Config{}, errors.Join(problems...)
	}
	return c, c.Validate()
}

// Validate checks what no single setting can: a sender when mail is on.
func (c Config) Validate() error {
	if c.Enabled() && c.From.IsZero() {
		return errors.New("MAIL_FROM: muss gesetzt sein, wenn SMTP_URL gesetzt ist (z. B. „Drehscheibe Dortmund <drehscheibe@dortmund.de>“)")
	}
	return nil
}

// SetFrom sets the sender from MAIL_FROM ("" leaves it unset).
func (c *Config) SetFrom(s string) error {
	return setAddress(&c.From, s)
}

// SetReplyTo sets the reply address from MAIL_REPLY_TO ("" for none).
func (c *Config) SetReplyTo(s string) error {
	return setAddress(&c.ReplyTo, s)
}

func setAddress(dst *Address, s string) error {
	if strings.TrimSpace(s) == "" {
		*dst = Address{}
		return nil
	}
	a, err := ParseAddress(s)
	if err != nil {
		return err
	}
	*dst = a
	return nil
}

// urlForm is appended to every SMTP_URL error.
const urlForm = " (Form: smtp://benutzer:passwort@host:587, smtps://host:465 oder smtp://host:25?tls=none; Sonderzeichen in Benutzer und Passwort URL-kodiert: %40 für @, %2F für /, %3F für ?, %23 für #, %25 für %)"

// SetURL reads SMTP_URL ("" turns mail off):
//
//	smtp://user:pass@host[:587]   submission, STARTTLS required
//	smtps://user:pass@host[:465]  TLS from the start
//	smtp://host[:25]?tls=none     no TLS, for an internal relay; no credentials
//
// User and password are URL-escaped. The errors never quote the value.
func (c *Config) SetURL(s string) error {
	c.Host, c.Port, c.Security, c.Username, c.Password = "", 0, StartTLS, "", ""
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if len(s) > maxURLLen {
		return fmt.Errorf("ist länger als %d Zeichen", maxURLLen)
	}
	u, err := url.Parse(s)
	if err != nil {
		// url's errors quote the whole value, password included.
		return errors.New("ist keine gültige URL" + urlForm)
	}
	var sec Security
	switch u.Scheme {
	case "smtp":
		sec = StartTLS
	case "smtps":
		sec = ImplicitTLS
	default:
		return errors.New("muss mit smtp:// oder smtps:// beginnen" + urlForm)
	}
	if u.Opaque != "" || u.Host == "" {
		return errors.New("nennt keinen Mailserver" + urlForm)
	}
	if (u.Path != "" && u.Path != "/") || u.Fragment != "" || u.RawFragment != "" {
		return errors.New("darf nach dem Host keinen Pfad und kein # enthalten" + urlForm)
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return errors.New("hat ungültige Parameter nach dem ?" + urlForm)
	}
	for k, vs := range q {
		if k != "tls" {
			// The key is not quoted: a misplaced ? in a password ends up here.
			return errors.New("kennt nur den Parameter tls (tls=none oder tls=starttls)" + urlForm)
		}
		if len(vs) != 1 {
			return errors.New("nennt tls mehr als einmal")
		}
		switch v := strings.ToLower(vs[0]); {
		case v == "none" && sec == StartTLS:
			sec = NoTLS
		case v == "starttls" && sec == StartTLS:
		case v == "none" || v == "starttls":
			return errors.New("smtps:// ist immer TLS; tls=none und tls=starttls gehören zu smtp://")
		default:
			return errors.New("tls erlaubt nur none (unverschlüsseltes internes Relay) oder starttls")
		}
	}
	host := u.Hostname()
	if host == "" || strings.ContainsAny(host, " %") {
		return errors.New("nennt keinen gültigen Mailserver" + urlForm)
	}
	port := map[Security]int{StartTLS: portSubmission, ImplicitTLS: portImplicit, NoTLS: portRelay}[sec]
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return errors.New("hat keine gültige Portnummer (1–65535)")
		}
		port = n
	} else if strings.HasSuffix(u.Host, ":") {
		return errors.New("hat einen Doppelpunkt, aber keine Portnummer")
	}
	var user, pass string
	if u.User != nil {
		user = u.User.Username()
		var ok bool
		pass, ok = u.User.Password()
		switch {
		case user == "":
			return errors.New("nennt ein Passwort, aber keinen Benutzer" + urlForm)
		case !ok || pass == "":
			return errors.New("nennt einen Benutzer, aber kein Passwort" + urlForm)
		case sec == NoTLS:
			return errors.New("mit tls=none werden keine Zugangsdaten gesendet: Benutzer und Passwort gingen unverschlüsselt übers Netz; TLS nutzen oder die Zugangsdaten weglassen")
		}
	}
	c.Host, c.Port, c.Security, c.Username, c.Password = host, port, sec, user, pass
	return nil
}

// hostPort joins host and port, with brackets for IPv6.
func hostPort(host string, port int) string {
	return net.JoinHostPort(host, strconv.Itoa(port))
}

// connectTimeout and sendTimeout apply the defaults.
func (c Config) connectTimeout() time.Duration {
	if c.ConnectTimeout > 0 {
		return c.ConnectTimeout
	}
	return DefaultConnectTimeout
}

func (c Config) sendTimeout() time.Duration {
	if c.SendTimeout > 0 {
		return c.SendTimeout
	}
	return DefaultSendTimeout
}
