import { randomBytes } from 'node:crypto';
import { count, desc, sql } from 'drizzle-orm';
import type { ReadNeeds } from '../../backend/read-needs';
import type { Command } from '../../backend/resolver';
import type { AuditEvent } from '../../api/schemas/audit';
import type { AuditPage } from '../../api/schemas/audit-query';
import type { AuditFilter } from '../../api/schemas/audit-filter';
import type { StaffUser } from '../../api/schemas/staff';
import { refuse, type CommandContext } from '../../domain/commands/command';
import { todayIso } from '../../domain/dates';
import type { Scope } from '../../domain/policy';
import { appendAudit } from '../audit-chain';
import type { DbOrTx, Tx } from '../db/database';
import { pgError, SQLSTATE } from '../db/pg-error';
import type { EndpointKey } from '../../api/endpoints';
import { applyChanges, auditEventOf } from '../db/records';
import { lockForWrite, takeRowLocks, type RowLocks } from '../db/row-locks';
import { readForWrite } from '../db/scoped-records';
import { auditEvents } from '../db/schema';

/** A constraint's refusal, said as the domain rule it backs says it. */
const CONSTRAINT_REFUSALS: Record<
  string,
  [Parameters<typeof refuse>[0], string, Record<string, string[]>?]
> = {
  staff_accounts_email: [
    'conflict',
    'An account already uses this email address.',
    { email: ['An account already uses this email address'] },
  ],
  referrals_one_entry_per_nhs_number: [
    'duplicate_nhs_number',
    'This NHS number is already on the waiting list.',
  ],
  participants_nhs_number: ['duplicate_nhs_number', 'This NHS number is already recorded.'],
  offers_one_open_per_vacancy: ['conflict', 'This place already has an open offer.'],
  offers_one_open_per_person: ['conflict', 'This person already holds an open offer.'],
  attendance_one_mark: ['conflict', 'Someone else marked this person at the same time.'],
};

function refusalFor(error: unknown): never {
  const info = pgError(error);
  const known = info?.constraint ? CONSTRAINT_REFUSALS[info.constraint] : undefined;
  if (known) refuse(known[0], known[1], known[2]);
  // The place triggers (migration 0003_places) raise P0001 with the refusal's code.
  if (info?.code === 'P0001' && info.message.startsWith('cohort_full'))
    refuse('cohort_full', 'This cohort is full.');
  if (info?.code === 'P0001' && info.message.startsWith('already_enrolled'))
    refuse('already_enrolled', 'This person already has a place in another cohort.');
  if (info?.code === 'P0001' && info.message.startsWith('capacity_below_places')) {
    const held = info.message.replace(/\D+/g, '');
    refuse('validation_failed', 'Some details need correcting.', {
      capacity: [`${held} people already hold places: capacity cannot be below ${held}`],
    });
  }
  if (info?.code === SQLSTATE.foreignKeyViolation)
    refuse('not_found', 'A record it refers to was not found.');
  throw error;
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

export function commandContext(user: StaffUser, scope: Scope, now = new Date()): CommandContext {
  return {
    actor: { id: user.id, role: user.role, scope },
    now: now.toISOString(),
    today: todayIso(now),
    newId,
  };
}

/** Which write runs the command (its endpoint, path and body: what it locks and reads,
 * src/server/db/row-locks.ts and scoped-records.ts), or the locks a server job takes itself. */
export type WriteOf =
  | { key: EndpointKey; params: Record<string, string>; body: unknown }
  | { locks: (tx: Tx) => Promise<RowLocks> };

/** Runs a domain command in the caller's transaction: locks the rows the write changes, reads
 * the records its rule needs, stores its changes and inserts its audit entries (chained after
 * commit: src/server/audit-chain.ts). */
export async function runCommandIn<R>(
  tx: Tx,
  who: {
    user: StaffUser;
    scope: Scope;
    requestId: string;
    now?: Date;
    /** Who the audit trail names, when not the user (the server's own jobs: 'system'). */
    auditAs?: { id: string; role: string };
  },
  command: Command<R>,
  write: WriteOf,
  needs?: ReadNeeds,
): Promise<R> {
  const locks =
    'key' in write
      ? await lockForWrite(tx, write.key, write)
      : await takeRowLocks(tx, await write.locks(tx));
  const records = await readForWrite(tx, 'key' in write ? write.key : undefined, locks, needs);
  const cc = commandContext(who.user, who.scope, who.now);
  const { changes, result } = command(records, cc);
  // No savepoint of its own: a constraint's refusal ends the request's transaction (or, under
  // an Idempotency-Key, is stored by itself after it: src/server/idempotency.ts), so nothing
  // goes on in this one after it fails.
  try {
    await applyChanges(tx, changes);
  } catch (error) {
    refusalFor(error);
  }
  for (const entry of changes.audit) {
    await appendAudit(tx, {
      ...entry,
      actorId: who.auditAs?.id ?? who.user.id,
      actorRole: who.auditAs?.role ?? who.user.role,
      requestId: who.requestId,
      at: new Date(cc.now),
    });
  }
  return result;
}

/** The entries of the audit trail that match, newest first, one page of them, filtered in
 * SQL, and how many match in all. */
export async function readAuditTrail(
  db: DbOrTx,
  filter: AuditFilter,
  page: AuditPage,
): Promise<{ items: AuditEvent[]; total: number }> {
  const where = [
    filter.actor ? sql`${auditEvents.actorId} = ${filter.actor}` : undefined,
    filter.entity ? sql`${auditEvents.entity} = ${filter.entity}` : undefined,
    filter.record ? sql`${auditEvents.entityId} = ${filter.record}` : undefined,
    // Whole days in UTC, as the mock compares the entries' ISO dates, whatever the session's
    // time zone.
    filter.from
      ? sql`${auditEvents.at} >= (${filter.from}::date)::timestamp at time zone 'UTC'`
      : undefined,
    filter.to
      ? sql`${auditEvents.at} < (${filter.to}::date + 1)::timestamp at time zone 'UTC'`
      : undefined,
  ].filter((part) => part !== undefined);
  const matching = where.length ? sql.join(where, sql` and `) : undefined;
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(matching)
      .orderBy(desc(auditEvents.id))
      .offset(page.offset)
      .limit(page.limit),
    db.select({ total: count() }).from(auditEvents).where(matching),
  ]);
  return { items: rows.map(auditEventOf), total: counted?.total ?? 0 };
}
