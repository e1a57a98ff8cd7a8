import type { Context } from 'hono';
import { Hono } from 'hono';
import type { z } from 'zod/mini';
import { ENDPOINT_KEYS, ENDPOINTS, type EndpointKey } from '../../api/endpoints';
import { splitKey, successStatus, type EndpointContract } from '../../api/endpoint-contract';
import type { StaffUser } from '../../api/schemas/staff';
import type { BackendContext } from '../../backend/resolver';
import { scopeOf, type Scope } from '../../domain/policy';
import { sessionUser } from '../auth/sessions';
import type { Tx } from '../db/database';
import { loadSnapshot } from '../db/snapshot-cache';
import { ApiError, type Answer } from '../http/api-error';
import type { AppEnv } from '../http/app-env';
import { readJson } from '../http/read-json';
import { idempotencyScopeOf, runIdempotent } from '../idempotency';
import { readAuditTrail, runCommandIn } from './write-context';
import { findPeopleIn } from '../db/people-query';
import { waitingListPage } from '../db/waiting-list-query';

// The API on the server, built from ENDPOINTS: for each key, the session, the policy's grant,
// the body and query parsed with the endpoint's schemas, If-Match, then the resolver the mock
// runs too (src/backend/resolvers), on records read from PostgreSQL. Every write runs in one
// transaction; a POST with an Idempotency-Key stores its first answer in that transaction.

/** What the server's own resolvers (sign-in, the demo) need beyond the shared context: the
 * request's transaction and the bearer token sent. The shared resolvers take it as a
 * BackendContext and never see these. */
export interface ServerContext<K extends EndpointKey = EndpointKey> extends BackendContext<K> {
  /** The request's one transaction (read-only for a GET). */
  tx: Tx;
  /** The bearer token sent, if any (the session it names was checked already). */
  token: string | null;
}

export type ServerResolver<K extends EndpointKey> = (ctx: ServerContext<K>) => Promise<unknown>;
export type ServerResolvers = { [K in EndpointKey]?: ServerResolver<K> };

const unauthenticated = () =>
  new ApiError(401, 'unauthenticated', 'Your session has ended. Sign in again.');

function validate<S extends z.ZodMiniType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new ApiError(400, 'validation_failed', 'Some details need correcting.', fieldErrors);
}

export function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

async function authorise(c: Context<AppEnv>, contract: EndpointContract) {
  if (contract.action === 'public') return { user: null, scope: 'all' as Scope };
  const token = bearerToken(c);
  const user = token ? await sessionUser(c.var.db, token) : null;
  if (!user) throw unauthenticated();
  const scope = scopeOf(user.role, contract.action);
  if (!scope) throw new ApiError(403, 'forbidden', 'Your role does not allow this.');
  return { user, scope };
}

async function readInput(c: Context<AppEnv>, contract: EndpointContract) {
  const body = contract.request ? validate(contract.request, await readJson(c)) : undefined;
  const params = Object.fromEntries(
    Object.entries(c.req.queries()).flatMap(([k, v]) => (v[0] ? [[k, v[0]]] : [])),
  );
  const query = contract.query ? validate(contract.query, params) : undefined;
  let version = 0;
  if (contract.ifMatch) {
    const header = c.req.header('if-match');
    if (!header)
      throw new ApiError(
        428,
        'precondition_required',
        'This change needs the version you last saw.',
      );
    version = Number(header.replace(/"/g, ''));
    if (!Number.isInteger(version) || version < 0)
      throw new ApiError(400, 'validation_failed', 'If-Match must be a version like "3".');
  }
  return { body, query, version };
}

function context<K extends EndpointKey>(
  c: Context<AppEnv>,
  db: Tx,
  who: { user: StaffUser; scope: Scope },
  input: { body: unknown; query: unknown; version: number },
  afterCommit: (() => void)[],
  readOnly: boolean,
): ServerContext<K> {
  const requestId = c.var.requestId;
  return {
    ...who,
    tx: db,
    token: bearerToken(c),
    params: c.req.param() as Record<string, string>,
    body: input.body as BackendContext<K>['body'],
    query: input.query as BackendContext<K>['query'],
    version: input.version,
    requestId,
    // Only a read-only transaction (GET, a search) keeps what it read for later requests.
    read: (needs) => loadSnapshot(db, needs, { keep: readOnly }),
    run: (command, needs) => runCommandIn(db, { ...who, requestId }, command, needs, afterCommit),
    waitingList: (query) => waitingListPage(db, query),
    findPeople: (q) => findPeopleIn(db, q),
    auditTrail: (filter, page) => readAuditTrail(db, filter, page),
  };
}

/** Runs one task at a time, in the order they came. */
function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function endpointRoutes(
  resolvers: ServerResolvers,
  options: { demo: boolean },
): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  // Writes take the database's write lock one at a time anyway (write-context.ts). Queued
  // here first, a waiting write holds no pooled connection, so reads are never starved of
  // connections by writes queuing for the lock. Across instances the database lock still decides.
  const writes = oneAtATime();
  for (const key of ENDPOINT_KEYS) {
    const contract = ENDPOINTS[key] as EndpointContract;
    const resolver = resolvers[key] as ServerResolver<EndpointKey> | undefined;
    if (!resolver || (contract.demoOnly && !options.demo)) continue;
    const { method, path } = splitKey(key);
    api.on(method, path, async (c) => {
      const who = await authorise(c, contract);
      const input = await readInput(c, contract);
      const user = who.user as StaffUser;
      // What to do once the write has committed (keep the records it made current).
      const afterCommit: (() => void)[] = [];
      const readOnly = method === 'GET' || contract.safe === true;
      const answer = async (db: Tx): Promise<Answer> => ({
        status: successStatus(key, contract),
        body:
          (await resolver(
            context(c, db, { user, scope: who.scope }, input, afterCommit, readOnly),
          )) ?? null,
      });
      const { db } = c.var;
      // Checked (1 to 200 characters) before it reaches the database: a key too long for
      // the key table's index would otherwise fail the insert with a 500.
      const idempotency =
        method === 'POST' && !contract.safe && who.user ? idempotencyScopeOf(c, user.id) : null;
      const result = readOnly
        ? await db.transaction(answer, {
            isolationLevel: 'repeatable read',
            accessMode: 'read only',
          })
        : contract.action === 'public'
          ? await db.transaction(answer)
          : await writes(() =>
              idempotency
                ? runIdempotent(db, idempotency, input.body ?? null, answer)
                : db.transaction(answer),
            );
      afterCommit.forEach((done) => done());
      return c.json(result.body as object, result.status as 200);
    });
  }
  return api;
}
