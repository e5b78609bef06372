// Package mailtest holds what tests of mail need: an in-process SMTP server that
// records what it receives and can be told to refuse, an in-memory mail.Queue, and the
// contract every mail.Queue must fulfil. Imported by tests only.
package mailtest

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/stadtdortmund/drehscheibe/internal/mail"
)

// Security is how the server protects its connections.
type Security int

const (
	// Plain: no TLS (like an internal relay on port 25).
	Plain Security = iota
	// StartTLS: plain, with STARTTLS offered (like submission on port 587); AUTH is
	// offered only after STARTTLS.
	StartTLS
	// ImplicitTLS: TLS from the first byte (like port 465).
	ImplicitTLS
)

// Options configure a Server.
type Options struct {
	Security Security
	// Username and Password, when set, are required (AUTH PLAIN) before MAIL FROM.
	Username, Password string
	// Addr is where to listen (default 127.0.0.1:0, any free port); give an earlier
	// server's Addr to bring a stopped server back.
	Addr string
}

// Stage is the step at which a Failure refuses.
type Stage int

const (
	// AtData refuses the message after its content was transmitted.
	AtData Stage = iota
	// AtRcpt refuses the recipients (like an unknown mailbox or greylisting).
	AtRcpt
)

// Failure is how the server refuses a delivery: with Code (4xx temporary, 5xx
// permanent) at Stage.
type Failure struct {
	Code  int
	Stage Stage
}

// Server is an SMTP server on the loopback interface for one test.
type Server struct {
	opts     Options
	srv      *smtp.Server
	listener net.Listener
	roots    *x509.CertPool
	log      *testLog

	mu       sync.Mutex
	received []Received
	refused  int
	failures []Failure // refusals still to come, in order
	arrived  chan struct{}
	serving  chan struct{} // closed when Serve has returned
	closed   sync.Once
}

// Start starts a server for t; it is stopped when the test ends.
func Start(t testing.TB, o Options) *Server {
	t.Helper()
	if o.Addr == "" {
		o.Addr = "127.0.0.1:0"
	}
	s := &Server{opts: o, arrived: make(chan struct{}, 1), log: &testLog{t: t}}
	s.srv = smtp.NewServer(s)
	s.srv.Domain = "mailtest.localhost"
	s.srv.ReadTimeout = time.Minute
	s.srv.WriteTimeout = time.Minute
	s.srv.MaxMessageBytes = 10 << 20
	s.srv.MaxRecipients = 100
	s.srv.ErrorLog = s.log
	l, err := net.Listen("tcp", o.Addr)
	if err != nil {
		t.Fatalf("mailtest: listen on %s: %v", o.Addr, err)
	}
	if o.Security != Plain {
		cert, roots, err := testCertificate()
		if err != nil {
			_ = l.Close()
			t.Fatalf("mailtest: %v", err)
		}
		s.roots = roots
		tlsConfig := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
		if o.Security == ImplicitTLS {
			l = tls.NewListener(l, tlsConfig)
		} else {
			s.srv.TLSConfig = tlsConfig
		}
	}
	s.listener = l
	s.serving = make(chan struct{})
	go func() {
		defer close(s.serving)
		_ = s.srv.Serve(l)
	}()
	t.Cleanup(func() {
		s.Close()
		s.log.close()
	})
	return s
}

// Addr is the server's address ("127.0.0.1:port").
func (s *Server) Addr() string { return s.listener.Addr().String() }

// URL is the SMTP_URL that reaches the server, with its credentials.
func (s *Server) URL() string {
	u := url.URL{Scheme: "smtp", Host: s.Addr()}
	switch s.opts.Security {
	case Plain:
		u.RawQuery = "tls=none"
	case ImplicitTLS:
		u.Scheme = "smtps"
	}
	if s.opts.Username != "" {
		u.User = url.UserPassword(s.opts.Username, s.opts.Password)
	}
	return u.String()
}

// RootCAs trusts the server's certificate (nil for a Plain server). All servers of a
// test binary share one certificate, so a server started again at the same address
// is trusted by the same pool.
func (s *Server) RootCAs() *x509.CertPool { return s.roots }

// Config is a mail configuration for this server: its URL, the sender
// "Drehscheibe Dortmund <drehscheibe@example.org>" and its certificate trusted.
func (s *Server) Config(t testing.TB) mail.Config {
	t.Helper()
	c, err := mail.ParseConfig(s.URL(), "Drehscheibe Dortmund <drehscheibe@example.org>", "")
	if err != nil {
		t.Fatalf("mailtest: %v", err)
	}
	c.RootCAs = s.roots
	return c
}

// FailNext makes the next n deliveries fail as f says (after any already ordered).
func (s *Server) FailNext(n int, f Failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.failures = append(s.failures, f)
	}
}

// Received lists the messages accepted so far.
func (s *Server) Received() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Received(nil), s.received...)
}

// Refused counts the deliveries refused so far (by FailNext).
func (s *Server) Refused() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refused
}

// awaitGuard only ends a test that would otherwise hang; it is no timing assertion.
const awaitGuard = 2 * time.Minute

// Await waits until at least n messages were accepted and returns them; a test that
// never gets them fails after a generous guard time.
func (s *Server) Await(t testing.TB, n int) []Received {
	t.Helper()
	guard := time.NewTimer(awaitGuard)
	defer guard.Stop()
	for {
		if r := s.Received(); len(r) >= n {
			return r
		}
		select {
		case <-s.arrived:
		case <-guard.C:
			t.Fatalf("mailtest: %d of %d messages arrived", len(s.Received()), n)
		}
	}
}

// Close stops the server: it stops listening and drops every connection, like a mail
// server that went down. When it returns, the address is free for a new server.
func (s *Server) Close() {
	s.closed.Do(func() {
		_ = s.srv.Close()
		// go-smtp closes only the listeners Serve has registered, which it may not
		// have done yet.
		_ = s.listener.Close()
		<-s.serving
	})
}

// NewSession implements smtp.Backend.
func (s *Server) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &session{server: s, conn: c}, nil
}

// nextFailure takes the next ordered refusal for stage, if any.
func (s *Server) nextFailure(stage Stage) *smtp.SMTPError {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.failures) == 0 || s.failures[0].Stage != stage {
		return nil
	}
	f := s.failures[0]
	s.failures = s.failures[1:]
	s.refused++
	class := f.Code / 100
	return &smtp.SMTPError{
		Code:         f.Code,
		EnhancedCode: smtp.EnhancedCode{class, 0, 0},
		Message:      fmt.Sprintf("mailtest refuses as told (%d)", f.Code),
	}
}

func (s *Server) accept(r Received) {
	s.mu.Lock()
	s.received = append(s.received, r)
	s.mu.Unlock()
	select {
	case s.arrived <- struct{}{}:
	default:
	}
}

// session is one SMTP connection.
type session struct {
	server *Server
	conn   *smtp.Conn
	user   string
	from   string
	to     []string
}

func (ss *session) AuthMechanisms() []string {
	if ss.server.opts.Username == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(mech string) (sasl.Server, error) {
	if mech != sasl.Plain || ss.server.opts.Username == "" {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(_, username, password string) error {
		if username != ss.server.opts.Username || password != ss.server.opts.Password {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authentication failed"}
		}
		ss.user = username
		return nil
	}), nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.server.opts.Username != "" && ss.user == "" {
		return &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}
	}
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if err := ss.server.nextFailure(AtRcpt); err != nil {
		return err
	}
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if err := ss.server.nextFailure(AtData); err != nil {
		return err
	}
	_, isTLS := ss.conn.TLSConnectionState()
	rec := parse(raw)
	rec.EnvelopeFrom, rec.EnvelopeTo, rec.TLS, rec.User = ss.from, ss.to, isTLS, ss.user
	ss.server.accept(rec)
	return nil
}

func (ss *session) Reset() { ss.from, ss.to = "", nil }

func (ss *session) Logout() error { return nil }

// testLog passes the server's error log to the test until it ends.
type testLog struct {
	mu   sync.Mutex
	t    testing.TB
	done bool
}

func (l *testLog) Printf(format string, v ...any) { l.write(fmt.Sprintf(format, v...)) }
func (l *testLog) Println(v ...any)               { l.write(fmt.Sprintln(v...)) }

func (l *testLog) write(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.done {
		l.t.Log("mailtest: " + s)
	}
}

func (l *testLog) close() {
	l.mu.Lock()
	l.done = true
	l.mu.Unlock()
}
