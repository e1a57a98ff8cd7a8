import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { generateReferrals } from '../../src/demo-seed/seed-waiting-list';
import { verifyPassword } from '../../src/server/auth/passwords';
import * as t from '../../src/server/db/domain-tables';
import { readSnapshot } from '../../src/server/db/records';
import { insertDemoSeed, insertInChunks } from '../../src/server/db/seed-demo';
import { seedIfEmpty } from '../../src/server/db/seed-if-empty';
import { BACKENDS, type TestDatabase } from './backends';

// The demo the server seeds is the mock's, record for record: what the tables give back is
// what the seed made, so the contract suite meets the same data on either backend.

describe.each(BACKENDS)('the demo seed on $name', (backend) => {
  let db: TestDatabase;
  const seed = demoSeed({ today: '2026-03-02' });
  beforeAll(async () => {
    db = await backend.open();
  }, 60_000);
  afterAll(() => db?.close());

  it('seeds an empty database once, and never over data', async () => {
    expect(await seedIfEmpty(db.db, (tx) => insertDemoSeed(tx, seed))).toBe(true);
    let again = false;
    expect(await seedIfEmpty(db.db, async () => void (again = true))).toBe(false);
    expect(again).toBe(false);
  }, 60_000);

  it('reads back every record as seeded, and keeps only password hashes', async () => {
    const { seededOn: _day, nextId: _next, staff, ...records } = seed;
    const stored = await readSnapshot(db.db, { everyone: true, listHistory: true });
    expect(stored).toEqual({
      ...records,
      // The tables are read in id order.
      staff: staff
        .map(({ password: _password, ...user }) => user)
        .sort((a, b) => a.id.localeCompare(b.id)),
    });
    const accounts = await db.db.select().from(t.staffAccounts);
    expect(new Set(accounts.map((a) => a.passwordHash)).size).toBe(1);
    expect(accounts[0]?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(accounts[0]?.passwordHash ?? null, staff[0]!.password)).toBe(true);
  });

  it('inserts more rows than one statement could carry, in chunks', async () => {
    const used = (await db.db.select().from(t.participants)).map((p) => p.nhsNumber);
    const made = generateReferrals(used, 6_000, '2026-03-02');
    await db.db.transaction(async (tx) => {
      await insertInChunks(tx, t.participants, made.participants);
      await insertInChunks(tx, t.referrals, made.referrals);
    });
    expect((await db.db.select().from(t.referrals)).length).toBe(seed.referrals.length + 6_000);
  }, 60_000);
});
