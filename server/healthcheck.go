package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"
)

// healthcheckCommand asks the server running with this configuration (HOST, PORT)
// whether it is alive — /healthz, or with --ready /readyz — and fails unless it answers
// 200 within 3 s. It is the container's HEALTHCHECK: the image has no shell or curl.
func healthcheckCommand(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	var ready bool
	c, err := loadConfig("server healthcheck", args, getenv, stdout, func(fs *flag.FlagSet) {
		fs.BoolVar(&ready, "ready", false, "ask /readyz (database answers, catalogue loaded) instead of /healthz (process alive)")
	})
	if err != nil {
		return err
	}
	if c.Port == 0 {
		return fmt.Errorf("PORT 0 (ein beliebiger freier Port) lässt sich nicht prüfen")
	}
	host := c.Host
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	path := "/healthz"
	if ready {
		path = "/readyz"
	}
	url := "http://" + net.JoinHostPort(host, strconv.Itoa(c.Port)) + path
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("%s: keine Antwort: %w", url, err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s antwortet %d", url, resp.StatusCode)
	}
	fmt.Fprintf(stdout, "%s: %d\n", url, resp.StatusCode)
	return nil
}
