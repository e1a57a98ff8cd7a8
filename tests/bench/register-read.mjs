// The cost of reads on the record on the register's path: GET /sessions/:id/register, one
// after another, against the built server (BENCH_SERVER, default dist-server/main.js) with the
// demo data, on the embedded database or, when DATABASE_URL is set, PostgreSQL (migrated
// first: run it under .ci/with-postgres.sh after `npm run db:migrate`). Prints p50 and p95 over
// BENCH_COUNT requests (default 300) after 30 to warm up, and the machine's load average.
//   npm run build:server && node tests/bench/register-read.mjs
//   npm run build:server && bash .ci/with-postgres.sh sh -c 'npm run -s db:migrate && node tests/bench/register-read.mjs'
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const COUNT = Number(process.env.BENCH_COUNT ?? 300);
const SERVER = process.env.BENCH_SERVER ?? 'dist-server/main.js';
const backend = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const dir = mkdtempSync(join(tmpdir(), 'register-read-'));
const server = spawn(process.execPath, [SERVER], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, SEED: 'demo' },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}/api`;
try {
  let cookie = '';
  for (const until = Date.now() + 120_000; !cookie && Date.now() < until; ) {
    const answer = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}` },
      body: JSON.stringify({ email: 'priya.shah@nhs.net', password: 'demo-pain-course' }),
    }).catch(() => null);
    if (answer?.ok) cookie = answer.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    else await new Promise((r) => setTimeout(r, 250));
  }
  if (!cookie) throw new Error('the server did not start');
  const get = (path) => fetch(`${base}${path}`, { headers: { cookie } });
  const { items } = await (await get('/registers')).json();
  const path = `/sessions/${items[0].session.id}/register`;
  const times = [];
  for (let i = 0; i < COUNT + 30; i += 1) {
    const t0 = performance.now();
    const answer = await get(path);
    await answer.arrayBuffer();
    if (answer.status !== 200) throw new Error(`GET register: ${answer.status}`);
    if (i >= 30) times.push(performance.now() - t0);
  }
  const sorted = times.sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  console.log(
    `GET register on ${backend} (${SERVER}): p50 ${at(0.5).toFixed(2)} ms, p95 ` +
      `${at(0.95).toFixed(2)} ms over ${COUNT} [load ${loadavg()[0].toFixed(2)}]`,
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
