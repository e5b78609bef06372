// Command startup measures how long Drehscheibe takes from process start to ready
// (/readyz answers 200) on the embedded database: first on an empty DATA_DIR (start
// FerretDB, create indexes, seed the demo data, load the catalogue), then again on
// the same data (no seeding).
//
//	go run ./scripts/startup            # builds ./server into a temporary directory
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

func main() {
	tmp, err := os.MkdirTemp("", "drehscheibe-startup-")
	check(err)
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "server")
	build := exec.Command("go", "build", "-o", bin, "./server")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	check(build.Run())
	data := filepath.Join(tmp, "data")
	for _, label := range []string{"first start (seeds the demo data)", "restart on the same data"} {
		d := startOnce(bin, data)
		fmt.Printf("%-36s %8.0f ms to ready\n", label, float64(d.Microseconds())/1000)
	}
}

// startOnce starts the server, waits for /readyz and stops it with SIGTERM.
func startOnce(bin, data string) time.Duration {
	port := freePort()
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "DATA_DIR="+data, fmt.Sprintf("PORT=%d", port), "HOST=127.0.0.1", "LOG_FORMAT=json", "LOG_LEVEL=warn")
	cmd.Stderr = os.Stderr
	start := time.Now()
	check(cmd.Start())
	url := fmt.Sprintf("http://127.0.0.1:%d/readyz", port)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if ctx.Err() != nil {
			_ = cmd.Process.Kill()
			check(fmt.Errorf("not ready within 2 minutes"))
		}
		time.Sleep(5 * time.Millisecond)
	}
	took := time.Since(start)
	check(cmd.Process.Signal(syscall.SIGTERM))
	check(cmd.Wait())
	return took
}

func freePort() int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	check(err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "startup:", err)
		os.Exit(1)
	}
}
