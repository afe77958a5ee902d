// Command attache reads news and codes what states, armed forces,
// international bodies and companies do to each other as PLOVER events,
// each field tied to the text it came from.
//
// Exit codes: 0 success; 1 some input could not be processed (each skipped
// input is reported on stderr with the reason); 2 usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// Main holds the process's streams so that tests can run commands in-process.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// errUsage marks an error in how the command was called.
var errUsage = errors.New("usage")

// errSkipped marks a run that finished but skipped some input.
var errSkipped = errors.New("some input was skipped")

const usage = `attache codes news as PLOVER events with sources.

Usage:
  attache demo                              ingest the bundled examples and serve them
  attache extract [flags] [FILE|DIR|-]...   code documents, print events
  attache ingest [flags] INPUT...           code documents and store them
  attache ingest --queue URL INPUT...       publish documents to a NATS JetStream queue
  attache worker --queue URL [flags]        code and store documents from the queue
  attache query [flags]                     print stored events matching filters
  attache export --format F [flags]         write stored events: jsonl, csv, plover, gdelt
  attache serve [flags]                     web UI, JSON API and /metrics over the store
  attache eval [flags] GOLD.jsonl           score against a gold set
  attache sample [flags] INPUT...           draw coded sentences at random for a precision review
  attache version

A queue URL is nats://HOST:4222; any number of workers share one queue.
The store is attache.db (SQLite) in the working directory unless --db or
$ATTACHE_DB names another: a SQLite file or a postgres://USER:PASS@HOST/DB URL.

Run "attache COMMAND -h" for the flags of a command.

Exit codes: 0 ok, 1 some input skipped or failed (reasons on stderr), 2 usage.
`

// Run dispatches a subcommand.
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return errUsage
	}
	switch args[0] {
	case "extract":
		return m.extract(ctx, args[1:])
	case "eval":
		return m.eval(ctx, args[1:])
	case "ingest":
		return m.ingest(ctx, args[1:])
	case "worker":
		return m.worker(ctx, args[1:])
	case "query":
		return m.query(ctx, args[1:])
	case "export":
		return m.export(ctx, args[1:])
	case "serve":
		return m.serve(ctx, args[1:])
	case "demo":
		return m.demo(ctx, args[1:])
	case "sample":
		return m.sample(ctx, args[1:])
	case "version":
		fmt.Fprintln(m.Stdout, "attache", version)
		return nil
	case "-h", "-help", "--help", "help":
		fmt.Fprint(m.Stdout, usage)
		return nil
	}
	fmt.Fprintf(m.Stderr, "attache: unknown command %q\n\n%s", args[0], usage)
	return errUsage
}

const version = "0.1.0"

func main() {
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	err := m.Run(context.Background(), os.Args[1:])
	switch {
	case err == nil:
	case errors.Is(err, errUsage):
		os.Exit(2)
	case errors.Is(err, errSkipped):
		os.Exit(1)
	default:
		fmt.Fprintln(os.Stderr, "attache:", err)
		os.Exit(1)
	}
}

// parseFlags parses a command's flags. done says the command returns err at
// once: nil after -h (usage was printed), errUsage on a bad flag.
func parseFlags(fs *flag.FlagSet, args []string) (done bool, err error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, nil
		}
		return true, errUsage
	}
	return false, nil
}

type stringList []string

func (s *stringList) String() string     { return fmt.Sprint(*s) }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }
