import { resolve } from 'node:path';
import { createApi } from './api';
import { seedDemo } from './db/seed-demo';
import { createLogger } from './logger';
import { startServer } from './start';
import { StartupError } from './startup-error';
import { DEMO_PASSWORD, SEED_STAFF } from '../demo-seed/seed-data';

/** SEED=demo only (never in production): who a new user can sign in as. */
function printDemoAccounts(): void {
  console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
  for (const s of SEED_STAFF) console.log(`  ${s.email.padEnd(26)} ${s.name}, ${s.role}`);
}

// The server's entry (`npm run serve` runs its build, dist-server/main.js). Settings come
// from the environment: every one is listed, with its default, in .env.example.

const log = createLogger();

try {
  const server = await startServer({
    env: process.env,
    log,
    // The app built for this server (`npm start` builds it; see src/server/launch.mjs).
    staticDir: resolve(process.env.STATIC_DIR ?? 'dist-app'),
    api: createApi,
    seed: seedDemo,
  });
  const where = server.config.databaseUrl
    ? 'PostgreSQL'
    : `embedded database in ${server.config.dataDir}`;
  console.log(`Cohort register: ${server.url} (${where})`);
  if (server.config.seed === 'demo') printDemoAccounts();
  if (server.metricsUrl) console.log(`Metrics: ${server.metricsUrl}`);
  let stopping = false;
  const stop = (signal: string) => {
    // A second Ctrl-C while closing means "now".
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'closing');
    // close() cuts requests that outlast SHUTDOWN_TIMEOUT_SECONDS itself; this is the last
    // resort should closing the database or the jobs hang.
    const force = setTimeout(
      () => process.exit(1),
      (server.config.shutdownTimeoutMs ?? 10_000) + 5000,
    );
    force.unref();
    server.close().then(
      () => {
        log.info({ signal }, 'closed');
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  if (error instanceof StartupError)
    console.error(`Cohort register cannot start: ${error.message}`);
  else console.error('Cohort register cannot start:', error);
  process.exit(1);
}
