import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbedded } from '../../src/server/db/client';
import { rowsOf } from '../../src/server/db/database';
import { embeddedDbDir, PGLITE_PG_MAJOR } from '../../src/server/db/embedded-data-dir';
import { applyMigrations, migrationStatus } from '../../src/server/db/migrate';
import { MIGRATIONS } from '../../src/server/db/migration-files';
import { StartupError } from '../../src/server/startup-error';

// One real data folder, made once and migrated; each damaged case works on a copy of it.
let root: string;
let good: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'embedded-test-'));
  good = join(root, 'good');
  const database = await openEmbedded(good);
  await applyMigrations(database.db);
  await database.close();
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function copyOfGood(name: string): string {
  const dir = join(root, name);
  cpSync(good, dir, { recursive: true });
  return dir;
}

/** Every file's path, size and content hash: "untouched" means this is unchanged. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) =>
    readdirSync(d)
      .sort()
      .forEach((name) => {
        const path = join(d, name);
        if (statSync(path).isDirectory()) walk(path);
        else hash.update(`${path}\0`).update(readFileSync(path));
      });
  walk(dir);
  return hash.digest('hex');
}

async function refusedUntouched(dataDir: string, message: RegExp): Promise<void> {
  const before = fingerprint(dataDir);
  const error = await openEmbedded(dataDir).then(
    async (database) => {
      await database.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StartupError);
  expect((error as Error).message).toMatch(message);
  expect(fingerprint(dataDir)).toBe(before);
}

describe('the embedded database (PGlite in DATA_DIR)', () => {
  it('boots in a new folder with every migration applied, once', async () => {
    expect(readFileSync(join(embeddedDbDir(good), 'PG_VERSION'), 'utf8').trim()).toBe(
      String(PGLITE_PG_MAJOR),
    );
    const database = await openEmbedded(good);
    try {
      expect(await applyMigrations(database.db)).toEqual({ applied: [], fresh: false });
      const status = await migrationStatus(database.db);
      expect(status).toMatchObject({ applied: MIGRATIONS.length, pending: [], newer: 0 });
      const tables = rowsOf<{ name: string }>(
        await database.db.execute(
          sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
        ),
      ).map((t) => t.name);
      expect(tables).toEqual(
        expect.arrayContaining(['audit_events', 'audit_head', 'idempotency_keys', 'leases']),
      );
    } finally {
      await database.close();
    }
  });

  it('stops on a folder that lost PG_VERSION, instead of making a new database over it', async () => {
    const dir = copyOfGood('no-version');
    rmSync(join(embeddedDbDir(dir), 'PG_VERSION'));
    await refusedUntouched(dir, /not a whole database folder.*Nothing was changed/);
  });

  it('stops on a folder from a newer PostgreSQL', async () => {
    const dir = copyOfGood('newer-pg');
    writeFileSync(join(embeddedDbDir(dir), 'PG_VERSION'), `${PGLITE_PG_MAJOR + 1}\n`);
    await refusedUntouched(dir, /newer version/);
  });

  it('stops on a damaged control file with a clear message, data untouched', async () => {
    const dir = copyOfGood('damaged');
    writeFileSync(join(embeddedDbDir(dir), 'global', 'pg_control'), Buffer.alloc(8192, 7));
    await refusedUntouched(dir, /could not be opened.*damaged/);
  });

  it('stops on a database migrated by a newer version of the app, changing nothing', async () => {
    const dir = copyOfGood('newer-app');
    const database = await openEmbedded(dir);
    try {
      const future = Math.max(...MIGRATIONS.map((m) => m.when)) + 1000;
      await database.db.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', ${future})`,
      );
      await expect(applyMigrations(database.db)).rejects.toThrow(/newer version of this app/);
      expect((await migrationStatus(database.db)).applied).toBe(MIGRATIONS.length + 1);
    } finally {
      await database.close();
    }
  });
});
