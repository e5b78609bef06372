// Command load sends GraphQL requests to a running Drehscheibe at a fixed concurrency
// and reports throughput and latency per query, and each query's throughput as a ratio
// to the first one, measured in one run against the same server. Queries take turns
// in short rounds, so a noisy neighbour on a shared machine affects all of them alike.
//
//	go run ./scripts/load -url http://127.0.0.1:8080/query -c 8 -d 20s typename module50
//	DREHSCHEIBE_KEY=$(go run ./server keys create --role SERVICESTELLE --name load | tail -1) \
//	  go run ./scripts/load typename recommend20bare
//
// Named queries: see the queries table; "name=<GraphQL>" adds one of your own. With
// -auth every query sends the key, except those prefixed "anon:" (to compare the cost
// of authentication in one run: typename anon:typename).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

var queries = map[string]string{
	"typename":     `{ __typename }`,
	"module50":     `{ module(first: 50) { edges { node { title partner { name } } } } }`,
	"module20text": `{ module(first: 20, filter: {text: "Fussball"}) { totalCount edges { node { title partner { name } } } } }`,
	// recommendations for the first Kindercampus anchor school, with scores, components
	// and reasons (INSTITUTION is replaced by its ID, looked up first)
	"recommend20": `{ recommendModules(input: {institutionId: "INSTITUTION", first: 20}) { consideredCount
		items { rank score modul { title partner { name } } bedarf { title } reasons components { factor contribution } } } }`,
	// the same without the explanations
	"recommend20bare": `{ recommendModules(input: {institutionId: "INSTITUTION", first: 20}) { items { rank score modul { title } } } }`,
}

// institutionQuery finds the institution the recommend queries ask for.
const institutionQuery = `{ kindercampusStandorte(first: 1) { nodes { anchorSchool { id } } } }`

type result struct {
	name      string
	latencies []time.Duration
	errors    map[string]int
	elapsed   time.Duration
}

func main() {
	url := flag.String("url", "http://127.0.0.1:8080/query", "GraphQL endpoint")
	conc := flag.Int("c", 8, "concurrent clients")
	dur := flag.Duration("d", 20*time.Second, "total duration (shared by the queries)")
	rounds := flag.Int("rounds", 4, "rounds in which the queries take turns")
	auth := flag.String("auth", os.Getenv("DREHSCHEIBE_KEY"), "API key sent as Authorization: Bearer (default $DREHSCHEIBE_KEY; recommend* need one of role INSTITUTION, CAMPUS_MANAGER, COORDINATOR or SERVICESTELLE)")
	flag.Parse()
	names := flag.Args()
	if len(names) == 0 {
		names = []string{"typename", "module50"}
	}
	bodies := make([][]byte, len(names))
	tokens := make([]string, len(names))
	for i, n := range names {
		n, anon := strings.CutPrefix(n, "anon:")
		if !anon {
			tokens[i] = *auth
		}
		q, ok := queries[n]
		if name, custom, found := strings.Cut(n, "="); found {
			names[i], q, ok = name, custom, true
		}
		if !ok {
			fmt.Fprintf(os.Stderr, "unknown query %q (known: %v)\n", n, keys(queries))
			os.Exit(2)
		}
		bodies[i], _ = json.Marshal(map[string]string{"query": q})
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *conc * 2}, Timeout: 30 * time.Second}
	for i := range bodies {
		if strings.Contains(string(bodies[i]), "INSTITUTION") {
			bodies[i] = []byte(strings.ReplaceAll(string(bodies[i]), "INSTITUTION", lookupInstitution(client, *url, *auth)))
		}
	}
	results := make([]*result, len(names))
	for i := range results {
		results[i] = &result{name: names[i], errors: map[string]int{}}
	}
	slot := *dur / time.Duration(*rounds*len(names))
	for range *rounds {
		for i := range names {
			measure(client, *url, tokens[i], bodies[i], *conc, slot, results[i])
		}
	}
	report(results, *conc)
}

// measure runs conc clients sending body for d and appends to r.
func measure(client *http.Client, url, auth string, body []byte, conc int, d time.Duration, r *result) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			errs := map[string]int{}
			for ctx.Err() == nil {
				t0 := time.Now()
				code := send(client, url, auth, body)
				if ctx.Err() != nil {
					break
				}
				lat = append(lat, time.Since(t0))
				if code != "" {
					errs[code]++
				}
			}
			mu.Lock()
			r.latencies = append(r.latencies, lat...)
			for k, v := range errs {
				r.errors[k] += v
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	r.elapsed += time.Since(start)
}

// lookupInstitution returns the ID of the first Kindercampus anchor school.
func lookupInstitution(client *http.Client, url, auth string) string {
	body, _ := json.Marshal(map[string]string{"query": institutionQuery})
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	resp, err := client.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var out struct {
		Data struct {
			KindercampusStandorte struct {
				Nodes []struct{ AnchorSchool struct{ ID string } }
			}
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || len(out.Data.KindercampusStandorte.Nodes) == 0 {
		fmt.Fprintln(os.Stderr, "load: no Kindercampus to recommend for")
		os.Exit(1)
	}
	return out.Data.KindercampusStandorte.Nodes[0].AnchorSchool.ID
}

// send posts one request and returns "" or an error code.
func send(client *http.Client, url, auth string, body []byte) string {
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	resp, err := client.Do(req)
	if err != nil {
		return "TRANSPORT"
	}
	defer resp.Body.Close()
	var out struct {
		Errors []struct {
			Extensions struct{ Code string } `json:"extensions"`
		} `json:"errors"`
	}
	raw, _ := io.ReadAll(resp.Body)
	// decoding every response would cost the client (on the same machine) more than
	// the server; only one that may hold errors is decoded
	if bytes.Contains(raw, []byte(`"errors"`)) {
		_ = json.Unmarshal(raw, &out)
	}
	switch {
	case len(out.Errors) > 0:
		return out.Errors[0].Extensions.Code
	case resp.StatusCode != http.StatusOK:
		return fmt.Sprintf("HTTP_%d", resp.StatusCode)
	}
	return ""
}

func report(results []*result, conc int) {
	fmt.Printf("%-14s %9s %10s %10s %10s %8s  %s\n", "query", "requests", "req/s", "p50", "p99", "ratio", "errors")
	var base float64
	for i, r := range results {
		slices.Sort(r.latencies)
		rps := float64(len(r.latencies)) / r.elapsed.Seconds()
		if i == 0 {
			base = rps
		}
		fmt.Printf("%-14s %9d %10.0f %10s %10s %8.3f  %v\n", r.name, len(r.latencies), rps,
			pct(r.latencies, 0.50), pct(r.latencies, 0.99), rps/base, r.errors)
	}
	fmt.Printf("(concurrency %d; ratio = throughput relative to %q)\n", conc, results[0].name)
}

func pct(l []time.Duration, p float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	return l[min(len(l)-1, int(float64(len(l))*p))].Round(10 * time.Microsecond)
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
