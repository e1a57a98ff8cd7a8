import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AuditAction } from '../domain/audit-actions';
import { maskNhsNumbersDeep } from '../domain/nhs-number-text';
import { canonicalJson } from './canonical-json';
import { rowsOf, type Db, type Tx } from './db/database';
import { auditChain, auditEvents, auditHead } from './db/schema';

// The audit trail is written by every write and chained after commit (docs/write-model.md).
// A write inserts its entries in its own transaction, unchained: nothing is shared between
// writes but a sequence, so writes to different cohorts never wait on one another here. The
// sequencer links committed entries into the hash chain in (tx, id) order: only entries whose
// writing transaction is older than every transaction still running, so an entry of an older
// transaction that commits late can never be passed over.

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  actorId: string;
  actorRole: string;
  /** Only an action with words in AUDIT_ACTION_WORDS can be written. */
  action: AuditAction;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId: string;
  /** Defaults to now; pass the command's own `now` so the entry and the change agree. */
  at?: Date;
}

/** What the hash covers: every column of the entry but its writing transaction's id. */
export interface AuditContent {
  id: number;
  at: string;
  actorId: string;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string;
}

export function auditHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256')
    .update(prevHash + canonicalJson(content))
    .digest('hex');
}

/** The hashed content of a stored entry. */
export function contentOf(row: typeof auditEvents.$inferSelect): AuditContent {
  const { tx: _tx, ...stored } = row;
  return { ...stored, at: stored.at.toISOString() };
}

/** Appends one entry inside the writer's own transaction (a `Tx`, not a `Db`), so the change
 * and its audit entry commit together or not at all. NHS numbers in any text are masked before
 * anything is stored (and so before it is hashed). */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<AuditContent> {
  const values = {
    at: input.at ?? new Date(),
    actorId: input.actorId,
    actorRole: input.actorRole,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    // Through JSON first, so what is hashed later is exactly what jsonb gives back.
    before: snapshot(input.before),
    after: snapshot(input.after),
    requestId: input.requestId,
  };
  const [row] = await tx.insert(auditEvents).values(values).returning({ id: auditEvents.id });
  return { ...values, id: row!.id, at: values.at.toISOString() };
}

/** Links the committed, unchained entries into the chain, up to `limit` of them; answers how
 * many. One sequencer at a time: the head's row is taken with SKIP LOCKED, so a second one
 * (another instance, the job beside an inline run) returns at once and leaves it the work. */
export async function sequenceAudit(db: Db, limit = 1000): Promise<number> {
  return db.transaction(async (tx) => {
    // First, before this transaction has an id of its own: every transaction below this
    // horizon has ended, so whatever entries they wrote are visible now and no more will come.
    const [horizon] = rowsOf<{ xmin: string }>(
      await tx.execute(sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`),
    );
    const [head] = await tx
      .select()
      .from(auditHead)
      .where(eq(auditHead.id, 1))
      .for('update', { skipLocked: true });
    if (!head) return 0;
    const e = auditEvents;
    const rows = await tx
      .select()
      .from(e)
      .where(
        and(
          sql`(${e.tx}, ${e.id}) > (${head.lastTx}, ${head.lastEventId})`,
          sql`${e.tx} < ${horizon!.xmin}::bigint`,
        ),
      )
      .orderBy(asc(e.tx), asc(e.id))
      .limit(limit);
    if (!rows.length) return 0;
    let { lastId: seq, lastHash: prevHash } = head;
    const links = rows.map((row) => {
      const hash = auditHash(prevHash, contentOf(row));
      const link = { seq: (seq += 1), eventId: row.id, prevHash, hash };
      prevHash = hash;
      return link;
    });
    await tx.insert(auditChain).values(links);
    const last = rows[rows.length - 1]!;
    await tx
      .update(auditHead)
      .set({ lastId: seq, lastHash: prevHash, lastTx: last.tx, lastEventId: last.id })
      .where(eq(auditHead.id, 1));
    return rows.length;
  });
}

/** Chains everything committed so far, batch by batch (the inline run after a write, a test). */
export async function sequenceAll(db: Db): Promise<number> {
  let total = 0;
  for (let n = await sequenceAudit(db); n > 0; n = await sequenceAudit(db)) total += n;
  return total;
}

function snapshot(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(maskNhsNumbersDeep(value)));
}
