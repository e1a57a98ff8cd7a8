import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod/mini';
import {
  splitKey,
  successStatus,
  type EndpointContract,
  type ParsedQueryOf,
  type ParsedRequestOf,
} from '../src/api/endpoint-contract';
import { ENDPOINT_KEYS, ENDPOINTS, type EndpointKey, type Endpoints } from '../src/api/endpoints';
import { ERROR_STATUS, type ErrorCode } from '../src/api/schemas/error';
import { Refusal } from '../src/domain/commands/command';
import { rolesFor, scopeOf, type Role, type Scope } from '../src/domain/policy';
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

export interface Ctx<K extends EndpointKey = EndpointKey> {
  user: StaffRecord;
  /** How far this user's grant for the endpoint's action reaches ('own': their cohorts). */
  scope: Scope;
  request: Request;
  params: Record<string, string>;
  /** The request body, parsed with the endpoint's request schema. */
  body: ParsedRequestOf<Endpoints[K]>;
  /** The query string, parsed with the endpoint's query schema. */
  query: ParsedQueryOf<Endpoints[K]>;
  requestId: string;
  url: URL;
}

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

export type Resolver<K extends EndpointKey> = (ctx: Ctx<K>) => unknown | Promise<unknown>;
export type Resolvers = { [K in EndpointKey]: Resolver<K> };

/** Who may call an endpoint, read from its policy action: 'public' needs no session. */
export function endpointRoles(key: EndpointKey): readonly Role[] | 'public' {
  const { action } = ENDPOINTS[key] as EndpointContract;
  return action === 'public' ? 'public' : rolesFor(action);
}

/** Every endpoint with its method, path and roles, for the role tests and the OpenAPI file. */
export const ENDPOINT_ROWS = ENDPOINT_KEYS.map((key) => ({
  key,
  ...splitKey(key),
  roles: endpointRoles(key),
}));

let demoOpenToEveryone = false;
/** The in-browser demo: the data is the user's own, so anyone signed in may reset it. Over
 * HTTP the demo endpoints stay an admin's (the policy's demo.manage). */
export function openDemoToEveryone(): void {
  demoOpenToEveryone = true;
}

function grantFor(user: StaffRecord, contract: EndpointContract): Scope | null {
  if (contract.action === 'public') return 'all';
  if (contract.demoOnly && demoOpenToEveryone) return 'all';
  return scopeOf(user.role, contract.action);
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

async function readInput(contract: EndpointContract, request: Request, url: URL) {
  const body = contract.request ? parse(contract.request, await readJson(request)) : undefined;
  const query = contract.query
    ? parse(contract.query, Object.fromEntries([...url.searchParams].filter(([, v]) => v !== '')))
    : undefined;
  if (contract.ifMatch && !request.headers.get('if-match')) {
    throw new HttpError(
      428,
      'precondition_required',
      'This change needs the version you last saw.',
    );
  }
  return { body, query };
}

/** One MSW handler for one endpoint of ENDPOINTS: session, policy, input, idempotency, answer. */
export function route<K extends EndpointKey>(key: K, resolver: Resolver<K>): HttpHandler {
  const contract = ENDPOINTS[key] as EndpointContract;
  const { method, path } = splitKey(key);
  const lower = method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
  return http[lower](`*/api${path}`, async ({ request, params }) => {
    await serverDelay();
    const requestId = globalThis.crypto.randomUUID();
    let user: StaffRecord | null = null;
    let scope: Scope = 'all';
    try {
      if (contract.action !== 'public') {
        user = authenticate(request);
        const granted = grantFor(user, contract);
        if (!granted) throw new HttpError(403, 'forbidden', 'Your role does not allow this.');
        scope = granted;
      }
    } catch (e) {
      return errorResponse(e as HttpError);
    }
    const url = new URL(request.url);
    const run = async (): Promise<StoredResponse> => {
      try {
        const input = await readInput(contract, request, url);
        const ctx = {
          user: user as StaffRecord,
          scope,
          request,
          params: params as Record<string, string>,
          body: input.body,
          query: input.query,
          requestId,
          url,
        } as Ctx<K>;
        const body = (await resolver(ctx)) ?? null;
        return { status: successStatus(key, contract), body };
      } catch (e) {
        if (e instanceof HttpError) return { status: e.status, body: errorBody(e) };
        if (e instanceof Refusal) {
          const error = new HttpError(
            ERROR_STATUS[e.code],
            e.code,
            e.message,
            e.fieldErrors,
            e.current,
          );
          return { status: error.status, body: errorBody(error) };
        }
        console.warn('[mock api] unexpected error', e);
        return {
          status: 500,
          body: errorBody(new HttpError(500, 'server_error', 'The server had a problem.')),
        };
      }
    };
    // Scoped to the user, the method and the path (never the Host), like the server's.
    const idem = method === 'POST' && user ? request.headers.get('idempotency-key') : null;
    const result = idem
      ? await once(`${user?.id}:${method} ${url.pathname}:${idem}`, run)
      : await run();
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
