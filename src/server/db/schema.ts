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
 * custom migration). A write inserts its entries here, unchained, in its own transaction: `id`
 * comes from a sequence and `tx` is the writing transaction's id. The sequencer
 * (src/server/audit-chain.ts) links them into the hash chain (audit_chain) after they commit,
 * in (tx, id) order, so no write waits on a single head row. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' })
      .primaryKey()
      .default(sql`nextval('audit_events_id_seq')`),
    at: at('at').notNull(),
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id').notNull(),
    tx: bigint('tx', { mode: 'number' })
      .notNull()
      .default(sql`pg_current_xact_id()::text::bigint`),
  },
  (t) => [
    index('audit_events_entity').on(t.entity, t.entityId),
    index('audit_events_at').on(t.at),
    index('audit_events_tx').on(t.tx, t.id),
  ],
);

/** The hash chain over the audit trail: entry `seq` is the event `event_id`, hashed onto the
 * entry before it. Appended by the sequencer only; the app role may insert and read, never
 * change or remove (grants.ts). */
export const auditChain = pgTable('audit_chain', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  eventId: bigint('event_id', { mode: 'number' })
    .notNull()
    .unique('audit_chain_event')
    .references(() => auditEvents.id),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull().unique('audit_chain_hash'),
});

/** The chain's head: one row, locked by the sequencer alone (never by a write), naming the
 * last chained entry: its position, hash, and event's (tx, id), where the next run resumes.
 * Its row is inserted by the custom migration; `verifyAuditChain` checks it against the chain. */
export const auditHead = pgTable(
  'audit_head',
  {
    id: smallint('id').primaryKey(),
    lastId: bigint('last_id', { mode: 'number' }).notNull(),
    lastHash: text('last_hash').notNull(),
    lastTx: bigint('last_tx', { mode: 'number' }).notNull().default(0),
    lastEventId: bigint('last_event_id', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('audit_head_one_row', sql`${t.id} = 1`)],
);

/** A named lease for work only one instance should do at a time (purges, reminders). */
export const leases = pgTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: at('expires_at').notNull(),
});

/** Who was shown a person's records (docs/records-and-security.md): one row per person an
 * answer showed, all of a request's rows in one insert after its read. Beside the chain, not
 * on it: a read never waits on the head. Append-only (triggers; the app role may only insert
 * and read). Never the search text or an NHS number: ids, the kind of read and, for a search,
 * a list or an export, how many people the answer showed. */
export const accessLog = pgTable(
  'access_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: at('at').notNull(),
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    requestId: text('request_id').notNull(),
    /** What was read (src/domain/access-actions.ts). */
    action: text('action').notNull(),
    participantId: text('participant_id').notNull(),
    /** The record the answer was about: the referral, session, cohort or vacancy. */
    recordId: text('record_id'),
    /** For a search, a list or an export: how many people the answer showed. */
    shown: integer('shown'),
  },
  (t) => [
    index('access_log_participant').on(t.participantId, t.at),
    index('access_log_at').on(t.at),
  ],
);

/** The chain's head as it stood, signed with AUDIT_SIGNING_KEY (HMAC-SHA256), a key the
 * database never holds: `audit:verify` recomputes the chain up to each checkpoint, so
 * entries inserted, altered or cut behind the triggers show even when every hash after them
 * was rewritten. Written to the log stream too. Append-only. */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: at('at').notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  signature: text('signature').notNull(),
});
