import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { compress } from 'hono/compress';
import type { StaffUser } from '../../api/schemas/staff';
import { clearSessionCookie, readSessionCookie, type CookieSettings } from '../auth/session-cookie';
import { sessionUser } from '../auth/sessions';
import { errorForLog } from '../logger';
import { appHtml } from './app-html';
import type { AppEnv } from './app-env';

/** Serves the built app (`dist-app/`) from this origin, so the app and the API share the CSP,
 * the cookies and the origin. A path without a file extension is a client route
 * (`/cohorts/abc`): it gets the app's HTML for that route and session (./app-html.ts), and the
 * router in the page takes over. Hashed files under /assets/ are cached for a year; any other
 * file is revalidated. Returns false when there is no build to serve. */
export function serveBuiltApp(app: Hono<AppEnv>, root: string, cookies: CookieSettings): boolean {
  if (!existsSync(join(root, 'index.html'))) return false;
  const html = appHtml(root);
  app.get('*', async (c, next) => {
    const last = c.req.path.split('/').pop() ?? '';
    if (last.includes('.')) return next();
    const user = await signedIn(c, cookies);
    if (user === undefined) return next();
    // Vary: a cache in between must never give one person's page to another, nor the
    // signed-out page to someone signed in. A page naming its user is never stored at all.
    c.header('Vary', 'Cookie');
    c.header('Cache-Control', user ? 'no-store' : 'no-cache');
    return c.html(html(c.req.path, user));
  });
  const cacheHeaders = (path: string, c: Context) => {
    const hashed = path.startsWith(join(root, 'assets'));
    c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
  // The app's files go out compressed: brotli or gzip made at build (vite.config.ts), else gzip
  // made here. Only these static files: API answers and the HTML, which carry data about the
  // person asking beside text a request can choose, stay uncompressed (BREACH; decision 0027).
  app.get('*', compress(), serveStatic({ root, precompressed: true, onFound: cacheHeaders }));
  // No session to read (the database failed): the plain page; the app then asks /auth/me.
  app.get('*', async (c, next) => {
    const last = c.req.path.split('/').pop() ?? '';
    if (last.includes('.')) return next();
    return serveStatic({ root, path: 'index.html', onFound: cacheHeaders })(c, next);
  });
  return true;
}

/** Who the request's session cookie signs in, as `GET /auth/me` would answer (and, like it,
 * restarting the session's idle clock: opening a page is using the app); null for nobody;
 * undefined when it could not be told. */
async function signedIn(c: Context<AppEnv>, cookies: CookieSettings) {
  const token = readSessionCookie(c, cookies);
  if (!token) return null;
  try {
    const user: StaffUser | null = await sessionUser(c.var.db, token);
    // A cookie naming an ended session is of no further use (as the API does on a 401).
    if (!user) clearSessionCookie(c, cookies);
    return user;
  } catch (error) {
    c.var.log?.error({ err: errorForLog(error) }, 'could not read the session for the page');
    return undefined;
  }
}
