#!/bin/sh
# Starts a PostgreSQL server for the tests, installing Debian's postgresql
# first if needed, and prints the line that points the tests at it:
#   eval "$(.ci/postgres.sh)"
# Idempotent: a second run finds everything in place. Progress goes to stderr
# so that stdout is only the export line. Needs root (apt-get, pg_ctlcluster).
set -eu

log() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
	if [ "$(id -u)" != 0 ]; then
		log "PostgreSQL is not installed and I am not root to install it"
		exit 1
	fi
	log "installing postgresql"
	DEBIAN_FRONTEND=noninteractive apt-get -qq update >&2
	DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends postgresql >&2
fi

# the newest installed server (a client package alone also makes a version directory)
ver=$(ls -d /usr/lib/postgresql/*/bin/postgres | cut -d/ -f5 | sort -n | tail -n 1)
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1, $2}' | grep -qx "$ver main"; then
	log "creating cluster $ver main"
	pg_createcluster "$ver" main >&2
fi
port=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
	log "starting cluster $ver main on port $port"
	pg_ctlcluster "$ver" main start >&2 || service postgresql start >&2
fi

i=0
until pg_isready -q -h 127.0.0.1 -p "$port"; do
	i=$((i + 1))
	if [ "$i" -ge 60 ]; then
		log "server not accepting connections on 127.0.0.1:$port after 30 s"
		exit 1
	fi
	sleep 0.5
done

as_postgres() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres -- "$@"; fi
}
psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'attache'")" != 1 ]; then
	log "creating role attache"
	psql_admin -c "CREATE ROLE attache LOGIN CREATEDB PASSWORD 'attache'" >&2
else
	psql_admin -c "ALTER ROLE attache LOGIN CREATEDB PASSWORD 'attache'" >&2
fi
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = 'attache'")" != 1 ]; then
	log "creating database attache"
	psql_admin -c "CREATE DATABASE attache OWNER attache" >&2
fi

echo "export ATTACHE_TEST_POSTGRES=postgres://attache:attache@127.0.0.1:$port/attache?sslmode=disable"
