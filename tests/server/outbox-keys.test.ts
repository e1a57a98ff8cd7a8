import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxKeyFor, outboxWrappingKey } from '../../src/server/auth/outbox-keys';
import { readConfig } from '../../src/server/config';
import { outboxKeys, staffAccounts } from '../../src/server/db/domain-tables';
import { seedDemo } from '../../src/server/db/seed-demo';
import { StartupError } from '../../src/server/startup-error';
import { BACKENDS, type TestDatabase } from './backends';

// Each account's outbox key is made once from the CSPRNG and stored; with
// OUTBOX_KEY_SECRET it is sealed at rest (a copy of the table alone opens no outbox).

const SECRET = 'a-test-secret-of-at-least-32-characters!';

describe.each(BACKENDS)('outbox keys on $name', (backend) => {
  let t: TestDatabase;
  let priya: string;
  let tom: string;

  beforeAll(async () => {
    t = await backend.open();
    await t.db.transaction((tx) => seedDemo(tx));
    const ids = async (email: string) =>
      (await t.db.select().from(staffAccounts).where(eq(staffAccounts.email, email)))[0]!.id;
    [priya, tom] = await Promise.all([ids('priya.shah@nhs.net'), ids('tom.okafor@nhs.net')]);
  }, 120_000);
  afterAll(() => t?.close());

  const rowOf = async (staffId: string) =>
    (await t.db.select().from(outboxKeys).where(eq(outboxKeys.staffId, staffId)))[0];

  it('is made at the first ask, then the same; two first asks at once agree', async () => {
    const wrapping = outboxWrappingKey(SECRET);
    const [a, b] = await Promise.all([
      t.db.transaction((tx) => outboxKeyFor(tx, priya, wrapping)),
      t.db.transaction((tx) => outboxKeyFor(tx, priya, wrapping)),
    ]);
    expect(a).toHaveLength(32);
    expect(b.equals(a)).toBe(true);
    expect((await t.db.transaction((tx) => outboxKeyFor(tx, priya, wrapping))).equals(a)).toBe(
      true,
    );
    // Sealed at rest: the row holds neither the key nor its base64.
    const row = await rowOf(priya);
    expect(row?.wrapping).toBe('aes-256-gcm');
    expect(row?.secret).not.toContain(a.toString('base64'));
    expect(Buffer.from(row!.secret, 'base64').includes(a)).toBe(false);
    // Another secret does not open it (the server says so rather than make a new key).
    await expect(
      t.db.transaction((tx) => outboxKeyFor(tx, priya, outboxWrappingKey(`${SECRET}-changed`))),
    ).rejects.toThrow(/does not open/);
    await expect(t.db.transaction((tx) => outboxKeyFor(tx, priya, null))).rejects.toThrow(
      /OUTBOX_KEY_SECRET is not set/,
    );
  });

  it('without a secret it is stored as it is, and sealed once a secret is set', async () => {
    const plain = await t.db.transaction((tx) => outboxKeyFor(tx, tom, null));
    expect((await rowOf(tom))?.wrapping).toBe('none');
    const sealed = await t.db.transaction((tx) => outboxKeyFor(tx, tom, outboxWrappingKey(SECRET)));
    expect(sealed.equals(plain)).toBe(true);
    expect((await rowOf(tom))?.wrapping).toBe('aes-256-gcm');
    // A sealed key moved to another account's row does not open there.
    const row = (await rowOf(tom))!;
    await t.db.update(outboxKeys).set({ secret: row.secret }).where(eq(outboxKeys.staffId, priya));
    await expect(
      t.db.transaction((tx) => outboxKeyFor(tx, priya, outboxWrappingKey(SECRET))),
    ).rejects.toThrow(/does not open/);
  });
});

describe('OUTBOX_KEY_SECRET', () => {
  it('is optional, and refused when shorter than 32 characters or set twice', () => {
    expect(readConfig({}).outboxKeySecret).toBeNull();
    expect(readConfig({ OUTBOX_KEY_SECRET: SECRET }).outboxKeySecret).toBe(SECRET);
    expect(() => readConfig({ OUTBOX_KEY_SECRET: 'short' })).toThrow(StartupError);
    expect(() =>
      readConfig({ OUTBOX_KEY_SECRET: SECRET, OUTBOX_KEY_SECRET_FILE: '/nonexistent' }),
    ).toThrow(StartupError);
  });
});
