package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/stadtdortmund/drehscheibe/internal/drehscheibe"
	"github.com/stadtdortmund/drehscheibe/internal/gqlext"
	"github.com/stadtdortmund/drehscheibe/internal/mail"
	"github.com/stadtdortmund/drehscheibe/internal/match"
)

// Config is the whole configuration of the service. It comes from environment
// variables, overridden by command-line flags, and is validated before anything starts.
type Config struct {
	Host          string
	Port          int
	DataDir       string
	MongoURI      string // secret: may hold a password
	MongoDatabase string
	Seed          bool
	Playground    bool
	CORSOrigins   []string
	LogLevel      zerolog.Level
	LogFormat     string
	PollInterval  time.Duration
	// MemoryLimit is the soft memory limit of the process (see memory.go).
	MemoryLimit memoryLimit
	// CheckpointInterval is how often the embedded database's catalogue checkpoint is
	// saved while the catalogue changes (0: only at shutdown).
	CheckpointInterval time.Duration
	ShutdownTimeout    time.Duration
	// Match configures the matching engine.
	Match match.Config
	// DebugAddr serves Go's pprof profiles when set (loopback addresses only).
	DebugAddr string
	// AuthFailures failed authentications from one address are allowed at once; then
	// one more per AuthFailureInterval (429 RATE_LIMITED for failing keys meanwhile).
	AuthFailures        int
	AuthFailureInterval time.Duration
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names the client.
	TrustedProxies trustedProxies
	// KeyCacheTTL is how long a verified API key is trusted before it is read again.
	KeyCacheTTL time.Duration
	// ResponseDays is how many working days (NRW) a side of an Anfrage has to act.
	ResponseDays int
	// MongoTimeout is how long a database operation waits for a reachable server.
	MongoTimeout time.Duration
	// Area is the service area coordinates are checked against (SERVICE_AREA), named
	// AreaName in messages.
	Area     drehscheibe.Area
	AreaName string
	// PublicURL is the service's public address, for the public catalogue's absolute
	// links ("" = the address each request names).
	PublicURL string

	// Production turns off what helps developers and attackers alike (introspection,
	// GraphiQL, field suggestions) unless enabled one by one.
	Production       bool
	Introspection    bool
	FieldSuggestions bool
	// GetQueries admits query text over GET; without it a GET may only name a
	// persisted query by its hash.
	GetQueries bool
	// modes holds PLAYGROUND, INTROSPECTION, FIELD_SUGGESTIONS and GET_QUERIES as given
	// ("" = follow PRODUCTION) until the configuration is complete.
	modes map[string]string

	// Limits of one request.
	Limits         gqlext.Limits
	RequestTimeout time.Duration
	// QueryCacheSize bounds the parsed queries kept, APQCacheSize the persisted ones.
	QueryCacheSize, APQCacheSize int
	// RateLimit is requests per second per address (anonymous callers) and per key
	// (RateLimitKey), each with a burst; 0 turns the limit off.
	RateLimit, RateLimitKey float64
	RateBurst, RateBurstKey int
	// Signin is how people sign in in the browser (auth_config.go).
	Signin signinConfig
	// Mail is where and as whom notification e-mails are sent (off without SMTP_URL);
	// MailServicestelle receives the Servicestelle's notifications (zero: nobody).
	Mail              mail.Config
	MailServicestelle mail.Address
	// MailDelivery tunes the sending of e-mails (zero values: mail's defaults). It is no
	// setting: tests shorten its waits.
	MailDelivery mail.DelivererOptions
}

// setting is one configuration value: its environment variable, its flag, its default
// and how it is parsed. The table below is also what `server help` prints.
type setting struct {
	env, flag, def, help string
	set                  func(c *Config, v string) error
}

var settings = append([]setting{
	{"HOST", "host", "", "address to listen on (empty: all interfaces)", func(c *Config, v string) error {
		c.Host = v
		return nil
	}},
	{"PORT", "port", "8080", "HTTP port (0: any free port)", func(c *Config, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 65535 {
			return errors.New("keine gültige Portnummer (0–65535)")
		}
		c.Port = n
		return nil
	}},
	{"DATA_DIR", "data-dir", "./data", "directory of the embedded database (used when MONGODB_URI is empty)", func(c *Config, v string) error {
		if strings.TrimSpace(v) == "" {
			return errors.New("darf nicht leer sein")
		}
		c.DataDir = v
		return nil
	}},
	{"MONGODB_URI", "mongodb-uri", "", "MongoDB connection string; empty starts the embedded FerretDB in DATA_DIR", func(c *Config, v string) error {
		if v != "" && !strings.HasPrefix(v, "mongodb://") && !strings.HasPrefix(v, "mongodb+srv://") {
			return errors.New("muss mit mongodb:// oder mongodb+srv:// beginnen")
		}
		if _, err := url.Parse(v); err != nil {
			return errors.New("ist keine gültige URI")
		}
		c.MongoURI = v
		return nil
	}},
	{"MONGODB_DATABASE", "mongodb-database", "drehscheibe", "database name", func(c *Config, v string) error {
		if v == "" || len(v) > 63 || strings.ContainsAny(v, `/\. "$*<>:|?`) {
			return errors.New("kein gültiger Datenbankname")
		}
		c.MongoDatabase = v
		return nil
	}},
	{"SEED", "seed", "true", "load the demo data into an empty database at start", boolSetting(func(c *Config) *bool { return &c.Seed })},
	{"PRODUCTION", "production", "false", "production mode: introspection, GraphiQL, field suggestions and GET queries off unless enabled below", boolSetting(func(c *Config) *bool { return &c.Production })},
	{"PLAYGROUND", "playground", "", "serve GraphiQL at /playground (default: on unless PRODUCTION)", modeSetting("PLAYGROUND")},
	{"INTROSPECTION", "introspection", "", "answer introspection queries (default: on unless PRODUCTION)", modeSetting("INTROSPECTION")},
	{"FIELD_SUGGESTIONS", "field-suggestions", "", "suggest names of fields, arguments, types, enum values and input fields in errors, \"Did you mean …\" (default: on unless PRODUCTION)", modeSetting("FIELD_SUGGESTIONS")},
	{"GET_QUERIES", "get-queries", "", "accept query text over GET /query; off, a GET may only name a persisted query by its hash (default: on unless PRODUCTION)", modeSetting("GET_QUERIES")},
	{"CORS_ORIGINS", "cors-origins", "", "comma-separated origins allowed to call /query from a browser (e.g. https://campus.dortmund.de)", func(c *Config, v string) error {
		c.CORSOrigins = nil
		for _, o := range strings.Split(v, ",") {
			o = strings.TrimSpace(o)
			if o == "" {
				continue
			}
			u, err := url.Parse(o)
			if o != "*" && (err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "") {
				return fmt.Errorf("%q ist kein Origin (Schema://Host[:Port])", o)
			}
			c.CORSOrigins = append(c.CORSOrigins, o)
		}
		return nil
	}},
	{"LOG_LEVEL", "log-level", "info", "debug, info, warn or error", func(c *Config, v string) error {
		l, err := zerolog.ParseLevel(strings.ToLower(v))
		if err != nil || v == "" || l > zerolog.ErrorLevel {
			return errors.New("erlaubt: debug, info, warn, error")
		}
		c.LogLevel = l
		return nil
	}},
	{"LOG_FORMAT", "log-format", "auto", "json, console, or auto (console on a terminal)", func(c *Config, v string) error {
		if v != "json" && v != "console" && v != "auto" {
			return errors.New("erlaubt: json, console, auto")
		}
		c.LogFormat = v
		return nil
	}},
	{"MEMORY_LIMIT", "memory-limit", "auto", "soft memory limit of the process: auto (the memory the catalogue and other live data take plus 60 % of it, at most 128MiB, plus 32MiB; at least 256MiB: a large catalogue is collected before it grows by more than that), off (Go's default pacing), or a size such as 2GiB; GOMEMLIMIT wins when set", func(c *Config, v string) error {
		m, err := parseMemoryLimit(v)
		c.MemoryLimit = m
		return err
	}},
	{"CATALOG_CHECKPOINT_INTERVAL", "catalog-checkpoint-interval", "5m", "with the embedded database: how often the catalogue is saved to DATA_DIR/catalogue.checkpoint while it changes (also at shutdown; 0: only then), so a restart reads only what was written since", durationSetting(0, 24*time.Hour, func(c *Config) *time.Duration { return &c.CheckpointInterval })},
	{"CATALOG_POLL_INTERVAL", "catalog-poll-interval", "2s", "how often the catalogue looks for other instances' writes", durationSetting(100*time.Millisecond, time.Hour, func(c *Config) *time.Duration { return &c.PollInterval })},
	{"SHUTDOWN_TIMEOUT", "shutdown-timeout", "15s", "how long running requests may finish on SIGTERM", durationSetting(0, 10*time.Minute, func(c *Config) *time.Duration { return &c.ShutdownTimeout })},
	{"DEBUG_ADDR", "debug-addr", "", "serve Go's pprof profiles on this loopback address (e.g. 127.0.0.1:6060); empty: off", func(c *Config, v string) error {
		if v == "" {
			c.DebugAddr = ""
			return nil
		}
		host, _, err := net.SplitHostPort(v)
		if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
			return errors.New("nur eine Loopback-Adresse mit Port, z. B. 127.0.0.1:6060")
		}
		c.DebugAddr = v
		return nil
	}},
	{"AUTH_FAILURES", "auth-failures", "10", "failed authentications one address may make at once before further failing keys get 429 (valid keys always pass)", func(c *Config, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			return errors.New("eine Zahl zwischen 1 und 1000")
		}
		c.AuthFailures = n
		return nil
	}},
	{"AUTH_FAILURE_INTERVAL", "auth-failure-interval", "10s", "after that, one more failed authentication per this interval", durationSetting(time.Second, time.Hour, func(c *Config) *time.Duration { return &c.AuthFailureInterval })},
	{"TRUSTED_PROXIES", "trusted-proxies", "", "comma-separated addresses or networks of reverse proxies whose X-Forwarded-For names the client (rate limits count per client then); empty: the header is ignored", func(c *Config, v string) error {
		p, err := parseTrustedProxies(v)
		c.TrustedProxies = p
		return err
	}},
	{"ANFRAGE_RESPONSE_DAYS", "anfrage-response-days", "10", "how many working days in NRW (without weekends and public holidays) a side of an Anfrage has to act: the partner to answer, both to confirm the agreement, both to report the outcome; later it is overdue", intSetting(1, 60, func(c *Config) *int { return &c.ResponseDays })},
	{"KEY_CACHE_TTL", "key-cache-ttl", "1s", "how long a verified API key is trusted before the database is asked again; revocations through this instance act at once, others within this time (0: ask on every request)", durationSetting(0, time.Minute, func(c *Config) *time.Duration { return &c.KeyCacheTTL })},
	{"MONGODB_TIMEOUT", "mongodb-timeout", "5s", "how long a database operation waits for a reachable server before it fails with UNAVAILABLE", durationSetting(100*time.Millisecond, time.Minute, func(c *Config) *time.Duration { return &c.MongoTimeout })},
	{"REQUEST_TIMEOUT", "request-timeout", "15s", "longest a request may take, database calls included (then UNAVAILABLE)", durationSetting(100*time.Millisecond, 10*time.Minute, func(c *Config) *time.Duration { return &c.RequestTimeout })},
	{"MAX_DEPTH", "max-depth", "10", "deepest nesting of fields in a query", intSetting(1, 100, func(c *Config) *int { return &c.Limits.MaxDepth })},
	{"MAX_ALIASES", "max-aliases", "15", "most aliased fields in a query", intSetting(0, 1000, func(c *Config) *int { return &c.Limits.MaxAliases })},
	{"MAX_DIRECTIVES", "max-directives", "4", "most directives in a row at one place of a query", intSetting(1, 100, func(c *Config) *int { return &c.Limits.MaxDirectives })},
	{"MAX_COMPLEXITY", "max-complexity", "10000", "highest cost of a query (connections count their fields once per item of the page asked for)", intSetting(10, 10_000_000, func(c *Config) *int { return &c.Limits.MaxComplexity })},
	{"MAX_TOKENS", "max-tokens", "2000", "most tokens (names, punctuation, values) a query may have", intSetting(50, 1_000_000, func(c *Config) *int { return &c.Limits.MaxTokens })},
	{"QUERY_CACHE_SIZE", "query-cache-size", "1000", "parsed queries kept", intSetting(1, 1_000_000, func(c *Config) *int { return &c.QueryCacheSize })},
	{"APQ_CACHE_SIZE", "apq-cache-size", "1000", "automatic persisted queries kept", intSetting(1, 1_000_000, func(c *Config) *int { return &c.APQCacheSize })},
	{"RATE_LIMIT", "rate-limit", "50", "requests per second one address may make without a key (0: no limit)", floatSetting(0, 1e6, func(c *Config) *float64 { return &c.RateLimit })},
	{"RATE_BURST", "rate-burst", "100", "requests one address may make at once without a key", intSetting(1, 1_000_000, func(c *Config) *int { return &c.RateBurst })},
	{"RATE_LIMIT_KEY", "rate-limit-key", "100", "requests per second one API key (or person signed in through the identity provider) may make (0: no limit)", floatSetting(0, 1e6, func(c *Config) *float64 { return &c.RateLimitKey })},
	{"RATE_BURST_KEY", "rate-burst-key", "200", "requests one API key (or person signed in through the identity provider) may make at once", intSetting(1, 1_000_000, func(c *Config) *int { return &c.RateBurstKey })},
	{"SERVICE_AREA_NAME", "service-area-name", "", "name of the service area in messages (default: Dortmund, or \"Einsatzgebiet\" for an area of your own)", func(c *Config, v string) error {
		if len(v) > 100 {
			return errors.New("höchstens 100 Zeichen")
		}
		c.AreaName = v
		return nil
	}},
	{"SERVICE_AREA", "service-area", "", "the city: a box \"west,south,east,north\" in degrees, or a GeoJSON file of its outline (Polygon, MultiPolygon, Feature or FeatureCollection of them, e.g. the Unterbezirke); empty: Dortmund. Quartiere and institutions must lie in it (1 km slack), partners within 100 km", func(c *Config, v string) error {
		a, err := parseServiceArea(v, c.AreaName)
		c.Area = a
		return err
	}},
	{"PUBLIC_URL", "public-url", "", "the service's public address, e.g. https://angebote.dortmund.de, for the canonical links, sitemap and robots.txt of the public catalogue (/angebote); empty: the address each request names", func(c *Config, v string) error {
		u, err := url.Parse(v)
		if v != "" && (err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
			(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "") {
			return errors.New("keine Adresse der Form https://host[:port] (ohne Pfad)")
		}
		c.PublicURL = strings.TrimSuffix(v, "/")
		return nil
	}},
	{"MATCH_WEIGHTS", "match-weights", "", "weights of the score components over the defaults, e.g. SOCIAL_PRIORITY=0.3,COST=0.05", func(c *Config, v string) error {
		w, err := match.ParseWeights(v)
		c.Match.Weights = w
		return err
	}},
	{"MATCH_TRAVEL_KM", "match-travel-km", "", "how far groups travel to a partner by age band over the defaults, e.g. KITA=2,JUGEND=10", func(c *Config, v string) error {
		t, err := match.ParseTravel(v)
		c.Match.MaxTravelKm = t
		return err
	}},
	{"MATCH_DIVERSITY", "match-diversity", "0.7", "λ of the re-ranking for variety: 1 keeps the score order, lower spreads partners and needs", func(c *Config, v string) error {
		l, err := strconv.ParseFloat(v, 64)
		if err != nil || l < 0 || l > 1 {
			return errors.New("eine Zahl zwischen 0 und 1")
		}
		c.Match.Lambda = l
		return nil
	}},
}, append(signinSettings, mailSettings...)...)

func boolSetting(field func(*Config) *bool) func(*Config, string) error {
	return func(c *Config, v string) error {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return errors.New("erlaubt: true oder false")
		}
		*field(c) = b
		return nil
	}
}

// modeSetting keeps a mode switch as given; resolveModes sets it once PRODUCTION is known.
func modeSetting(name string) func(*Config, string) error {
	return func(c *Config, v string) error {
		if v != "" {
			if _, err := strconv.ParseBool(v); err != nil {
				return errors.New("erlaubt: true oder false (leer: wie PRODUCTION)")
			}
		}
		if c.modes == nil {
			c.modes = map[string]string{}
		}
		c.modes[name] = v
		return nil
	}
}

// resolveModes sets the mode switches: as given, or on unless PRODUCTION.
func (c *Config) resolveModes() {
	get := func(name string) bool {
		if b, err := strconv.ParseBool(c.modes[name]); err == nil {
			return b
		}
		return !c.Production
	}
	c.Playground, c.Introspection, c.FieldSuggestions, c.GetQueries = get("PLAYGROUND"), get("INTROSPECTION"), get("FIELD_SUGGESTIONS"), get("GET_QUERIES")
}

func intSetting(lo, hi int, field func(*Config) *int) func(*Config, string) error {
	return func(c *Config, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < lo || n > hi {
			return fmt.Errorf("eine ganze Zahl zwischen %d und %d", lo, hi)
		}
		*field(c) = n
		return nil
	}
}

func floatSetting(lo, hi float64, field func(*Config) *float64) func(*Config, string) error {
	return func(c *Config, v string) error {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f < lo || f > hi {
			return fmt.Errorf("eine Zahl zwischen %g und %g", lo, hi)
		}
		*field(c) = f
		return nil
	}
}

func durationSetting(lo, hi time.Duration, field func(*Config) *time.Duration) func(*Config, string) error {
	return func(c *Config, v string) error {
		d, err := time.ParseDuration(v)
		if err != nil || d < lo || d > hi {
			return fmt.Errorf("keine Dauer zwischen %s und %s (z. B. 2s, 500ms)", lo, hi)
		}
		*field(c) = d
		return nil
	}
}

// loadConfig reads the configuration from getenv and args (flags win). Every bad value
// is reported, each with its name, in one error.
func loadConfig(name string, args []string, getenv func(string) string, out io.Writer, extra ...func(*flag.FlagSet)) (Config, error) {
	c, rest, err := loadConfigArgs(name, args, getenv, out, extra...)
	if err == nil && len(rest) > 0 {
		return Config{}, fmt.Errorf("unerwartetes Argument %q", rest[0])
	}
	return c, err
}

// loadConfigArgs is loadConfig for commands that take arguments besides flags: it
// returns them (the flags may come before or after them).
func loadConfigArgs(name string, args []string, getenv func(string) string, out io.Writer, extra ...func(*flag.FlagSet)) (Config, []string, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(out)
	for _, f := range extra {
		f(fs)
	}
	values := make([]*string, len(settings))
	for i, s := range settings {
		values[i] = fs.String(s.flag, "", fmt.Sprintf("%s (env %s, default %q)", s.help, s.env, s.def))
	}
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return Config{}, nil, err
		}
		if fs.NArg() == 0 {
			break
		}
		rest, args = append(rest, fs.Arg(0)), fs.Args()[1:]
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	c := Config{Match: match.DefaultConfig()}
	var problems []string
	for i, s := range settings {
		v := s.def
		if e, ok := lookup(getenv, s.env); ok {
			v = e
		}
		if given[s.flag] {
			v = *values[i]
		}
		if err := s.set(&c, strings.TrimSpace(v)); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", s.env, err))
		}
	}
	if len(problems) == 0 {
		if err := c.Match.Validate(); err != nil {
			problems = append(problems, "MATCH_WEIGHTS/MATCH_TRAVEL_KM: "+err.Error())
		}
		problems = append(problems, c.Signin.problems()...)
		if err := c.Mail.Validate(); err != nil {
			problems = append(problems, err.Error())
		}
	}
	if len(problems) > 0 {
		return Config{}, nil, fmt.Errorf("ungültige Konfiguration:\n  %s", strings.Join(problems, "\n  "))
	}
	c.resolveModes()
	return c, rest, nil
}

// lookup returns the environment value of key when it is set and not blank.
func lookup(getenv func(string) string, key string) (string, bool) {
	v := getenv(key)
	return v, strings.TrimSpace(v) != ""
}

// Addr is the listen address.
func (c Config) Addr() string { return c.Host + ":" + strconv.Itoa(c.Port) }

// MarshalZerologObject logs the configuration with secrets masked.
func (c Config) MarshalZerologObject(e *zerolog.Event) {
	e.Str("addr", c.Addr()).Str("dataDir", c.DataDir).Str("mongodbUri", redactURI(c.MongoURI)).
		Str("mongodbDatabase", c.MongoDatabase).Dur("mongodbTimeout", c.MongoTimeout).Bool("seed", c.Seed).
		Bool("production", c.Production).Bool("playground", c.Playground).Bool("introspection", c.Introspection).
		Bool("fieldSuggestions", c.FieldSuggestions).Bool("getQueries", c.GetQueries).Str("limits", c.Limits.String()).
		Dur("requestTimeout", c.RequestTimeout).Float64("rateLimit", c.RateLimit).Int("rateBurst", c.RateBurst).
		Float64("rateLimitKey", c.RateLimitKey).Int("rateBurstKey", c.RateBurstKey).
		Strs("corsOrigins", c.CORSOrigins).Str("logLevel", c.LogLevel.String()).
		Dur("catalogPollInterval", c.PollInterval).Dur("catalogCheckpointInterval", c.CheckpointInterval).Stringer("memoryLimit", c.MemoryLimit).Dur("shutdownTimeout", c.ShutdownTimeout).
		Int("authFailures", c.AuthFailures).Dur("authFailureInterval", c.AuthFailureInterval).Dur("keyCacheTTL", c.KeyCacheTTL).
		Str("serviceArea", areaName(c.Area)).
		Stringer("trustedProxies", c.TrustedProxies).Object("signin", c.Signin).Str("smtp", c.Mail.Server()).
		Interface("matchWeights", c.Match.Weights).Interface("matchTravelKm", c.Match.MaxTravelKm).Float64("matchDiversity", c.Match.Lambda)
}

// redactURI hides the password of a connection string (and any query secrets).
func redactURI(uri string) string {
	if uri == "" {
		return ""
	}
	u, err := url.Parse(uri)
	if err != nil {
		return "(ungültig)"
	}
	u.RawQuery = ""
	return u.Redacted()
}
