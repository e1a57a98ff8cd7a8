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
  if (hops === 0) return socket;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return forwarded[forwarded.length - hops] ?? socket;
}
