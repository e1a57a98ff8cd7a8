import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/api/schemas/error';
import { createApi } from '../../src/server/api';
import type { ServerConfig } from '../../src/server/config';
import { seedDemo } from '../../src/server/db/seed-demo';
import { createApp } from '../../src/server/http/app';
import { createLogger } from '../../src/server/logger';
import { BACKENDS, type TestDatabase } from './backends';
import { serveForTest, type RawResponse } from './http-client';

// Bad requests to the real API (every ENDPOINTS route, on a database with the demo data) get
// their own status and the API's one error body, { error: { code, message } }: never a 500.
// tests/server/http-api.test.ts covers the same guards around stand-in routes.

const json = { 'Content-Type': 'application/json' };

/** The status, and the error body the API uses everywhere, with a code from the contract. */
function expectProblem(res: RawResponse, status: number) {
  expect(res.status, res.body.slice(0, 200)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const parsed = errorBodySchema.safeParse(JSON.parse(res.body));
  expect(parsed.success ? [] : parsed.error.issues, 'the error body').toEqual([]);
  const { error } = parsed.data!;
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

describe.each(BACKENDS)('bad requests to the API on $name', (backend) => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof serveForTest>>;
  let auth: Record<string, string>;
  const logLines: string[] = [];

  beforeAll(async () => {
    t = await backend.open();
    await t.db.transaction((tx) => seedDemo(tx));
    const app = createApp({
      db: t.db,
      log: createLogger({ destination: { write: (line: string) => void logLines.push(line) } }),
      hostNames: ['127.0.0.1'],
      appOrigin: 'http://127.0.0.1:4174',
      api: createApi({ seed: 'demo' } as ServerConfig),
    });
    server = await serveForTest(app);
    const login = await server.send('POST', '/api/auth/login', {
      headers: json,
      body: JSON.stringify({ email: 'sam.patel@nhs.net', password: 'demo-pain-course' }),
    });
    // The session is an httpOnly cookie: sent back as a browser would.
    const setCookie = login.headers['set-cookie'];
    auth = { Cookie: String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]! };
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  it('405 with Allow for a method a known path does not answer, known to HTTP or not', async () => {
    const wrong = await server.send('DELETE', '/api/cohorts', { headers: auth });
    expectProblem(wrong, 405);
    expect(wrong.headers.allow).toBe('GET, HEAD, POST');
    const put = await server.send('PUT', '/api/staff', {
      headers: { ...auth, ...json },
      body: '{}',
    });
    expectProblem(put, 405);
    expect(put.headers.allow).toBe('GET, HEAD, POST');
    for (const method of ['TRACE', 'PROPFIND']) {
      const unknown = await server.send(method, '/api/cohorts/c_1', { headers: auth });
      expectProblem(unknown, 405);
      expect(unknown.headers.allow).toBe('GET, HEAD, PATCH, DELETE');
    }
  });

  it('413 for a body over 1 MB', async () => {
    const body = JSON.stringify({ notes: 'x'.repeat(1_000_001) });
    expectProblem(
      await server.send('POST', '/api/referrals', { headers: { ...auth, ...json }, body }),
      413,
    );
    const chunked = await server.send('POST', '/api/referrals', {
      headers: { ...auth, ...json, 'Transfer-Encoding': 'chunked' },
      body,
      chunked: true,
    });
    expectProblem(chunked, 413);
  });

  it('415 for a body that is not JSON, or says no type', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'])
      expectProblem(
        await server.send('POST', '/api/referrals', {
          headers: { ...auth, 'Content-Type': type },
          body: 'name=x',
        }),
        415,
      );
    expectProblem(await server.send('POST', '/api/referrals', { headers: auth, body: '{}' }), 415);
  });

  it('400 for a malformed path', async () => {
    for (const path of ['/api/cohorts/%ZZ', '/api/cohorts/%E0%A4', '/api/cohorts/a%00b', '/%ZZ'])
      expectProblem(await server.send('GET', path, { headers: auth }), 400);
  });

  it('422 for an Idempotency-Key reused with another body; 400 for a key over 200 characters', async () => {
    const post = (key: string, body: unknown) =>
      server.send('POST', '/api/offers/off_none/outcome', {
        headers: { ...auth, ...json, 'If-Match': '"0"', 'Idempotency-Key': key },
        body: JSON.stringify(body),
      });
    const first = await post('bad-requests-1', { outcome: 'accepted' });
    expectProblem(first, 404);
    // The same request again gets the first answer; another body under the key is refused.
    expect((await post('bad-requests-1', { outcome: 'accepted' })).body).toBe(first.body);
    const reused = expectProblem(
      await post('bad-requests-1', { outcome: 'declined', reason: 'no_reply' }),
      422,
    );
    expect(reused.message).toMatch(/Idempotency-Key/);
    // Random text does not compress: too long for the key table's index, so checked first.
    const long = Array.from({ length: 3000 }, () => Math.random().toString(36)[2]).join('');
    expectProblem(await post(long, { outcome: 'accepted' }), 400);
    expectProblem(await post('k'.repeat(201), { outcome: 'accepted' }), 400);
  });

  it('logged no server error for any of them', () => {
    expect(logLines.filter((line) => line.includes('"level":50'))).toEqual([]);
  });
});
