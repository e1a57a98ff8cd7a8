import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { StaffUser } from '../../api/schemas/staff';
import type { DbOrTx } from '../db/database';
import { staffAccounts, userSessions } from '../db/domain-tables';

// Server-side sessions: the token is random and only its hash is stored, so a copy of the
// database signs nobody in. A session ends at sign-out, after SESSION_IDLE_MS without a
// request, and SESSION_MAX_MS after sign-in, whichever comes first.

/** The app signs out after 15 idle minutes; the server allows one more so that marks sent
 * just before the app's sign-out still land. */
export const SESSION_IDLE_MS = 16 * 60_000;
export const SESSION_MAX_MS = 12 * 60 * 60_000;

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

/** The signed-in user for a bearer token, or null; a live session's idle clock restarts. */
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
  const { id, name, email, role, discipline } = row.staff;
  return { id, name, email, role, discipline };
}

export async function endSession(db: DbOrTx, token: string, now = new Date()): Promise<void> {
  await db
    .update(userSessions)
    .set({ endedAt: now.toISOString() })
    .where(eq(userSessions.tokenHash, hashToken(token)));
}
