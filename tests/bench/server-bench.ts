// `npm run bench:server`: the server's speed beside the database's own, on a throwaway
// PostgreSQL 15 (the npm script wraps this in .ci/with-postgres.sh) holding the demo data plus
// generated people up to BENCH_SIZE referrals (100,000). It migrates and seeds as the owner,
// starts the built server as the app role, and prints, each beside the machine's load average:
//   - the floor: one INSERT + COMMIT and one primary-key select through a node-postgres pool;
//   - one session: POST /referrals and a register mark (PUT with If-Match), p50 and p95, and
//     how many times the floor each p50 is (goal: within 10x);
//   - GET /dashboard/summary p50 (goal < 200 ms); marks p95 while 5 dashboards run at once
//     beside marks p95 alone (goal < 2x);
//   - waiting-list text search p95 (goal < 150 ms), the first page and GET /cohorts;
//   - this script's own CPU time, so a busy load generator is not mistaken for a slow server.
// Bounded: each phase stops after its count or BENCH_PHASE_SECONDS (60), whichever is first.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { DEMO_PASSWORD } from '../../src/demo-seed/seed-data';
import { generateReferrals } from '../../src/demo-seed/seed-waiting-list';
import { todayIso } from '../../src/domain/dates';
import { openPostgres } from '../../src/server/db/client';
import * as t from '../../src/server/db/domain-tables';
import { grantAppRole } from '../../src/server/db/grants';
import { applyMigrations } from '../../src/server/db/migrate';
import { insertDemoSeed, insertInChunks } from '../../src/server/db/seed-demo';
import { writeReport } from './report.mjs';

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000);
const COUNT = Number(process.env.BENCH_COUNT ?? 60);
const PHASE_MS = Number(process.env.BENCH_PHASE_SECONDS ?? 60) * 1000;
const ORIGIN = 'http://127.0.0.1:4174';
const SERVER = process.env.BENCH_SERVER ?? 'dist-server/main.js';
const { DATABASE_URL, DATABASE_OWNER_URL, DATABASE_APP_ROLE } = process.env;
if (!DATABASE_URL || !DATABASE_OWNER_URL) {
  console.error('Run `npm run bench:server` (it starts a throwaway PostgreSQL for this script).');
  process.exit(2);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};
const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
const load = () => `load ${loadavg()[0]!.toFixed(2)}`;
const verdict = (met: boolean) => (met ? 'ok  ' : 'MISS');
const say = (line: string) => console.log(`${line} [${load()}]`);
/** What the run measured, written to reports/bench/server.json as well as printed; each figure
 * with the load average when it was taken. */
const figures: Record<string, unknown> = { size: SIZE };
const note = (name: string, values: Record<string, number | boolean>) => {
  figures[name] = { ...values, loadAverage: Number(loadavg()[0]!.toFixed(2)) };
};
const spread = (xs: number[]) => ({ p50: pct(xs, 50), p95: pct(xs, 95), count: xs.length });

/** Runs `fn` up to COUNT times (or for PHASE_MS) one after another, timing each. */
async function series(fn: () => Promise<unknown>, count = COUNT): Promise<number[]> {
  const times: number[] = [];
  const until = Date.now() + PHASE_MS;
  for (let i = 0; i < count && Date.now() < until; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

async function seed(today: string): Promise<string[]> {
  const database = await openPostgres(DATABASE_OWNER_URL!, 2);
  try {
    await applyMigrations(database.db);
    if (DATABASE_APP_ROLE) await grantAppRole(database.db, DATABASE_APP_ROLE);
    const demo = demoSeed({ today });
    const extra = Math.max(0, SIZE - demo.referrals.length);
    const used = demo.participants.map((p) => p.nhsNumber);
    const made = generateReferrals(used, extra + COUNT, today);
    await database.db.transaction(async (tx) => {
      await insertDemoSeed(tx, demo);
      await insertInChunks(tx, t.participants, made.participants.slice(0, extra));
      await insertInChunks(tx, t.referrals, made.referrals.slice(0, extra));
    });
    await database.db.execute(sql.raw('vacuum analyze'));
    await database.db.execute(sql.raw('create table bench_floor (id serial primary key, v text)'));
    // The last COUNT people are not stored: the bench adds them over HTTP.
    return made.participants.slice(extra).map((p) => p.nhsNumber);
  } finally {
    await database.close();
  }
}

/** The floor: what the database itself takes for a one-row write and a one-row read. */
async function floor() {
  const pool = new pg.Pool({ connectionString: DATABASE_OWNER_URL, max: 10 });
  const [{ id }] = (await pool.query('select id from referrals limit 1')).rows;
  const insert = await series(async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('insert into bench_floor (v) values ($1)', ['x']);
      await client.query('commit');
    } finally {
      client.release();
    }
  }, 200);
  const select = await series(() => pool.query('select * from referrals where id = $1', [id]), 200);
  await pool.end();
  return { insert, select };
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
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}/api`;
  for (let i = 0; i < 240; i += 1) {
    const up = await fetch(`${base}/auth/me`).then(
      (r) => r.status === 401,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, stop: () => child.kill('SIGTERM') };
}

async function call(url: string, init: RequestInit, expect: number): Promise<unknown> {
  const r = await fetch(url, init);
  const text = await r.text();
  if (r.status !== expect) throw new Error(`${url}: expected ${expect}, got ${r.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

async function signIn(base: string, email: string) {
  const r = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = r.headers.getSetCookie()[0]!.split(';')[0]!;
  return { Cookie: cookie, 'Content-Type': 'application/json', Origin: ORIGIN };
}

interface Row {
  enrolmentId: string;
  version: number;
}

const cpu0 = process.cpuUsage();
const wall0 = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
const today = todayIso();
try {
  const t0 = performance.now();
  const fresh = await seed(today);
  say(`seeded ${SIZE} referrals in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const base = await floor();
  const insertP50 = pct(base.insert, 50);
  note('floorInsertCommit', spread(base.insert));
  note('floorPrimaryKeySelect', spread(base.select));
  say(
    `floor: INSERT + COMMIT p50 ${ms(insertP50)}, p95 ${ms(pct(base.insert, 95))}; ` +
      `primary-key select p50 ${ms(pct(base.select, 50))}, p95 ${ms(pct(base.select, 95))}`,
  );
  const server = await startServer(join(dir, 'data'));
  try {
    const admin = await signIn(server.base, 'sam.patel@nhs.net');
    const facilitator = await signIn(server.base, 'priya.shah@nhs.net');

    const writes = await series(() =>
      call(
        `${server.base}/referrals`,
        {
          method: 'POST',
          headers: { ...admin, 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify({
            givenName: 'Bench',
            familyName: 'Person',
            nhsNumber: fresh.shift(),
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
        },
        201,
      ),
    );
    const w50 = pct(writes, 50);
    note('postReferrals', {
      ...spread(writes),
      timesFloor: w50 / insertP50,
      goalMet: w50 <= 10 * insertP50,
    });
    say(
      `${verdict(w50 <= 10 * insertP50)} POST /referrals (one session): p50 ${ms(w50)}, p95 ` +
        `${ms(pct(writes, 95))} = ${(w50 / insertP50).toFixed(1)}x the bare insert (goal within 10x)`,
    );

    // A register to mark: the facilitator's first scheduled session up to today.
    const { items } = (await call(`${server.base}/registers`, { headers: facilitator }, 200)) as {
      items: { session: { id: string; status: string; date: string } }[];
    };
    const open = items.filter((r) => r.session.status === 'scheduled' && r.session.date <= today);
    const sessionId = (open[0] ?? items[0]!).session.id;
    const register = (await call(
      `${server.base}/sessions/${sessionId}/register`,
      { headers: facilitator },
      200,
    )) as {
      session: { registerFinalisedAt?: string | null };
      rows: { enrolment: { id: string }; record?: { version: number } | null }[];
    };
    // A finalised register takes amendments with a reason, as the app's dialog asks.
    const amendment = register.session.registerFinalisedAt
      ? { amendmentReason: 'Corrected after the session' }
      : {};
    const rows: Row[] = register.rows.map((r) => ({
      enrolmentId: r.enrolment.id,
      version: r.record?.version ?? 0,
    }));
    let serial = 0;
    const mark = async () => {
      const row = rows[serial % rows.length]!;
      serial += 1;
      const saved = (await call(
        `${server.base}/sessions/${sessionId}/attendance/${row.enrolmentId}`,
        {
          method: 'PUT',
          headers: { ...facilitator, 'If-Match': `"${row.version}"` },
          body: JSON.stringify({ code: serial % 2 ? 2 : 3, note: `bench ${serial}`, ...amendment }),
        },
        200,
      )) as { version: number };
      row.version = saved.version;
    };
    const marks = await series(mark);
    const m50 = pct(marks, 50);
    const alone95 = pct(marks, 95);
    note('registerMark', {
      ...spread(marks),
      timesFloor: m50 / insertP50,
      goalMet: m50 <= 10 * insertP50,
    });
    say(
      `${verdict(m50 <= 10 * insertP50)} register mark (one session): p50 ${ms(m50)}, p95 ` +
        `${ms(alone95)} = ${(m50 / insertP50).toFixed(1)}x the bare insert (goal within 10x)`,
    );

    const summary = () => call(`${server.base}/dashboard/summary`, { headers: admin }, 200);
    const dashboards = await series(summary, 10);
    const d50 = pct(dashboards, 50);
    note('dashboardSummary', { ...spread(dashboards), goalMet: d50 < 200 });
    say(
      `${verdict(d50 < 200)} GET /dashboard/summary at ${SIZE}: p50 ${ms(d50)}, p95 ` +
        `${ms(pct(dashboards, 95))} over ${dashboards.length} (goal p50 < 200 ms)`,
    );

    let busy = true;
    const dashboardsRun: number[] = [];
    const loops = Array.from({ length: 5 }, async () => {
      while (busy) {
        const t1 = performance.now();
        await summary();
        dashboardsRun.push(performance.now() - t1);
      }
    });
    const crowded = await series(mark);
    busy = false;
    await Promise.all(loops);
    const c95 = pct(crowded, 95);
    note('marksWhileFiveDashboards', {
      ...spread(crowded),
      max: Math.max(...crowded),
      timesAlone: c95 / alone95,
      dashboardsP50: pct(dashboardsRun, 50),
      goalMet: c95 < 2 * alone95,
    });
    say(
      `${verdict(c95 < 2 * alone95)} marks while 5 dashboards run: p95 ${ms(c95)} (max ` +
        `${ms(Math.max(...crowded))}, ${crowded.length} marks) beside ${ms(alone95)} alone = ` +
        `${(c95 / alone95).toFixed(1)}x (goal < 2x); those dashboards p50 ${ms(pct(dashboardsRun, 50))}`,
    );

    const words = ['smi', 'jones', 'a', 'patel', 'ann', 'li', 'wil', 'brown', 'ta', 'evans'];
    let w = 0;
    const searches = await series(() =>
      call(
        `${server.base}/referrals/search`,
        {
          method: 'POST',
          headers: admin,
          body: JSON.stringify({ text: words[(w += 1) % words.length] }),
        },
        200,
      ),
    );
    const s95 = pct(searches, 95);
    note('textSearch', { ...spread(searches), goalMet: s95 < 150 });
    say(
      `${verdict(s95 < 150)} text search of ${SIZE}: p50 ${ms(pct(searches, 50))}, p95 ` +
        `${ms(s95)} (goal p95 < 150 ms)`,
    );
    const pages = await series(
      () =>
        call(
          `${server.base}/referrals/search`,
          { method: 'POST', headers: admin, body: '{}' },
          200,
        ),
      20,
    );
    const cohorts = await series(() => call(`${server.base}/cohorts`, { headers: admin }, 200), 20);
    note('waitingListFirstPage', spread(pages));
    note('cohortsList', spread(cohorts));
    say(
      `waiting list's first page p50 ${ms(pct(pages, 50))}, p95 ${ms(pct(pages, 95))}; ` +
        `GET /cohorts p50 ${ms(pct(cohorts, 50))}`,
    );
  } finally {
    server.stop();
    await new Promise((r) => setTimeout(r, 500));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  const used = process.cpuUsage(cpu0);
  const wall = performance.now() - wall0;
  note('benchCpu', { seconds: (used.user + used.system) / 1e6, wallSeconds: wall / 1000 });
  writeReport('server', figures);
  say(
    `this script's own CPU: ${((used.user + used.system) / 1000 / 1000).toFixed(1)} s over ` +
      `${(wall / 1000).toFixed(0)} s (${(((used.user + used.system) / 1000 / wall) * 100).toFixed(0)}% of one CPU)`,
  );
}
