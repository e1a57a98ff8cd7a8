import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database';
import { linkFailures } from '../db/link-tables';

// Guessing a 256-bit token is hopeless, but a client that keeps trying is still stopped: past
// GUESS_LIMIT wrong tokens from one address within the window, every link answers 429 from
// that address (its own link too) until the oldest of those failures ages out. Counted in the
// database, so every instance sees the same failures.

export const LINK_GUESS_LIMITS = { failures: 10, windowMs: 15 * 60_000 };

/** Guesses from one address take turns, so parallel ones cannot all slip under the limit. */
export async function takeGuessTurn(tx: Tx, address: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4242027, hashtext(${address}))`);
}

/** Milliseconds until this address may try a link again; 0 when it may now. */
export async function waitBeforeLink(
  tx: Tx,
  address: string,
  now: Date,
  limits = LINK_GUESS_LIMITS,
): Promise<number> {
  const since = new Date(now.getTime() - limits.windowMs).toISOString();
  const [nth] = await tx
    .select({ at: linkFailures.at })
    .from(linkFailures)
    .where(and(eq(linkFailures.address, address), gt(linkFailures.at, since)))
    .orderBy(desc(linkFailures.at))
    .offset(limits.failures - 1)
    .limit(1);
  return nth ? Math.max(0, Date.parse(nth.at) + limits.windowMs - now.getTime()) : 0;
}

export async function recordWrongToken(tx: Tx, address: string, now: Date): Promise<void> {
  await tx.insert(linkFailures).values({ address, at: now.toISOString() });
}

/** Wrong tokens older than a day count for nothing: deleted hourly (start.ts). */
export async function purgeOldLinkFailures(db: Db, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - 24 * 60 * 60_000).toISOString();
  const gone = await db
    .delete(linkFailures)
    .where(lt(linkFailures.at, before))
    .returning({ id: linkFailures.id });
  return gone.length;
}
