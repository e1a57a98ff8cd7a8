import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import type { Logger } from '../logger';
import type { AppEnv } from './app-env';

// The request id (in the log and the audit trail) is always the server's own: a client must
// not choose what the trail says. An id given by a proxy in front is logged beside it when it
// looks like an id, so logs line up; anything else (odd characters that could forge log
// lines) is dropped.
const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Outermost middleware: gives the request an id (answered in X-Request-Id), a child logger
 * carrying it, and logs one line when the answer is ready: method, route pattern (not the
 * URL), status and milliseconds. */
export function requestLog(log: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = randomUUID();
    const forwardedId = incoming && INCOMING_ID.test(incoming) ? incoming : undefined;
    c.set('requestId', requestId);
    c.set('log', log.child(forwardedId ? { requestId, forwardedId } : { requestId }));
    await next();
    c.header('X-Request-Id', requestId);
    // After next(): the index of the handler that answered, so its pattern (`/api/cohorts/:id`).
    const route = safeRoutePath(c);
    const line = {
      requestId,
      ...(forwardedId ? { forwardedId } : {}),
      method: c.req.method,
      route,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (c.res.status >= 500) log.error(line, 'request failed');
    else log.info(line, 'request');
  });
}

function safeRoutePath(c: Parameters<typeof routePath>[0]): string {
  try {
    return routePath(c);
  } catch {
    return '(none)';
  }
}
