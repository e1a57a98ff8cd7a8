import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { nhsCheckDigit } from '../../src/domain/nhs-number';

// SIGTERM during writes, as an orchestrator replacing the instance sends it: every request the
// server received is answered (none fails after being accepted), every answered write is there
// after a restart, the process exits 0, and the restart takes the data folder's lock at once.
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'node_modules/.tmp/graceful-shutdown-test');
const work = mkdtempSync(join(tmpdir(), 'graceful-'));
const running = new Set<ChildProcess>();

beforeAll(() => {
  execFileSync(process.execPath, ['.ci/build-node.mjs', 'src/server/main.ts', OUT], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}, 120_000);
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
});

/** A generous shutdown timeout: 50 embedded-database writes can take seconds on a busy CI
 * machine, and a request cut at the timeout would fail the test, as it should. */
function start(port = '0') {
  const child = spawn(process.execPath, [join(OUT, 'main.js')], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: port,
      SEED: 'demo',
      DATA_DIR: join(work, 'data'),
      SHUTDOWN_TIMEOUT_SECONDS: '30',
    },
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      running.delete(child);
      done(code);
    }),
  );
  const url = new Promise<string>((ready, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const found = /Cohort register: (http:\/\/\S+)/.exec(stdout);
      if (found?.[1]) ready(found[1]);
    });
    void exited.then((code) => fail(new Error(`server exited ${code}: ${stderr}`)));
  });
  url.catch(() => undefined);
  return { child, url, exited };
}

/** A test referral: a reserved 999 NHS number, never a real patient. */
function referral(serial: number) {
  const first9 = `9997${String(serial).padStart(5, '0')}`;
  const check = nhsCheckDigit(first9);
  if (check === null) return null;
  return {
    givenName: 'Shutdown',
    familyName: `Test ${serial}`,
    nhsNumber: `${first9}${check}`,
    dateOfBirth: '1970-01-01',
    borough: 'Islington',
    gpPractice: 'Test Practice',
    phone: '020 7946 0000',
    referralDate: addDays(todayIso(), -1),
    availability: [{ day: 'mon', time: 'morning' }],
  };
}

describe('SIGTERM during writes', () => {
  it('answers every accepted write, loses none, exits 0, and a restart takes the lock at once', async () => {
    const first = start();
    const url = await first.url;
    const port = new URL(url).port;
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'sam.patel@nhs.net', password: 'demo-pain-course' }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const bodies = Array.from({ length: 60 }, (_, i) => referral(i))
      .filter((b) => b !== null)
      .slice(0, 50);
    expect(bodies).toHaveLength(50);
    /** A write whose body arrives in two halves: the server has the request (and has started
     * reading it) before SIGTERM, the rest comes after, so it is in flight across the signal. */
    const post = (body: object, i: number) => {
      const text = Buffer.from(JSON.stringify(body));
      const req = request(`${url}/api/referrals`, {
        method: 'POST',
        agent: false,
        headers: {
          Cookie: cookie,
          'Content-Type': 'application/json',
          'Content-Length': String(text.length),
          'Idempotency-Key': `t-${i}`,
        },
      });
      const answer = new Promise<number | string>((done) => {
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode ?? 0));
        });
        req.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
      });
      req.write(text.subarray(0, text.length >> 1));
      return { answer, finish: () => req.end(text.subarray(text.length >> 1)) };
    };
    const probe = () =>
      new Promise<string>((done) => {
        const req = request(`${url}/healthz`, { agent: false }, (res) => {
          res.resume();
          done(String(res.statusCode));
        });
        req.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? 'failed'));
        req.end();
      });

    // 50 writes at once, each half sent; then SIGTERM; then the other halves.
    const writes = bodies.map((body, i) => post(body, i));
    await new Promise((r) => setTimeout(r, 1500));
    const signalled = first.child.kill('SIGTERM');
    const stoppedAt = performance.now();
    await new Promise((r) => setTimeout(r, 300));
    // Once it is stopping, a new connection is refused, not accepted and then dropped.
    const afterwards = await probe();
    for (const write of writes) write.finish();
    const outcomes = await Promise.all(writes.map((w) => w.answer));
    const lastAnswerMs = Math.round(performance.now() - stoppedAt);
    const answered = new Map<string, number>();
    const failures: string[] = [];
    outcomes.forEach((outcome, i) => {
      if (typeof outcome === 'number') answered.set(bodies[i]!.nhsNumber, outcome);
      else failures.push(outcome);
    });
    const acceptedThenFailed =
      failures.length + [...answered.values()].filter((status) => status !== 201).length;
    const code = await first.exited;
    const exitedAt = performance.now();

    // Straight back on the same port and folder: the lock is free.
    const second = start(port);
    await second.url;
    const lockFreeMs = Math.round(performance.now() - exitedAt);
    const items: { nhsNumber: string }[] = [];
    for (let offset = 0; ; offset += 200) {
      const list = await fetch(`${url}/api/referrals/search`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'all', offset, limit: 200 }),
      });
      const page = (await list.json()) as { items: { nhsNumber: string }[]; total: number };
      items.push(...page.items);
      if (items.length >= page.total) break;
    }
    const kept = new Set(items.map((r) => r.nhsNumber));
    const lost = [...answered.keys()].filter((n) => answered.get(n) === 201 && !kept.has(n));
    console.log(
      `SIGTERM during 50 concurrent writes: ${answered.size} answered (${[...answered.values()].filter((s) => s === 201).length} created), ` +
        `${acceptedThenFailed} accepted then failed (${failures.join(', ') || 'none'}), ` +
        `${lost.length} lost; a connection after SIGTERM: ${afterwards}; last answer ${lastAnswerMs} ms ` +
        `after SIGTERM, exit code ${code} ${Math.round(exitedAt - stoppedAt)} ms after; restarted on the same folder and port in ${lockFreeMs} ms`,
    );
    expect(signalled).toBe(true);
    expect(acceptedThenFailed).toBe(0);
    expect(lost).toEqual([]);
    expect(answered.size).toBe(50);
    expect(afterwards).toBe('ECONNREFUSED');
    expect(code).toBe(0);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 180_000);
});
