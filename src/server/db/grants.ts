import { sql } from 'drizzle-orm';
import type { Db } from './database';

/** What the server's own role may do, granted by the owner after each migration (new tables
 * included): read and write rows, no DDL, and on the audit trail and its chain only read and append (the
 * trigger refuses changes too; this refuses them before it). It may read the migrations
 * table, to refuse to start while migrations are pending. */
export async function grantAppRole(db: Db, role: string): Promise<void> {
  const who = sql.identifier(role);
  await db.transaction(async (tx) => {
    await tx.execute(sql`grant usage on schema public to ${who}`);
    await tx.execute(
      sql`grant select, insert, update, delete on all tables in schema public to ${who}`,
    );
    await tx.execute(sql`grant usage, select on all sequences in schema public to ${who}`);
    await tx.execute(sql`revoke update, delete, truncate on "audit_events" from ${who}`);
    // The chain is appended by the sequencer; no entry once chained is changed or removed.
    await tx.execute(sql`revoke update, delete, truncate on "audit_chain" from ${who}`);
    await tx.execute(sql`grant usage on schema "drizzle" to ${who}`);
    await tx.execute(sql`grant select on "drizzle"."__drizzle_migrations" to ${who}`);
  });
}
