import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The address a request came from, for sign-in throttling. With no trusted proxy, the
 * connection's; behind `hops` proxies that each append to X-Forwarded-For, the address the
 * outermost trusted one saw (counted from the end: entries before it are the client's own
 * say, and anyone can write those). */
export function clientAddress(c: Context, hops: number): string {
  let socket = 'unknown';
  try {
    socket = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (app.request() in tests): no socket to ask.
  }
  if (hops === 0) {
    warnOfUntrustedProxy(c);
    return socket;
  }
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return forwarded[forwarded.length - hops] ?? socket;
}

let warned = false;

/** X-Forwarded-For with no TRUSTED_PROXY: most likely a proxy in front that the server was not
 * told about, so every request seems to come from the proxy's address and the sign-in limit
 * per address locks everyone out at once. Said once in the log (docs/records-and-security.md). */
function warnOfUntrustedProxy(c: Context): void {
  if (warned || c.req.header('x-forwarded-for') === undefined) return;
  warned = true;
  (c.var as { log?: { warn(o: object, m: string): void } }).log?.warn(
    { setting: 'TRUSTED_PROXY' },
    "requests carry X-Forwarded-For but TRUSTED_PROXY is not set: behind a proxy every sign-in counts against the proxy's address, and 20 failures lock out everyone; set TRUSTED_PROXY to the number of proxies in front",
  );
}

/** Tests only: the warning may be given again. */
export function resetProxyWarning(): void {
  warned = false;
}
