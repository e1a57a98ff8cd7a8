import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, sequenceAll, type AuditInput } from '../../src/server/audit-chain';
import { verifyAuditChain } from '../../src/server/audit-chain-verify';
import {
  signCheckpoint,
  storedCheckpoints,
  writeCheckpoint,
} from '../../src/server/audit-checkpoint';
import type { Db } from '../../src/server/db/database';
import { pgError } from '../../src/server/db/pg-error';
import { auditChain, auditHead } from '../../src/server/db/schema';
import { BACKENDS, type TestDatabase } from './backends';

// The chain proves itself: the app role appends and chains only through the owner's functions,
// and signed checkpoints (a key the database never holds) catch what the owner could do behind
// the triggers: cut the tail and rewind the head, or alter an entry and rewrite the hashes.

const KEY = 'a-test-signing-key-of-32-characters-at-least';
const entry = (n: number): AuditInput => ({
  actorId: 'stf_joanne',
  actorRole: 'service-admin',
  action: 'staff.update',
  entity: 'staff',
  entityId: `stf_${n}`,
  after: { n },
  requestId: `request-${n}`,
});

async function code(statement: Promise<unknown>): Promise<string | undefined> {
  const error = await statement.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the database accepted it').not.toBeNull();
  return pgError(error)?.code;
}

/** As the owner, behind the triggers: what someone holding the owner role could do. */
async function behindTriggers(owner: Db, change: () => Promise<unknown>) {
  const tables = ['audit_events', 'audit_chain', 'audit_head'];
  for (const t of tables) await owner.execute(sql.raw(`alter table ${t} disable trigger user`));
  try {
    await change();
  } finally {
    for (const t of tables) await owner.execute(sql.raw(`alter table ${t} enable trigger user`));
  }
}

const verify = async (db: Db) =>
  verifyAuditChain(db, { checkpoints: await storedCheckpoints(db), key: KEY });

describe.each(BACKENDS)('the audit chain proves itself on $name', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await backend.open();
    for (let n = 1; n <= 8; n += 1) await t.db.transaction((tx) => appendAudit(tx, entry(n)));
    await sequenceAll(t.db);
    expect(await writeCheckpoint(t.db, KEY)).toMatchObject({ seq: 8 });
  }, 180_000);
  afterAll(() => t?.close());

  it.runIf(backend.name === 'postgres')(
    'the app role cannot write the trail, the chain or the head; only the functions',
    async () => {
      expect([
        await code(
          t.db.execute(sql`insert into audit_events (at, actor_id, actor_role, action, entity,
            entity_id, request_id) values (now(), 'stf_joanne', 'service-admin', 'staff.update',
            'staff', 'stf_1', 'forged')`),
        ),
        await code(t.db.update(auditHead).set({ lastId: 0 }).where(eq(auditHead.id, 1))),
        await code(t.db.delete(auditHead)),
        await code(
          t.db.insert(auditChain).values({ seq: 99, eventId: 1, prevHash: 'x', hash: 'y' }),
        ),
      ]).toEqual(['42501', '42501', '42501', '42501']);
    },
  );

  it('the chaining function refuses a text that is not the entry it names', async () => {
    const written = await t.db.transaction((tx) => appendAudit(tx, entry(9)));
    const forged = JSON.stringify({ ...written, action: 'staff.create' });
    expect(
      await code(
        t.db.execute(
          sql`select audit_chain_extend(${`{${written.id}}`}::bigint[], array[${forged}]::text[])`,
        ),
      ),
    ).toBe('22000');
    expect(await sequenceAll(t.db)).toBe(1);
    expect(await verify(t.db)).toMatchObject({ ok: true, count: 9, checkpoint: { seq: 8 } });
  });

  it('a checkpoint signed with another key is reported', async () => {
    const [real] = await storedCheckpoints(t.db);
    const forged = {
      ...real!,
      signature: signCheckpoint('another-key-of-32-characters-or-more', real!),
    };
    const report = await verifyAuditChain(t.db, { checkpoints: [forged], key: KEY });
    expect(report).toMatchObject({ ok: false, firstBad: { id: 8 } });
  });

  it('as the owner, the last 3 entries deleted and the head rewound: verify names them', async () => {
    expect(await writeCheckpoint(t.db, KEY, new Date(), 0)).toMatchObject({ seq: 9 });
    const links = await t.db.select().from(auditChain).orderBy(auditChain.seq);
    const keep = links[links.length - 4]!;
    await behindTriggers(t.owner, async () => {
      await t.owner.execute(sql`delete from audit_chain where seq > ${keep.seq}`);
      await t.owner.execute(
        sql`delete from audit_events where id in (${sql.join(
          links.slice(-3).map((l) => sql`${l.eventId}`),
          sql`, `,
        )})`,
      );
      await t.owner
        .update(auditHead)
        .set({ lastId: keep.seq, lastHash: keep.hash, lastEventId: keep.eventId })
        .where(eq(auditHead.id, 1));
    });
    // The hashes and the head agree: without a checkpoint the cut cannot be seen.
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
    const report = await verify(t.db);
    expect(report).toMatchObject({ ok: false, count: 6, firstBad: { id: 7 } });
    expect(report.ok || report.firstBad.reason).toMatch(/^entries 7 to 9 are missing/);
  });
});
