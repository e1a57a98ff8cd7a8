import { verifyAuditChain } from './audit-chain-verify';
import { openEmbedded, openPostgres } from './db/client';
import { lockDataDir } from './db/data-dir-lock';
import { checkEmbeddedDataDir, embeddedDbDir } from './db/embedded-data-dir';
import { readConfig } from './config';
import { StartupError } from './startup-error';

// `npm run audit:verify`: checks the whole audit chain of the database the server would use
// (DATABASE_URL, or the embedded one in DATA_DIR) and prints the count and OK, or the first
// bad entry (exit code 1). The embedded database can be opened by one process only, so it
// refuses while the server runs there; PostgreSQL is checked while the server runs.

try {
  const config = readConfig(process.env);
  const lock = config.databaseUrl ? null : lockDataDir(config.dataDir);
  try {
    if (!config.databaseUrl && checkEmbeddedDataDir(embeddedDbDir(config.dataDir)) === 'new')
      throw new StartupError(`There is no embedded database in ${config.dataDir}.`);
    const database = config.databaseUrl
      ? await openPostgres(config.databaseUrl, 1)
      : await openEmbedded(config.dataDir);
    try {
      const report = await verifyAuditChain(database.db);
      if (report.ok)
        console.log(
          `audit chain: ${report.count} entries, OK` +
            (report.unchained ? ` (${report.unchained} of the last moments not chained yet)` : ''),
        );
      else {
        console.log(
          `audit chain: BROKEN at entry ${report.firstBad.id}: ${report.firstBad.reason} ` +
            `(${report.count} entries before it verify)`,
        );
        process.exitCode = 1;
      }
    } finally {
      await database.close();
    }
  } finally {
    lock?.release();
  }
} catch (error) {
  console.error(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
