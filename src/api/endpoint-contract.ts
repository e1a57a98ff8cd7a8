import type { z } from 'zod/mini';
import type { Action } from '../domain/policy';
import type { ErrorCode } from './schemas/error';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One endpoint, described once. Its key "METHOD /path" gives the method and the path. */
export interface EndpointContract {
  summary: string;
  /** The policy action it performs (src/domain/policy.ts), or 'public' for no session. */
  action: Action | 'public';
  request?: z.ZodMiniType;
  /** GET filters: only ids, dates and enums; never a name or an NHS number. */
  query?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** The success status; by default 201 for POST and 200 otherwise. */
  status?: number;
  /** Sends If-Match: "<version>"; 428 without it, 412 with the current record when stale. */
  ifMatch?: boolean;
  /** A POST that only reads (a search whose terms must stay out of URLs): it changes nothing,
   * so it runs in a read-only transaction, and an Idempotency-Key (the client sends one with
   * every POST) is ignored: no answer with patients' names is kept for a retry. */
  safe?: boolean;
  /** The answer holds a secret (a temporary password): it is never stored for a retry, so an
   * Idempotency-Key is ignored and a retry acts again. */
  noReplay?: boolean;
  /** Demo data only: served by the mock, and by the server only with SEED=demo. */
  demoOnly?: boolean;
  /** The refusals its rules may answer (409 and 422 codes: a full cohort, a wrong state), on
   * top of those its description implies (./error-answers.ts): a code not named here, nor
   * implied, is an answer the contract does not have. */
  refuses?: readonly ErrorCode[];
  /** Errors whose body carries a `current`, by status: the schema of that `current`. Every
   * other error answers the one error body without it (./schemas/error.ts). An If-Match
   * endpoint must declare 412: the record as the server now holds it, in its own schema. */
  errors?: { readonly [status: number]: z.ZodMiniType };
}

export type EndpointGroup = Record<`${HttpMethod} /${string}`, EndpointContract>;

/** An If-Match endpoint without a declared 412 `current` is refused by the type. */
type StaleDeclared<G> = {
  [K in keyof G]: G[K] extends { ifMatch: true } ? { errors: { 412: z.ZodMiniType } } : unknown;
};

/** Keeps each group's literal keys and schema types while checking its shape. */
export function defineEndpoints<const G extends EndpointGroup>(group: G & StaleDeclared<G>): G {
  return group;
}

export function splitKey(key: string): { method: HttpMethod; path: string } {
  const space = key.indexOf(' ');
  return { method: key.slice(0, space) as HttpMethod, path: key.slice(space + 1) };
}

export function successStatus(key: string, contract: { status?: number }): number {
  return contract.status ?? (key.startsWith('POST ') ? 201 : 200);
}

/** `/cohorts/:id/enrolments` -> { id: string } */
export type PathParams<K extends string> = K extends `${string}:${infer P}/${infer Rest}`
  ? { [N in P]: string } & PathParams<`/${Rest}`>
  : K extends `${string}:${infer P}`
    ? { [N in P]: string }
    : Record<never, never>;

export type PathOf<K> = K extends `${HttpMethod} ${infer P}` ? P : never;
export type RequestOf<C> = C extends { request: infer S extends z.ZodMiniType }
  ? z.input<S>
  : never;
/** What a backend handler gets once the request schema has parsed the body. */
export type ParsedRequestOf<C> = C extends { request: infer S extends z.ZodMiniType }
  ? z.output<S>
  : never;
export type ParsedQueryOf<C> = C extends { query: infer S extends z.ZodMiniType }
  ? z.output<S>
  : never;
export type QueryOf<C> = C extends { query: infer S extends z.ZodMiniType } ? z.input<S> : never;
export type ResponseOf<C> = C extends { response: infer S extends z.ZodMiniType }
  ? z.output<S>
  : never;
/** What a backend handler must return: what the response schema accepts. */
export type AnswerOf<C> = C extends { response: infer S extends z.ZodMiniType }
  ? z.input<S>
  : never;
/** The `current` an error of this status carries, as the client reads it (never when none). */
export type ErrorCurrentOf<C, Status extends number> = C extends {
  errors: { [N in Status]: infer S extends z.ZodMiniType };
}
  ? z.output<S>
  : never;
/** What a backend puts in such an error's `current`. */
export type ErrorCurrentIn<C, Status extends number> = C extends {
  errors: { [N in Status]: infer S extends z.ZodMiniType };
}
  ? z.input<S>
  : never;
/** A 412's `current`: the record as the server holds it now. */
export type StaleOf<C> = ErrorCurrentOf<C, 412>;

/** The schema of the `current` an endpoint's error of `status` carries, if it declares one. */
export function errorCurrentSchema(
  contract: EndpointContract,
  status: number,
): z.ZodMiniType | undefined {
  return contract.errors?.[status];
}

/** Fills a path template; each value is URL-encoded. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
