import { describe, expect, it } from 'vitest';
import {
  AS,
  bogusCredential,
  call,
  expectContract,
  expectError,
  signIn,
  type Credential,
} from './contract-client';

// The key the app encrypts its outbox with. Given only to a session of the user, the
// same for every session of that user (so a later sign-in opens what an earlier one left),
// another for each user, and never kept by a cache. Every backend: the mock answers with a
// deterministic key per user, the server with the one it made and keeps.

const keyOf = async (credential: Credential) => {
  const answer = await call<{ key: string; userId: string }>('GET /auth/outbox-key', {
    credential,
  });
  const body = expectContract('GET /auth/outbox-key', answer);
  const me = await call<{ user: { id: string } }>('GET /auth/me', { credential });
  expect(body.userId, 'the key names the session user').toBe(me.body.user.id);
  return body.key;
};

describe('GET /auth/outbox-key', () => {
  it('without a session, or with one that has ended, there is no key', async () => {
    expectError(await call('GET /auth/outbox-key'), 401, 'unauthenticated');
    expectError(
      await call('GET /auth/outbox-key', { headers: await bogusCredential() }),
      401,
      'unauthenticated',
    );
    const { credential } = await signIn(AS.manager);
    expect(await keyOf(credential)).toHaveLength(44);
    expect((await call('POST /auth/logout', { credential })).status).toBe(200);
    expectError(await call('GET /auth/outbox-key', { credential }), 401, 'unauthenticated');
  });

  it('is 32 bytes, the same for two sessions of one user, and another for another user', async () => {
    const first = await signIn(AS.facilitator);
    const second = await signIn(AS.facilitator);
    expect(second.credential.value).not.toBe(first.credential.value);
    const [a, b, again] = await Promise.all([
      keyOf(first.credential),
      keyOf(second.credential),
      keyOf(first.credential),
    ]);
    expect(Buffer.from(a, 'base64')).toHaveLength(32);
    expect(b).toBe(a);
    expect(again).toBe(a);
    const other = await keyOf((await signIn(AS.admin)).credential);
    expect(other).not.toBe(a);
    console.log(
      `outbox key: one user's two sessions agree (${a === b}); another user's differs (${other !== a})`,
    );
  });

  it('is never cached: Cache-Control: no-store', async () => {
    const { credential } = await signIn(AS.facilitator);
    const answer = await call('GET /auth/outbox-key', { credential });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toMatch(/no-store/);
  });
});
