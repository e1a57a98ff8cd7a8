import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod/mini';
import type { ErrorCode } from '../src/api/schemas/error';
import type { Role } from '../src/api/schemas/staff';
// The API's fieldErrors carry zod's English messages for checks without one of their own.
import '../src/lib/zod-english';
import { store, type StaffRecord, type StoredResponse } from './db';

/** Thrown anywhere in a handler; turned into the API's one error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly current?: unknown,
  ) {
    super(message);
  }
}

export interface Ctx {
  user: StaffRecord;
  request: Request;
  params: Record<string, string>;
  requestId: string;
  url: URL;
}

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
type Resolver = (ctx: Ctx) => unknown | Promise<unknown>;

/** Who may call what: one row per endpoint, collected for the README and the role tests. */
export const ROLE_MATRIX: { method: string; path: string; roles: readonly Role[] | 'public' }[] =
  [];

export const ALL_ROLES: readonly Role[] = ['facilitator', 'admin', 'manager'];

function errorBody(e: HttpError) {
  return {
    error: { code: e.code, message: e.message, fieldErrors: e.fieldErrors, current: e.current },
  };
}

export function errorResponse(e: HttpError) {
  return HttpResponse.json(errorBody(e), { status: e.status });
}

export function authenticate(request: Request): StaffRecord {
  const header = request.headers.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  const staffId = token ? store.data.tokens[token] : undefined;
  const user = staffId ? store.data.staff.find((s) => s.id === staffId) : undefined;
  if (!user) throw new HttpError(401, 'unauthenticated', 'Your session has ended. Sign in again.');
  return user;
}

// The demo answers after a realistic 100–400 ms (MSW's delay()) so loading states are seen.
// A benchmark that models the network itself (Lighthouse) turns it off for its tab with
// localStorage 'cohort-register.mock-latency' = 'off'; in Node it is MSW's 5 ms.
export const MOCK_LATENCY_KEY = 'cohort-register.mock-latency';
function serverDelay(): Promise<void> {
  const off =
    typeof localStorage !== 'undefined' && localStorage.getItem(MOCK_LATENCY_KEY) === 'off';
  return off ? Promise.resolve() : delay();
}

export function route(
  method: Method,
  path: string,
  roles: readonly Role[] | 'public',
  resolver: Resolver,
  options: { status?: number } = {},
): HttpHandler {
  ROLE_MATRIX.push({ method: method.toUpperCase(), path, roles });
  return http[method](`*/api${path}`, async ({ request, params }) => {
    await serverDelay();
    const requestId = globalThis.crypto.randomUUID();
    let user: StaffRecord | null = null;
    try {
      if (roles !== 'public') {
        user = authenticate(request);
        if (!roles.includes(user.role))
          throw new HttpError(403, 'forbidden', 'Your role does not allow this.');
      }
    } catch (e) {
      return errorResponse(e as HttpError);
    }
    const run = async (): Promise<StoredResponse> => {
      try {
        const ctx: Ctx = {
          user: user as StaffRecord,
          request,
          params: params as Record<string, string>,
          requestId,
          url: new URL(request.url),
        };
        const body = (await resolver(ctx)) ?? null;
        return { status: options.status ?? (method === 'post' ? 201 : 200), body };
      } catch (e) {
        if (e instanceof HttpError) return { status: e.status, body: errorBody(e) };
        console.warn('[mock api] unexpected error', e);
        return {
          status: 500,
          body: errorBody(new HttpError(500, 'server_error', 'The server had a problem.')),
        };
      }
    };
    const key = method === 'post' && user ? request.headers.get('idempotency-key') : null;
    const result = key ? await once(`${user?.id}:${request.url}:${key}`, run) : await run();
    return HttpResponse.json(result.body as never, { status: result.status });
  });
}

const inflight = new Map<string, Promise<StoredResponse>>();

/** A retried POST (same Idempotency-Key) gets the first answer and acts only once,
 * even when the retry arrives while the first is still being handled. */
async function once(key: string, run: () => Promise<StoredResponse>): Promise<StoredResponse> {
  const stored = store.data.idempotency[key];
  if (stored) return stored;
  const pending = inflight.get(key);
  if (pending) return pending;
  const promise = run().then((result) => {
    if (result.status < 500) store.transact((db) => (db.idempotency[key] = result));
    return result;
  });
  inflight.set(key, promise);
  try {
    return await promise;
  } finally {
    inflight.delete(key);
  }
}

/** Validate with the shared contract schema; field errors keyed by dotted path. */
export function parse<S extends z.ZodMiniType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new HttpError(400, 'validation_failed', 'Some details need correcting.', fieldErrors);
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new HttpError(400, 'validation_failed', 'The request body was not valid JSON.');
  }
}

/** If-Match handling: 428 without it, 412 with the current record when it is stale. */
export function checkVersion(
  request: Request,
  current: { version: number },
  view: unknown = current,
): void {
  const header = request.headers.get('if-match');
  if (!header)
    throw new HttpError(
      428,
      'precondition_required',
      'This change needs the version you last saw.',
    );
  const seen = Number(header.replace(/"/g, ''));
  if (seen !== current.version) {
    throw new HttpError(
      412,
      'stale_version',
      'Someone else changed this since you opened it.',
      undefined,
      view,
    );
  }
}

export function notFound(what: string): never {
  throw new HttpError(404, 'not_found', `${what} was not found.`);
}

export function audit(
  ctx: Ctx,
  action: string,
  entity: string,
  entityId: string,
  before: unknown,
  after: unknown,
) {
  store.data.audit.push({
    id: store.newId('aud'),
    at: new Date().toISOString(),
    actorId: ctx.user.id,
    actorRole: ctx.user.role,
    action,
    entity,
    entityId,
    before: before ?? null,
    after: after ?? null,
    requestId: ctx.requestId,
  });
}
