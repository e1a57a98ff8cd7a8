import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { StaffUser } from '../../api/schemas/staff';
import { SERVER_IDLE_MS, SESSION_MAX_MS } from '../../domain/session-limits';
import type { DbOrTx } from '../db/database';
import { staffAccounts, userSessions } from '../db/domain-tables';
import { staffUserOf } from './staff-user';

// Server-side sessions: the token is random and only its hash is stored, so a copy of the
// database signs nobody in. A session ends at sign-out, after SESSION_IDLE_MS without a
// request, and SESSION_MAX_MS after sign-in, whichever comes first. The browser holds the
// token only in an httpOnly cookie (./session-cookie.ts).

/** The app signs out after 15 idle minutes; the server allows one more so that marks sent
 * just before the app's sign-out still land (src/domain/session-limits.ts). */
export const SESSION_IDLE_MS = SERVER_IDLE_MS;
export { SESSION_MAX_MS };

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

/** The signed-in user for a session token, or null; a live session's idle clock restarts. */
export async function sessionUser(
  db: DbOrTx,
  token: string,
  now = new Date(),
): Promise<StaffUser | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ session: userSessions, staff: staffAccounts })
    .from(userSessions)
    .innerJoin(staffAccounts, eq(staffAccounts.id, userSessions.staffId))
    .where(and(eq(userSessions.tokenHash, tokenHash), isNull(userSessions.endedAt)));
  if (!row || !row.staff.active) return null;
  const idle = now.getTime() - Date.parse(row.session.lastSeenAt);
  const age = now.getTime() - Date.parse(row.session.createdAt);
  if (idle > SESSION_IDLE_MS || age > SESSION_MAX_MS) {
    await endSession(db, token, now);
    return null;
  }
  await db
    .update(userSessions)
    .set({ lastSeenAt: now.toISOString() })
    .where(eq(userSessions.tokenHash, tokenHash));
  return staffUserOf(row.staff);
}

export async function endSession(db: DbOrTx, token: string, now = new Date()): Promise<void> {
  await db
    .update(userSessions)
    .set({ endedAt: now.toISOString() })
    .where(eq(userSessions.tokenHash, hashToken(token)));
}

/** Sign out everywhere: every live session of the account ends (each tab and device); how
 * many were live. */
export async function endAllSessions(
  db: DbOrTx,
  staffId: string,
  now = new Date(),
): Promise<number> {
  const ended = await db
    .update(userSessions)
    .set({ endedAt: now.toISOString() })
    .where(and(eq(userSessions.staffId, staffId), isNull(userSessions.endedAt)))
    .returning({ tokenHash: userSessions.tokenHash });
  return ended.length;
}
