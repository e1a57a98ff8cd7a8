#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 (Debian's packages):
#   bash .ci/with-postgres.sh npx vitest run --project server
# initdb in a temp folder as the postgres user, a server on a free loopback port (no TCP
# listener elsewhere, no unix socket outside the temp folder), an owner role and a non-owner
# app role with one database. Exports DATABASE_OWNER_URL (owner: migrations, creating test
# databases), DATABASE_URL (the app role, as the server runs in production) and
# DATABASE_APP_ROLE. Stops the server and removes the folder when the command ends, passed
# or failed, and exits with the command's status.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
if [ ! -x "$PG_BIN/initdb" ]; then
  echo "Installing Debian's PostgreSQL 15 for the database tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi
if [ "$#" -eq 0 ]; then
  echo "usage: bash .ci/with-postgres.sh <command...>" >&2
  exit 2
fi

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

dir=$(mktemp -d /tmp/pg-ci.XXXXXX)
chown postgres "$dir"
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
cleanup() {
  as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

# Peer auth on the unix socket (in the temp folder) for setting up; passwords over TCP, as
# the app connects in production.
as_postgres "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth-local=peer \
  --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres "$@"; }
psql_admin -d postgres <<SQL
CREATE ROLE cohort_owner LOGIN PASSWORD 'owner-secret' CREATEDB;
CREATE ROLE cohort_app LOGIN PASSWORD 'app-secret';
CREATE DATABASE cohort_register OWNER cohort_owner;
REVOKE ALL ON DATABASE cohort_register FROM PUBLIC;
GRANT CONNECT ON DATABASE cohort_register TO cohort_app;
SQL
# PostgreSQL 15 no longer lets every role create in the public schema; the owner owns it.
psql_admin -d cohort_register -c 'ALTER SCHEMA public OWNER TO cohort_owner'

export DATABASE_OWNER_URL="postgres://cohort_owner:owner-secret@127.0.0.1:$port/cohort_register"
export DATABASE_URL="postgres://cohort_app:app-secret@127.0.0.1:$port/cohort_register"
export DATABASE_APP_ROLE=cohort_app
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (temp folder $dir)"

set +e
"$@"
status=$?
set -e
exit "$status"
