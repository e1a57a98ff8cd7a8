import type { Context } from 'hono';
import { Hono } from 'hono';
import type { z } from 'zod/mini';
import { ENDPOINT_KEYS, ENDPOINTS, type EndpointKey } from '../../api/endpoints';
import { splitKey, successStatus, type EndpointContract } from '../../api/endpoint-contract';
import { UNSTORABLE_MESSAGE, unstorablePaths } from '../../api/schemas/common';
import type { SessionEnded } from '../../api/schemas/error';
import type { StaffUser } from '../../api/schemas/staff';
import type { BackendContext, Resolver, ResolversOf } from '../../backend/resolver';
import { scopeOf, type Scope } from '../../domain/policy';
import {
  clearSessionCookie,
  readSessionCookie,
  setSessionCookie,
  type CookieSettings,
} from '../auth/session-cookie';
import { endedSession, sessionUser, touchSession } from '../auth/sessions';
import type { Db, Tx } from '../db/database';
import { readSnapshot } from '../db/records';
import { sequenceAfterCommit } from '../audit-chain';
import { pgError } from '../db/pg-error';
import { ApiError, CommitThenRefuse, errorBody, type Answer } from '../http/api-error';
import { clientAddress } from '../http/client-address';
import type { AppEnv } from '../http/app-env';
import { readJson } from '../http/read-json';
import { idempotencyScopeOf, runIdempotent } from '../idempotency';
import { readAuditTrail, runCommandIn } from './write-context';
import { recordsAt } from '../../domain/commands/offer-expiry';
import { findPeopleIn } from '../db/people-query';
import { waitingListPage } from '../db/waiting-list-query';
import { requestNow } from '../../lib/clock';
import type { AccessRecord } from '../../domain/access-actions';
import { readAccessLog, writeAccess } from '../access-log';

// The API on the server, built from ENDPOINTS: for each key, the session, the policy's grant,
// the body and query parsed with the endpoint's schemas, If-Match, then the resolver the mock
// runs too (src/backend/resolvers), on records read from PostgreSQL. Every write runs in one
// transaction; a POST with an Idempotency-Key stores its first answer in that transaction.

/** What the server's own resolvers (sign-in, the demo) need beyond the shared context: the
 * request's transaction and the session token sent. The shared resolvers take it as a
 * BackendContext and never see these. */
export interface ServerOwn {
  /** The request's one transaction (read-only for a GET). */
  tx: Tx;
  /** The session token the request's cookie carries, if any (the session it names was
   * checked already). */
  token: string | null;
  /** Where the request came from (config's TRUSTED_PROXY decides how it is read). */
  clientAddress: string;
  /** Adds a header to the answer (Retry-After on a throttled sign-in). */
  setHeader(name: string, value: string): void;
  /** Work to do once the request's transaction has committed, before the answer goes (the
   * offer's message by GOV.UK Notify). It must not throw; it never runs for a refusal, a
   * rollback or a replayed Idempotency-Key. */
  afterCommit(task: () => Promise<void>): void;
  /** The database itself, for after-commit work (its own transactions). */
  database: Db;
}
export interface ServerContext<K extends EndpointKey = EndpointKey>
  extends BackendContext<K>, ServerOwn {}

// The session travels in an httpOnly cookie, never in a body (./session-cookie.ts): the
// sign-in's resolver returns the new token with the user, and the token is moved into the
// cookie here, after the session's row has committed; signing out clears the cookie.
const STARTS_SESSION: ReadonlySet<EndpointKey> = new Set([
  'POST /auth/login',
  'POST /auth/password',
]);
const ENDS_SESSION: ReadonlySet<EndpointKey> = new Set([
  'POST /auth/logout',
  'POST /auth/logout-everywhere',
]);

// A GET that may write: the outbox key is made at its first ask (./session-resolvers.ts). It
// runs in a read-write transaction of its own, outside the queue of writes: it takes no lock.
const WRITES_ON_READ: ReadonlySet<EndpointKey> = new Set(['GET /auth/outbox-key']);

/** The server registers its endpoints through the same type as every backend (a resolver for K
 * answers K's response schema), with its own context and CommitThenRefuse. */
export type ServerResolver<K extends EndpointKey> = Resolver<K, ServerOwn, CommitThenRefuse>;
export type ServerResolvers = Partial<ResolversOf<EndpointKey, ServerOwn, CommitThenRefuse>>;

// The app's check that its session is still live (every few seconds while a page shows):
// answered without restarting the session's idle clock, which only the person's use restarts.
const CHECKS_SESSION: ReadonlySet<EndpointKey> = new Set(['GET /auth/session']);

const unauthenticated = (ended?: SessionEnded | null) =>
  new ApiError(
    401,
    'unauthenticated',
    'Your session has ended. Sign in again.',
    undefined,
    undefined,
    ended ?? undefined,
  );

function validate<S extends z.ZodMiniType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  // The schema's strings refuse what cannot be stored; this catches any a schema lets through
  // unread (an ignored key, a filter that falls back to its default).
  const unstorable = result.success ? unstorablePaths(data) : [];
  if (result.success && unstorable.length === 0) return result.data;
  const fieldErrors: Record<string, string[]> = Object.fromEntries(
    unstorable.map((path) => [path, [UNSTORABLE_MESSAGE]]),
  );
  for (const issue of result.error?.issues ?? []) {
    const key = issue.path.map(String).join('.') || '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new ApiError(400, 'validation_failed', 'Some details need correcting.', fieldErrors);
}

async function authorise(
  c: Context<AppEnv>,
  key: EndpointKey,
  contract: EndpointContract,
  cookies: CookieSettings,
) {
  const none = Promise.resolve();
  if (contract.action === 'public') return { user: null, scope: 'all' as Scope, touched: none };
  // Only the cookie: an Authorization header is not a way in (a script could hold that token).
  const token = readSessionCookie(c, cookies);
  const now = new Date();
  const user = token ? await sessionUser(c.var.db, token, now, { touch: false }) : null;
  if (!user || !token) {
    // A cookie naming an ended session is of no further use to the browser; why it ended is.
    if (token) clearSessionCookie(c, cookies);
    throw unauthenticated(token ? await endedSession(c.var.db, token) : null);
  }
  // The session is live: its idle clock restarts beside the request's own work (one round
  // trip fewer to wait for), and is done before any answer goes (the handler awaits it). A
  // failure to restart it is not the request's failure.
  const touched = CHECKS_SESSION.has(key)
    ? none
    : touchSession(c.var.db, token, now).catch(() => undefined);
  const scope = scopeOf(user.role, contract.action);
  if (!scope) {
    await touched;
    throw new ApiError(403, 'forbidden', 'Your role does not allow this.');
  }
  return { user, scope, touched };
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
  key: K,
  db: Tx,
  who: { user: StaffUser; scope: Scope },
  input: { body: unknown; query: unknown; version: number },
  tasks: (() => Promise<void>)[],
  access: AccessRecord[],
  token: string | null,
  options: RouteOptions,
  now: Date,
): ServerContext<K> {
  const requestId = c.var.requestId;
  // Hono matched the path of K's own template, so it holds K's parameters.
  const params = c.req.param() as BackendContext<K>['params'];
  return {
    ...who,
    now,
    tx: db,
    token,
    clientAddress: clientAddress(c, options.trustedProxyHops ?? 0),
    setHeader: (name, value) => c.header(name, value),
    afterCommit: (task) => void tasks.push(task),
    database: c.var.db,
    params,
    body: input.body as BackendContext<K>['body'],
    query: input.query as BackendContext<K>['query'],
    version: input.version,
    requestId,
    // As the records stand at the request's moment: an offer past its expiry reads as expired.
    read: async (needs) => recordsAt(await readSnapshot(db, needs), now),
    // The write locks and reads what its rule needs (src/server/db/row-locks.ts).
    run: (command, needs) =>
      runCommandIn(
        db,
        { ...who, requestId, now },
        command,
        { key, params, body: input.body },
        needs,
      ),
    waitingList: (query) => waitingListPage(db, query),
    findPeople: (q) => findPeopleIn(db, q),
    auditTrail: (filter, page) => readAuditTrail(db, filter, page),
    recordAccess: (record) => void access.push(record),
    accessLog: (participantId, page) => readAccessLog(db, participantId, page),
  };
}

export interface RouteOptions {
  /** Serve the demo-only endpoints (SEED=demo). */
  demo: boolean;
  /** Proxies in front that append to X-Forwarded-For (config's TRUSTED_PROXY). */
  trustedProxyHops?: number;
  /** The session cookie's settings (Secure and the `__Host-` prefix over HTTPS). */
  cookies?: CookieSettings;
}

/** A write that lost a deadlock (two writes that lock rows no plan foresaw, in opposite
 * orders) or a serialization failure is tried again, a few times, from the start. */
async function retried<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      const code = pgError(error)?.code;
      if (n >= 3 || (code !== '40P01' && code !== '40001')) throw error;
    }
  }
}

/** The sign-in's answer without its token, which goes into the session cookie instead, and
 * with nothing the contract's answer does not have (the account's other columns). */
function tokenIntoCookie(
  c: Context,
  cookies: CookieSettings,
  contract: EndpointContract,
  body: unknown,
): unknown {
  if (!body || typeof body !== 'object' || !('token' in body)) return body;
  const { token, ...rest } = body as { token: unknown };
  if (typeof token === 'string') setSessionCookie(c, cookies, token);
  const parsed = contract.response.safeParse(rest);
  return parsed.success ? parsed.data : rest;
}

export function endpointRoutes(resolvers: ServerResolvers, options: RouteOptions): Hono<AppEnv> {
  const cookies = options.cookies ?? { secure: false };
  const api = new Hono<AppEnv>();
  for (const key of ENDPOINT_KEYS) {
    const contract = ENDPOINTS[key] as EndpointContract;
    const resolver = resolvers[key] as ServerResolver<EndpointKey> | undefined;
    if (!resolver || (contract.demoOnly && !options.demo)) continue;
    const { method, path } = splitKey(key);
    api.on(method, path, async (c) => {
      const who = await authorise(c, key, contract, cookies);
      try {
        return await handle(c, who);
      } finally {
        await who.touched;
      }
    });
    const handle = async (c: Context<AppEnv>, who: Awaited<ReturnType<typeof authorise>>) => {
      const token = readSessionCookie(c, cookies);
      const input = await readInput(c, contract);
      const user = who.user as StaffUser;
      let tasks: (() => Promise<void>)[] = [];
      let access: AccessRecord[] = [];
      const readOnly = (method === 'GET' && !WRITES_ON_READ.has(key)) || contract.safe === true;
      // A request's moment: the clock, or under NODE_ENV=test the one its X-Test-Clock header
      // names or moves ahead to (src/lib/clock.ts).
      const now = requestNow(c.req.raw.headers);
      const answer = async (db: Tx): Promise<Answer> => {
        // A retried transaction starts its after-commit work afresh.
        tasks = [];
        access = [];
        const body = await resolver(
          context(
            c,
            key,
            db,
            { user, scope: who.scope },
            input,
            tasks,
            access,
            token,
            options,
            now,
          ),
        );
        if (body instanceof CommitThenRefuse)
          return { status: body.error.status, body: errorBody(body.error) };
        return { status: successStatus(key, contract), body: body ?? null };
      };
      const { db } = c.var;
      // Checked (1 to 200 characters) before it reaches the database: a key too long for
      // the key table's index would otherwise fail the insert with a 500. Any write, not only
      // a POST: a PUT with If-Match retried after its answer was lost gets that answer, not a 412.
      const idempotency =
        method !== 'GET' && !contract.safe && !contract.noReplay && who.user
          ? idempotencyScopeOf(c, user.id)
          : null;
      const result = readOnly
        ? await db.transaction(answer, {
            isolationLevel: 'repeatable read',
            accessMode: 'read only',
          })
        : contract.action === 'public' || WRITES_ON_READ.has(key)
          ? await db.transaction(answer)
          : await retried(() =>
              idempotency
                ? runIdempotent(db, idempotency, input.body ?? null, answer)
                : db.transaction(answer),
            );
      // The write's audit entries are in; chain them now, best effort: a sequencer already
      // at work elsewhere takes them, and the scheduled job any left (src/server/audit-chain.ts).
      if (!readOnly) sequenceAfterCommit(db);
      // What the answer shows goes on the record before it is sent: if that fails, the answer
      // is not given (a 500), so nobody is shown a person's records off the record.
      if (result.status < 400 && access.length)
        await writeAccess(
          db,
          { actorId: user.id, actorRole: user.role, requestId: c.var.requestId, at: now },
          access,
        );
      // Only a new answer's work: a refusal (CommitThenRefuse aside) rolled back before here.
      if (result.status < 400) for (const task of tasks) await task().catch(() => undefined);
      let body = result.body;
      if (STARTS_SESSION.has(key)) body = tokenIntoCookie(c, cookies, contract, body);
      if (ENDS_SESSION.has(key)) clearSessionCookie(c, cookies);
      return c.json(body as object, result.status as 200);
    };
  }
  return api;
}
