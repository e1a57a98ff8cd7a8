import { readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { openEmbedded } from '../db/client';
import { lockDataDir } from '../db/data-dir-lock';
import { checkEmbeddedDataDir, embeddedDbDir } from '../db/embedded-data-dir';
import { StartupError } from '../startup-error';

// The embedded database (PGlite) as one file: PGlite's own dump of its data folder, a gzipped
// tar. One process opens the folder at a time, so both take the folder's lock: a running
// server makes them refuse (stop it first; its SIGTERM releases the lock at once).

export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  const lock = lockDataDir(dataDir);
  try {
    if (checkEmbeddedDataDir(embeddedDbDir(dataDir)) === 'new')
      throw new StartupError(`There is no embedded database in ${dataDir}.`);
    const database = await openEmbedded(dataDir);
    try {
      const client = (database.db as unknown as { $client: PGlite }).$client;
      const dump = await client.dumpDataDir('gzip');
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    } finally {
      await database.close();
    }
  } finally {
    lock.release();
  }
}

/** Into a DATA_DIR that holds no database yet. */
export async function restoreEmbedded(dataDir: string, file: string): Promise<void> {
  const lock = lockDataDir(dataDir);
  try {
    const dir = embeddedDbDir(dataDir);
    if (checkEmbeddedDataDir(dir) !== 'new')
      throw new StartupError(
        `${dataDir} already holds a database: restore into a new DATA_DIR, then point the ` +
          'server at it (or move the old folder aside first).',
      );
    const client = await PGlite.create(dir, {
      loadDataDir: new Blob([readFileSync(file)], { type: 'application/x-gzip' }),
    });
    await client.close();
  } finally {
    lock.release();
  }
}
