import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { SignInLimits } from '../config';
import type { Db, Tx } from '../db/database';
import { signInFailures } from '../db/domain-tables';

// Sign-in throttling: failed attempts are rows in the database (instances are stateless), per
// email as typed and per client address. Past the limit within the window, attempts are
// refused before any password is checked, until enough of the failures have aged out.

/** Attempts for one email, and from one address, take turns (on every instance), so two at
 * once cannot both slip under the limit. Always email first, then address: no deadlock. */
export async function takeTurn(tx: Tx, emailKey: string, address: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4242002, hashtext(${emailKey}))`);
  await tx.execute(sql`select pg_advisory_xact_lock(4242003, hashtext(${address}))`);
}

/** How long until an attempt may be made, or 0 when it may be made now. The limit is reached
 * when `limit` failures fall inside the window; it lifts when the oldest of those leaves it. */
export async function waitBeforeAttempt(
  tx: Tx,
  who: { emailKey: string; address: string },
  limits: SignInLimits,
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - limits.windowMs).toISOString();
  const nthNewest = async (
    column: typeof signInFailures.emailKey | typeof signInFailures.address,
    value: string,
    n: number,
  ) => {
    const [row] = await tx
      .select({ at: signInFailures.at })
      .from(signInFailures)
      .where(and(eq(column, value), gt(signInFailures.at, since)))
      .orderBy(desc(signInFailures.at))
      .offset(n - 1)
      .limit(1);
    return row ? Date.parse(row.at) + limits.windowMs - now.getTime() : 0;
  };
  const waits = await Promise.all([
    nthNewest(signInFailures.emailKey, who.emailKey, limits.accountFailures),
    nthNewest(signInFailures.address, who.address, limits.addressFailures),
  ]);
  return Math.max(0, ...waits);
}

export async function recordFailure(
  tx: Tx,
  who: { emailKey: string; address: string },
  now: Date,
): Promise<void> {
  await tx.insert(signInFailures).values({ ...who, at: now.toISOString() });
}

/** A successful sign-in clears the failures against that email, and only those: failures
 * from the same address against other emails still count towards the address's limit. */
export async function clearFailures(tx: Tx, emailKey: string): Promise<void> {
  await tx.delete(signInFailures).where(eq(signInFailures.emailKey, emailKey));
}

/** Failures older than a day count for nothing: deleted hourly (start.ts). */
export async function purgeOldFailures(db: Db, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - 24 * 60 * 60_000).toISOString();
  const gone = await db
    .delete(signInFailures)
    .where(lt(signInFailures.at, before))
    .returning({ id: signInFailures.id });
  return gone.length;
}
