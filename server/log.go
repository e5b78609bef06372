package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/rs/zerolog"
)

// newLogger returns the service logger: JSON, or human-readable console output when
// LOG_FORMAT says so or (auto) when w is a terminal.
func newLogger(c Config, w io.Writer) zerolog.Logger {
	zerolog.TimeFieldFormat = time.RFC3339Nano
	if c.LogFormat == "console" || (c.LogFormat == "auto" && isTerminal(w)) {
		w = zerolog.ConsoleWriter{Out: w, TimeFormat: "15:04:05"}
	}
	return zerolog.New(w).Level(c.LogLevel).With().Timestamp().Logger()
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// slogHandler passes the embedded FerretDB's log records (log/slog) to zerolog. Only
// errors pass: FerretDB warns about every command it does not know (endSessions), and
// its debug output would carry query contents.
type slogHandler struct {
	log   zerolog.Logger
	attrs []slog.Attr
}

func newSlog(log zerolog.Logger) *slog.Logger {
	return slog.New(&slogHandler{log: log.With().Str("component", "ferretdb").Logger()})
}

func (h *slogHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelError }

func (h *slogHandler) Handle(_ context.Context, r slog.Record) error {
	e := h.log.Error()
	for _, a := range h.attrs {
		e = e.Str(a.Key, a.Value.String())
	}
	r.Attrs(func(a slog.Attr) bool {
		e = e.Str(a.Key, a.Value.String())
		return true
	})
	e.Msg(r.Message)
	return nil
}

func (h *slogHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &slogHandler{log: h.log, attrs: append(append([]slog.Attr{}, h.attrs...), attrs...)}
}

func (h *slogHandler) WithGroup(string) slog.Handler { return h }
