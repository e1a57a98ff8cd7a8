import { createMiddleware } from 'hono/factory';
import { malformedQuery } from '../../api/schemas/common';
import { PROBLEMS } from './api-error';

export const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
export const MAX_BODY_BYTES = 1_000_000;

/** `%ZZ`, a cut UTF-8 sequence or an encoded NUL, in the path or the query: no route or filter
 * could mean it, so 400, before a router or the static files try to decode it. */
export const wellFormedPath = createMiddleware(async (c, next) => {
  const raw = rawPath(c.req.url);
  const search = c.req.url.slice(c.req.url.indexOf('/', c.req.url.indexOf('//') + 2) + raw.length);
  if (malformedQuery(search.split('#')[0] ?? '')) throw PROBLEMS.badPath();
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw PROBLEMS.badPath();
  }
  if (decoded.includes('\0')) throw PROBLEMS.badPath();
  await next();
});

function rawPath(url: string): string {
  const afterScheme = url.indexOf('//') + 2;
  const start = url.indexOf('/', afterScheme);
  if (start < 0) return '/';
  const end = url.slice(start).search(/[?#]/);
  return end < 0 ? url.slice(start) : url.slice(start, start + end);
}

/** Only the server's own names: a page on another domain that points its name at this
 * machine (DNS rebinding) sends that domain as the Host and is refused. */
export function knownHost(hostNames: readonly string[]) {
  const allowed = new Set(hostNames.map((name) => name.toLowerCase()));
  return createMiddleware(async (c, next) => {
    const host = c.req.header('host');
    if (!host || !allowed.has(hostNameOf(host) ?? '')) throw PROBLEMS.badHost();
    await next();
  });
}

function hostNameOf(host: string): string | null {
  try {
    const url = new URL(`http://${host}`);
    if (url.username || url.password || url.pathname !== '/' || url.search) return null;
    return url.hostname;
  } catch {
    return null;
  }
}

/** TRACE, PROPFIND and the like, before any route or file is looked at: 405 with the methods
 * the path does answer (`allowedAt`), or 404 where nothing answers at all. */
export function knownMethod(allowedAt: (path: string) => string[]) {
  return createMiddleware(async (c, next) => {
    if (!KNOWN_METHODS.has(c.req.method)) {
      const allowed = allowedAt(c.req.path);
      if (allowed.length === 0) throw PROBLEMS.notFound();
      c.header('Allow', allowed.join(', '));
      throw PROBLEMS.methodNotAllowed();
    }
    await next();
  });
}

/** A cross-site form can POST without a preflight, and the session cookie goes with it on a
 * same-site one: a write that says it comes from another origin than the app's (or this
 * server's own name, as the Host header gives it: knownHost has checked it is one of ours), or
 * that the browser marks as cross-site (Sec-Fetch-Site), is refused before any handler runs.
 * Never the request target's origin: an absolute-form target (`POST http://evil.example/api/x`)
 * is the client's to choose. */
export function sameOriginWrites(appOrigin: string) {
  const scheme = new URL(appOrigin).protocol;
  return createMiddleware(async (c, next) => {
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    const own = (value: string | undefined) =>
      value === appOrigin || (host !== undefined && value === `${scheme}//${host.toLowerCase()}`);
    const reads = c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS';
    if (!reads && origin && !own(origin)) throw PROBLEMS.crossOrigin();
    if (!reads && c.req.header('sec-fetch-site') === 'cross-site' && origin !== appOrigin)
      throw PROBLEMS.crossOrigin();
    await next();
  });
}

/** The API reads JSON only: a body of any other type is 415 (a form post, a file). */
export const jsonBodies = createMiddleware(async (c, next) => {
  const length = c.req.header('content-length');
  const hasBody =
    c.req.header('transfer-encoding') !== undefined || (length !== undefined && length !== '0');
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (hasBody && type !== 'application/json') throw PROBLEMS.notJson();
  await next();
});

/** Bodies over 1 MB are 413, decided before a handler runs. A body within a declared
 * Content-Length of 1 MB is left to the handler (Node holds it to that length). Any other is
 * read here: up to 1 MB is kept for the handler, the rest read on and dropped, because a
 * client still sending when the server answers early never sees the 413 but a reset
 * connection, and an unread megabyte breaks the next request on a kept-alive connection. Past
 * 16 MB the server answers at once and closes the connection. */
export const limitedBodies = createMiddleware(async (c, next) => {
  const body = c.req.raw.body;
  if (!body) return next();
  const chunked = c.req.header('transfer-encoding') !== undefined;
  const declared = chunked ? NaN : Number(c.req.header('content-length') ?? NaN);
  if (declared <= MAX_BODY_BYTES) return next();
  if (declared > DISCARD_BYTES) {
    c.header('Connection', 'close');
    throw PROBLEMS.tooLarge();
  }
  const reader = body.getReader();
  const kept: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size <= MAX_BODY_BYTES) kept.push(value);
    else if (size > DISCARD_BYTES) break;
  }
  if (size > DISCARD_BYTES) c.header('Connection', 'close');
  if (size > MAX_BODY_BYTES) throw PROBLEMS.tooLarge();
  c.req.raw = new Request(c.req.raw, { body: Buffer.concat(kept) });
  await next();
});

const DISCARD_BYTES = 16 * MAX_BODY_BYTES;
