import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { nhsCheckDigit } from '../../src/domain/nhs-number';

// Nothing acknowledged is ever lost. The built server takes writes, is killed with
// SIGKILL in the middle of them, and starts again on the same folder: every write it answered
// is there, and a request resent with the same Idempotency-Key acts once.
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'node_modules/.tmp/crash-test');
const work = mkdtempSync(join(tmpdir(), 'crash-'));
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

function start(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(OUT, 'main.js')], {
    cwd: work,
    env: { PATH: process.env.PATH ?? '', PORT: '0', SEED: 'demo', DATA_DIR: join(work, 'data') },
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stdout = '';
  return new Promise((ready, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const found = /Cohort register: (http:\/\/\S+)/.exec(stdout);
      if (found?.[1]) ready({ child, url: found[1] });
    });
    child.on('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
}

/** A test referral: a reserved 999 NHS number, never a real patient. */
function referral(serial: number) {
  const first9 = `9998${String(serial).padStart(5, '0')}`;
  const check = nhsCheckDigit(first9);
  if (check === null) return null;
  return {
    givenName: 'Crash',
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

describe('a crash during writes', () => {
  it('loses no acknowledged write and duplicates no retried one', async () => {
    let server = await start();
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'sam.patel@nhs.net', password: 'demo-pain-course' }),
    });
    // The session is an httpOnly cookie: sent back as a browser would.
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const bodies = Array.from({ length: 80 }, (_, i) => referral(i)).filter((b) => b !== null);
    const send = (url: string, body: object, key: string) =>
      fetch(`${url}/api/referrals`, {
        method: 'POST',
        headers: {
          Cookie: cookie,
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
        },
        body: JSON.stringify(body),
      });
    const acknowledged = new Map<string, string>();
    const unanswered: number[] = [];
    // Four writers at a time, like staff on several screens; the server is killed when ten
    // writes have been answered, with others in flight.
    let next = 0;
    const writer = async () => {
      for (let i = next++; i < bodies.length; i = next++) {
        const body = bodies[i]!;
        try {
          const res = await send(server.url, body, `crash-${i}`);
          if (res.status !== 201) throw new Error(String(res.status));
          acknowledged.set(body.nhsNumber, ((await res.json()) as { id: string }).id);
          if (acknowledged.size === 10) server.child.kill('SIGKILL');
        } catch {
          unanswered.push(i);
        }
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
    expect(acknowledged.size).toBeGreaterThan(0);
    expect(unanswered.length).toBeGreaterThan(0);

    server = await start();
    // Every request is resent with its key: answered ones must answer the same, once.
    for (const [i, body] of bodies.entries()) {
      const res = await send(server.url, body, `crash-${i}`);
      expect(res.status, `resend ${i}`).toBe(201);
      const { id } = (await res.json()) as { id: string };
      const first = acknowledged.get(body.nhsNumber);
      if (first) expect(id).toBe(first);
    }
    // The whole list, a page at a time.
    const items: { nhsNumber: string }[] = [];
    for (let offset = 0; ; offset += 200) {
      const list = await fetch(`${server.url}/api/referrals/search`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'all', offset, limit: 200 }),
      });
      const page = (await list.json()) as { items: { nhsNumber: string }[]; total: number };
      items.push(...page.items);
      if (items.length >= page.total) break;
    }
    const counts = bodies.map((b) => items.filter((r) => r.nhsNumber === b.nhsNumber).length);
    const lost = [...acknowledged.keys()].filter((n) => !items.some((r) => r.nhsNumber === n));
    console.log(
      `crash test: ${acknowledged.size} acknowledged before SIGKILL, ${unanswered.length} unanswered; lost: ${lost.length}, duplicates: ${counts.filter((c) => c > 1).length}`,
    );
    expect(lost).toEqual([]);
    expect(counts.every((c) => c === 1)).toBe(true);
    server.child.kill('SIGTERM');
  }, 120_000);
});
