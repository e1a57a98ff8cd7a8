import { sql } from 'drizzle-orm';
import type { Db } from './database';

/** What the server's own role may do, granted by the owner after each migration (new tables
 * included): read and write rows, no DDL. The audit trail, its chain and head it may only read:
 * it appends entries and chains them through the owner's functions alone (migration
 * audit-reads-and-checkpoints), so it can neither place an entry before another nor move or
 * rewind the head. The access log and the signed checkpoints it may read and append to (the
 * triggers refuse changes too; this refuses them before they run). It may read the migrations
 * table, to refuse to start while migrations are pending. */
export async function grantAppRole(db: Db, role: string): Promise<void> {
  const who = sql.identifier(role);
  await db.transaction(async (tx) => {
    await tx.execute(sql`grant usage on schema public to ${who}`);
    await tx.execute(
      sql`grant select, insert, update, delete on all tables in schema public to ${who}`,
    );
    await tx.execute(sql`grant usage, select on all sequences in schema public to ${who}`);
    await tx.execute(
      sql`revoke insert, update, delete, truncate on "audit_events", "audit_chain", "audit_head" from ${who}`,
    );
    await tx.execute(
      sql`revoke update, delete, truncate on "access_log", "audit_checkpoints" from ${who}`,
    );
    await tx.execute(
      sql`grant execute on function "audit_append"(timestamptz, text, text, text, text, text, jsonb, jsonb, text), "audit_chain_extend"(bigint[], text[]) to ${who}`,
    );
    await tx.execute(sql`grant usage on schema "drizzle" to ${who}`);
    await tx.execute(sql`grant select on "drizzle"."__drizzle_migrations" to ${who}`);
  });
}
