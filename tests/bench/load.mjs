// `npm run bench:load`: the built server on a throwaway PostgreSQL 15 with the demo
// data, under 50 signed-in staff sessions for LOAD_SECONDS (60): facilitators take registers
// of their own cohorts (PUT of one mark with If-Match, as the app does) between reads; admins
// and the manager browse (cohorts, registers, a register, the dashboard, the waiting list).
// Prints p50/p95/p99 latency, requests, errors (any answer but 2xx and the expected 409/412
// conflicts, plus socket errors and timeouts), conflicts, and marks lost: every acknowledged
// mark is looked for in the database afterwards. Run through the npm script, which builds the
// server and wraps this in .ci/with-postgres.sh (DATABASE_OWNER_URL, DATABASE_URL).
//   LOAD_SECONDS=60     how long the load runs
//   LOAD_SESSIONS=200   staff sessions, one connection each
//   LOAD_RATE=1         requests a second per session (0: each sends its next as soon as its
//                       last is answered, no think time: the heaviest load 50 sessions can make)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { writeReport } from './report.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const SESSIONS = Number(process.env.LOAD_SESSIONS ?? 200);
const RATE = Number(process.env.LOAD_RATE ?? 1);
const PASSWORD = 'demo-pain-course';
const GOAL_P95_MS = 150;
const MARKABLE = [5, 6, 7, 2, 3]; // attended, late seen, late not seen, gave notice, did not attend
const NOT_ATTENDED = [2, 3]; // allowed before the group agreement is recorded

const { DATABASE_URL, DATABASE_OWNER_URL } = process.env;
if (!DATABASE_URL || !DATABASE_OWNER_URL) {
  console.error('Run `npm run bench:load` (it starts a throwaway PostgreSQL for this script).');
  process.exit(2);
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const pick = (items) => items[Math.floor(Math.random() * items.length)];
const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;
const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

const work = mkdtempSync(join(tmpdir(), 'bench-load-'));
let server = null;
const cleanUp = () => {
  if (server && server.exitCode === null) server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

try {
  // 1. The database as production has it: migrated by the owner, the server as the app role.
  // LOAD_DIST: a server built elsewhere (a "before" build to compare with), with its db-migrate.
  if (process.env.LOAD_DIST)
    execFileSync(process.execPath, [join(process.env.LOAD_DIST, 'db-migrate.js')], {
      stdio: 'inherit',
    });
  else execFileSync('npm', ['run', '--silent', 'db:migrate'], { stdio: 'inherit' });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = openSync(join(work, 'server.log'), 'w');
  server = spawn(
    process.execPath,
    [
      ...(process.env.LOAD_PROFILE
        ? ['--cpu-prof', '--cpu-prof-dir', process.env.LOAD_PROFILE]
        : []),
      join(process.env.LOAD_DIST ?? 'dist-server', 'main.js'),
    ],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED: 'demo',
        DATA_DIR: join(work, 'data'),
        APP_ORIGIN: base,
      },
      stdio: ['ignore', log, log],
    },
  );
  const signIn = async (email) => {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`sign-in as ${email}: ${res.status}`);
    // The session is an httpOnly cookie; each staff session sends its own back.
    return res.headers.getSetCookie()[0].split(';')[0];
  };
  const get = async (token, path) => {
    const res = await fetch(`${base}/api${path}`, {
      headers: { Cookie: token },
    });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
    return res.json();
  };
  let adminToken = null;
  for (const until = Date.now() + 60_000; !adminToken;) {
    if (server.exitCode !== null) throw new Error('the server stopped at start');
    adminToken = await signIn('sam.patel@nhs.net').catch(() => null);
    if (!adminToken) {
      if (Date.now() > until) throw new Error('the server did not start in 60 s');
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  // 2. The staff sessions: every demo account, in turn, until there are SESSIONS of them.
  const staff = (await get(adminToken, '/staff')).items;
  const markable = new Map(); // facilitator id -> registers they may mark today
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const sessions = [];
  for (let i = 0; i < SESSIONS; i += 1) {
    const user = staff[i % staff.length];
    const token = await signIn(user.email);
    if (user.role === 'facilitator' && !markable.has(user.id)) {
      const { items } = await get(token, '/registers');
      markable.set(
        user.id,
        items
          .filter((r) => r.session.status === 'scheduled' && r.session.date <= today)
          .map((r) => r.session.id),
      );
    }
    sessions.push({ index: i, user, token, registers: markable.get(user.id) ?? [] });
  }
  const allRegisters = [...new Set([...markable.values()].flat())];
  const roles = Object.entries(
    sessions.reduce((n, s) => ({ ...n, [s.user.role]: (n[s.user.role] ?? 0) + 1 }), {}),
  )
    .map(([role, count]) => `${count} ${role}`)
    .join(', ');

  // 3. The load. Each connection is one staff session with its own state (the register open
  // on screen and the versions it has seen), kept across autocannon's request loop.
  const states = new WeakMap();
  let nextSession = 0;
  let markSerial = 0;
  const acknowledged = []; // { sessionId, enrolmentId, code, note, version }
  const counts = { 409: 0, 412: 0 };
  const unexpected = new Map(); // "METHOD route status" -> count
  const latencies = { read: [], mark: [] };

  /** A request as the app sends it; `route` names it in the figures (never an id). */
  const request = (state, kind, method, path, { route = path, body, version } = {}) => {
    state.pending = { kind, method, route };
    return {
      method,
      path: `/api${path}`,
      headers: {
        Cookie: state.token,
        Accept: 'application/json',
        ...(body ? { 'Content-Type': 'application/json' } : {}),
        ...(version !== undefined ? { 'If-Match': `"${version}"` } : {}),
      },
      body: body ? JSON.stringify(body) : '',
    };
  };

  const FACILITATOR_READS = ['/cohorts', '/registers', '/registers', '/dashboard/summary'];
  const openRegister = (state) => {
    const registers = state.registers.length ? state.registers : allRegisters;
    state.registerId = pick(registers);
    return request(state, 'read', 'GET', `/sessions/${state.registerId}/register`, {
      route: '/sessions/:sessionId/register',
    });
  };

  function nextFor(state) {
    const r = Math.random();
    if (state.user.role === 'facilitator') {
      if (!state.registers.length) return request(state, 'read', 'GET', pick(FACILITATOR_READS));
      if (!state.register || r < 0.05) return openRegister(state);
      if (r < 0.6) {
        const row = pick(state.register.rows);
        const code = pick(row.agreed ? MARKABLE : NOT_ATTENDED);
        const note = `bench mark ${(markSerial += 1)}`;
        const body = { code, note };
        // A finalised register takes amendments with a reason, as the app's dialog asks.
        if (state.register.finalised) body.amendmentReason = 'Corrected after the session';
        const req = request(
          state,
          'mark',
          'PUT',
          `/sessions/${state.register.sessionId}/attendance/${row.enrolmentId}`,
          { route: '/sessions/:sessionId/attendance/:enrolmentId', body, version: row.version },
        );
        state.pending.mark = { sessionId: state.register.sessionId, row, code, note };
        return req;
      }
      return request(state, 'read', 'GET', pick(FACILITATOR_READS));
    }
    if (state.user.role === 'admin') {
      if (r < 0.3) return request(state, 'read', 'GET', '/cohorts');
      if (r < 0.55)
        return request(state, 'read', 'POST', '/referrals/search', { body: { status: 'open' } });
      if (r < 0.65) return request(state, 'read', 'GET', '/vacancies');
      if (r < 0.8) return request(state, 'read', 'GET', '/dashboard/summary');
      return openRegister(state);
    }
    if (r < 0.4) return request(state, 'read', 'GET', '/dashboard/summary');
    if (r < 0.65) return request(state, 'read', 'GET', '/cohorts');
    if (r < 0.8) return request(state, 'read', 'GET', '/registers');
    return openRegister(state);
  }

  function onAnswer(state, status, text) {
    const { pending } = state;
    if (!pending) return;
    state.lastKind = pending.kind;
    const ok = status >= 200 && status < 300;
    if (ok && pending.route === '/sessions/:sessionId/register') {
      const register = JSON.parse(text);
      state.register = {
        sessionId: register.session.id,
        finalised: Boolean(register.session.registerFinalisedAt),
        rows: register.rows.map((row) => ({
          enrolmentId: row.enrolment.id,
          agreed: Boolean(row.enrolment.agreementRecordedAt),
          version: row.record?.version ?? 0,
        })),
      };
      // Nobody to mark on it (everyone withdrew): open another next time.
      if (!state.register.rows.length) state.register = null;
    } else if (pending.mark) {
      const { row } = pending.mark;
      if (ok) {
        const saved = JSON.parse(text);
        row.version = saved.version;
        acknowledged.push({
          ...pending.mark,
          enrolmentId: row.enrolmentId,
          version: saved.version,
        });
      } else if (status === 412) {
        // Someone else marked this row: take their version, as the app shows the conflict.
        row.version = JSON.parse(text).error?.current?.version ?? row.version;
      }
    }
    if (status === 409 || status === 412) counts[status] += 1;
    else if (!ok) {
      const key = `${pending.method} ${pending.route} ${status}`;
      unexpected.set(key, (unexpected.get(key) ?? 0) + 1);
    }
  }

  console.log(
    `load: ${sessions.length} staff sessions (${roles}), ${SECONDS} s, ` +
      (RATE
        ? `${RATE} request(s) a second per session`
        : 'closed loop: each session sends its next request when its last is answered'),
  );
  const instance = autocannon({
    url: base,
    connections: sessions.length,
    duration: SECONDS,
    timeout: 10,
    ...(RATE ? { connectionRate: RATE } : {}),
    setupClient(client) {
      const session = sessions[nextSession++ % sessions.length];
      const state = { ...session, register: null, pending: null };
      states.set(client, state);
      // Keep this session's state across autocannon's request loop (it resets the context).
      const iterator = client.requestIterator;
      iterator.resetContext = () => undefined;
      iterator.context = state;
      iterator.rebuildRequest();
    },
    requests: [
      {
        setupRequest: (defaults, state) =>
          state?.token
            ? { ...defaults, ...nextFor(state) }
            : { ...defaults, method: 'GET', path: '/api/auth/me' },
        onResponse: (status, body, state) => onAnswer(state, status, body),
      },
    ],
  });
  instance.on('response', (client, status, bytes, responseTime) => {
    const state = states.get(client);
    latencies[state?.lastKind ?? 'read'].push(responseTime);
  });
  const cpu0 = process.cpuUsage();
  const load0 = loadavg()[0];
  const result = await new Promise((resolve, reject) =>
    instance.once('done', resolve).once('error', reject),
  );
  const cpu = process.cpuUsage(cpu0);

  // 4. Every acknowledged mark, looked for in the database: its audit entry (written in the
  // same transaction) and the row, which must hold it or a later version.
  const db = new pg.Client({ connectionString: DATABASE_OWNER_URL });
  await db.connect();
  const rows = new Map(
    (
      await db.query('select session_id, enrolment_id, code, note, version from attendance')
    ).rows.map((r) => [`${r.session_id} ${r.enrolment_id}`, r]),
  );
  const audited = new Set(
    (
      await db.query(
        `select after->>'note' as note from audit_events
          where entity = 'attendance' and after->>'note' like 'bench mark %'`,
      )
    ).rows.map((r) => r.note),
  );
  await db.end();
  const lost = acknowledged.filter((mark) => {
    const row = rows.get(`${mark.sessionId} ${mark.enrolmentId}`);
    if (!row || !audited.has(mark.note) || row.version < mark.version) return true;
    return row.version === mark.version && (row.note !== mark.note || row.code !== mark.code);
  });

  const all = [...latencies.read, ...latencies.mark].sort((a, b) => a - b);
  const reads = [...latencies.read].sort((a, b) => a - b);
  const marks = [...latencies.mark].sort((a, b) => a - b);
  const p95 = percentile(all, 95);
  const unexpectedTotal = [...unexpected.values()].reduce((a, b) => a + b, 0);
  const errors = unexpectedTotal + result.errors + result.timeouts;
  const serverErrors = readFileSync(join(work, 'server.log'), 'utf8')
    .split('\n')
    .filter((line) => line.includes('"level":50')).length;
  const verdict = (met) => (met ? 'ok  ' : 'MISS');
  console.log(
    `requests: ${all.length} in ${SECONDS} s (${Math.round(all.length / SECONDS)}/s): ` +
      `${reads.length} reads, ${marks.length} marks`,
  );
  console.log(
    `${verdict(p95 < GOAL_P95_MS)} latency: p50 ${ms(percentile(all, 50))}, p95 ${ms(p95)}, ` +
      `p99 ${ms(percentile(all, 99))} (goal p95 < ${GOAL_P95_MS} ms); ` +
      `reads p95 ${ms(percentile(reads, 95))}, marks p95 ${ms(percentile(marks, 95))}`,
  );
  console.log(
    `${verdict(errors === 0)} errors: ${errors} (goal 0): ${unexpectedTotal} unexpected answers` +
      (unexpected.size ? ` [${[...unexpected].map(([k, n]) => `${k}: ${n}`).join('; ')}]` : '') +
      `, ${result.errors} socket errors, ${result.timeouts} timeouts; ${serverErrors} server errors logged`,
  );
  console.log(
    `     conflicts (expected, not errors): 412 stale version ${counts[412]}, 409 ${counts[409]}`,
  );
  console.log(
    `${verdict(lost.length === 0)} marks: ${acknowledged.length} acknowledged, ` +
      `${acknowledged.length - lost.length} found in the database; marks lost: ${lost.length} (goal 0)`,
  );
  console.log(
    `     load generator's own CPU: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s in ${SECONDS} s ` +
      `(${Math.round((cpu.user + cpu.system) / 1e4 / SECONDS)}% of one CPU); load average ` +
      `${load0.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end`,
  );
  const met = p95 < GOAL_P95_MS && errors === 0 && lost.length === 0;
  writeReport('load', {
    sessions: SESSIONS,
    ratePerSession: RATE,
    seconds: SECONDS,
    requests: all.length,
    reads: reads.length,
    marks: marks.length,
    latencyMs: {
      p50: percentile(all, 50),
      p95,
      p99: percentile(all, 99),
      readsP95: percentile(reads, 95),
      marksP95: percentile(marks, 95),
    },
    errors: { total: errors, unexpected: unexpectedTotal, socket: result.errors },
    timeouts: result.timeouts,
    serverErrorsLogged: serverErrors,
    conflicts: { stale412: counts[412], conflict409: counts[409] },
    marksAcknowledged: acknowledged.length,
    marksLost: lost.length,
    generatorCpuSeconds: (cpu.user + cpu.system) / 1e6,
    loadAverageAtStart: load0,
    goalsMet: met,
  });
  console.log(
    `bench:load: ${met ? 'every goal met' : 'goals missed'} (p95 < ${GOAL_P95_MS} ms, 0 errors, 0 lost)`,
  );
  if (lost.length) process.exitCode = 1;
} catch (error) {
  console.error(`bench:load failed: ${error instanceof Error ? error.message : String(error)}`);
  try {
    console.error(readFileSync(join(work, 'server.log'), 'utf8').split('\n').slice(-20).join('\n'));
  } catch {
    // no log yet
  }
  process.exitCode = 1;
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  cleanUp();
}
