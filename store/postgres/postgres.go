// Package postgres is attache's shared store: one PostgreSQL database that
// many ingest workers write to at once (pgx v5, a connection pool, COPY for
// bulk rows, tsvector full text), with the SQLite store's semantics under the
// same conformance suite. Migrations are embedded and applied on Open.
//
// Concurrent writers are safe by construction: a document is inserted with
// ON CONFLICT (hash) DO NOTHING, so a document two workers store at once is
// stored once and counted as a duplicate by the other; an event row is
// upserted on its uid, which store.Place derives from the report alone. A
// batch locks rows in one order (documents by hash, events by uid), and a
// batch that loses a deadlock or serialization race is retried whole.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/attache/attache/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a store in one PostgreSQL database.
type DB struct {
	pool *pgxpool.Pool
}

var _ store.Store = (*DB)(nil)

// IsURL reports whether a --db value names a PostgreSQL database.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at url (postgres://user:pass@host:port/db?...)
// and brings its schema up to date.
func Open(ctx context.Context, url string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// the parse error can quote the URL with its password
		return nil, errors.New("postgres: invalid database URL")
	}
	where := cfg.ConnConfig.Host + "/" + cfg.ConnConfig.Database
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", where, err)
	}
	db := &DB{pool: pool}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open %s: %w", where, err)
	}
	return db, nil
}

// Close closes the pool.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// migrationLock is the advisory lock key that serializes migrations, so
// that workers starting together on an empty database do not race.
const migrationLock = 0x617474616368 // "attach"

func (db *DB) migrate(ctx context.Context) error {
	ms, err := store.Migrations(migrations)
	if err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrationLock)); err != nil {
			return fmt.Errorf("lock schema: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())`); err != nil {
			return fmt.Errorf("schema_migrations: %w", err)
		}
		var have int
		if err := tx.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&have); err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
		for _, m := range ms {
			n, base := m.Version, m.Name
			if n <= have {
				continue
			}
			// no parameters: the simple protocol runs a script of statements
			if _, err := tx.Exec(ctx, m.SQL, pgx.QueryExecModeSimpleProtocol); err != nil {
				return fmt.Errorf("migration %s: %w", base, err)
			}
			if _, err := tx.Exec(ctx, "INSERT INTO schema_migrations(version, name) VALUES ($1, $2)", n, base); err != nil {
				return fmt.Errorf("migration %s: %w", base, err)
			}
		}
		return nil
	})
}

// Has reports whether a document with this hash is stored.
func (db *DB) Has(ctx context.Context, hash string) (bool, error) {
	var ok bool
	if err := db.pool.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM documents WHERE hash = $1)", hash).Scan(&ok); err != nil {
		return false, fmt.Errorf("has %s: %w", hash, err)
	}
	return ok, nil
}
