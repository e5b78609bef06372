package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"testing"
)

// serverProcessEnv makes the test binary run the service instead of the tests, so that
// tests can start it as a process of its own (configured by the environment), kill it
// and start it again.
const serverProcessEnv = "DREHSCHEIBE_TEST_SERVER_PROCESS"

func TestMain(m *testing.M) {
	if os.Getenv(serverProcessEnv) == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		err := run(ctx, nil, os.Getenv, os.Stdout)
		stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, "drehscheibe:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	code := m.Run()
	stopShared()
	// no key and no e-mail address in the logs of the whole run
	if err := checkLogs(); err != nil {
		fmt.Fprintln(os.Stderr, "FAIL:", err)
		code = 1
	}
	os.Exit(code)
}
