#!/usr/bin/env bash
# CI step `contract-server`: the contract tests against the real server, over real HTTP.
#   bash .ci/contract-server.sh                          # embedded database (PGlite)
#   bash .ci/with-postgres.sh bash .ci/contract-server.sh  # real PostgreSQL (DATABASE_URL)
# Builds the server, starts it on a free port with a throwaway DATA_DIR and SEED=demo (on
# PostgreSQL it first runs `npm run db:migrate` as the owner; the server, as the app role,
# seeds the demo only because the database is empty), waits until the demo admin can sign in,
# runs the suite (JSON report in reports/), then stops it. APP_ORIGIN is the mock's, so the
# same cross-origin checks apply; CONTRACT_SESSIONS=cookie turns on the server-only checks.
set -u
cd "$(dirname "$0")/.."
port=$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
dir=$(mktemp -d)
origin=http://127.0.0.1:4174
if [ -n "${DATABASE_URL:-}" ]; then backend=postgres; else backend=pglite; fi
npm run --silent build:server || exit 1
if [ "$backend" = postgres ]; then npm run --silent db:migrate || exit 1; fi
# Every request comes from 127.0.0.1 and the suite signs in (and fails on purpose) many
# times: a high limit per address keeps it from throttling itself; the limit per email stays
# the default, which the throttling test (server only, CONTRACT_SESSIONS=cookie) reaches.
# NODE_ENV=test: a request may set its own clock or move it ahead (X-Test-Clock,
# src/lib/clock.ts).
# GOV.UK Notify: a key of the right shape for a Notify that cannot be reached
# (nothing listens on port 9), so an offer made while a template is set records a message not
# sent (tests/contract/settings.test.ts, server only). The e2e suite runs a stand-in instead.
NODE_ENV=test PORT=$port HOST=127.0.0.1 DATA_DIR="$dir/data" SEED=demo APP_ORIGIN=$origin \
  SIGN_IN_ADDRESS_LIMIT=100000 \
  NOTIFY_API_KEY=contract-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0 \
  NOTIFY_BASE_URL=http://127.0.0.1:9 node dist-server/main.js >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
base="http://127.0.0.1:$port/api"
if ! node -e "
  const until = Date.now() + 60000;
  const signIn = () => fetch('$base/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'sam.patel@nhs.net', password: 'demo-pain-course' }) });
  const again = () => Date.now() > until ? process.exit(1) : setTimeout(poll, 250);
  const poll = () => signIn().then((r) => r.ok ? process.exit(0) : again(), again);
  poll();"; then
  echo "contract: the server ($backend) did not start on port $port"
  tail -n 40 "$dir/server.log"
  exit 1
fi
CONTRACT_SESSIONS=cookie CONTRACT_APP_ORIGIN=$origin node .ci/contract.mjs --base-url "$base" --reporter=default \
  --reporter=json --outputFile="reports/contract-server-$backend.json"
status=$?
# The server's own errors, if any, help explain a failure (the log has no patient data).
if [ "$status" -ne 0 ]; then grep -h '"level":50' "$dir/server.log" | tail -n 20; fi
exit "$status"
