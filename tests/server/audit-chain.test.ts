import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendAudit,
  sequenceAll,
  sequenceAudit,
  type AuditInput,
} from '../../src/server/audit-chain';
import { verifyAuditChain } from '../../src/server/audit-chain-verify';
import type { Db } from '../../src/server/db/database';
import { pgError } from '../../src/server/db/pg-error';
import { auditChain, auditEvents } from '../../src/server/db/schema';
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
  }, 180_000);
  afterAll(() => t?.close());

  it('a write leaves its entries unchained; the sequencer chains them 1, 2, 3 in order', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 0, unchained: 3 });
    expect(await sequenceAll(t.db)).toBe(3);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 3, unchained: 0 });
    const links = await t.db.select().from(auditChain).orderBy(asc(auditChain.seq));
    expect(links.map((l) => l.seq)).toEqual([1, 2, 3]);
    expect(links[1]?.prevHash).toBe(links[0]?.hash);
    // Nothing new: a second run chains nothing and changes nothing.
    expect(await sequenceAudit(t.db)).toBe(0);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE of entries and links, even from the owner', async () => {
    for (const db of [t.db, t.owner]) {
      const codes = [
        await refusal(db.update(auditEvents).set({ action: 'x' }).where(eq(auditEvents.id, 1))),
        await refusal(db.delete(auditEvents).where(eq(auditEvents.id, 1))),
        await refusal(db.execute(sql`truncate audit_events`)),
        await refusal(db.update(auditChain).set({ hash: 'x' }).where(eq(auditChain.seq, 1))),
        await refusal(db.delete(auditChain).where(eq(auditChain.seq, 1))),
        await refusal(db.execute(sql`truncate audit_chain`)),
      ];
      // The trigger's error, or (app role on PostgreSQL) no privilege at all: both 42501.
      // Truncating the entries is refused sooner still: the chain's links refer to them.
      expect(codes).toEqual([
        '42501',
        '42501',
        expect.stringMatching(/^(42501|0A000)$/),
        '42501',
        '42501',
        '42501',
      ]);
    }
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
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
    await sequenceAll(t.db);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('concurrent writes and sequencers from two instances never fork the chain', async () => {
    const other = await t.secondInstance();
    const before = (await verifyAuditChain(t.db)).count;
    await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const db = i % 2 ? other : t.db;
        await append(db, entry(100 + i));
        await sequenceAudit(db);
      }),
    );
    await sequenceAll(t.db);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: before + 40, unchained: 0 });
    const links = await t.db.select({ prev: auditChain.prevHash }).from(auditChain);
    expect(new Set(links.map((l) => l.prev)).size).toBe(links.length);
  });

  it.runIf(backend.name === 'postgres')(
    'an entry of an older transaction that commits late is chained, never passed over',
    async () => {
      await sequenceAll(t.db);
      const other = await t.secondInstance();
      let commitLate!: () => void;
      const late = new Promise<void>((resolve) => (commitLate = resolve));
      let written!: () => void;
      const inserted = new Promise<void>((resolve) => (written = resolve));
      // The older transaction: writes its entry, then waits before committing.
      const older = other.transaction(async (tx) => {
        await appendAudit(tx, entry(500));
        written();
        await late;
      });
      await inserted;
      await append(t.db, entry(501)); // younger, committed first
      expect(await sequenceAudit(t.db)).toBe(0); // the older one still runs: nothing yet
      commitLate();
      await older;
      expect(await sequenceAll(t.db)).toBe(2);
      const last = await t.db
        .select({ entityId: auditEvents.entityId })
        .from(auditChain)
        .innerJoin(auditEvents, eq(auditEvents.id, auditChain.eventId))
        .orderBy(asc(auditChain.seq));
      expect(last.slice(-2).map((r) => r.entityId)).toEqual(['cohort-500', 'cohort-501']);
      expect((await verifyAuditChain(t.db)).ok).toBe(true);
    },
  );

  it('an entry left unchained for long is reported: the sequencer is not running', async () => {
    await t.db.transaction((tx) =>
      appendAudit(tx, { ...entry(900), at: new Date(Date.now() - 60 * 60_000) }),
    );
    const report = await verifyAuditChain(t.db);
    expect(report.ok).toBe(false);
    await sequenceAll(t.db);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
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
    const [second] = await t.db.select().from(auditChain).where(eq(auditChain.seq, 2));
    await tamper(() =>
      t.owner
        .update(auditEvents)
        .set({ after: { name: 'Cohort 2', capacity: 99 } })
        .where(eq(auditEvents.id, second!.eventId)),
    );
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      count: 1,
      firstBad: { id: 2, reason: 'its content does not match its hash' },
    });
  });
});
