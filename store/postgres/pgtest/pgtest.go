// Package pgtest gives tests a database of their own on the PostgreSQL
// server named by $ATTACHE_TEST_POSTGRES (.ci/postgres.sh starts one and
// prints the variable).
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
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
	admin(t, base, "CREATE DATABASE "+name)
	t.Cleanup(func() { admin(t, base, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") })
	u.Path = "/" + name
	return u.String()
}

// admin runs one statement on the server's own database.
func admin(t testing.TB, base, sql string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		// pgx's connection errors name the user and host, not the password
		t.Fatalf("connect to the %s server: %v", Env, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}
