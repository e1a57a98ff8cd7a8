import { readFileSync } from 'node:fs';
import { verifyAuditChain } from './audit-chain-verify';
import { checkpointsInLog, storedCheckpoints } from './audit-checkpoint';
import { openEmbedded, openPostgres } from './db/client';
import { lockDataDir } from './db/data-dir-lock';
import { checkEmbeddedDataDir, embeddedDbDir } from './db/embedded-data-dir';
import { readConfig } from './config';
import { StartupError } from './startup-error';

// `npm run audit:verify [-- --log server.log]`: checks the whole audit chain of the database
// the server would use (DATABASE_URL, or the embedded one in DATA_DIR) against the signed
// checkpoints in it and, given the log stream's file, those in the log too (AUDIT_SIGNING_KEY
// must be set to trust any), and prints the count and OK, with the checkpoint the data ends
// at, or the first bad entry (exit code 1). The embedded database can be opened by one process
// only, so it refuses while the server runs there; PostgreSQL is checked while the server runs.

try {
  const config = readConfig(process.env);
  const logAt = process.argv.indexOf('--log');
  const logFile = logAt > 0 ? process.argv[logAt + 1] : undefined;
  const fromLog = logFile ? checkpointsInLog(readFileSync(logFile, 'utf8')) : [];
  const lock = config.databaseUrl ? null : lockDataDir(config.dataDir);
  try {
    if (!config.databaseUrl && checkEmbeddedDataDir(embeddedDbDir(config.dataDir)) === 'new')
      throw new StartupError(`There is no embedded database in ${config.dataDir}.`);
    const database = config.databaseUrl
      ? await openPostgres(config.databaseUrl, 1)
      : await openEmbedded(config.dataDir);
    try {
      const key = config.auditSigningKey ?? null;
      const checkpoints = [...(await storedCheckpoints(database.db)), ...fromLog];
      const report = await verifyAuditChain(database.db, { checkpoints, key });
      if (report.ok) {
        const proven = report.checkpoint
          ? `; signed up to entry ${report.checkpoint.seq} (the checkpoint of ${report.checkpoint.at}), ${report.count - report.checkpoint.seq} entries after it`
          : key
            ? '; no signed checkpoint yet'
            : '; AUDIT_SIGNING_KEY not set: checkpoints not checked';
        console.log(
          `audit chain: ${report.count} entries, OK${proven}` +
            (report.unchained ? ` (${report.unchained} of the last moments not chained yet)` : ''),
        );
      } else {
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
