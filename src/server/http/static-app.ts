import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv } from './app-env';

/** Serves the built app (`dist/`) from this origin, so the app and the API share the CSP, the
 * cookies and the origin. Hashed files under /assets/ are cached for a year; everything else
 * (index.html above all) is revalidated, so a new release is picked up at the next load. A
 * path without a file extension is a client route (`/cohorts/abc`): it gets index.html and
 * the router in the page takes over. Returns false when there is no build to serve. */
export function serveBuiltApp(app: Hono<AppEnv>, root: string): boolean {
  if (!existsSync(join(root, 'index.html'))) return false;
  const cacheHeaders = (path: string, c: Context) => {
    const hashed = path.startsWith(join(root, 'assets'));
    c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
  // The app's files go out compressed (gzip, or deflate) when the browser accepts it: a third
  // of the size on a phone's connection. API answers are not compressed here: they are small
  // pages, and compression beside secrets invites BREACH-style guessing.
  app.get('*', compress(), serveStatic({ root, onFound: cacheHeaders }));
  app.get('*', async (c, next) => {
    const last = c.req.path.split('/').pop() ?? '';
    if (last.includes('.')) return next();
    return serveStatic({ root, path: 'index.html', onFound: cacheHeaders })(c, next);
  });
  return true;
}
