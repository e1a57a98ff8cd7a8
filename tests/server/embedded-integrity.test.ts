import { cpSync, mkdtempSync, openSync, rmSync, truncateSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbedded } from '../../src/server/db/client';
import { rowsOf } from '../../src/server/db/database';
import { embeddedDbDir } from '../../src/server/db/embedded-data-dir';
import { applyMigrations } from '../../src/server/db/migrate';
import { seedDemo } from '../../src/server/db/seed-demo';
import { StartupError } from '../../src/server/startup-error';

// The embedded database checks itself at start: a table file cut short or garbled underneath
// it stops the start with a clear message, where it used to start with rows silently gone.

let root: string;
let good: string;
let participantsFile: string;
let participants: number;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'integrity-test-'));
  good = join(root, 'good');
  const database = await openEmbedded(good);
  await applyMigrations(database.db);
  await database.db.transaction((tx) => seedDemo(tx));
  const [file] = rowsOf<{ path: string }>(
    await database.db.execute(sql`select pg_relation_filepath('participants') as path`),
  );
  participantsFile = file!.path;
  const [count] = rowsOf<{ n: number }>(
    await database.db.execute(sql`select count(*)::int as n from participants`),
  );
  participants = count!.n;
  await database.close();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function copyOfGood(name: string): { dataDir: string; file: string } {
  const dataDir = join(root, name);
  cpSync(good, dataDir, { recursive: true });
  return { dataDir, file: join(embeddedDbDir(dataDir), participantsFile) };
}

async function startError(dataDir: string): Promise<unknown> {
  return openEmbedded(dataDir).then(
    async (database) => {
      await database.close();
      return null;
    },
    (e: unknown) => e,
  );
}

describe('the embedded database checks itself at start', () => {
  it('a whole database starts, with every row', async () => {
    const { dataDir } = copyOfGood('whole');
    const database = await openEmbedded(dataDir);
    const [count] = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from participants`),
    );
    await database.close();
    expect(count!.n).toBe(participants);
    expect(participants).toBeGreaterThan(0);
  }, 120_000);

  it('a table file cut short stops the start, naming the table', async () => {
    const { dataDir, file } = copyOfGood('truncated');
    truncateSync(file, 0);
    const error = await startError(dataDir);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(
      /^The embedded database in .* is damaged: participants failed its check at start/,
    );
    expect((error as Error).message).toMatch(/Restore the folder from a backup/);
  }, 120_000);

  it('a garbled table file stops the start', async () => {
    const { dataDir, file } = copyOfGood('garbled');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(512, 0xa5), 0, 512, 24);
    closeSync(fd);
    const error = await startError(dataDir);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/is damaged: participants/);
  }, 120_000);
});
