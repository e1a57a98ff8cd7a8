import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { splitKey, successStatus, type EndpointContract } from '../src/api/endpoint-contract';
import { ENDPOINTS, type EndpointKey } from '../src/api/endpoints';
import { Refusal } from '../src/domain/commands/command';
import type { AuditAction } from '../src/domain/audit-actions';
import type { Scope } from '../src/domain/policy';
import type {
  BackendContext,
  Resolver as BackendResolver,
  ResolversOf,
} from '../src/backend/resolver';
import { store, type StaffRecord, type StoredResponse } from './db';
import { authenticate, grantFor } from './endpoint-access';
import { malformedQuery } from '../src/api/schemas/common';
import { errorBody, errorResponse, HttpError, parse, readJson, refusalError } from './http-error';
import { ifMatch, storeAccess } from './commands';
import { once } from './idempotency';
import { mockNow } from './test-clock';
import { accessRows, type AccessRecord } from '../src/domain/access-actions';

/** What a resolver gets in the mock: the backend context every resolver gets (read the
 * records, run a domain command), plus the raw request for the mock's own endpoints. */
export interface MockOwn {
  user: StaffRecord;
  request: Request;
  url: URL;
}
export type Ctx<K extends EndpointKey = EndpointKey> = BackendContext<K> & MockOwn;

/** The mock registers its endpoints through the same type as the server (src/backend/resolver.ts). */
export type Resolver<K extends EndpointKey> = BackendResolver<K, MockOwn>;
export type Resolvers = ResolversOf<EndpointKey, MockOwn>;

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
  if (malformedQuery(url.search))
    throw new HttpError(400, 'validation_failed', 'The address is not valid.');
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
          params: params as Ctx<K>['params'],
          body: input.body,
          query: input.query,
          version: contract.ifMatch ? ifMatch(request) : 0,
          requestId,
          url,
          now: mockNow(request),
          // The store's access (read, run, ...) is added next: it reads this context's moment.
        } as unknown as Ctx<K>;
        const shown: AccessRecord[] = [];
        Object.assign(ctx, storeAccess(ctx), {
          recordAccess: (record: AccessRecord) => void shown.push(record),
        });
        const body = (await resolver(ctx)) ?? null;
        // On the record once the answer is ready, as the server does (one batch a request).
        const at = ctx.now.toISOString();
        for (const row of shown.flatMap(accessRows))
          store.data.access.push({
            ...row,
            id: store.newId('acc'),
            at,
            actorId: ctx.user.id,
            actorRole: ctx.user.role,
            requestId,
          });
        return { status: successStatus(key, contract), body };
      } catch (e) {
        const error =
          e instanceof HttpError ? e : e instanceof Refusal ? refusalError(e) : unexpected(e);
        return { status: error.status, body: errorBody(error) };
      }
    };
    // Scoped to the user, the method and the path (never the Host), like the server's.
    const idem =
      method !== 'GET' && !contract.safe && !contract.noReplay && user
        ? request.headers.get('idempotency-key')
        : null;
    const result = idem
      ? await once(`${user?.id}:${method} ${url.pathname}:${idem}`, run)
      : await run();
    // Like the server's API (src/server/http/security-headers.ts): no answer is cached.
    return HttpResponse.json(result.body as never, {
      status: result.status,
      headers: { 'Cache-Control': 'no-store' },
    });
  });
}

function unexpected(e: unknown): HttpError {
  console.warn('[mock api] unexpected error', e);
  return new HttpError(500, 'server_error', 'The server had a problem.');
}

export function audit(
  ctx: Ctx,
  action: AuditAction,
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
