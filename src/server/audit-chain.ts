import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AuditAction } from '../domain/audit-actions';
import { maskNhsNumbersDeep } from '../domain/nhs-number-text';
import { canonicalJson } from './canonical-json';
import type { Tx } from './db/database';
import { auditEvents, auditHead } from './db/schema';

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

/** What the hash covers: every column but the hashes themselves, in one fixed form. */
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

/** Appends one entry inside the writer's own transaction (a `Tx`, not a `Db`), so the change
 * and its audit entry commit together or not at all. The head row is locked FOR UPDATE first:
 * a concurrent writer, on this instance or another, waits here until this transaction ends,
 * then chains onto this entry, so the chain never forks. NHS numbers in any text are masked
 * before anything is stored or hashed. */
export async function appendAudit(
  tx: Tx,
  input: AuditInput,
): Promise<AuditContent & { hash: string }> {
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  if (!head) throw new Error('audit_head has no row: the migrations have not run');
  const content: AuditContent = {
    id: head.lastId + 1,
    at: (input.at ?? new Date()).toISOString(),
    actorId: input.actorId,
    actorRole: input.actorRole,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    // Through JSON first, so what is hashed is exactly what jsonb will give back.
    before: snapshot(input.before),
    after: snapshot(input.after),
    requestId: input.requestId,
  };
  const hash = auditHash(head.lastHash, content);
  await tx.insert(auditEvents).values({
    ...content,
    at: new Date(content.at),
    prevHash: head.lastHash,
    hash,
  });
  await tx.update(auditHead).set({ lastId: content.id, lastHash: hash }).where(eq(auditHead.id, 1));
  return { ...content, hash };
}

function snapshot(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(maskNhsNumbersDeep(value)));
}
