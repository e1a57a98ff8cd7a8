import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openEmbedded } from '../../src/server/db/client';
import { applyMigrations } from '../../src/server/db/migrate';

// A new embedded database costs PGlite's initdb and then every migration: several times what
// opening an existing folder costs. So the server project migrates one folder per run, the
// first time a test file asks for one, and each file gets a copy of it: a database of its own,
// in the state applyMigrations leaves. Files that test a new folder's start or the migrations
// themselves still open their own (openEmbedded, or `open({ migrate: false })`).

/** Copies this run's migrated folder into the empty folder `dataDir`. Two workers that both
 * find no template each make one: the first rename wins and the other copy is dropped, so no
 * worker waits on another. */
export async function copyMigratedTemplate(dataDir: string): Promise<void> {
  const root = inject('embeddedTemplateRoot');
  const template = join(root, 'migrated');
  if (!existsSync(template)) {
    const building = mkdtempSync(join(root, 'building-'));
    const database = await openEmbedded(building);
    await applyMigrations(database.db);
    await database.close();
    try {
      renameSync(building, template);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
  }
  cpSync(template, dataDir, { recursive: true });
}
