import { sql } from 'drizzle-orm';
import { rowsOf, type Db, type Tx } from './database';

/** SEED=demo on PostgreSQL, where the owner has migrated and the server cannot tell a first
 * start from the migrations: it seeds only a database that holds nothing yet (no account,
 * person, cohort or audit entry), never over data. Under an advisory lock, so two instances
 * starting together seed once; in one transaction, so a failed seed leaves it empty. */
export async function seedIfEmpty(db: Db, seed: (tx: Tx) => Promise<void>): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('cohort-register:seed'))`);
    const [row] = rowsOf<{ empty: boolean }>(
      await tx.execute(sql`select not (
        exists (select 1 from "staff_accounts") or exists (select 1 from "participants")
        or exists (select 1 from "cohorts") or exists (select 1 from "audit_events")
      ) as empty`),
    );
    if (!row?.empty) return false;
    await seed(tx);
    return true;
  });
}
