// `npm run bench:server`: the server's speed as the waiting list grows. For 150, 10,000 and
// 100,000 referrals (BENCH_SIZES to change), it seeds a fresh embedded database directly (the
// demo seed, then generated people with 999 test NHS numbers), starts the built server on it,
// and times over HTTP: writes (adding a referral, marking a register) and the first page of
// the waiting list. Goals: write p50 at 100,000 within 2x of p50 at 150; first page < 300 ms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { DEMO_PASSWORD } from '../../src/demo-seed/seed-data';
import { generateReferrals } from '../../src/demo-seed/seed-waiting-list';
import { todayIso } from '../../src/domain/dates';
import { openEmbedded } from '../../src/server/db/client';
import * as t from '../../src/server/db/domain-tables';
import { applyMigrations } from '../../src/server/db/migrate';
import { insertDemoSeed, insertInChunks } from '../../src/server/db/seed-demo';

const SIZES = (process.env.BENCH_SIZES ?? '150,10000,100000').split(',').map(Number);
const WRITES = Number(process.env.BENCH_WRITES ?? 60);
const PAGES = 20;
const ORIGIN = 'http://127.0.0.1:4174';
const SERVER = process.env.BENCH_SERVER ?? 'dist-server/main.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function seed(dataDir: string, size: number, today: string): Promise<string[]> {
  const database = await openEmbedded(dataDir);
  try {
    await applyMigrations(database.db);
    const demo = demoSeed({ today });
    const extra = Math.max(0, size - demo.referrals.length);
    const used = demo.participants.map((p) => p.nhsNumber);
    const made = generateReferrals(used, extra + WRITES, today);
    // The last WRITES people are not stored: the bench adds them over HTTP.
    const stored = made.participants.slice(0, extra);
    await database.db.transaction(async (tx) => {
      await insertDemoSeed(tx, demo);
      await insertInChunks(tx, t.participants, stored);
      await insertInChunks(tx, t.referrals, made.referrals.slice(0, extra));
    });
    await database.db.execute(sql.raw('vacuum analyze'));
    return made.participants.slice(extra).map((p) => p.nhsNumber);
  } finally {
    await database.close();
  }
}

async function startServer(dataDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED: 'none',
      APP_ORIGIN: ORIGIN,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}/api`;
  for (let i = 0; i < 240; i += 1) {
    try {
      const r = await fetch(`${base}/auth/me`);
      if (r.status === 401) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, stop: () => child.kill('SIGTERM') };
}

async function timed(fn: () => Promise<Response>, expect: number): Promise<number> {
  const t0 = performance.now();
  const r = await fn();
  const body = await r.text();
  const took = performance.now() - t0;
  if (r.status !== expect) throw new Error(`expected ${expect}, got ${r.status}: ${body}`);
  return took;
}

async function measure(size: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
  const today = todayIso();
  try {
    const seedStart = performance.now();
    const fresh = await seed(join(dir, 'data'), size, today);
    const seeded = performance.now() - seedStart;
    const server = await startServer(join(dir, 'data'));
    try {
      const login = await fetch(`${server.base}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
        body: JSON.stringify({ email: 'sam.patel@nhs.net', password: DEMO_PASSWORD }),
      });
      // The session is an httpOnly cookie.
      const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
      const headers = {
        Cookie: cookie,
        'Content-Type': 'application/json',
        Origin: ORIGIN,
      };
      const search = () =>
        fetch(`${server.base}/referrals/search`, {
          method: 'POST',
          headers,
          body: '{}',
        });
      const firstPage = await timed(search, 200);
      const pageTimes: number[] = [];
      for (let i = 0; i < PAGES; i += 1) pageTimes.push(await timed(search, 200));
      const writeTimes: number[] = [];
      for (const nhsNumber of fresh) {
        writeTimes.push(
          await timed(
            () =>
              fetch(`${server.base}/referrals`, {
                method: 'POST',
                headers: { ...headers, 'Idempotency-Key': crypto.randomUUID() },
                body: JSON.stringify({
                  givenName: 'Bench',
                  familyName: 'Person',
                  nhsNumber,
                  dateOfBirth: '1970-01-01',
                  borough: 'Islington',
                  gpPractice: 'Bench Practice',
                  referralDate: today,
                  availability: [{ day: 'mon', time: 'morning' }],
                  accessNeeds: '',
                  urgent: false,
                  notes: '',
                  phone: '020 7946 0000',
                  email: '',
                }),
              }),
            201,
          ),
        );
      }
      const cohorts: number[] = [];
      for (let i = 0; i < PAGES; i += 1)
        cohorts.push(await timed(() => fetch(`${server.base}/cohorts`, { headers }), 200));
      return { size, seeded, firstPage, pageTimes, writeTimes, cohorts };
    } finally {
      server.stop();
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
for (const size of SIZES) {
  const r = await measure(size);
  rows.push(r);
  console.log(
    `${String(size).padStart(7)} referrals: write p50 ${ms(percentile(r.writeTimes, 50))}, ` +
      `p95 ${ms(percentile(r.writeTimes, 95))} | waiting list's first page p50 ` +
      `${ms(percentile(r.pageTimes, 50))}, p95 ${ms(percentile(r.pageTimes, 95))} (the server's ` +
      `very first request, cold: ${ms(r.firstPage)}) | GET /cohorts p50 ` +
      `${ms(percentile(r.cohorts, 50))} | seeded in ${(r.seeded / 1000).toFixed(1)} s`,
  );
}
const small = rows[0]!;
const big = rows[rows.length - 1]!;
const ratio = percentile(big.writeTimes, 50) / percentile(small.writeTimes, 50);
const slowestFirst = Math.max(...rows.map((r) => percentile(r.pageTimes, 95)));
console.log(
  `write p50 at ${big.size} is ${ratio.toFixed(2)}x p50 at ${small.size} (goal within 2x: ` +
    `${ratio <= 2 ? 'met' : 'NOT met'}); slowest first page ${ms(slowestFirst)} (goal < 300 ms: ` +
    `${slowestFirst < 300 ? 'met' : 'NOT met'})`,
);
