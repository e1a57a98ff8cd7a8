import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/database';
import { createApp } from '../../src/server/http/app';
import type { AppEnv } from '../../src/server/http/app-env';
import { createLogger } from '../../src/server/logger';

// The doors around every handler: HSTS over https, the own-origin check against the configured
// origin (never the request target a client wrote), and a request id the client cannot choose.

function appFor(appOrigin: string) {
  const logLines: string[] = [];
  const api = new Hono<AppEnv>();
  api.post('/things', (c) => c.json({ ok: true }, 201));
  api.get('/things', (c) => c.json({ requestId: c.var.requestId }));
  const log = createLogger({ destination: { write: (line: string) => void logLines.push(line) } });
  const hostNames = ['127.0.0.1', 'register.example.nhs.uk'];
  return { app: createApp({ db: {} as Db, log, hostNames, appOrigin, api }), logLines };
}

describe('Strict-Transport-Security', () => {
  it('is sent on every answer when the app is served over https', async () => {
    const { app } = appFor('https://register.example.nhs.uk');
    const headers = { host: 'register.example.nhs.uk' };
    for (const path of ['/api/things', '/api/nothing-here', '/']) {
      const res = await app.request(`https://register.example.nhs.uk${path}`, { headers });
      expect(res.headers.get('strict-transport-security'), path).toBe(
        'max-age=31536000; includeSubDomains',
      );
    }
  });

  it('is not sent over plain http (a browser would ignore it, and a local demo must not pin)', async () => {
    const { app } = appFor('http://127.0.0.1:4174');
    const res = await app.request('http://127.0.0.1:4174/api/things', {
      headers: { host: '127.0.0.1:4174' },
    });
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('the own-origin check', () => {
  const write = (url: string, origin: string) => ({
    url,
    init: {
      method: 'POST',
      headers: { host: '127.0.0.1:4174', origin, 'content-type': 'application/json' },
      body: '{}',
    },
  });

  it('refuses a write from another origin that named itself as the request target', async () => {
    const { app } = appFor('http://127.0.0.1:4174');
    const { url, init } = write('http://evil.example/api/things', 'http://evil.example');
    const res = await app.request(url, init);
    expect(res.status).toBe(403);
  });

  it('accepts the configured origin', async () => {
    const { app } = appFor('http://127.0.0.1:4174');
    for (const origin of ['http://127.0.0.1:4174']) {
      const { url, init } = write('http://127.0.0.1:4174/api/things', origin);
      expect((await app.request(url, init)).status).toBe(201);
    }
  });
});

describe('the request id', () => {
  it('is the server’s own; an id a proxy sent is only logged beside it', async () => {
    const { app, logLines } = appFor('http://127.0.0.1:4174');
    const res = await app.request('http://127.0.0.1:4174/api/things', {
      headers: { host: '127.0.0.1:4174', 'x-request-id': 'client-chosen-0001' },
    });
    const { requestId } = (await res.json()) as { requestId: string };
    expect(requestId).not.toBe('client-chosen-0001');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const line = JSON.parse(logLines.at(-1)!) as { requestId: string; forwardedId?: string };
    expect(line).toMatchObject({ requestId, forwardedId: 'client-chosen-0001' });
  });
});
