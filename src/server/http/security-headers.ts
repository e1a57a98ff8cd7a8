import { createMiddleware } from 'hono/factory';
import { contentSecurityPolicy } from '../../api/content-security-policy';

// The app is served from this origin and calls /api here, so the CSP needs no API origin.
const CSP = contentSecurityPolicy();

/** A year, the preload list's minimum: once a browser has seen the app over HTTPS it never
 * tries plain HTTP for it again (a first visit over HTTP is the proxy's to redirect). */
const HSTS = 'max-age=31536000; includeSubDomains';

/** On every answer, app or API, success or error: the app's CSP (which also forbids framing
 * with frame-ancestors), no MIME sniffing, no Referer leaving the page (URLs hold ids), and
 * HSTS when the app's origin is https. API answers and errors are never stored by a browser
 * or a proxy. */
export const securityHeaders = (appOrigin: string) => {
  const https = appOrigin.startsWith('https:');
  return createMiddleware(async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (https) headers.set('Strict-Transport-Security', HSTS);
    headers.set('Content-Security-Policy', CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (isApi(c.req.path) || c.res.status >= 400) headers.set('Cache-Control', 'no-store');
  });
};

export function isApi(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}
