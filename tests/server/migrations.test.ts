import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantAppRole } from '../../src/server/db/grants';
import type { Tx } from '../../src/server/db/database';
import {
  applyMigrations,
  migrationStatus,
  refuseUnlessMigrated,
} from '../../src/server/db/migrate';
import { MIGRATIONS } from '../../src/server/db/migration-files';
import { pgError } from '../../src/server/db/pg-error';
import { leases } from '../../src/server/db/schema';
import { StartupError } from '../../src/server/startup-error';
import { BACKENDS, type TestDatabase } from './backends';

describe.each(BACKENDS)('migrations on $name', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await backend.open({ migrate: false });
  }, 60_000);
  afterAll(() => t?.close());

  it('the server refuses to start while migrations are pending, naming them', async () => {
    const error = await refuseUnlessMigrated(t.db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain(
      `${MIGRATIONS.length} database migration(s) pending`,
    );
    expect((error as Error).message).toContain('npm run db:migrate');
  });

  it('starts once the owner has applied them; applying again does nothing', async () => {
    expect((await applyMigrations(t.owner)).applied).toEqual(MIGRATIONS.map((m) => m.tag));
    if (backend.name === 'postgres') {
      await grantAppRole(t.owner, new URL(process.env.DATABASE_URL ?? '').username);
    }
    await expect(refuseUnlessMigrated(t.db)).resolves.toBeUndefined();
    expect(await applyMigrations(t.owner)).toEqual({ applied: [], fresh: false });
  });

  it.runIf(backend.name === 'postgres')('the app role cannot change the schema', async () => {
    const error = await t.db.execute(sql`create table sneaky (id int)`).catch((e: unknown) => e);
    expect(pgError(error)?.code).toBe('42501');
  });
});

describe.each(BACKENDS)('the demo seed on $name', (backend) => {
  it('runs only on a new database, in the transaction of its first migrations', async () => {
    const t = await backend.open({ migrate: false });
    try {
      const failing = async (tx: Tx) => {
        await tx.insert(leases).values({ name: 'seeded', holder: 'seed', expiresAt: new Date() });
        throw new Error('seed failed half way');
      };
      await expect(applyMigrations(t.owner, failing)).rejects.toThrow('seed failed half way');
      // All rolled back, migrations included: the next start is a first start again.
      expect((await migrationStatus(t.owner)).applied).toBe(0);
      const seed = async (tx: Tx) => {
        await tx.insert(leases).values({ name: 'seeded', holder: 'seed', expiresAt: new Date() });
      };
      expect((await applyMigrations(t.owner, seed)).fresh).toBe(true);
      expect((await applyMigrations(t.owner, seed)).fresh).toBe(false);
      expect(await t.owner.select().from(leases)).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});
