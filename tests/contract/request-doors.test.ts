import { connect } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { AS, authHeaders, BASE_URL, call, resetDemo, sessionKind } from './contract-client';

// The audit trail says which request made a change: the server's id for it, never one the
// client chose (X-Request-Id). And a write is judged by the configured origin, never by the
// request target a client writes (`POST http://evil.example/api/...` with a Host of ours).
const kind = await sessionKind();

describe('the request id on the audit trail', () => {
  beforeAll(resetDemo);

  it('is the server’s own, whatever X-Request-Id the client sent', async () => {
    const chosen = `client-chosen-${Date.now()}`;
    const settings = await call<{ version: number; absenceThreshold: number }>('GET /settings', {
      as: AS.admin,
    });
    const answer = await call('PATCH /settings', {
      as: AS.admin,
      version: settings.body.version,
      headers: { 'X-Request-Id': chosen },
      body: { ...settings.body, absenceThreshold: settings.body.absenceThreshold },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const audit = await call<{ items: { action: string; requestId: string }[] }>('GET /audit', {
      as: AS.admin,
      query: { entity: 'settings' },
    });
    const entry = audit.body.items.find((e) => e.action === 'settings.update')!;
    expect(entry.requestId).not.toBe(chosen);
    expect(JSON.stringify(audit.body)).not.toContain(chosen);
  });
});

/** One raw HTTP/1.1 request, so the request target can be absolute-form. */
function rawRequest(text: string): Promise<string> {
  const url = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe.runIf(kind === 'cookie')('server: the own-origin check', () => {
  it('refuses a write whose absolute-form target names the attacker’s origin', async () => {
    const url = new URL(BASE_URL);
    const cookie = (await authHeaders(AS.admin)).cookie!;
    const body = JSON.stringify({ email: 'x@example.nhs.uk' });
    const answer = await rawRequest(
      [
        `POST http://evil.example${url.pathname}/auth/logout HTTP/1.1`,
        `Host: ${url.host}`,
        'Origin: http://evil.example',
        `Cookie: ${cookie}`,
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
    expect(answer.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 403 /);
    expect((await call('GET /auth/me', { as: AS.admin })).status).toBe(200);
  });
});
