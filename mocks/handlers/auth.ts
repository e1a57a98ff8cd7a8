import { ANONYMOUS } from '../../src/api/schemas/audit';
import { passwordProblem } from '../../src/domain/passwords';
import { store, type StaffRecord } from '../db';
import type { Ctx, Resolvers } from '../http';
import { HttpError } from '../http-error';
import { publicUser } from '../commands';
import { endMockSessions } from '../endpoint-access';
import type { AuditAction } from '../../src/domain/audit-actions';
import {
  TEMPORARY_PASSWORD_EXPIRED,
  temporaryPasswordExpired,
} from '../../src/domain/temporary-passwords';

// The mock's sign-in: passwords in plain text (a demo), tokens in the store. The same answers
// as the server's (src/server/routes/sign-in.ts), without its throttling.

const wrongCredentials = () =>
  new HttpError(401, 'unauthenticated', 'That email and password do not match an account.');

function newToken(): string {
  return `${globalThis.crypto.randomUUID()}${globalThis.crypto.randomUUID()}`.replace(/-/g, '');
}

/** Every attempt is audited, never with the password (nor the email typed, when no account
 * has it: it may be a password typed in the wrong box). */
function auditSignIn(
  ctx: Ctx,
  account: StaffRecord | undefined,
  action: AuditAction,
  after: unknown,
) {
  store.transact((db) =>
    db.audit.push({
      id: store.newId('aud'),
      at: new Date().toISOString(),
      actorId: account?.id ?? ANONYMOUS,
      actorRole: account?.role ?? ANONYMOUS,
      action,
      entity: 'staff',
      entityId: account?.id ?? 'unknown',
      before: null,
      after,
      requestId: ctx.requestId,
    }),
  );
}

/** The account these credentials open, or the one refusal for every way they can be wrong. */
function checkCredentials(ctx: Ctx, email: string, password: string): StaffRecord {
  const account = store.data.staff.find((s) => s.email.toLowerCase() === email.toLowerCase());
  const reason = !account
    ? 'unknown_account'
    : !account.active
      ? 'deactivated'
      : !account.password || account.password !== password
        ? 'wrong_password'
        : null;
  if (reason) {
    auditSignIn(ctx, account, 'sign-in.failed', { reason });
    throw wrongCredentials();
  }
  return account as StaffRecord;
}

/** As the server: a temporary password past the service's hours opens nothing. */
function expectTemporaryStillValid(ctx: Ctx, account: StaffRecord): void {
  if (!account.mustChangePassword) return;
  const hours = store.data.settings.temporaryPasswordHours;
  if (!temporaryPasswordExpired(account.temporaryPasswordSetAt, ctx.now, hours)) return;
  auditSignIn(ctx, account, 'sign-in.failed', { reason: 'temporary_password_expired' });
  throw new HttpError(401, 'unauthenticated', TEMPORARY_PASSWORD_EXPIRED);
}

/** As the server: a session the caller still held ends when a new one starts. */
function startSession(ctx: Ctx, account: StaffRecord) {
  const token = newToken();
  const held = ctx.request.headers.get('authorization')?.slice(7);
  store.transact((db) => {
    if (held) delete db.tokens[held];
    db.tokens[token] = account.id;
  });
  auditSignIn(ctx, account, 'sign-in', null);
  return { user: publicUser(account), token };
}

export const authResolvers = {
  'POST /auth/login': async (ctx) => {
    const account = checkCredentials(ctx, ctx.body.email, ctx.body.password);
    expectTemporaryStillValid(ctx, account);
    if (account.mustChangePassword) {
      auditSignIn(ctx, account, 'sign-in.password-change-required', null);
      return { passwordChangeRequired: true as const };
    }
    return startSession(ctx, account);
  },

  'POST /auth/password': async (ctx) => {
    const { email, password, newPassword } = ctx.body;
    const account = checkCredentials(ctx, email, password);
    expectTemporaryStillValid(ctx, account);
    const problem =
      newPassword === password
        ? 'Choose a password different from the one you were given'
        : passwordProblem(newPassword, account);
    if (problem) {
      throw new HttpError(400, 'validation_failed', 'Some details need correcting.', {
        newPassword: [problem],
      });
    }
    let ended = 0;
    store.transact((db) => {
      Object.assign(account, { password: newPassword, mustChangePassword: false });
      for (const [token, staffId] of Object.entries(db.tokens))
        if (staffId === account.id) {
          delete db.tokens[token];
          ended += 1;
        }
    });
    auditSignIn(ctx, account, 'password.change', { endedSessions: ended });
    return startSession(ctx, account);
  },

  'GET /auth/me': async ({ user }) => ({ user: publicUser(user) }),

  'POST /auth/logout': async (ctx) => {
    const token = ctx.request.headers.get('authorization')?.slice(7) ?? '';
    store.transact(() => endMockSessions(null, 'signed_out', token));
    auditSignIn(ctx, ctx.user, 'sign-out', null);
    return { ok: true };
  },

  // The mock has no single sign-on: its demo buttons and bearer tokens stay.
  'GET /auth/options': async () => ({ singleSignOn: false }),

  'POST /auth/logout-everywhere': async ({ user }) => {
    const ended = Object.values(store.data.tokens).filter((id) => id === user.id).length;
    store.transact(() => endMockSessions(user.id, 'signed_out_everywhere'));
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
