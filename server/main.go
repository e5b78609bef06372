// Command server runs Drehscheibe: the GraphQL service over MongoDB (or the embedded
// FerretDB) for the offers of Dortmund's Bildungspartner*innen and the needs of its
// institutions.
//
//	server [flags]          run the service (default)
//	server seed [flags]     load the demo data into an empty database
//	server keys create|list|revoke
//	                        manage API keys
//	server import dortmund --dir DIR [--dry-run]
//	                        import the city's open data
//	server backup --out FILE
//	                        write every collection of the database to an archive
//	server restore --in FILE
//	                        restore an archive into an empty database
//	server healthcheck [--ready]
//	                        ask a running server whether it is alive (ready)
//	server help             list the configuration
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // Europe/Berlin also on images without a zoneinfo database
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "drehscheibe:", err)
		os.Exit(1)
	}
}

// run executes the command in args until ctx ends. It is main without the process:
// tests call it with their own arguments, environment and output.
func run(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return serve(ctx, args, getenv, stdout)
	case "seed":
		return seedCommand(ctx, args, getenv, stdout)
	case "keys":
		return keysCommand(ctx, args, getenv, stdout)
	case "import":
		return importCommand(ctx, args, getenv, stdout)
	case "healthcheck":
		return healthcheckCommand(ctx, args, getenv, stdout)
	case "backup":
		return backupCommand(ctx, args, getenv, stdout)
	case "restore":
		return restoreCommand(ctx, args, getenv, stdout)
	case "help", "-h", "--help":
		printHelp(stdout)
		return nil
	default:
		printHelp(stdout)
		return fmt.Errorf("unbekannter Befehl %q", cmd)
	}
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "Usage: server [serve|seed|keys|import|backup|restore|healthcheck|help] [flags]")
	fmt.Fprintln(w, "  server backup --out FILE          write every collection of the database to FILE (also while the service runs)")
	fmt.Fprintln(w, "  server restore --in FILE          restore FILE into an empty database")
	fmt.Fprintln(w, "  server healthcheck [--ready]      exit 0 when the server on HOST:PORT answers /healthz (/readyz) with 200")
	fmt.Fprintln(w, "  server import dortmund --dir DIR [--dry-run]")
	fmt.Fprintln(w, "  server keys create --role ROLE [--partner ID | --institution ID | --kindercampus ID | --themes T,T] --name NAME [--expires DAY|DURATION]")
	fmt.Fprintln(w, "  server keys list [--all]")
	fmt.Fprintln(w, "  server keys revoke ID")
	fmt.Fprintln(w, "\nConfiguration (environment variable / flag, default):")
	for _, s := range settings {
		fmt.Fprintf(w, "  %-22s -%-22s %-14q %s\n", s.env, s.flag, s.def, s.help)
	}
}

// serve runs the service until ctx ends, then shuts down gracefully.
func serve(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	c, err := loadConfig("server", args, getenv, stdout)
	if err != nil {
		return err
	}
	a, err := startApp(ctx, c, newLogger(c, stdout))
	if err != nil {
		return err
	}
	<-ctx.Done()
	return a.shutdown()
}
