// Command mixload measures the service under a mixed load — 80 % reads (catalogue
// lists, text search, node lookups, recommendModules) and 20 % writes (recording and
// changing Bedarfe) — at a fixed concurrency for a bounded time, on loopback only. It
// starts everything itself: a FerretDB that stands in for an external MongoDB, the
// service (built from ./server) pointed at it, and a key. It reports throughput,
// p50/p99 latency of reads and writes, errors by code, the peak memory of the service
// and whether /healthz answered throughout. With -outage the database is stopped
// halfway for that long and started again, and the report says how long the service
// took to accept writes again.
//
//	go run ./scripts/mixload -c 8 -d 30s
//	go run ./scripts/mixload -c 8 -d 30s -outage 5s
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/stadtdortmund/drehscheibe/internal/embedded"
)

func main() {
	conc := flag.Int("c", 8, "concurrent clients")
	dur := flag.Duration("d", 30*time.Second, "duration of the load")
	writes := flag.Float64("writes", 0.2, "share of writes")
	outage := flag.Duration("outage", 0, "stop the database halfway for this long (0: no outage)")
	flag.Parse()
	if err := run(*conc, *dur, *writes, *outage); err != nil {
		fmt.Fprintln(os.Stderr, "mixload:", err)
		os.Exit(1)
	}
}

type env struct {
	url, token               string
	recommendFor, bedarfFor  string
	partner, modul, quartier string
	client                   *http.Client
}

func run(conc int, dur time.Duration, writeShare float64, outage time.Duration) error {
	tmp, err := os.MkdirTemp("", "mixload-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	dbAddr, svcPort := "127.0.0.1:"+freePort(), freePort()
	quiet := slog.New(slog.DiscardHandler)
	db, err := embedded.StartAt(filepath.Join(tmp, "db"), dbAddr, quiet)
	if err != nil {
		return err
	}
	defer func() { _ = db.Close() }()

	bin := filepath.Join(tmp, "server")
	if out, err := exec.Command("go", "build", "-o", bin, "./server").CombinedOutput(); err != nil {
		return fmt.Errorf("build ./server: %v\n%s", err, out)
	}
	svcEnv := append(os.Environ(), "MONGODB_URI=mongodb://"+dbAddr+"/", "PORT="+svcPort, "HOST=127.0.0.1",
		"LOG_FORMAT=json", "LOG_LEVEL=warn", "RATE_LIMIT=0", "RATE_LIMIT_KEY=0", "MONGODB_TIMEOUT=1s")
	keys := exec.Command(bin, "keys", "create", "--role", "SERVICESTELLE", "--name", "mixload")
	keys.Env = svcEnv
	out, err := keys.Output()
	if err != nil {
		return fmt.Errorf("keys create: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	svc := exec.Command(bin)
	svc.Env = svcEnv
	var svcLog bytes.Buffer
	svc.Stdout, svc.Stderr = &svcLog, &svcLog
	if err := svc.Start(); err != nil {
		return err
	}
	defer func() {
		_ = svc.Process.Signal(syscall.SIGTERM)
		_ = svc.Wait()
	}()
	e := &env{url: "http://127.0.0.1:" + svcPort, token: lines[len(lines)-1],
		client: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conc * 2}, Timeout: 30 * time.Second}}
	if err := waitReady(e, 60*time.Second); err != nil {
		return fmt.Errorf("%v\n%s", err, svcLog.String())
	}
	if err := e.lookup(); err != nil {
		return err
	}

	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	var st stats
	st.errors = map[string]int{}
	var wg sync.WaitGroup
	start := time.Now()
	watch := startWatching(ctx, e)
	var dbStopped, dbClosed, dbBack atomic.Int64 // unix nanos
	if outage > 0 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(dur / 2)
			dbStopped.Store(time.Now().UnixNano())
			_ = db.Close()
			dbClosed.Store(time.Now().UnixNano())
			time.Sleep(outage)
			d2, err := embedded.StartAt(filepath.Join(tmp, "db"), dbAddr, quiet)
			if err != nil {
				fmt.Fprintln(os.Stderr, "mixload: restart the database:", err)
				return
			}
			db = d2
			dbBack.Store(time.Now().UnixNano())
		}()
	}
	for i := range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &worker{env: e, rng: rand.New(rand.NewPCG(uint64(i), 7)), stats: &st}
			for ctx.Err() == nil {
				w.step(ctx, writeShare, &dbBack)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	h := watch()
	st.report(conc, elapsed, h, outageTimes{start.UnixNano(), dbStopped.Load(), dbClosed.Load(), dbBack.Load()})
	return nil
}

// worker is one client: it reads and writes, and keeps its own Bedarf to change.
type worker struct {
	*env
	rng    *rand.Rand
	stats  *stats
	bedarf string
	ver    int
}

var reads = []string{
	`{ module(first: 20) { totalCount nodes { id title partner { name } } } }`,
	`{ module(first: 10, filter: {text: "Fussball"}) { totalCount nodes { title } } }`,
	`query($i: ID!) { recommendModules(input: {institutionId: $i, first: 10}) { items { rank score modul { title } reasons } } }`,
	`query($m: ID!) { node(id: $m) { ... on Modul { title partner { name } } } }`,
	`{ partners(first: 20, filter: {themes: [SPORT_GESUNDHEIT]}) { nodes { name } } }`,
}

func (w *worker) step(ctx context.Context, writeShare float64, dbBack *atomic.Int64) {
	if w.rng.Float64() >= writeShare {
		q := reads[w.rng.IntN(len(reads))]
		t0 := time.Now()
		code, _ := w.post(ctx, q, map[string]any{"i": w.recommendFor, "m": w.modul})
		if ctx.Err() == nil {
			w.stats.add(false, time.Since(t0), code)
		}
		return
	}
	var q string
	var vars map[string]any
	if w.bedarf == "" {
		q = `mutation($in: CreateBedarfInput!) { createBedarf(input: $in) { bedarf { id version } userErrors { code } } }`
		vars = map[string]any{"in": map[string]any{"institutionId": w.bedarfFor, "title": fmt.Sprintf("Last %d", w.rng.Int()),
			"theme": "SPORT_GESUNDHEIT", "ageRange": map[string]any{"min": 3, "max": 6}, "groupSize": 10}}
	} else {
		q = `mutation($in: UpdateBedarfInput!) { updateBedarf(input: $in) { bedarf { id version } userErrors { code } } }`
		vars = map[string]any{"in": map[string]any{"id": w.bedarf, "version": w.ver, "groupSize": 5 + w.rng.IntN(20)}}
	}
	t0 := time.Now()
	code, data := w.post(ctx, q, vars)
	if ctx.Err() != nil {
		return
	}
	w.stats.add(true, time.Since(t0), code)
	var p map[string]struct {
		Bedarf *struct {
			ID      string
			Version int
		}
		UserErrors []struct{ Code string }
	}
	if code == "" && json.Unmarshal(data, &p) == nil {
		for _, v := range p {
			if v.Bedarf != nil {
				w.bedarf, w.ver = v.Bedarf.ID, v.Bedarf.Version
				if dbBack.Load() != 0 {
					w.stats.recovered()
				}
			} else if len(v.UserErrors) > 0 {
				w.bedarf = "" // conflict or gone: start a new one
			}
		}
	}
}

// post sends a request; code is "" for success, else the error code.
func (e *env) post(ctx context.Context, query string, vars map[string]any) (string, json.RawMessage) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, e.url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+e.token)
	resp, err := e.client.Do(req)
	if err != nil {
		return "TRANSPORT", nil
	}
	defer resp.Body.Close()
	var out struct {
		Data   json.RawMessage
		Errors []struct{ Extensions struct{ Code string } }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "HTTP_" + strconv.Itoa(resp.StatusCode), nil
	}
	if len(out.Errors) > 0 {
		return out.Errors[0].Extensions.Code, out.Data
	}
	return "", out.Data
}

// lookup finds the IDs the load works with.
func (e *env) lookup() error {
	_, data := e.post(context.Background(), `{ kindercampusStandorte(first: 2) { nodes { anchorSchool { id } institutionen { id } } }
		module(first: 1) { nodes { id partner { id } } } quartiere(first: 1) { nodes { id } } }`, nil)
	var d struct {
		KindercampusStandorte struct {
			Nodes []struct {
				AnchorSchool  struct{ ID string }
				Institutionen []struct{ ID string }
			}
		}
		Module struct {
			Nodes []struct {
				ID      string
				Partner struct{ ID string }
			}
		}
		Quartiere struct{ Nodes []struct{ ID string } }
	}
	if err := json.Unmarshal(data, &d); err != nil || len(d.KindercampusStandorte.Nodes) < 2 || len(d.Module.Nodes) == 0 {
		return fmt.Errorf("demo data not found: %s", data)
	}
	c := d.KindercampusStandorte.Nodes
	e.recommendFor, e.bedarfFor = c[0].AnchorSchool.ID, c[1].Institutionen[len(c[1].Institutionen)-1].ID
	e.modul, e.partner = d.Module.Nodes[0].ID, d.Module.Nodes[0].Partner.ID
	return nil
}

func waitReady(e *env, d time.Duration) error {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if resp, err := e.client.Get(e.url + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("the service was not ready within %s", d)
}

// health is what the watcher saw: /healthz answers and the service's peak memory.
type health struct {
	probes, failed int
	peakRSS        float64
}

// startWatching probes /healthz every 100 ms and reads the resident memory from
// /metrics every 500 ms until ctx ends; the returned function waits for it.
func startWatching(ctx context.Context, e *env) func() health {
	var h health
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for n := 0; ; n++ {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			h.probes++
			c := &http.Client{Timeout: time.Second}
			resp, err := c.Get(e.url + "/healthz")
			if err != nil || resp.StatusCode != http.StatusOK {
				h.failed++
			}
			if err == nil {
				resp.Body.Close()
			}
			if n%5 == 0 {
				h.peakRSS = max(h.peakRSS, rss(c, e.url))
			}
		}
	}()
	return func() health { <-done; return h }
}

func rss(c *http.Client, url string) float64 {
	resp, err := c.Get(url + "/metrics")
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "process_resident_memory_bytes "); ok {
			f, _ := strconv.ParseFloat(v, 64)
			return f
		}
	}
	return 0
}

type stats struct {
	mu                  sync.Mutex
	readLat, writeLat   []time.Duration
	errors              map[string]int
	firstWriteAfterBack int64
}

func (s *stats) add(write bool, d time.Duration, code string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if write {
		s.writeLat = append(s.writeLat, d)
	} else {
		s.readLat = append(s.readLat, d)
	}
	if code != "" {
		key := "read " + code
		if write {
			key = "write " + code
		}
		s.errors[key]++
	}
}

// recovered records the first write acknowledged after the database came back.
func (s *stats) recovered() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.firstWriteAfterBack == 0 {
		s.firstWriteAfterBack = time.Now().UnixNano()
	}
}

// outageTimes are when the load began, the database was told to stop, had stopped and
// was back (unix nanoseconds; 0: did not happen).
type outageTimes struct{ start, stopping, stopped, back int64 }

func (s *stats) report(conc int, elapsed time.Duration, h health, o outageTimes) {
	total := len(s.readLat) + len(s.writeLat)
	fmt.Printf("mixed load: %d clients, %s, %d requests, %.0f req/s (reads %.0f/s, writes %.0f/s)\n", conc,
		elapsed.Round(time.Millisecond), total, float64(total)/elapsed.Seconds(),
		float64(len(s.readLat))/elapsed.Seconds(), float64(len(s.writeLat))/elapsed.Seconds())
	for _, l := range []struct {
		name string
		lat  []time.Duration
	}{{"reads", s.readLat}, {"writes", s.writeLat}} {
		slices.Sort(l.lat)
		fmt.Printf("  %-7s p50 %-9s p99 %-9s\n", l.name, pct(l.lat, 0.5), pct(l.lat, 0.99))
	}
	keys := make([]string, 0, len(s.errors))
	for k := range s.errors {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Print("  errors by code:")
	if len(keys) == 0 {
		fmt.Print(" none")
	}
	for _, k := range keys {
		fmt.Printf(" %s=%d", k, s.errors[k])
	}
	fmt.Println()
	fmt.Printf("  /healthz: %d probes, %d failed; peak memory (RSS) %.0f MB\n", h.probes, h.failed, h.peakRSS/(1<<20))
	if o.stopping != 0 {
		fmt.Printf("  outage: database stopped %s into the load (stopping took %s), started again %s later\n",
			time.Duration(o.stopping-o.start).Round(time.Millisecond), time.Duration(o.stopped-o.stopping).Round(time.Millisecond),
			time.Duration(o.back-o.stopped).Round(time.Millisecond))
		if s.firstWriteAfterBack != 0 && o.back != 0 {
			fmt.Printf("  recovery: first acknowledged write %s after the database was back\n",
				time.Duration(s.firstWriteAfterBack-o.back).Round(time.Millisecond))
		} else {
			fmt.Println("  recovery: no write acknowledged after the database was back")
		}
	}
}

func pct(l []time.Duration, p float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	return l[min(len(l)-1, int(float64(len(l))*p))].Round(10 * time.Microsecond)
}

func freePort() string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
}
