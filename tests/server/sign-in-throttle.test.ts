import { like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/server/api';
import { readConfig } from '../../src/server/config';
import { auditEvents } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/db/seed-demo';
import { createApp } from '../../src/server/http/app';
import { createLogger } from '../../src/server/logger';
import { BACKENDS, type TestDatabase } from './backends';
import { serveForTest } from './http-client';

// Sign-in throttling on the real API with low limits of its own (the contract suite runs
// with a high limit per address): failures per email and per client address, counted in the
// database, so every instance sees the same count; 429 with Retry-After; the same answer
// whether or not the email has an account; X-Forwarded-For only behind a trusted proxy.

const json = { 'Content-Type': 'application/json' };
const WINDOW_MINUTES = 2;
const env = {
  SEED: 'demo',
  SIGN_IN_ACCOUNT_LIMIT: '3',
  SIGN_IN_ADDRESS_LIMIT: '6',
  SIGN_IN_WINDOW_MINUTES: String(WINDOW_MINUTES),
};

describe.each(BACKENDS)('sign-in throttling on $name', (backend) => {
  let t: TestDatabase;
  const servers: Awaited<ReturnType<typeof serveForTest>>[] = [];
  const start = async (db: TestDatabase['db'], extra: Record<string, string> = {}) => {
    const config = readConfig({ ...env, ...extra });
    const app = createApp({
      db,
      log: createLogger({ destination: { write: () => undefined } }),
      hostNames: ['127.0.0.1'],
      appOrigin: 'http://127.0.0.1:4174',
      api: createApi(config),
    });
    const server = await serveForTest(app);
    servers.push(server);
    return server;
  };
  let one: Awaited<ReturnType<typeof serveForTest>>;
  let two: Awaited<ReturnType<typeof serveForTest>>;
  let proxied: Awaited<ReturnType<typeof serveForTest>>;

  beforeAll(async () => {
    t = await backend.open();
    await t.db.transaction((tx) => seedDemo(tx));
    one = await start(t.db);
    // A second instance on the same database: it counts the same failures.
    two = await start(await t.secondInstance());
    proxied = await start(t.db, { TRUSTED_PROXY: 'true' });
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) await server.close();
    await t?.close();
  });

  const attempt = (
    server: typeof one,
    email: string,
    password: string,
    headers: Record<string, string> = {},
  ) =>
    server.send('POST', '/api/auth/login', {
      headers: { ...json, ...headers },
      body: JSON.stringify({ email, password }),
    });
  const clearFailures = () => t.owner.execute(sql`delete from sign_in_failures`);

  it('after the limit for one email, 429 with Retry-After, on every instance, even for the right password', async () => {
    await clearFailures();
    const email = 'priya.shah@nhs.net';
    const started = Date.now();
    for (let i = 0; i < 3; i += 1)
      expect((await attempt(i % 2 ? two : one, email, 'wrong-password-here')).status).toBe(401);
    const refused = await attempt(two, email, 'demo-pain-course');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(WINDOW_MINUTES * 60 - 10);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_MINUTES * 60);
    expect(JSON.parse(refused.body)).toEqual({
      error: {
        code: 'too_many_attempts',
        message: `Too many attempts to sign in. Try again in ${WINDOW_MINUTES} minutes.`,
      },
    });
    console.log(
      `[throttle ${backend.name}] limit 3 per email: 429 at attempt 4 after ${Date.now() - started} ms, Retry-After ${retryAfter} s`,
    );
    // Another account from the same address is not held up by this one's failures.
    expect((await attempt(one, 'daniel.osei@nhs.net', 'demo-pain-course')).status).toBe(200);
  });

  it('an unknown email gets exactly the same answers at the same count', async () => {
    await clearFailures();
    const statuses = async (email: string) => {
      const seen: number[] = [];
      for (let i = 0; i < 4; i += 1)
        seen.push((await attempt(one, email, 'wrong-password-here')).status);
      return seen;
    };
    expect(await statuses('nobody.here@nhs.net')).toEqual([401, 401, 401, 429]);
    expect(await statuses('tom.okafor@nhs.net')).toEqual([401, 401, 401, 429]);
    const [unknown, known] = await Promise.all([
      attempt(one, 'nobody.here@nhs.net', 'x'),
      attempt(one, 'tom.okafor@nhs.net', 'x'),
    ]);
    expect(JSON.parse(unknown.body)).toEqual(JSON.parse(known.body));
  });

  it("failures age out of the window; a success clears the email's failures", async () => {
    await clearFailures();
    const email = 'grace.whitfield@nhs.net';
    for (let i = 0; i < 3; i += 1) await attempt(one, email, 'wrong-password-here');
    expect((await attempt(one, email, 'demo-pain-course')).status).toBe(429);
    // The window passes (the failures' times move back past it).
    await t.owner.execute(
      sql`update sign_in_failures set "at" = "at" - make_interval(mins => ${WINDOW_MINUTES + 1})`,
    );
    expect((await attempt(one, email, 'demo-pain-course')).status).toBe(200);
    for (let i = 0; i < 2; i += 1) await attempt(one, email, 'wrong-password-here');
    expect((await attempt(one, email, 'demo-pain-course')).status).toBe(200);
    // Cleared by that success: two more failures are not yet three.
    for (let i = 0; i < 2; i += 1) await attempt(one, email, 'wrong-password-here');
    expect((await attempt(one, email, 'demo-pain-course')).status).toBe(200);
  });

  it('after the limit for one address, 429 for every email from it; X-Forwarded-For counts only behind a trusted proxy', async () => {
    await clearFailures();
    // Not trusted: a forged X-Forwarded-For changes nothing, all six count against 127.0.0.1.
    for (let i = 0; i < 6; i += 1) {
      const res = await attempt(one, `nobody${i}@nhs.net`, 'wrong-password-here', {
        'X-Forwarded-For': `203.0.113.${i}`,
      });
      expect(res.status).toBe(401);
    }
    expect((await attempt(one, 'marta.nowak@nhs.net', 'demo-pain-course')).status).toBe(429);
    // Behind a trusted proxy, the address it appended is the client's: another client is fine.
    const elsewhere = await attempt(proxied, 'marta.nowak@nhs.net', 'demo-pain-course', {
      'X-Forwarded-For': '198.51.100.7, 203.0.113.50',
    });
    expect(elsewhere.status).toBe(200);
    for (let i = 0; i < 6; i += 1)
      await attempt(proxied, `someone${i}@nhs.net`, 'wrong-password-here', {
        'X-Forwarded-For': `198.51.100.${i}, 203.0.113.50`,
      });
    const sameClient = await attempt(proxied, 'marta.nowak@nhs.net', 'demo-pain-course', {
      'X-Forwarded-For': '203.0.113.50',
    });
    expect(sameClient.status).toBe(429);
  });

  it('every attempt is audited, without the password or an email no account has', async () => {
    const entries = await t.db
      .select({
        action: auditEvents.action,
        after: auditEvents.after,
        actorId: auditEvents.actorId,
      })
      .from(auditEvents)
      .where(like(auditEvents.action, 'sign-in%'));
    const actions = new Set(entries.map((e) => e.action));
    for (const action of ['sign-in', 'sign-in.failed', 'sign-in.throttled'])
      expect(actions).toContain(action);
    const text = JSON.stringify(entries);
    expect(text).not.toMatch(/wrong-password-here|demo-pain-course|nobody/);
    expect(entries.some((e) => e.actorId === 'anonymous')).toBe(true);
  });
});
