import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

// The server's tables. drizzle-kit reads this file (drizzle.config.ts) to generate the SQL in
// migrations/; add a table here, then `npm run db:generate` and commit the SQL it writes.
// Infrastructure only: the domain's records are in domain-tables.ts, read by drizzle-kit too.

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The first answer to a write sent with an Idempotency-Key (src/server/idempotency.ts).
 * Scoped to user, method and path, never the Host: the same retry through another proxy name
 * must still find it. The primary key is the scope, so two racing first attempts cannot both
 * commit: the second waits for the first and then fails on the key, and its write rolls back. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: text('user_id').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    response: jsonb('response'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'idempotency_keys_scope', columns: [t.userId, t.method, t.path, t.key] }),
    // Expired keys (24 h) are found by age when purged.
    index('idempotency_keys_created_at').on(t.createdAt),
  ],
);

/** The audit trail: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE; see the
 * custom migration) and hash-chained (src/server/audit-chain.ts). `id` is not a sequence:
 * it is the head's count plus one, taken under the head's row lock, so ids follow the chain
 * without gaps even when transactions commit out of order. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    at: at('at').notNull(),
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull().unique('audit_events_hash_unique'),
  },
  (t) => [index('audit_events_entity').on(t.entity, t.entityId), index('audit_events_at').on(t.at)],
);

/** The chain's head: one row, locked FOR UPDATE by every append, so concurrent writers on
 * any number of instances take turns and never fork the chain. Its row is inserted by the
 * custom migration; `verifyAuditChain` checks it against the last entry (a cut tail shows). */
export const auditHead = pgTable(
  'audit_head',
  {
    id: smallint('id').primaryKey(),
    lastId: bigint('last_id', { mode: 'number' }).notNull(),
    lastHash: text('last_hash').notNull(),
  },
  (t) => [check('audit_head_one_row', sql`${t.id} = 1`)],
);

/** A named lease for work only one instance should do at a time (purges, reminders). */
export const leases = pgTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: at('expires_at').notNull(),
});

/** One row whose `version` goes up in every transaction that changes a record the domain reads
 * (statement triggers in the custom migration `data-version`), so a server can tell whether
 * the records it read before are still the records now (src/server/db/snapshot-cache.ts).
 * `database_id` tells one database from another. */
export const dataVersion = pgTable(
  'data_version',
  {
    id: smallint('id').primaryKey().default(1),
    databaseId: text('database_id').notNull(),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('data_version_one_row', sql`${t.id} = 1`)],
);
