/** Content-Security-Policy for the built app: no inline script, no plugins, no
 * framing, no <base>. Mantine sets style attributes, hence 'unsafe-inline' for styles only.
 * One module for `vite preview` (vite.config.ts) and the real server (src/server/http), so the
 * two can never drift; it imports nothing, because both a Node and a browser-typed config
 * compile it. `apiBaseUrl` adds a cross-origin API to connect-src; a relative one adds nothing. */
export function contentSecurityPolicy(apiBaseUrl?: string): string {
  const api = apiBaseUrl && /^https?:/.test(apiBaseUrl) ? ` ${new URL(apiBaseUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}
