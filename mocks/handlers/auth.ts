import { loginRequestSchema } from '../../src/api/schemas/staff';
import { store } from '../db';
import { ALL_ROLES, HttpError, parse, readJson, route } from '../http';
import { publicUser } from '../views';

export const authHandlers = [
  route(
    'post',
    '/auth/login',
    'public',
    async ({ request }) => {
      const input = parse(loginRequestSchema, await readJson(request));
      const user = store.data.staff.find(
        (s) => s.email.toLowerCase() === input.email.toLowerCase(),
      );
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
    { status: 200 },
  ),

  route('get', '/auth/me', ALL_ROLES, ({ user }) => ({ user: publicUser(user) })),

  route(
    'post',
    '/auth/logout',
    ALL_ROLES,
    ({ request }) => {
      const token = request.headers.get('authorization')?.slice(7) ?? '';
      store.transact((db) => delete db.tokens[token]);
      return { ok: true };
    },
    { status: 200 },
  ),

  route('get', '/staff', ALL_ROLES, () => ({ items: store.data.staff.map(publicUser) })),
];
