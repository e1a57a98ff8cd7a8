#!/usr/bin/env bash
# CI step `contract`: starts the HTTP mock API on a free port with a throwaway data file,
# runs the contract tests against it over real HTTP (JSON report in reports/contract.json),
# then stops it. A free port, so it never collides with the e2e-api servers (8787/4174).
set -u
cd "$(dirname "$0")/.."
port=$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
dir=$(mktemp -d)
# Built with its test clocks (mocks/test-clock.ts, src/lib/clock.ts): the suite moves time to
# see offers expire, and sets it to finalise before and after a session starts.
TEST_SEAMS=on node .ci/build-node.mjs mocks/http-server.ts dist-server-contract || exit 1
NODE_ENV=test API_PORT=$port API_DATA_FILE="$dir/db.json" node dist-server-contract/http-server.js &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
base="http://127.0.0.1:$port/api"
if ! node -e "
  const until = Date.now() + 20000;
  const signIn = () => fetch('$base/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'sam.patel@nhs.net', password: 'demo-pain-course' }) });
  const poll = () => signIn().then((r) => process.exit(r.ok ? 0 : 1), () => Date.now() > until ? process.exit(1) : setTimeout(poll, 200));
  poll();"; then
  echo "contract: the mock API did not start on port $port"
  exit 1
fi
CONTRACT_SESSIONS=bearer node .ci/contract.mjs --base-url "$base" --reporter=default --reporter=json --outputFile=reports/contract.json
