import { store } from '../db';
import type { Resolvers } from '../http';
import { HttpError } from '../http-error';
import { publicUser } from '../commands';

export const authResolvers = {
  'POST /auth/login': async (ctx) => {
    const input = ctx.body;
    const user = store.data.staff.find((s) => s.email.toLowerCase() === input.email.toLowerCase());
    if (!user || user.password !== input.password) {
      throw new HttpError(
        401,
        'unauthenticated',
        'That email and password do not match an account.',
      );
    }
    const token = `${globalThis.crypto.randomUUID()}${globalThis.crypto.randomUUID()}`.replace(
      /-/g,
      '',
    );
    store.transact((db) => (db.tokens[token] = user.id));
    return { user: publicUser(user), token };
  },

  'GET /auth/me': ({ user }) => ({ user: publicUser(user) }),

  'POST /auth/logout': ({ request }) => {
    const token = request.headers.get('authorization')?.slice(7) ?? '';
    store.transact((db) => delete db.tokens[token]);
    return { ok: true };
  },

  // The mock has no single sign-on: its demo buttons and bearer tokens stay (issue 15, part 6).
  'GET /auth/options': () => ({ singleSignOn: false }),

  'POST /auth/logout-everywhere': ({ user }) => {
    let ended = 0;
    store.transact((db) => {
      for (const [token, staffId] of Object.entries(db.tokens))
        if (staffId === user.id) {
          delete db.tokens[token];
          ended += 1;
        }
    });
    return { ended };
  },

  // A deterministic key per account (the mock has no secrets to keep): the same for every
  // session of a user, another for each user, so the contract suite can run it here too. The
  // mock build's own outbox stays plain (src/features/registers/outbox/outbox-store.ts).
  'GET /auth/outbox-key': async ({ user }) => {
    const seed = new TextEncoder().encode(`cohort-register mock outbox key\n${user.id}`);
    const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', seed));
    return { userId: user.id, key: btoa(String.fromCharCode(...digest)) };
  },
} satisfies Partial<Resolvers>;
