import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/api/content-security-policy';
import { JSON_TYPE as json, startTestApp } from './http-fixture';

let server: Awaited<ReturnType<typeof startTestApp>>;
let logLines: string[];
beforeAll(async () => {
  server = await startTestApp();
  logLines = server.logLines;
});
afterAll(() => server?.close());

describe('the built app from the same origin', () => {
  it('carries the CSP and the security headers', async () => {
    const res = await server.send('GET', '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Cohort register');
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a client route with index.html, and a missing file with 404', async () => {
    const route = await server.send('GET', '/cohorts/c-12/register');
    expect([route.status, route.body]).toEqual([200, expect.stringContaining('<title>')]);
    expect((await server.send('GET', '/assets/missing-9z.js')).status).toBe(404);
  });

  it('sends the app compressed to a browser that accepts gzip, and plain to one that does not', async () => {
    const zipped = await server.send('GET', '/assets/big-4d5e6f.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await server.send('GET', '/assets/big-4d5e6f.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('a line of the app');
  });

  it('caches hashed assets for good', async () => {
    const res = await server.send('GET', '/assets/app-1a2b3c.js');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy());
  });
});

describe('the request log', () => {
  it('has one line per request: id, method, route pattern, status, ms; no URL, no body', async () => {
    logLines.length = 0;
    await server.send('POST', '/api/things', { headers: json, body: '{"nhsNumber":"9434765919"}' });
    await server.send('GET', '/api/things/p-9434765919');
    const lines = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.method, l.route, l.status])).toEqual([
      ['POST', '/api/things', 201],
      ['GET', '/api/things/:id', 200],
    ]);
    expect(lines[0]).toEqual(
      expect.objectContaining({ requestId: expect.any(String), ms: expect.any(Number) }),
    );
    expect(logLines.join('')).not.toContain('9434765919');
  });
});
