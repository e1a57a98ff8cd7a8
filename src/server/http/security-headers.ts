import { createMiddleware } from 'hono/factory';
import { contentSecurityPolicy } from '../../api/content-security-policy';

// The app is served from this origin and calls /api here, so the CSP needs no API origin.
const CSP = contentSecurityPolicy();

/** On every answer, app or API, success or error: the app's CSP (which also forbids framing
 * with frame-ancestors), no MIME sniffing, no Referer leaving the page (URLs hold ids). API
 * answers and errors are never stored by a browser or a proxy. */
export const securityHeaders = createMiddleware(async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('Content-Security-Policy', CSP);
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  if (isApi(c.req.path) || c.res.status >= 400) headers.set('Cache-Control', 'no-store');
});

export function isApi(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}
