package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	netmail "net/mail"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Sender sends messages over SMTP as its Config says, one connection per message.
// It is safe for concurrent use.
type Sender struct {
	cfg Config
	now func() time.Time
}

// NewSender checks cfg and returns a Sender for it. Mail must be enabled.
func NewSender(cfg Config) (*Sender, error) {
	if !cfg.Enabled() {
		return nil, errors.New("E-Mail ist nicht eingerichtet (SMTP_URL ist leer)")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Sender{cfg: cfg, now: time.Now}, nil
}

// The headers of an automatic message: RFC 3834 for every mail system, and Exchange's
// own, so out-of-office replies do not answer a notification.
const (
	headerAutoSubmitted = gomail.Header("Auto-Submitted")
	headerAutoSuppress  = gomail.HeaderXAutoResponseSuppress
)

// Send delivers m to the mail server, within the Config's SendTimeout and ctx. It
// returns nil once the server accepted the message for all recipients, else a
// *SendError that says whether trying again can help (IsPermanent). A message with
// several recipients is accepted or refused as a whole.
func (s *Sender) Send(ctx context.Context, m Message) error {
	if err := m.Validate(); err != nil {
		return invalidMessage(err)
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.sendTimeout())
	defer cancel()
	msg := s.compose(m)
	client, err := s.client(ctx)
	if err != nil {
		return &SendError{Reason: "Der Mail-Client ließ sich nicht einrichten: " + err.Error(), err: err}
	}
	err = client.DialAndSendWithContext(ctx, msg)
	if msg.IsDelivered() {
		// An error after the server took the message (RSET, QUIT) changes nothing.
		return nil
	}
	if err == nil {
		return &SendError{Reason: "Der Mailserver hat die Nachricht nicht bestätigt"}
	}
	return classify(ctx, err)
}

// compose turns m into go-mail's message: quoted-printable UTF-8 body parts, every
// header with non-ASCII text encoded as RFC 2047 words.
func (s *Sender) compose(m Message) *gomail.Msg {
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent(), gomail.WithEncoding(gomail.EncodingQP),
		gomail.WithCharset(gomail.CharsetUTF8))
	msg.FromMailAddress(toNetMail(s.cfg.From))
	if !s.cfg.ReplyTo.IsZero() {
		msg.ReplyToMailAddress(toNetMail(s.cfg.ReplyTo))
	}
	to := make([]*netmail.Address, len(m.To))
	for i, a := range m.To {
		to[i] = toNetMail(a)
	}
	msg.ToMailAddress(to...)
	msg.Subject(m.Subject)
	msg.SetMessageIDWithValue(MessageID(m.Key, s.cfg.From.domain()))
	date := m.Date
	if date.IsZero() {
		date = s.now()
	}
	msg.SetDateWithValue(date)
	msg.SetGenHeader(headerAutoSubmitted, "auto-generated")
	msg.SetGenHeader(headerAutoSuppress, "All")
	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	if m.HTML != "" {
		msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	}
	return msg
}

func toNetMail(a Address) *netmail.Address { return &netmail.Address{Name: a.Name, Address: a.Email} }

// client makes go-mail's client for one send. It dials itself so that the connection
// is closed when ctx ends: go-mail bounds each command by the connect timeout, ctx
// bounds the whole send and carries the caller's cancellation.
func (s *Sender) client(ctx context.Context) (*gomail.Client, error) {
	tlsConfig := &tls.Config{ServerName: s.cfg.Host, RootCAs: s.cfg.RootCAs, MinVersion: tls.VersionTLS12}
	opts := []gomail.Option{
		gomail.WithPort(s.cfg.Port),
		gomail.WithTimeout(s.cfg.connectTimeout()),
		gomail.WithTLSConfig(tlsConfig),
		gomail.WithDialContextFunc(s.dialer(ctx, tlsConfig)),
	}
	switch s.cfg.Security {
	case StartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	default:
		// ImplicitTLS: the dialer already speaks TLS; NoTLS: never upgrade.
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if s.cfg.Username != "" {
		// PLAIN and LOGIN refuse to run outside TLS (go-mail checks), so the password
		// never crosses the network in the clear.
		opts = append(opts, gomail.WithUsername(s.cfg.Username), gomail.WithPassword(s.cfg.Password),
			gomail.WithOpportunisticSMTPAuth(gomail.SMTPAuthSCRAMSHA256, gomail.SMTPAuthSCRAMSHA1,
				gomail.SMTPAuthPlain, gomail.SMTPAuthLogin))
	}
	return gomail.NewClient(s.cfg.Host, opts...)
}

// dialer connects (with TLS from the start for ImplicitTLS) and ties the connection
// to ctx: when the send's context ends, the connection is closed and whatever SMTP
// command is waiting fails at once.
func (s *Sender) dialer(ctx context.Context, tlsConfig *tls.Config) gomail.DialContextFunc {
	return func(dialCtx context.Context, network, addr string) (net.Conn, error) {
		var conn net.Conn
		var err error
		d := &net.Dialer{Timeout: s.cfg.connectTimeout()}
		if s.cfg.Security == ImplicitTLS {
			conn, err = (&tls.Dialer{NetDialer: d, Config: tlsConfig}).DialContext(dialCtx, network, addr)
		} else {
			conn, err = d.DialContext(dialCtx, network, addr)
		}
		if err != nil {
			return nil, err
		}
		context.AfterFunc(ctx, func() { _ = conn.Close() })
		return conn, nil
	}
}
