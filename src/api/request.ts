import { z } from 'zod/mini';
import { ApiError } from './api-error';
import { takeEarlyResponse } from './page-boot';
import { errorBodySchema } from './schemas/error';
import { readToken } from './session-token';

// One HTTP request to the API: headers (token, If-Match, Idempotency-Key), the mock's start,
// and every failure turned into an ApiError. Endpoints are called through callApi (./client.ts).

// Every answer is checked against its schema, without zod's compiled fast path: the app's CSP
// has no 'unsafe-eval', so the path is never available in a browser, and zod's probe for it (a
// `new Function` it catches) is still reported as a CSP violation on every page load. Tests
// take the same path as the browsers do.
z.config({ jitless: true });

export const API_BASE_URL: string = import.meta.env.VITE_API_BASE_URL || '/api';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Sent as If-Match; the server answers 412 when the record has moved on. */
  version?: number;
  /** Every POST carries one so a retried request never acts twice; another write carries one
   * when given (a mark retried after its answer was lost gets its first answer back). */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

function resolveUrl(path: string): string {
  const base = API_BASE_URL.replace(/\/$/, '');
  const full = `${base}${path}`;
  // Node's fetch (tests) needs an absolute URL; the browser resolves it against the page.
  return new URL(full, globalThis.location?.origin ?? 'http://localhost').toString();
}

export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

let startBackend: (() => Promise<unknown>) | undefined;
let backendReady: Promise<unknown> | undefined;

/** Mock mode: the in-browser mock server starts with the first request, not before the first
 * paint, so its code does not compete with the page's own. Requests wait until it listens; if
 * it cannot start, every request fails with that error instead of hanging. */
export function setBackendStarter(start: () => Promise<unknown>): void {
  startBackend = start;
  backendReady = undefined;
}

export async function apiRequest<S extends z.ZodMiniType>(
  path: string,
  schema: S | Promise<S>,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = readToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
  const idempotencyKey =
    options.idempotencyKey ?? (method === 'POST' ? newIdempotencyKey() : undefined);
  if (idempotencyKey && method !== 'GET') headers['Idempotency-Key'] = idempotencyKey;

  // A schema that fails to load is reported once the answer is read, not as an unhandled rejection before.
  if (schema instanceof Promise) schema.catch(() => undefined);
  if (startBackend) await (backendReady ??= startBackend());
  let response: Response;
  const url = resolveUrl(path);
  // A read the page started before the app's code arrived (./page-boot.ts) is this read's answer.
  const early = method === 'GET' && !token ? takeEarlyResponse(url) : undefined;
  try {
    response = await (early ??
      fetch(url, {
        method,
        headers,
        credentials: 'include',
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      }));
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'offline', 'Could not reach the server.');
  }

  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // A non-JSON body (a proxy's HTML error page) is handled as an unknown response below.
  }

  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(json);
    if (parsed.success) {
      const { code, message, fieldErrors, current, sessionEnded } = parsed.data.error;
      throw new ApiError(response.status, code, message, fieldErrors, current, sessionEnded);
    }
    const code = response.status >= 500 ? 'server_error' : 'bad_response';
    throw new ApiError(response.status, code, `The server answered ${response.status}.`);
  }

  const result = (await schema).safeParse(json);
  if (!result.success) {
    throw new ApiError(
      response.status,
      'bad_response',
      'The server sent data this app does not understand.',
    );
  }
  return result.data;
}
