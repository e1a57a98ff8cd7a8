import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Refusal } from '../../src/domain/commands/command';
import type { Db, Tx } from '../../src/server/db/database';
import { idempotencyKeys, leases } from '../../src/server/db/schema';
import { ApiError } from '../../src/server/http/api-error';
import { runIdempotent, type IdempotencyScope } from '../../src/server/idempotency';
import { BACKENDS, type TestDatabase } from './backends';

// The write under test inserts a row into `leases` (any table would do) and answers with the
// number of rows it then sees, so a second execution would show as a second row.
let writes = 0;
const insertRow = (name: string) => async (tx: Tx) => {
  writes += 1;
  await tx
    .insert(leases)
    .values({ name: `${name}-${writes}`, holder: name, expiresAt: new Date() });
  const rows = await tx.select().from(leases).where(eq(leases.holder, name));
  return { status: 201, body: { rows: rows.length } };
};
const rowsFor = async (db: Db, name: string) =>
  (await db.select().from(leases).where(eq(leases.holder, name))).length;

describe.each(BACKENDS)('Idempotency-Key on $name', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await backend.open();
  }, 60_000);
  afterAll(() => t?.close());
  const scope = (key: string, over: Partial<IdempotencyScope> = {}): IdempotencyScope => ({
    userId: 'staff-1',
    method: 'POST',
    path: '/api/cohorts',
    key,
    ...over,
  });

  it('a retry with the same key and body gets the first answer and writes nothing', async () => {
    const body = { name: 'Tuesday group', capacity: 20 };
    const first = await runIdempotent(t.db, scope('k1'), body, insertRow('same'));
    // Same body with its keys in another order: still the same request.
    const retry = await runIdempotent(
      t.db,
      scope('k1'),
      { capacity: 20, name: 'Tuesday group' },
      insertRow('same'),
    );
    expect(first).toEqual({ status: 201, body: { rows: 1 }, replayed: false });
    expect(retry).toEqual({ status: 201, body: { rows: 1 }, replayed: true });
    expect(await rowsFor(t.db, 'same')).toBe(1);
  });

  it('the same key with another body is refused with 422, and nothing is written', async () => {
    await runIdempotent(t.db, scope('k2'), { n: 1 }, insertRow('reused'));
    const error = await runIdempotent(t.db, scope('k2'), { n: 2 }, insertRow('reused')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422 });
    expect(await rowsFor(t.db, 'reused')).toBe(1);
  });

  it('is scoped to user, method and path: the same key elsewhere is another request', async () => {
    await runIdempotent(t.db, scope('k3'), {}, insertRow('scoped'));
    await runIdempotent(t.db, scope('k3', { userId: 'staff-2' }), {}, insertRow('scoped'));
    await runIdempotent(t.db, scope('k3', { path: '/api/referrals' }), {}, insertRow('scoped'));
    await runIdempotent(t.db, scope('k3', { method: 'PATCH' }), {}, insertRow('scoped'));
    expect(await rowsFor(t.db, 'scoped')).toBe(4);
  });

  it('a refusal is the first answer too: its write is rolled back and a retry gets it', async () => {
    const refuse = async (tx: Tx) => {
      await insertRow('refused')(tx);
      throw new Refusal('cohort_full', 'This cohort is full.');
    };
    const first = await runIdempotent(t.db, scope('k4'), {}, refuse);
    const retry = await runIdempotent(t.db, scope('k4'), {}, insertRow('refused'));
    const answer = {
      status: 409,
      body: { error: { code: 'cohort_full', message: 'This cohort is full.' } },
    };
    expect(first).toEqual({ ...answer, replayed: false });
    expect(retry).toEqual({ ...answer, replayed: true });
    expect(await rowsFor(t.db, 'refused')).toBe(0);
  });

  it('a server error stores nothing, so the retry does the write', async () => {
    const crash = async () => {
      throw new Error('disk on fire');
    };
    await expect(runIdempotent(t.db, scope('k5'), {}, crash)).rejects.toThrow('disk on fire');
    expect((await runIdempotent(t.db, scope('k5'), {}, insertRow('crashed'))).replayed).toBe(false);
  });

  it('a key expires after 24 hours: then it is a new request', async () => {
    await runIdempotent(t.db, scope('k6'), { n: 1 }, insertRow('expired'));
    await t.owner
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '24 hours 1 minute'` })
      .where(eq(idempotencyKeys.key, 'k6'));
    const again = await runIdempotent(t.db, scope('k6'), { n: 2 }, insertRow('expired'));
    expect(again).toMatchObject({ status: 201, replayed: false });
    expect(await rowsFor(t.db, 'expired')).toBe(2);
  });

  it('ten concurrent first attempts with one key, on two instances: one write, one answer', async () => {
    const other = await t.secondInstance();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        runIdempotent(i % 2 ? other : t.db, scope('k7'), {}, insertRow('raced')),
      ),
    );
    expect(await rowsFor(t.db, 'raced')).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a.body)))).toEqual(new Set(['{"rows":1}']));
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
  });
});
