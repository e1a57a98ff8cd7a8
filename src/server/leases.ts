import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from './db/database';
import { leases } from './db/schema';

/** Takes (or renews) the named lease for `ttlMs` if it is free, expired or already ours, in
 * one statement, so of several instances asking at once exactly one gets it. Work that only
 * one instance should do (a purge, a reminder run) asks first and skips when refused; a holder
 * that dies simply lets the lease expire. Times are the database's, shared by all instances. */
export async function tryAcquireLease(
  db: DbOrTx,
  name: string,
  holder: string,
  ttlMs: number,
): Promise<boolean> {
  const expiresAt = sql`now() + ${`${Math.ceil(ttlMs)} milliseconds`}::interval`;
  const taken = await db
    .insert(leases)
    .values({ name, holder, expiresAt })
    .onConflictDoUpdate({
      target: leases.name,
      set: { holder, expiresAt },
      setWhere: sql`${leases.expiresAt} <= now() or ${leases.holder} = ${holder}`,
    })
    .returning({ name: leases.name });
  return taken.length === 1;
}

export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.delete(leases).where(and(eq(leases.name, name), eq(leases.holder, holder)));
}
