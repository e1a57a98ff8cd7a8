import type { Context, Hono } from 'hono';
import type { Db } from '../db/database';
import { migrationStatus } from '../db/migrate';
import type { AppEnv } from '../http/app-env';

// Probes for a load balancer or an orchestrator, at the root, outside the API: no session, no
// data in the answer, no audit entry and no request log line (they come every few seconds).
//   GET /healthz  the process answers (no database): restart it when this fails.
//   GET /readyz   the database answers and its migrations are the ones this build expects:
//                 send it traffic only while this is 200. A job that lags is a metric, not a
//                 readiness failure: one stale lease must not take every instance out.

/** A database that does not answer within this is as good as down for a probe. */
const READY_TIMEOUT_MS = 2000;

export interface HealthOptions {
  db: Db;
  /** True once SIGTERM has come: the balancer stops sending new requests here. */
  draining: () => boolean;
}

export function addHealthRoutes(app: Hono<AppEnv>, options: HealthOptions): void {
  app.get('/healthz', (c) => probe(c, 200, 'ok'));
  app.get('/readyz', async (c) => {
    if (options.draining()) return probe(c, 503, 'shutting down');
    const problem = await notReady(options.db);
    return problem ? probe(c, 503, problem) : probe(c, 200, 'ready');
  });
}

/** Why the database is not ready, or null when it is. The reason is fixed text. */
export async function notReady(db: Db): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((done) => {
    timer = setTimeout(() => done('database did not answer'), READY_TIMEOUT_MS);
  });
  const check = migrationStatus(db).then(
    (status) => (status.pending.length > 0 ? 'migrations pending' : null),
    () => 'database unreachable',
  );
  try {
    return await Promise.race([check, late]);
  } finally {
    clearTimeout(timer);
  }
}

function probe(c: Context<AppEnv>, status: 200 | 503, text: string): Response {
  return c.text(text, status, {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
}
