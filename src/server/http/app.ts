import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { PatternRouter } from 'hono/router/pattern-router';
import type { CookieSettings } from '../auth/session-cookie';
import type { Db } from '../db/database';
import { errorForLog, type Logger } from '../logger';
import { clientErrorAnswer, PROBLEMS, sendAnswer, SERVER_ERROR } from './api-error';
import type { AppEnv } from './app-env';
import {
  jsonBodies,
  knownHost,
  knownMethod,
  limitedBodies,
  sameOriginWrites,
  wellFormedPath,
} from './request-guards';
import { LINK_PATH } from '../links/link-purposes';
import { requestLog } from './request-log';
import { securityHeaders } from './security-headers';
import { serveBuiltApp } from './static-app';

export interface AppOptions {
  db: Db;
  log: Logger;
  /** Host names answered (config's allowedHostNames); any other Host is 400. */
  hostNames: readonly string[];
  /** The app's origin: allowed by CORS with credentials, and for writes. */
  appOrigin: string;
  /** The built app to serve (`dist-app/`); none is served when it has no index.html. */
  staticDir?: string;
  /** The session cookie's settings (config.secureCookies), read for the app's HTML; by
   * default Secure when appOrigin is https, as the config decides. */
  cookies?: CookieSettings;
  /** The API's routes, mounted under /api (`new Hono<AppEnv>()`, handlers use `c.var.db`). */
  api?: Hono<AppEnv>;
  /** The pages a person's link opens (src/server/links), under /link: GET and POST forms. */
  links?: Hono<AppEnv>;
  /** Routes and middleware put in front of everything else (health probes, /metrics): they
   * skip the request log and the guards, the Host guard included, since probes and scrapers
   * ask by the instance's address. */
  outer?: (app: Hono<AppEnv>) => void;
}

const API_HEADERS = ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'Accept'];
/** The built app's pages and files are read-only. */
const APP_METHODS = ['GET', 'HEAD'];
/** A link's page is shown (GET) and answered by a plain form (POST). */
const LINK_METHODS = ['GET', 'HEAD', 'POST'];
/** The order methods are listed in an Allow header. */
const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The HTTP server: guards, headers and logging around the API and the built app. Order
 * matters: the log and the headers wrap everything (errors included); malformed requests
 * stop before routing; the API's own guards run only under /api. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { db, log } = options;
  const app = new Hono<AppEnv>();
  options.outer?.(app);
  const api = options.api ?? new Hono<AppEnv>();
  const methodsAt = apiMethods(api);
  // What answers at a path: the API's routes under /api, the built app (GET, HEAD) elsewhere.
  const allowedAt = (path: string) =>
    path === '/api' || path.startsWith('/api/')
      ? methodsAt(path.slice('/api'.length))
      : options.links && path.startsWith(`${LINK_PATH}/`)
        ? LINK_METHODS
        : APP_METHODS;
  app.use(
    requestLog(log),
    securityHeaders(options.appOrigin),
    wellFormedPath,
    knownHost(options.hostNames),
    knownMethod(allowedAt),
  );
  app.use(
    '/api/*',
    cors({
      origin: options.appOrigin,
      credentials: true,
      allowHeaders: API_HEADERS,
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      // A throttled sign-in says when to try again; the app on another origin may read it.
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );
  app.use('/api/*', sameOriginWrites(options.appOrigin), jsonBodies, limitedBodies);
  app.use(async (c, next) => {
    c.set('db', db);
    await next();
  });
  app.route('/api', api);
  if (options.links) app.route(LINK_PATH, options.links);
  app.all('/api/*', (c) => {
    const allowed = methodsAt(c.req.path.slice('/api'.length));
    if (allowed.length === 0) throw PROBLEMS.notFound();
    c.header('Allow', allowed.join(', '));
    throw PROBLEMS.methodNotAllowed();
  });
  const cookies = options.cookies ?? { secure: options.appOrigin.startsWith('https:') };
  if (options.staticDir && !serveBuiltApp(app, options.staticDir, cookies))
    log.warn({ staticDir: options.staticDir }, 'no built app to serve (run npm run build)');
  app.all('*', (c) => {
    if (APP_METHODS.includes(c.req.method)) throw PROBLEMS.notFound();
    c.header('Allow', APP_METHODS.join(', '));
    throw PROBLEMS.methodNotAllowed();
  });
  app.onError((error, c) => {
    const answer = clientErrorAnswer(error);
    if (answer) return sendAnswer(c, answer);
    c.var.log?.error({ err: errorForLog(error) }, 'unhandled error');
    return sendAnswer(c, SERVER_ERROR);
  });
  return app;
}

/** The methods the API answers at a path, for 405 + Allow instead of 404 on a wrong method
 * (HEAD wherever GET is: Hono answers it). Built on first use, once every route module has
 * been mounted. */
function apiMethods(api: Hono<AppEnv>): (path: string) => string[] {
  let router: PatternRouter<string> | null = null;
  return (path) => {
    if (!router) {
      router = new PatternRouter<string>();
      for (const route of api.routes)
        if (route.method !== 'ALL') router.add('ALL', route.path, route.method);
    }
    const [matches] = router.match('GET', path);
    const methods = new Set(matches.map(([method]) => method));
    if (methods.has('GET')) methods.add('HEAD');
    return METHOD_ORDER.filter((method) => methods.has(method));
  };
}
