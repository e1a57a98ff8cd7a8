import { hostname } from 'node:os';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { allowedHostNames, readConfig, urlHost, type ServerConfig } from './config';
import { openEmbedded, openPostgres } from './db/client';
import { lockDataDir, type DataDirLock } from './db/data-dir-lock';
import type { Database, Db, Tx } from './db/database';
import { applyMigrations, refuseUnlessMigrated } from './db/migrate';
import { seedIfEmpty } from './db/seed-if-empty';
import { createApp } from './http/app';
import type { AppEnv } from './http/app-env';
import { purgeExpiredIdempotencyKeys } from './idempotency';
import { purgeOldFailures } from './auth/throttle';
import { tryAcquireLease } from './leases';
import { scheduleAuditSequencer } from './audit-sequencer-job';
import { scheduleOfferExpiry } from './offer-expiry-job';
import { scheduleDeliveryStatus } from './notify/delivery-status-job';
import { notifierFor } from './notify/notify-client';
import type { Logger } from './logger';
import { StartupError } from './startup-error';

export interface StartOptions {
  env: Record<string, string | undefined>;
  log: Logger;
  /** The built app to serve; none when absent. */
  staticDir?: string;
  api?: (config: ServerConfig, deps: { log: Logger }) => Hono<AppEnv>;
  /** Writes the demo data, only with SEED=demo and never over existing data: on an embedded
   * database created by this start, in the transaction of its first migrations; on
   * PostgreSQL, when the (migrated) database holds no records at all yet. */
  seed?: (tx: Tx) => Promise<void>;
}

export interface RunningServer {
  url: string;
  config: ServerConfig;
  database: Database;
  close(): Promise<void>;
}

/** config -> lock -> open -> migrate (embedded) or check migrations (PostgreSQL) -> app ->
 * listen. Whatever was taken is given back if a later step fails. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { log } = options;
  const config = readConfig(options.env);
  const undo: (() => Promise<void> | void)[] = [];
  const rollback = async () => {
    for (const step of undo.reverse()) await (async () => step())().catch(() => undefined);
  };
  try {
    let database: Database;
    if (config.databaseUrl) {
      database = await openPostgres(config.databaseUrl);
      undo.push(() => database.close());
      await refuseUnlessMigrated(database.db);
      if (config.seed === 'demo' && options.seed && (await seedIfEmpty(database.db, options.seed)))
        log.info({ seeded: true }, 'seeded the empty database with the demo');
    } else {
      const lock: DataDirLock = lockDataDir(config.dataDir);
      undo.push(() => lock.release());
      database = await openEmbedded(config.dataDir);
      undo.push(() => database.close());
      const seed = config.seed === 'demo' ? options.seed : undefined;
      const { applied, fresh } = await applyMigrations(database.db, seed);
      if (applied.length) log.info({ migrations: applied, seeded: fresh && !!seed }, 'migrated');
    }
    const app = createApp({
      db: database.db,
      log,
      hostNames: allowedHostNames(config),
      appOrigin: config.appOrigin,
      ...(options.staticDir ? { staticDir: options.staticDir } : {}),
      ...(options.api ? { api: options.api(config, { log }) } : {}),
    });
    const server = await listen(app, config);
    undo.push(() => closeServer(server));
    const port = (server.address() as { port: number }).port;
    undo.push(purgeHourly(database.db, log));
    undo.push(scheduleOfferExpiry(database.db, log));
    undo.push(scheduleAuditSequencer(database.db, log));
    if (config.notify)
      undo.push(
        scheduleDeliveryStatus(
          database.db,
          notifierFor(config.notify),
          log,
          config.notify.statusEveryMs,
        ),
      );
    let closing: Promise<void> | null = null;
    return {
      url: `http://${urlHost(config.host)}:${port}`,
      config,
      database,
      close: () => (closing ??= rollback()),
    };
  } catch (error) {
    await rollback();
    throw error;
  }
}

type NodeServer = ReturnType<typeof serve>;

function listen(app: Hono<AppEnv>, config: ServerConfig): Promise<NodeServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
    server.once('listening', () => resolve(server));
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${config.port} on ${config.host} is in use: set PORT to another.`,
            )
          : e,
      ),
    );
  });
}

function closeServer(server: NodeServer): Promise<void> {
  return new Promise((resolve) => {
    // Requests under way finish (main.ts gives up after 10 s); idle kept-alive connections
    // would otherwise hold close() open until they time out.
    server.close(() => resolve());
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
}

/** Expired idempotency keys and old sign-in failures are deleted hourly by whichever
 * instance holds the lease. */
function purgeHourly(db: Db, log: Logger): () => void {
  const holder = `${hostname()}:${process.pid}`;
  const purge = async () => {
    try {
      if (await tryAcquireLease(db, 'purge-idempotency-keys', holder, 55 * 60_000)) {
        log.info({ purged: await purgeExpiredIdempotencyKeys(db) }, 'expired idempotency keys');
        log.info({ purged: await purgeOldFailures(db) }, 'sign-in failures older than a day');
      }
    } catch (error) {
      log.warn({ err: { type: (error as Error).name } }, 'idempotency purge failed');
    }
  };
  const timer = setInterval(purge, 60 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
