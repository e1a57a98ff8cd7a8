// The cost of reads on the record on the register's path: GET /sessions/:id/register against
// built servers holding the demo data, on the embedded database or, when DATABASE_URL is set,
// PostgreSQL (run under .ci/with-postgres.sh; each server gets a database of its own, migrated
// by its own build's db-migrate.js). Given two builds (BENCH_SERVERS="a/dist-server,b/dist-
// server"), it runs both at once and alternates their requests, so a shared machine's load
// falls on both alike. Prints p50 and p95 of each over BENCH_COUNT requests (300) after 30.
//   npm run build:server && node tests/bench/register-read.mjs
//   BENCH_SERVERS=/tmp/before/dist-server,dist-server bash .ci/with-postgres.sh node tests/bench/register-read.mjs
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const COUNT = Number(process.env.BENCH_COUNT ?? 300);
const BUILDS = (process.env.BENCH_SERVERS ?? 'dist-server').split(',');
const { DATABASE_URL, DATABASE_OWNER_URL, DATABASE_APP_ROLE } = process.env;
const backend = DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
const inDb = (url, name) => Object.assign(new URL(url), { pathname: `/${name}` }).href;

async function start(build, n) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'register-read-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    SEED: 'demo',
  };
  if (DATABASE_URL) {
    const name = `bench_${n}_${process.pid}`;
    const admin = new pg.Client(DATABASE_OWNER_URL);
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    env.DATABASE_URL = inDb(DATABASE_URL, name);
    execFileSync(process.execPath, [join(build, 'db-migrate.js')], {
      env: { ...env, DATABASE_OWNER_URL: inDb(DATABASE_OWNER_URL, name), DATABASE_APP_ROLE },
      stdio: 'ignore',
    });
  }
  const child = spawn(process.execPath, [join(build, 'main.js')], { env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/api`;
  let cookie = '';
  for (const until = Date.now() + 120_000; !cookie && Date.now() < until;) {
    const answer = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'priya.shah@nhs.net', password: 'demo-pain-course' }),
    }).catch(() => null);
    if (answer?.ok)
      cookie = answer.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
    else await new Promise((r) => setTimeout(r, 250));
  }
  if (!cookie) throw new Error(`${build} did not start`);
  const get = (path) => fetch(`${base}${path}`, { headers: { cookie } });
  const { items } = await (await get('/registers')).json();
  const path = `/sessions/${items[0].session.id}/register`;
  // How many rows the access log holds after the run: none in a build from before it existed.
  const logged = async () => {
    if (!DATABASE_URL) return '';
    const client = new pg.Client(env.DATABASE_URL);
    await client.connect();
    const found = await client.query('select count(*)::int as n from access_log').then(
      (r) => `, ${r.rows[0].n} access-log rows`,
      () => ', no access log',
    );
    await client.end();
    return found;
  };
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  };
  return { build, get: () => get(path), times: [], logged, stop };
}

const servers = [];
try {
  for (const [n, build] of BUILDS.entries()) servers.push(await start(build, n));
  for (let i = 0; i < COUNT + 30; i += 1)
    for (const s of servers) {
      const t0 = performance.now();
      const answer = await s.get();
      await answer.arrayBuffer();
      if (answer.status !== 200) throw new Error(`GET register: ${answer.status}`);
      if (i >= 30) s.times.push(performance.now() - t0);
    }
  for (const s of servers) {
    const sorted = s.times.sort((a, b) => a - b);
    const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    console.log(
      `GET register on ${backend}, ${s.build}: p50 ${at(0.5).toFixed(2)} ms, p95 ` +
        `${at(0.95).toFixed(2)} ms over ${COUNT}${await s.logged()} [load ${loadavg()[0].toFixed(2)}]`,
    );
  }
} finally {
  for (const s of servers) await s.stop();
}
