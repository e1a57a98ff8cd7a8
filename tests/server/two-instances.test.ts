import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/server/db/client';
import type { Database } from '../../src/server/db/database';

// "Instances are stateless, so more can be added in front of the same database".
// Two built server processes on one PostgreSQL database take the 50 concurrent accepts of the
// last place between them: still exactly one enrolment, and the audit chain does not fork.
// PostgreSQL only (PGlite is one process): CI runs it in its own step,
//   bash .ci/with-postgres.sh npx vitest run --project server tests/server/two-instances.test.ts
// with a database of its own, migrated by the owner with `npm run db:migrate`; the servers
// connect as the non-owner app role, as in production.
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'node_modules/.tmp/two-instances-test');
const OWNER_URL = process.env.DATABASE_OWNER_URL ?? '';
const APP_URL = process.env.DATABASE_URL ?? '';
const HOLDING = ['offered', 'confirmed', 'active', 'completed'];

interface Instance {
  child: ChildProcess;
  url: string;
  log: () => string;
}

describe.skipIf(!OWNER_URL || !APP_URL)('two server processes on one PostgreSQL', () => {
  let work = '';
  const name = `two_instances_${randomBytes(6).toString('hex')}`;
  const inDb = (url: string) => Object.assign(new URL(url), { pathname: `/${name}` }).href;
  const running = new Set<ChildProcess>();
  const instances: Instance[] = [];
  let admin: Database | null = null;

  /** `npm run <script>` against this test's database, as an operator would run it. */
  const npmRun = (script: string) =>
    execFileSync('npm', ['run', '--silent', script], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
      env: {
        ...process.env,
        DATABASE_OWNER_URL: inDb(OWNER_URL),
        DATABASE_URL: inDb(APP_URL),
      },
    });

  function start(label: string): Promise<Instance> {
    const child = spawn(process.execPath, [join(OUT, 'main.js')], {
      cwd: work,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: inDb(APP_URL),
        SEED: 'demo',
        APP_ORIGIN: 'http://127.0.0.1:4174',
        DATA_DIR: join(work, label),
      },
    });
    running.add(child);
    child.on('exit', () => running.delete(child));
    let output = '';
    const collect = (d: Buffer) => (output += d.toString());
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    return new Promise((ready, fail) => {
      child.stdout.on('data', () => {
        const found = /Cohort register: (http:\/\/\S+)/.exec(output);
        if (found?.[1]) ready({ child, url: found[1], log: () => output });
      });
      child.on('exit', (code) => fail(new Error(`${label} exited ${code}: ${output}`)));
    });
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'two-instances-'));
    execFileSync(process.execPath, ['.ci/build-node.mjs', 'src/server/main.ts', OUT], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    admin = await openPostgres(OWNER_URL, 1);
    await admin.db.execute(sql.raw(`create database ${name}`));
    npmRun('db:migrate');
    // One after the other: the first seeds the empty database, the second finds it seeded.
    instances.push(await start('a'));
    instances.push(await start('b'));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(
      [...running].map(
        (child) =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      ),
    );
    if (admin) {
      // The app role's backends take a moment to exit after its pools close.
      for (let attempt = 0; attempt < 50; attempt += 1) {
        try {
          await admin.db.execute(sql.raw(`drop database if exists ${name}`));
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await admin.close();
    }
    if (work) rmSync(work, { recursive: true, force: true });
    rmSync(OUT, { recursive: true, force: true });
  }, 60_000);

  it('the last place under 50 concurrent accepts split across them: 1 enrolment, 49 refusals, one audit chain', async () => {
    const [a, b] = instances as [Instance, Instance];
    const signIn = await fetch(`${a.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'sam.patel@nhs.net', password: 'demo-pain-course' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
    // Sessions live in the database: the cookie from one instance works on the other.
    const api = async <T>(
      base: string,
      method: string,
      path: string,
      options: { body?: unknown; version?: number; key?: string } = {},
    ): Promise<{ status: number; body: T }> => {
      const headers: Record<string, string> = { Cookie: cookie };
      if (options.body !== undefined) headers['Content-Type'] = 'application/json';
      if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
      if (method === 'POST') headers['Idempotency-Key'] = options.key ?? crypto.randomUUID();
      const res = await fetch(`${base}/api${path}`, {
        method,
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
    };

    // The same set-up as tests/contract/concurrent-accepts.test.ts, half on each instance.
    interface Cohort {
      id: string;
      version: number;
      filled: number;
      status: string;
      [field: string]: unknown;
    }
    interface Entry {
      id: string;
      version: number;
      status: string;
    }
    const cohorts = (await api<{ items: Cohort[] }>(a.url, 'GET', '/cohorts')).body.items;
    const cohort = cohorts.find((c) => c.status === 'planned' && c.filled > 1)!;
    expect(cohort).toBeDefined();
    const roster = async (base: string) =>
      (await api<{ items: Entry[] }>(base, 'GET', `/cohorts/${cohort.id}/enrolments`)).body.items;
    const person = (await roster(b.url)).find((e) => e.status === 'confirmed')!;
    const left = await api(b.url, 'POST', `/enrolments/${person.id}/withdraw`, {
      version: person.version,
      body: { reason: 'Moved away', date: new Date().toISOString().slice(0, 10) },
    });
    expect(left.status).toBe(200);
    const held = (await roster(a.url)).filter((e) => HOLDING.includes(e.status)).length;
    const latest = (await api<{ cohort: Cohort }>(a.url, 'GET', `/cohorts/${cohort.id}`)).body
      .cohort;
    const resized = await api(a.url, 'PATCH', `/cohorts/${cohort.id}`, {
      version: latest.version,
      body: {
        name: latest.name,
        type: latest.type,
        delivery: latest.delivery,
        videoLink: latest.videoLink,
        venue: latest.venue,
        startDate: latest.startDate,
        startTime: latest.startTime,
        sessionLengthMinutes: latest.sessionLengthMinutes,
        capacity: held + 1,
        facilitatorIds: latest.facilitatorIds,
      },
    });
    expect(resized.status).toBe(200);
    const vacancy = (
      await api<{ items: { id: string; cohortId: string; version: number }[] }>(
        b.url,
        'GET',
        '/vacancies',
      )
    ).body.items.find((v) => v.cohortId === cohort.id)!;
    const detail = (
      await api<{ candidates: { referralId: string }[] }>(b.url, 'GET', `/vacancies/${vacancy.id}`)
    ).body;
    const offer = await api<{ id: string; version: number }>(
      b.url,
      'POST',
      `/vacancies/${vacancy.id}/offers`,
      { version: vacancy.version, body: { referralId: detail.candidates[0]!.referralId } },
    );
    expect(offer.status).toBe(201);

    // 50 accepts at once, alternating between the two processes.
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api(i % 2 === 0 ? a.url : b.url, 'POST', `/offers/${offer.body.id}/outcome`, {
          version: offer.body.version,
          key: `two-instances-accept-${i}`,
          body: { outcome: 'accepted' },
        }).then((answer) => ({ instance: i % 2 === 0 ? 'a' : 'b', status: answer.status })),
      ),
    );
    const count = (test: (s: number) => boolean, instance?: string) =>
      answers.filter((x) => test(x.status) && (!instance || x.instance === instance)).length;
    const ok = (s: number) => s === 200;
    const refused = (s: number) => s === 409 || s === 412;
    console.log(
      `two instances: ${count(ok)} accepted, ${count(refused)} refused ` +
        `(409: ${count((s) => s === 409)}, 412 stale version: ${count((s) => s === 412)}; ` +
        `instance a ${count(ok, 'a')} accepted / ${count(refused, 'a')} refused, ` +
        `instance b ${count(ok, 'b')} / ${count(refused, 'b')}) of 50`,
    );
    expect(answers.map((x) => x.status).filter((s) => !ok(s) && !refused(s))).toEqual([]);
    expect(count(ok)).toBe(1);
    expect(count(refused)).toBe(49);
    // Seen from either instance: one more place held, never over capacity.
    for (const base of [a.url, b.url])
      expect((await roster(base)).filter((e) => HOLDING.includes(e.status))).toHaveLength(held + 1);

    // Both wrote to the audit trail under the same chain: it verifies end to end.
    const verified = npmRun('audit:verify');
    console.log(`two instances: ${verified.trim()}`);
    expect(verified).toMatch(/audit chain: \d+ entries, OK/);
    expect(a.log() + b.log()).not.toContain('"level":50');
  }, 120_000);
});
