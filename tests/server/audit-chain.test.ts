import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, type AuditInput } from '../../src/server/audit-chain';
import { verifyAuditChain } from '../../src/server/audit-chain-verify';
import type { Db } from '../../src/server/db/database';
import { pgError } from '../../src/server/db/pg-error';
import { auditEvents } from '../../src/server/db/schema';
import { BACKENDS, type TestDatabase } from './backends';

const entry = (n: number, extra: Partial<AuditInput> = {}): AuditInput => ({
  actorId: 'staff-1',
  actorRole: 'service-admin',
  action: 'cohort.update',
  entity: 'cohort',
  entityId: `cohort-${n}`,
  before: { name: `Cohort ${n}`, capacity: 20 },
  after: { name: `Cohort ${n}`, capacity: 18 },
  requestId: `request-${n}`,
  ...extra,
});

const append = (db: Db, input: AuditInput) => db.transaction((tx) => appendAudit(tx, input));

// The chain takes only an action with words (src/domain/audit-actions.ts): `tsc -b` fails here
// if AuditInput's action is widened back to any string.
// @ts-expect-error: an action the audit page has no words for
export const wordless: AuditInput = { ...entry(0), action: 'cohort.renamed' };

/** The SQLSTATE the database answered with (the statement must fail). */
async function refusal(statement: Promise<unknown>): Promise<string | undefined> {
  const error = await statement.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the database accepted it').not.toBeNull();
  return pgError(error)?.code;
}

describe.each(BACKENDS)('audit trail on $name', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await backend.open();
    for (let n = 1; n <= 3; n += 1) await append(t.db, entry(n));
  }, 60_000);
  afterAll(() => t?.close());

  it('verifies: ids run 1, 2, 3 and each entry chains onto the one before', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 3 });
    const rows = await t.db.select().from(auditEvents).orderBy(asc(auditEvents.id));
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE, even from the owner', async () => {
    for (const db of [t.db, t.owner]) {
      const codes = [
        await refusal(db.update(auditEvents).set({ action: 'x' }).where(eq(auditEvents.id, 1))),
        await refusal(db.delete(auditEvents).where(eq(auditEvents.id, 1))),
        await refusal(db.execute(sql`truncate audit_events`)),
      ];
      // The trigger's error, or (app role on PostgreSQL) no privilege at all: both 42501.
      expect(codes).toEqual(['42501', '42501', '42501']);
    }
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 3 });
  });

  it('masks NHS numbers written any way in free text before storing and hashing', async () => {
    const written = await append(
      t.db,
      entry(4, { after: { note: 'Called 943 476 5919, also 943-476-5919 / 9434765919', n: 12 } }),
    );
    const [row] = await t.db.select().from(auditEvents).where(eq(auditEvents.id, written.id));
    expect(JSON.stringify(row?.after)).not.toMatch(/476/);
    expect(row?.after).toEqual({
      note: 'Called *** *** 5919, also *** *** 5919 / *** *** 5919',
      n: 12,
    });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('concurrent appends from two instances never fork the chain', async () => {
    const other = await t.secondInstance();
    const before = (await verifyAuditChain(t.db)).count;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => append(i % 2 ? other : t.db, entry(100 + i))),
    );
    const report = await verifyAuditChain(t.db);
    expect(report).toEqual({ ok: true, count: before + 40 });
    const rows = await t.db.select({ prev: auditEvents.prevHash }).from(auditEvents);
    expect(new Set(rows.map((r) => r.prev)).size).toBe(rows.length);
  });

  it('an entry changed behind the trigger is found, and reported as the first bad one', async () => {
    const tamper = async (change: () => Promise<unknown>) => {
      await t.owner.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      try {
        await change();
      } finally {
        await t.owner.execute(
          sql`alter table audit_events enable trigger audit_events_append_only`,
        );
      }
    };
    await tamper(() =>
      t.owner
        .update(auditEvents)
        .set({ after: { name: 'Cohort 2', capacity: 99 } })
        .where(eq(auditEvents.id, 2)),
    );
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      count: 1,
      firstBad: { id: 2, reason: 'its content does not match its hash' },
    });
  });
});
