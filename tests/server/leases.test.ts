import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leases } from '../../src/server/db/schema';
import { releaseLease, tryAcquireLease } from '../../src/server/leases';
import { BACKENDS, type TestDatabase } from './backends';

describe.each(BACKENDS)('leases on $name', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await backend.open();
  }, 60_000);
  afterAll(() => t?.close());

  it('of instances asking at once exactly one gets it; it renews its own', async () => {
    const other = await t.secondInstance();
    const got = await Promise.all(
      ['a', 'b', 'c', 'd'].map((holder, i) =>
        tryAcquireLease(i % 2 ? other : t.db, 'purge', holder, 60_000),
      ),
    );
    expect(got.filter(Boolean)).toHaveLength(1);
    const holder = ['a', 'b', 'c', 'd'][got.indexOf(true)] ?? '';
    expect(await tryAcquireLease(t.db, 'purge', holder, 60_000)).toBe(true);
  });

  it('an expired or released lease is free again', async () => {
    expect(await tryAcquireLease(t.db, 'remind', 'a', 60_000)).toBe(true);
    expect(await tryAcquireLease(t.db, 'remind', 'b', 60_000)).toBe(false);
    await t.owner
      .update(leases)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(leases.name, 'remind'));
    expect(await tryAcquireLease(t.db, 'remind', 'b', 60_000)).toBe(true);
    await releaseLease(t.db, 'remind', 'b');
    expect(await tryAcquireLease(t.db, 'remind', 'c', 60_000)).toBe(true);
  });
});
