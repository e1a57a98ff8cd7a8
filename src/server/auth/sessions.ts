import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { SessionEndReason, SessionEnded } from '../../api/schemas/error';
import type { StaffUser } from '../../api/schemas/staff';
import { DEFAULT_SESSION_LIMITS, sessionExpiry, sessionLimits } from '../../domain/session-limits';
import type { DbOrTx } from '../db/database';
import { serviceSettings, staffAccounts, userSessions } from '../db/domain-tables';
import { staffUserOf } from './staff-user';

// Server-side sessions: the token is random and only its hash is stored, so a copy of the
// database signs nobody in. A session ends at sign-out, after the service's idle limit plus a
// minute without a request (the app signs out at the limit; the extra minute lets marks sent
// just before still land), and the longest session's hours after sign-in, whichever comes
// first. Both limits are service settings read with the session, so a change applies to every
// live session at its next request (src/domain/session-limits.ts). The browser holds the
// token only in an httpOnly cookie (./session-cookie.ts). An ended session's row stays, with
// why it ended, so a device that still holds its cookie is told the truth (endedSession).

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function startSession(db: DbOrTx, staffId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await db.insert(userSessions).values({
    tokenHash: hashToken(token),
    staffId,
    createdAt: at,
    lastSeenAt: at,
  });
  return token;
}

/** The signed-in user for a session token, or null; a live session's idle clock restarts,
 * unless `touch` is false (the app's own check that the session is live is not activity). */
export async function sessionUser(
  db: DbOrTx,
  token: string,
  now = new Date(),
  { touch = true }: { touch?: boolean } = {},
): Promise<StaffUser | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      session: userSessions,
      staff: staffAccounts,
      sessionIdleMinutes: serviceSettings.sessionIdleMinutes,
      sessionMaxHours: serviceSettings.sessionMaxHours,
    })
    .from(userSessions)
    .innerJoin(staffAccounts, eq(staffAccounts.id, userSessions.staffId))
    .leftJoin(serviceSettings, eq(serviceSettings.id, 1))
    .where(and(eq(userSessions.tokenHash, tokenHash), isNull(userSessions.endedAt)));
  if (!row || !row.staff.active) return null;
  const limits = sessionLimits({
    sessionIdleMinutes: row.sessionIdleMinutes ?? DEFAULT_SESSION_LIMITS.sessionIdleMinutes,
    sessionMaxHours: row.sessionMaxHours ?? DEFAULT_SESSION_LIMITS.sessionMaxHours,
  });
  const times = {
    createdAtMs: Date.parse(row.session.createdAt),
    lastSeenAtMs: Date.parse(row.session.lastSeenAt),
  };
  const expiry = sessionExpiry(times, now.getTime(), limits);
  if (expiry) {
    await endSession(db, token, now, expiry);
    return null;
  }
  if (touch) await touchSession(db, token, now);
  return staffUserOf(row.staff);
}

/** Restarts a live session's idle clock (sessionUser with `touch` does it itself; a request
 * may instead run it beside its own work, once sessionUser has found the session live). */
export async function touchSession(db: DbOrTx, token: string, now: Date): Promise<void> {
  await db
    .update(userSessions)
    .set({ lastSeenAt: now.toISOString() })
    .where(eq(userSessions.tokenHash, hashToken(token)));
}

export async function endSession(
  db: DbOrTx,
  token: string,
  now = new Date(),
  reason: SessionEndReason = 'signed_out',
): Promise<void> {
  await db
    .update(userSessions)
    .set({ endedAt: now.toISOString(), endedReason: reason })
    .where(and(eq(userSessions.tokenHash, hashToken(token)), isNull(userSessions.endedAt)));
}

/** Why the session of a token that no longer signs anyone in ended, or null for a token the
 * server never issued. A switched-off account says so whatever ended its sessions. */
export async function endedSession(db: DbOrTx, token: string): Promise<SessionEnded | null> {
  const [row] = await db
    .select({
      reason: userSessions.endedReason,
      active: staffAccounts.active,
      idleMinutes: serviceSettings.sessionIdleMinutes,
    })
    .from(userSessions)
    .innerJoin(staffAccounts, eq(staffAccounts.id, userSessions.staffId))
    .leftJoin(serviceSettings, eq(serviceSettings.id, 1))
    .where(eq(userSessions.tokenHash, hashToken(token)));
  if (!row) return null;
  if (!row.active) return { reason: 'deactivated' };
  if (row.reason === 'idle')
    return {
      reason: 'idle',
      idleMinutes: row.idleMinutes ?? DEFAULT_SESSION_LIMITS.sessionIdleMinutes,
    };
  return row.reason ? { reason: row.reason } : null;
}

/** Sign out everywhere: every live session of the account ends (each tab and device); how
 * many were live. */
export async function endAllSessions(
  db: DbOrTx,
  staffId: string,
  now = new Date(),
  reason: SessionEndReason = 'signed_out_everywhere',
): Promise<number> {
  const ended = await db
    .update(userSessions)
    .set({ endedAt: now.toISOString(), endedReason: reason })
    .where(and(eq(userSessions.staffId, staffId), isNull(userSessions.endedAt)))
    .returning({ tokenHash: userSessions.tokenHash });
  return ended.length;
}
