import { sql } from 'drizzle-orm';
import { ANONYMOUS } from '../../api/schemas/audit';
import { passwordProblem } from '../../domain/passwords';
import { appendAudit } from '../audit-chain';
import { decoyHash, hashPassword, verifyPassword } from '../auth/passwords';
import { endAllSessions, endSession, startSession } from '../auth/sessions';
import { staffUserOf } from '../auth/staff-user';
import { clearFailures, recordFailure, takeTurn, waitBeforeAttempt } from '../auth/throttle';
import type { SignInLimits } from '../config';
import * as t from '../db/domain-tables';
import { ApiError, CommitThenRefuse } from '../http/api-error';
import type { ServerContext, ServerResolver } from './endpoint-routes';
import type { AuditAction } from '../../domain/audit-actions';
import {
  TEMPORARY_PASSWORD_EXPIRED,
  TEMPORARY_PASSWORD_HOURS,
  temporaryPasswordExpired,
} from '../../domain/temporary-passwords';
import { count } from '../../domain/plural';

// Local sign-in (for the embedded demo and services without single sign-on): argon2id
// hashes, throttling counted in the database, one answer for every way credentials can be
// wrong, and every attempt audited (never the password, nor an email no account has: it may
// be a password typed in the wrong box). A refused attempt is stored before the refusal is
// sent (CommitThenRefuse), so the count and the audit entry survive the 401.

type Account = typeof t.staffAccounts.$inferSelect;

const wrongCredentials = () =>
  new ApiError(401, 'unauthenticated', 'That email and password do not match an account.');

function tooManyAttempts(waitMs: number): ApiError {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return new ApiError(
    429,
    'too_many_attempts',
    `Too many attempts to sign in. Try again in ${count(minutes, 'minute')}.`,
  );
}

function audit(
  ctx: ServerContext,
  account: Account | undefined,
  action: AuditAction,
  after: unknown,
) {
  return appendAudit(ctx.tx, {
    actorId: account?.id ?? ANONYMOUS,
    actorRole: account?.role ?? ANONYMOUS,
    action,
    entity: 'staff',
    entityId: account?.id ?? 'unknown',
    before: null,
    after,
    requestId: ctx.requestId,
  });
}

/** The account these credentials open, or the refusal to send (after committing the failure
 * and its audit entry). Throttled attempts are refused before any password is checked. */
async function checkCredentials(
  ctx: ServerContext,
  limits: SignInLimits,
  email: string,
  password: string,
): Promise<Account | CommitThenRefuse> {
  const now = new Date();
  const who = { emailKey: email.toLowerCase(), address: ctx.clientAddress };
  await takeTurn(ctx.tx, who.emailKey, who.address);
  const [account] = await ctx.tx
    .select()
    .from(t.staffAccounts)
    .where(sql`lower(${t.staffAccounts.email}) = ${who.emailKey}`);
  const wait = await waitBeforeAttempt(ctx.tx, who, limits, now);
  if (wait > 0) {
    ctx.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
    await audit(ctx, account, 'sign-in.throttled', { address: who.address });
    return new CommitThenRefuse(tooManyAttempts(wait));
  }
  // A hash is checked whether or not the account exists, so both cost the same time.
  const matches = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
  const reason = !account
    ? 'unknown_account'
    : !account.active
      ? 'deactivated'
      : !account.passwordHash || !matches
        ? 'wrong_password'
        : null;
  if (reason || !account) {
    await recordFailure(ctx.tx, who, now);
    await audit(ctx, account, 'sign-in.failed', { reason, address: who.address });
    return new CommitThenRefuse(wrongCredentials());
  }
  await clearFailures(ctx.tx, who.emailKey);
  return account;
}

/** A temporary password past the service's temporaryPasswordHours opens nothing: the right
 * password, so the answer may say why (and the failure is audited). */
async function expiredTemporary(
  ctx: ServerContext,
  account: Account,
): Promise<CommitThenRefuse | null> {
  if (!account.mustChangePassword) return null;
  const [settings] = await ctx.tx
    .select({ hours: t.serviceSettings.temporaryPasswordHours })
    .from(t.serviceSettings);
  const hours = settings?.hours ?? TEMPORARY_PASSWORD_HOURS.default;
  if (!temporaryPasswordExpired(account.temporaryPasswordSetAt, ctx.now, hours)) return null;
  await audit(ctx, account, 'sign-in.failed', {
    reason: 'temporary_password_expired',
    address: ctx.clientAddress,
  });
  return new CommitThenRefuse(new ApiError(401, 'unauthenticated', TEMPORARY_PASSWORD_EXPIRED));
}

/** A new session. One the browser still held (anyone's: a shared clinic computer) ends now,
 * so signing in over it never leaves it alive behind the new cookie. */
async function signedIn(ctx: ServerContext, account: Account) {
  if (ctx.token) await endSession(ctx.tx, ctx.token);
  const token = await startSession(ctx.tx, account.id);
  await audit(ctx, account, 'sign-in', {
    address: ctx.clientAddress,
    ...(ctx.token ? { endedPreviousSession: true } : {}),
  });
  return { user: staffUserOf(account), token };
}

export function signInResolvers(limits: SignInLimits): {
  'POST /auth/login': ServerResolver<'POST /auth/login'>;
  'POST /auth/password': ServerResolver<'POST /auth/password'>;
} {
  return {
    'POST /auth/login': async (ctx) => {
      const account = await checkCredentials(ctx, limits, ctx.body.email, ctx.body.password);
      if (account instanceof CommitThenRefuse) return account;
      const expired = await expiredTemporary(ctx, account);
      if (expired) return expired;
      if (account.mustChangePassword) {
        await audit(ctx, account, 'sign-in.password-change-required', null);
        return { passwordChangeRequired: true };
      }
      return signedIn(ctx, account);
    },

    // The first sign-in with a temporary password (or any change of one's own password):
    // the current password proves who is choosing; the new one replaces it, then signs in.
    'POST /auth/password': async (ctx) => {
      const { email, password, newPassword } = ctx.body;
      const account = await checkCredentials(ctx, limits, email, password);
      if (account instanceof CommitThenRefuse) return account;
      const expired = await expiredTemporary(ctx, account);
      if (expired) return expired;
      const problem =
        newPassword === password
          ? 'Choose a password different from the one you were given'
          : passwordProblem(newPassword, account);
      if (problem) {
        throw new ApiError(400, 'validation_failed', 'Some details need correcting.', {
          newPassword: [problem],
        });
      }
      await ctx.tx
        .update(t.staffAccounts)
        .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false })
        .where(sql`${t.staffAccounts.id} = ${account.id}`);
      // Whoever else holds a session of this account (the reason to change a password) is
      // signed out; the session this change starts is the only one left.
      const ended = await endAllSessions(ctx.tx, account.id);
      await audit(ctx, account, 'password.change', { endedSessions: ended });
      return signedIn(ctx, account);
    },
  };
}
