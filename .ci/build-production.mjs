// `npm run build:production [-- --out DIR]`: what the production image runs, into DIR (default
// the project itself): the app for this server (dist-app, API on its own origin at /api, no
// mock worker) and the server's entries (dist-server: the server, db:migrate, audit:verify,
// staff:add-admin). The Dockerfile runs it in its build stage; .ci/production-like.sh into a
// temp folder, so CI checks exactly what the image would hold.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string', default: '.' } } });
const out = resolve(values.out);
const SERVER_ENTRIES = [
  'src/server/main.ts',
  'src/server/db-migrate.ts',
  'src/server/audit-verify.ts',
  'src/server/add-admin.ts',
];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const vite = join('node_modules', '.bin', 'vite');
run(vite, ['build', '--outDir', join(out, 'dist-app'), '--emptyOutDir', '--logLevel', 'warn'], {
  VITE_API_BASE_URL: '/api',
});
for (const entry of SERVER_ENTRIES)
  run(process.execPath, ['.ci/build-node.mjs', entry, join(out, 'dist-server')]);
console.log(`Built the app and ${SERVER_ENTRIES.length} server entries into ${out}`);
