import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFirstAdmin } from '../../src/server/add-admin';
import { createApi } from '../../src/server/api';
import { readConfig } from '../../src/server/config';
import { auditEvents } from '../../src/server/db/schema';
import { createApp } from '../../src/server/http/app';
import { createLogger } from '../../src/server/logger';
import { BACKENDS, type TestDatabase } from './backends';
import { serveForTest } from './http-client';

// `npm run staff:add-admin`: the way into a new database (SEED=none). It adds one admin with
// a temporary password that must be replaced at the first sign-in, and is refused once an
// active admin exists.

const json = { 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:4174' };

describe.each(BACKENDS)('the first admin on an empty database ($name)', (backend) => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof serveForTest>>;
  beforeAll(async () => {
    t = await backend.open();
    const app = createApp({
      db: t.db,
      log: createLogger({ destination: { write: () => undefined } }),
      hostNames: ['127.0.0.1'],
      appOrigin: 'http://127.0.0.1:4174',
      api: createApi(readConfig({ SEED: 'none', DATA_DIR: '/nonexistent' })),
    });
    server = await serveForTest(app);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  it('adds an admin with a one-time password, who must choose their own at first sign-in', async () => {
    const email = 'First.Admin@nhs.net';
    const { password } = await addFirstAdmin(t.db, {
      name: 'First Admin',
      email,
      singleSignOn: false,
    });
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const login = await server.send('POST', '/api/auth/login', {
      headers: json,
      body: JSON.stringify({ email, password }),
    });
    expect(login.status).toBe(200);
    expect(JSON.parse(login.body)).toEqual({ passwordChangeRequired: true });
    const chosen = await server.send('POST', '/api/auth/password', {
      headers: json,
      body: JSON.stringify({ email, password, newPassword: 'orchard lantern ferry 42' }),
    });
    expect(chosen.status).toBe(200);
    expect(JSON.parse(chosen.body).user).toMatchObject({ role: 'admin', name: 'First Admin' });
    expect(chosen.body).not.toContain('token');
    expect(String(chosen.headers['set-cookie'])).toContain('HttpOnly');

    const trail = await t.db.select().from(auditEvents);
    expect(trail.map((e) => [e.action, e.actorId])).toEqual(
      expect.arrayContaining([
        ['staff.create', 'command-line'],
        ['staff.temporary-password', 'command-line'],
      ]),
    );
    expect(JSON.stringify(trail)).not.toContain(password!);
  });

  it('is refused once an active admin exists', async () => {
    await expect(
      addFirstAdmin(t.db, { name: 'Second Admin', email: 'second@nhs.net', singleSignOn: true }),
    ).rejects.toThrow(/active admin exists already/);
  });
});
