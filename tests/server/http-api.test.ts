import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, errorCode, JSON_TYPE as json, startTestApp } from './http-fixture';

let server: Awaited<ReturnType<typeof startTestApp>>;
let logLines: string[];
beforeAll(async () => {
  server = await startTestApp();
  logLines = server.logLines;
});
afterAll(() => server?.close());

describe('every /api answer', () => {
  it('is never stored and never sniffed, success or error', async () => {
    for (const path of ['/api/things/abc', '/api/nothing-here', '/api/full']) {
      const res = await server.send('GET', path);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
  });

  it('errors come in the one error shape; a refusal gets its status from ERROR_STATUS', async () => {
    const full = await server.send('GET', '/api/full');
    expect(full.status).toBe(409);
    expect(JSON.parse(full.body)).toEqual({
      error: { code: 'cohort_full', message: 'This cohort is full.' },
    });
    const missing = await server.send('GET', '/api/nothing-here');
    expect([missing.status, errorCode(missing.body)]).toEqual([404, 'not_found']);
  });

  it('an unexpected error is a plain 500, and neither the answer nor the log holds its details', async () => {
    const res = await server.send('GET', '/api/broken');
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toEqual({
      error: { code: 'server_error', message: 'The server had a problem.' },
    });
    const logged = logLines.join('');
    expect(logged).toContain('unhandled error');
    expect(logged).not.toMatch(/9434765919|Priya/);
  });
});

describe('bad requests are 4xx, never 500', () => {
  it('400 for a malformed path (%ZZ) and a bad Host', async () => {
    expect((await server.send('GET', '/api/things/%ZZ')).status).toBe(400);
    expect((await server.send('GET', '/cohorts/%E0%A4')).status).toBe(400);
    const host = await server.send('GET', '/api/things/1', { headers: { Host: 'evil.example' } });
    expect([host.status, errorCode(host.body)]).toEqual([400, 'validation_failed']);
  });

  it('405 for methods the server does not know, and for a known path with another method', async () => {
    for (const method of ['TRACE', 'PROPFIND']) {
      const unknown = await server.send(method, '/api/things/1');
      expect([unknown.status, unknown.headers.allow]).toEqual([405, 'GET, HEAD']);
      expect((await server.send(method, '/cohorts')).headers.allow).toBe('GET, HEAD');
      expect((await server.send(method, '/api/nothing-here')).status).toBe(404);
    }
    const wrong = await server.send('DELETE', '/api/things/1');
    expect([wrong.status, wrong.headers.allow]).toEqual([405, 'GET, HEAD']);
    expect((await server.send('DELETE', '/api/things')).headers.allow).toBe('POST');
    const onApp = await server.send('POST', '/cohorts', { headers: json, body: '{}' });
    expect([onApp.status, onApp.headers.allow]).toEqual([405, 'GET, HEAD']);
  });

  it('415 for a body that is not JSON', async () => {
    const res = await server.send('POST', '/api/things', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'name=x',
    });
    expect(res.status).toBe(415);
  });

  it('413 for a body over 1 MB, declared or chunked', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(1_000_001) });
    expect((await server.send('POST', '/api/things', { headers: json, body: big })).status).toBe(
      413,
    );
    const chunked = await server.send('POST', '/api/things', {
      headers: { ...json, 'Transfer-Encoding': 'chunked' },
      body: big,
      chunked: true,
    });
    expect(chunked.status).toBe(413);
    // The connection is still good for the next request.
    expect((await server.send('GET', '/api/things/1')).status).toBe(200);
  });

  it('400 for a body that is not valid JSON; a good one reaches the handler', async () => {
    expect(
      (await server.send('POST', '/api/things', { headers: json, body: '{"a":' })).status,
    ).toBe(400);
    const ok = await server.send('POST', '/api/things', { headers: json, body: '{"a":1}' });
    expect([ok.status, JSON.parse(ok.body)]).toEqual([201, { got: { a: 1 } }]);
  });

  it('403 for a write from another origin; CORS lets the app origin in with credentials', async () => {
    const evil = await server.send('POST', '/api/things', {
      headers: { ...json, Origin: 'https://evil.example' },
      body: '{}',
    });
    expect(evil.status).toBe(403);
    const preflight = await server.send('OPTIONS', '/api/things', {
      headers: { Origin: APP_ORIGIN, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/Idempotency-Key/);
  });
});
