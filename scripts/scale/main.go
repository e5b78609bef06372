// Command scale measures how the service's costs grow with the catalogue: for each
// size it seeds a fresh embedded database (demo data plus generated Module), starts the
// server built from ./server on it and measures, in one run on loopback:
//
//   - seed: `server seed -generate N`; ready: start to /readyz 200 on that database
//   - p50 of updateModul, createModul and createBedarf (sequential, one client)
//   - the first recommendModules after a write and a warm one (medians)
//   - read throughput of recommendModules(first:20) with reasons and components and of
//     module(first:50) with the partner, as ratios to { __typename } measured in the
//     same rounds: by requests per second, and by the server's CPU time per request
//     (from /proc; robust where other work shares the machine)
//   - the RSS after 1,000 mixed writes, and the peak RSS (VmHWM) since the start
//
// and prints one table. Compare the rows of one run: the machine is shared.
//
//	go run ./scripts/scale                     # demo, 1k, 10k and 100k generated Module
//	go run ./scripts/scale -sizes 0,10000 -d 4s
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

func main() {
	sizes := flag.String("sizes", "0,1000,10000,100000", "generated Module per catalogue (0: the demo data only)")
	dur := flag.Duration("d", 6*time.Second, "read load per query and round")
	conc := flag.Int("c", 4, "concurrent clients of the read load")
	writes := flag.Int("writes", 100, "writes per kind for the write latencies")
	flag.Parse()
	tmp, err := os.MkdirTemp("", "scale-")
	check(err)
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "server")
	out, err := exec.Command("go", "build", "-o", bin, "./server").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "scale: build ./server: %v\n%s", err, out)
		os.Exit(1)
	}
	var rows []row
	for _, f := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		check(err)
		r := measure(bin, filepath.Join(tmp, fmt.Sprint("data", n)), n, *writes, *conc, *dur)
		rows = append(rows, r)
		r.print(os.Stderr) // progress
	}
	fmt.Println()
	header()
	for _, r := range rows {
		r.print(os.Stdout)
	}
}

type row struct {
	module                                                   int
	seed, ready                                              time.Duration
	update, create, bedarf, firstRec, warmRec                time.Duration
	typename, recommend, module50, rssMB, rssMB0, rssMBAfter float64
	// CPU seconds of the server per request
	cpuTypename, cpuRecommend, cpuModule50 float64
}

func header() {
	fmt.Printf("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", "Module", "seed", "start to ready",
		"updateModul p50", "createModul p50", "createBedarf p50", "first recommend after a write / warm",
		"recommend20 ÷ typename (req/s; CPU)", "module50 ÷ typename (req/s; CPU)", "RSS after 1,000 writes (peak since start)", "RSS at ready")
	fmt.Println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
}

func (r row) print(w io.Writer) {
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
	fmt.Fprintf(w, "| %d | %.1f s | %.2f s | %s | %s | %s | %s / %s (×%.2f) | %.3f; %.3f | %.3f; %.3f | %.0f MB (%.0f MB) | %.0f MB |\n",
		r.module, r.seed.Seconds(), r.ready.Seconds(), ms(r.update), ms(r.create), ms(r.bedarf),
		ms(r.firstRec), ms(r.warmRec), float64(r.firstRec)/float64(max(1, r.warmRec)),
		r.recommend/r.typename, r.cpuTypename/r.cpuRecommend, r.module50/r.typename, r.cpuTypename/r.cpuModule50, r.rssMBAfter, r.rssMB, r.rssMB0)
}

// measure runs every measurement on a catalogue with n generated Module.
func measure(bin, data string, n, writes, conc int, dur time.Duration) row {
	r := row{module: n}
	env := append(os.Environ(), "DATA_DIR="+data, "LOG_FORMAT=json", "LOG_LEVEL=warn")
	t0 := time.Now()
	args := []string{"seed"}
	if n > 0 {
		args = append(args, "-generate", fmt.Sprint(n))
	}
	run(bin, env, args...)
	r.seed = time.Since(t0)
	key := lastLine(run(bin, env, "keys", "create", "--role", "SERVICESTELLE", "--name", "scale"))

	port := freePort()
	cmd := exec.Command(bin)
	cmd.Env = append(env, "PORT="+port, "HOST=127.0.0.1", "RATE_LIMIT=0", "RATE_LIMIT_KEY=0", "REQUEST_TIMEOUT=60s")
	cmd.Stderr = os.Stderr
	t0 = time.Now()
	check(cmd.Start())
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	c := &client{url: "http://127.0.0.1:" + port, key: key, http: &http.Client{Timeout: time.Minute,
		Transport: &http.Transport{MaxIdleConnsPerHost: 64}}}
	for c.status("/readyz") != http.StatusOK {
		if time.Since(t0) > 10*time.Minute {
			fail("the server did not become ready")
		}
		time.Sleep(20 * time.Millisecond)
	}
	r.ready = time.Since(t0)
	r.rssMB0 = rssMB(cmd.Process.Pid, "VmRSS")
	ids := c.lookup()
	total := c.post(`{ module(filter: {status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED]}) { totalCount } }`, nil)
	r.module = int(gjson(total, "module", "totalCount").(float64))

	// writes, one at a time
	modul, version := ids.modul, ids.version
	r.update = p50(writes, func() {
		d := c.post(`mutation($id: ID!, $v: Int!, $t: String!) { updateModul(input: {id: $id, version: $v, title: $t}) { modul { version } userErrors { message } } }`,
			map[string]any{"id": modul, "v": version, "t": fmt.Sprint("Titel ", version)})
		version = int(gjson(d, "updateModul", "modul", "version").(float64))
	})
	r.create = p50(writes, func() {
		c.post(`mutation($in: CreateModulInput!) { createModul(input: $in) { modul { id } userErrors { message } } }`,
			map[string]any{"in": ids.modulInput})
	})
	r.bedarf = p50(writes, func() {
		c.post(`mutation($in: CreateBedarfInput!) { createBedarf(input: $in) { bedarf { id } userErrors { message } } }`,
			map[string]any{"in": map[string]any{"institutionId": ids.other, "title": "Messung", "theme": "SPORT_GESUNDHEIT",
				"ageRange": map[string]any{"min": 6, "max": 10}, "groupSize": 12}})
	})

	// the first recommendation after a write, and a warm one
	recommend := `query($in: ID!) { recommendModules(input: {institutionId: $in, first: 20}) { consideredCount
		items { rank score modul { title partner { name } } bedarf { title } reasons components { factor contribution } } } }`
	var first, warm []time.Duration
	for range 15 {
		d := c.post(`mutation($id: ID!, $v: Int!, $t: String!) { updateModul(input: {id: $id, version: $v, title: $t}) { modul { version } userErrors { message } } }`,
			map[string]any{"id": modul, "v": version, "t": fmt.Sprint("Titel ", version)})
		version = int(gjson(d, "updateModul", "modul", "version").(float64))
		first = append(first, timed(func() { c.post(recommend, map[string]any{"in": ids.institution}) }))
		warm = append(warm, timed(func() { c.post(recommend, map[string]any{"in": ids.institution}) }))
	}
	r.firstRec, r.warmRec = median(first), median(warm)

	// read throughput, the queries taking turns in rounds
	queries := []struct {
		rps, cpu *float64
		query    string
		vars     map[string]any
	}{
		{&r.typename, &r.cpuTypename, `{ __typename }`, nil},
		{&r.recommend, &r.cpuRecommend, recommend, map[string]any{"in": ids.institution}},
		{&r.module50, &r.cpuModule50, `{ module(first: 50) { edges { node { title partner { name } } } } }`, nil},
	}
	counts := make([]int, len(queries))
	elapsed := make([]time.Duration, len(queries))
	cpu := make([]float64, len(queries))
	for range 3 {
		for i, q := range queries {
			before := cpuSeconds(cmd.Process.Pid)
			k, e := c.load(q.query, q.vars, conc, dur/3)
			cpu[i] += cpuSeconds(cmd.Process.Pid) - before
			counts[i] += k
			elapsed[i] += e
		}
	}
	for i, q := range queries {
		*q.rps = float64(counts[i]) / elapsed[i].Seconds()
		*q.cpu = cpu[i] / float64(max(1, counts[i]))
	}

	// 1,000 mixed writes, then the peak memory
	for i := range 1000 {
		switch i % 4 {
		case 0, 1:
			d := c.post(`mutation($id: ID!, $v: Int!, $t: String!) { updateModul(input: {id: $id, version: $v, title: $t}) { modul { version } userErrors { message } } }`,
				map[string]any{"id": modul, "v": version, "t": fmt.Sprint("Titel ", version)})
			version = int(gjson(d, "updateModul", "modul", "version").(float64))
		case 2:
			c.post(`mutation($in: CreateModulInput!) { createModul(input: $in) { modul { id } userErrors { message } } }`,
				map[string]any{"in": ids.modulInput})
		default:
			c.post(`mutation($in: CreateBedarfInput!) { createBedarf(input: $in) { bedarf { id } userErrors { message } } }`,
				map[string]any{"in": map[string]any{"institutionId": ids.other, "title": "Messung", "theme": "MINT_DIGITALES",
					"ageRange": map[string]any{"min": 6, "max": 10}, "groupSize": 12}})
		}
	}
	r.rssMB = rssMB(cmd.Process.Pid, "VmHWM")
	r.rssMBAfter = rssMB(cmd.Process.Pid, "VmRSS")
	return r
}

// ids are what the measurements write to and read for.
type ids struct {
	institution string // recommended for
	other       string // gets the Bedarfe the measurement records
	modul       string
	version     int
	modulInput  map[string]any
}

func (c *client) lookup() ids {
	d := c.post(`{ kindercampusStandorte(first: 2) { nodes { anchorSchool { id } } }
		module(first: 1) { nodes { id version partner { id } theme ageRange { min max } targetTypes formats deliveryModes
			groupSize { min max } capacity } } }`, nil)
	m := gjson(d, "module", "nodes").([]any)[0].(map[string]any)
	schools := gjson(d, "kindercampusStandorte", "nodes").([]any)
	school := func(i int) string { return schools[i].(map[string]any)["anchorSchool"].(map[string]any)["id"].(string) }
	in := ids{institution: school(0), other: school(1), modul: m["id"].(string), version: int(m["version"].(float64))}
	in.modulInput = map[string]any{"partnerId": m["partner"].(map[string]any)["id"], "title": "Neues Modul der Messung",
		"description": "Ein Modul, das die Messung anlegt.", "theme": m["theme"], "ageRange": m["ageRange"],
		"targetTypes": m["targetTypes"], "formats": m["formats"], "deliveryModes": m["deliveryModes"],
		"groupSize": m["groupSize"], "capacity": m["capacity"]}
	return in
}

type client struct {
	url, key string
	http     *http.Client
}

func (c *client) status(path string) int {
	resp, err := c.http.Get(c.url + path)
	if err != nil {
		return 0
	}
	_ = resp.Body.Close()
	return resp.StatusCode
}

// post sends one operation and returns its data; errors end the program.
func (c *client) post(query string, vars map[string]any) map[string]any {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, c.url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.key)
	resp, err := c.http.Do(req)
	check(err)
	defer resp.Body.Close()
	var out struct {
		Data   map[string]any
		Errors []any
	}
	check(json.NewDecoder(resp.Body).Decode(&out))
	if len(out.Errors) > 0 {
		fail(fmt.Sprintf("%v\n%s", out.Errors, query))
	}
	for _, v := range out.Data {
		if p, ok := v.(map[string]any); ok {
			if ue, ok := p["userErrors"].([]any); ok && len(ue) > 0 {
				fail(fmt.Sprintf("%v\n%s", ue, query))
			}
		}
	}
	return out.Data
}

// load sends query from conc clients for d and returns how many answered and the time.
func (c *client) load(query string, vars map[string]any, conc int, d time.Duration) (int, time.Duration) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	start := time.Now()
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := 0
			for ctx.Err() == nil {
				req, _ := http.NewRequest(http.MethodPost, c.url+"/query", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+c.key)
				resp, err := c.http.Do(req)
				if err != nil {
					continue
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				_ = resp.Body.Close()
				if resp.StatusCode == http.StatusOK && ctx.Err() == nil {
					k++
				}
			}
			mu.Lock()
			n += k
			mu.Unlock()
		}()
	}
	wg.Wait()
	return n, time.Since(start)
}

func gjson(d map[string]any, path ...string) any {
	var v any = d
	for _, p := range path {
		v = v.(map[string]any)[p]
	}
	return v
}

func p50(n int, f func()) time.Duration {
	var ds []time.Duration
	for range n {
		ds = append(ds, timed(f))
	}
	return median(ds)
}

func timed(f func()) time.Duration {
	t0 := time.Now()
	f()
	return time.Since(t0)
}

func median(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}

// cpuSeconds reads the CPU time (user and system) process pid used so far (Linux).
func cpuSeconds(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// the fields after the command name (which may hold spaces) in parentheses
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / 100 // clock ticks of 10 ms
}

// rssMB reads a memory figure of process pid from /proc (Linux).
func rssMB(pid int, field string) float64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(s.Text(), field+":"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

func run(bin string, env []string, args ...string) string {
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		fail(fmt.Sprintf("server %s: %v\n%s", strings.Join(args, " "), err, out))
	}
	return string(out)
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

func freePort() string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	check(err)
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}

func check(err error) {
	if err != nil {
		fail(err.Error())
	}
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "scale:", msg)
	os.Exit(1)
}
