import type { Server } from 'node:http';
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
import { linkRoutes } from './links/link-routes';
import { purgeOldLinkFailures } from './links/link-throttle';
import { tryAcquireLease } from './leases';
import { AUDIT_SEQUENCER_EVERY_MS, scheduleAuditSequencer } from './audit-sequencer-job';
import { OFFER_EXPIRY_EVERY_MS, scheduleOfferExpiry } from './offer-expiry-job';
import { scheduleDeliveryStatus } from './notify/delivery-status-job';
import { MATERIAL_EVERY_MS, scheduleMaterialSends } from './notify/material-job';
import { scheduleReminders } from './notify/reminder-job';
import { notifierFor, type Notifier } from './notify/notify-client';
import type { Logger } from './logger';
import { addHealthRoutes } from './ops/health';
import { createMetrics, type ServerMetrics } from './ops/metrics';
import { addMetricsRoute, measureRequests, serveMetricsApart } from './ops/metrics-http';
import { countedNotifier } from './ops/notify-metrics';
import { drainingServer, type Draining } from './ops/shutdown';
import { StartupError } from './startup-error';

export interface StartOptions {
  env: Record<string, string | undefined>;
  log: Logger;
  /** The built app to serve; none when absent. */
  staticDir?: string;
  api?: (
    config: ServerConfig,
    deps: { log: Logger; notifier: Notifier | null; metrics: ServerMetrics },
  ) => Hono<AppEnv>;
  /** Writes the demo data, only with SEED=demo and never over existing data: on an embedded
   * database created by this start, in the transaction of its first migrations; on
   * PostgreSQL, when the (migrated) database holds no records at all yet. */
  seed?: (tx: Tx) => Promise<void>;
}

export interface RunningServer {
  url: string;
  config: ServerConfig;
  database: Database;
  metrics: ServerMetrics;
  /** Where /metrics is served apart (METRICS_PORT), or null. */
  metricsUrl: string | null;
  /** Graceful: stop accepting, answer what is in flight (up to SHUTDOWN_TIMEOUT_SECONDS),
   * stop the jobs, close the database, release the data folder's lock. */
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
    const metrics = createMetrics({ pool: database.poolStats });
    const notifier = config.notify ? countedNotifier(notifierFor(config.notify), metrics) : null;
    const metricsOn = config.metrics?.enabled ?? true;
    let draining: Draining | null = null;
    const app = createApp({
      db: database.db,
      log,
      hostNames: allowedHostNames(config),
      appOrigin: config.appOrigin,
      cookies: { secure: config.secureCookies },
      ...(options.staticDir ? { staticDir: options.staticDir } : {}),
      ...(options.api ? { api: options.api(config, { log, notifier, metrics }) } : {}),
      links: linkRoutes({
        phone: config.servicePhone ?? null,
        trustedProxyHops: config.trustedProxyHops,
      }),
      outer: (root) => {
        addHealthRoutes(root, { db: database.db, draining: () => draining?.draining ?? false });
        if (metricsOn && config.metrics?.port == null) addMetricsRoute(root, metrics);
        // Off (or elsewhere): a plain 404, never the app's page, which a scraper would misread.
        else root.get('/metrics', (c) => c.text('Not Found', 404));
        root.use(measureRequests(metrics));
      },
    });
    const server = await listen(app, config);
    const stopping = drainingServer(server as Server);
    draining = stopping;
    const drain = async () => {
      const { cut } = await stopping.close(config.shutdownTimeoutMs ?? 10_000);
      if (cut) log.warn({ cut }, 'requests still running at the shutdown timeout were cut');
    };
    undo.push(drain);
    const port = (server.address() as { port: number }).port;
    let metricsUrl: string | null = null;
    if (metricsOn && config.metrics?.port != null) {
      const apart = await serveMetricsApart(metrics, config.metrics.port, config.host);
      undo.push(() => new Promise<void>((done) => apart.close(() => done())));
      const metricsPort = (apart.address() as { port: number }).port;
      metricsUrl = `http://${urlHost(config.host)}:${metricsPort}/metrics`;
    }
    undo.push(purgeHourly(database.db, log, metrics.job('purge', 3600)));
    undo.push(
      scheduleOfferExpiry(
        database.db,
        log,
        metrics.job('offer-expiry', OFFER_EXPIRY_EVERY_MS / 1000),
      ),
    );
    // Without the key the chain still verifies itself, but nothing outside the database holds
    // it to account (docs/records-and-security.md).
    if (config.production && !config.auditSigningKey)
      log.warn({ setting: 'AUDIT_SIGNING_KEY' }, 'audit checkpoints are off: no signing key');
    undo.push(
      scheduleAuditSequencer(
        database.db,
        log,
        metrics.job('audit-sequencer', AUDIT_SEQUENCER_EVERY_MS / 1000),
        config.auditSigningKey ?? null,
      ),
    );
    if (config.notify && notifier)
      undo.push(
        scheduleDeliveryStatus(
          database.db,
          notifier,
          log,
          config.notify.statusEveryMs,
          metrics.job('notify-delivery-status', config.notify.statusEveryMs / 1000),
        ),
      );
    if (notifier)
      undo.push(
        scheduleMaterialSends(
          database.db,
          notifier,
          log,
          config.linkOrigin ?? config.appOrigin,
          metrics.job('material-sends', MATERIAL_EVERY_MS / 1000),
        ),
      );
    if (config.notify && notifier)
      undo.push(
        scheduleReminders(
          database.db,
          notifier,
          {
            everyMs: config.notify.remindersEveryMs,
            linkOrigin: config.linkOrigin ?? config.appOrigin,
            log,
          },
          metrics.job('reminders', config.notify.remindersEveryMs / 1000),
        ),
      );
    let closing: Promise<void> | null = null;
    return {
      url: `http://${urlHost(config.host)}:${port}`,
      config,
      database,
      metrics,
      metricsUrl,
      // Stop accepting first, at once: the jobs' stop below may wait for a run under way.
      close: () => (closing ??= Promise.all([drain(), rollback()]).then(() => undefined)),
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

/** Expired idempotency keys and old sign-in failures are deleted hourly by whichever
 * instance holds the lease. */
function purgeHourly(
  db: Db,
  log: Logger,
  onRun: (outcome: 'done' | 'skipped' | 'failed') => void,
): () => void {
  const holder = `${hostname()}:${process.pid}`;
  const purge = async () => {
    try {
      if (await tryAcquireLease(db, 'purge-idempotency-keys', holder, 55 * 60_000)) {
        log.info({ purged: await purgeExpiredIdempotencyKeys(db) }, 'expired idempotency keys');
        log.info({ purged: await purgeOldFailures(db) }, 'sign-in failures older than a day');
        log.info({ purged: await purgeOldLinkFailures(db) }, 'wrong links older than a day');
        onRun('done');
      } else onRun('skipped');
    } catch (error) {
      log.warn({ err: { type: (error as Error).name } }, 'idempotency purge failed');
      onRun('failed');
    }
  };
  const timer = setInterval(purge, 60 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
