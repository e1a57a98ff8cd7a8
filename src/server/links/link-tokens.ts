import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/database';
import { participantLinks } from '../db/link-tables';
import { newId } from '../routes/write-context';
import type { LinkPurpose } from './link-purposes';

// A link's token is 32 random bytes (256 bits), base64url: unguessable, so the link needs no
// account. Only its SHA-256 is stored; a plain hash (not a slow one) is enough because the
// token is random, not chosen by a person. The link names one person, one purpose and its
// subject, and expires with the purpose.

export type ParticipantLink = typeof participantLinks.$inferSelect;

/** The shape of a token as issued; anything else is refused before the database is asked. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Makes a link and answers its token: the only time the token exists outside the message. */
export async function issueLink(
  db: DbOrTx,
  input: {
    purpose: LinkPurpose;
    participantId: string;
    subjectId: string;
    expiresAt: string;
    now: Date;
  },
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = newId('lnk');
  await db.insert(participantLinks).values({
    id,
    tokenHash: hashToken(token),
    purpose: input.purpose,
    participantId: input.participantId,
    subjectId: input.subjectId,
    createdAt: input.now.toISOString(),
    expiresAt: input.expiresAt,
  });
  return { id, token };
}

export type LinkLookup =
  | { state: 'open'; link: ParticipantLink }
  | { state: 'used' | 'expired'; link: ParticipantLink }
  | { state: 'unknown' };

/** The link a token opens, and whether it can still be used. `lock` takes its row for a write,
 * so two answers sent at once are taken one after the other. */
export async function findLink(
  db: DbOrTx,
  token: string,
  now: Date,
  options: { lock?: boolean } = {},
): Promise<LinkLookup> {
  if (!TOKEN_SHAPE.test(token)) return { state: 'unknown' };
  const query = db
    .select()
    .from(participantLinks)
    .where(eq(participantLinks.tokenHash, hashToken(token)));
  const [link] = await (options.lock ? query.for('update') : query);
  if (!link) return { state: 'unknown' };
  if (link.usedAt) return { state: 'used', link };
  if (Date.parse(link.expiresAt) <= now.getTime()) return { state: 'expired', link };
  return { state: 'open', link };
}

/** Once answered, a link opens only the page that says so. */
export async function markUsed(db: DbOrTx, linkId: string, now: Date): Promise<void> {
  await db
    .update(participantLinks)
    .set({ usedAt: now.toISOString() })
    .where(and(eq(participantLinks.id, linkId), isNull(participantLinks.usedAt)));
}
