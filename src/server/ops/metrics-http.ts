import { createServer, type Server } from 'node:http';
import type { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import { signInEndpoints } from '../../api/endpoints/sign-in';
import type { AppEnv } from '../http/app-env';
import type { ServerMetrics } from './metrics';

// How /metrics is reached: on the app's port (GET /metrics, before the Host guard, since a
// scraper asks by the instance's address), or on METRICS_PORT alone, which keeps it off the
// route the public reaches through the proxy.

/** The password sign-ins, as "METHOD /api/path", read from their endpoint group. */
const SIGN_INS = new Set(Object.keys(signInEndpoints).map((key) => key.replace(' ', ' /api')));

/** Outermost: counts and times every answer (the probes and /metrics excepted) by the route
 * pattern that answered, never the path as requested. */
export function measureRequests(metrics: ServerMetrics) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    const route = patternOf(c);
    const status = c.res.status;
    metrics.request(c.req.method, route, status, (performance.now() - started) / 1000);
    if (SIGN_INS.has(`${c.req.method} ${route}`)) {
      if (status === 429) metrics.signIn('throttled');
      else if (status === 401) metrics.signIn('failed');
      else if (status < 300) metrics.signIn('ok');
    }
  });
}

function patternOf(c: Parameters<typeof routePath>[0]): string {
  try {
    return routePath(c);
  } catch {
    return '(none)';
  }
}

export function addMetricsRoute(app: Hono<AppEnv>, metrics: ServerMetrics): void {
  app.get('/metrics', async (c) =>
    c.body(await metrics.registry.metrics(), 200, {
      'Content-Type': metrics.registry.contentType,
      'Cache-Control': 'no-store',
    }),
  );
}

/** /metrics on a port of its own; anything else there is 404. */
export function serveMetricsApart(
  metrics: ServerMetrics,
  port: number,
  host: string,
): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'Content-Type': metrics.registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
