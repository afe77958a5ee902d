// Package pgtest gives tests a database of their own on the PostgreSQL
// server named by $ATTACHE_TEST_POSTGRES (.ci/postgres.sh starts one and
// prints the variable).
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env names the server: a postgres:// URL whose role may create databases.
const Env = "ATTACHE_TEST_POSTGRES"

// URL creates a fresh, uniquely named database for the test and returns its
// URL; the database is dropped when the test ends. Without $ATTACHE_TEST_POSTGRES
// the test is skipped, unless $ATTACHE_REQUIRE_SERVICES=1 (CI), where a
// missing server fails it.
func URL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(Env)
	if base == "" {
		msg := "no PostgreSQL server: set " + Env + ` (eval "$(.ci/postgres.sh)" starts one)`
		if os.Getenv("ATTACHE_REQUIRE_SERVICES") == "1" {
			t.Fatal(msg + "; ATTACHE_REQUIRE_SERVICES=1 makes it required")
		}
		t.Skip(msg)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: not a URL", Env)
	}
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	name := "attache_test_" + hex.EncodeToString(b[:])
	if err := admin(base, "CREATE DATABASE "+name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// A plain DROP waits out autovacuum, which FORCE may not
		// terminate without superuser rights; FORCE ends the test's own
		// leftover connections. Try both a few times.
		var err error
		for i := 0; i < 10; i++ {
			if err = admin(base, "DROP DATABASE IF EXISTS "+name); err == nil {
				return
			}
			if err = admin(base, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err == nil {
				return
			}
			time.Sleep(200 * time.Millisecond)
		}
		t.Errorf("drop test database: %v", err)
	})
	u.Path = "/" + name
	return u.String()
}

// admin runs one statement on the server's own database.
func admin(base, sql string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		// pgx's connection errors name the user and host, not the password
		return fmt.Errorf("connect to the %s server: %w", Env, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		return fmt.Errorf("%s: %w", sql, err)
	}
	return nil
}
