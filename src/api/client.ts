import type { z } from 'zod/mini';
import {
  fillPath,
  splitKey,
  type EndpointContract,
  type EndpointGroup,
  type PathOf,
  type PathParams,
  type QueryOf,
  type RequestOf,
  type ResponseOf,
} from './endpoint-contract';
import { apiRequest } from './request';
import { withDeclaredCurrent } from './declared-errors';

export type CallOptions<G extends EndpointGroup, K extends keyof G & string> = {
  signal?: AbortSignal;
  idempotencyKey?: string;
  /** A faster check of the same response, loaded when first needed (the waiting list). */
  responseSchema?: z.ZodMiniType<ResponseOf<G[K]>> | Promise<z.ZodMiniType<ResponseOf<G[K]>>>;
} & (keyof PathParams<PathOf<K>> extends never
  ? { params?: never }
  : { params: PathParams<PathOf<K>> }) &
  (RequestOf<G[K]> extends never ? { body?: never } : { body: RequestOf<G[K]> }) &
  (QueryOf<G[K]> extends never ? { query?: never } : { query?: QueryOf<G[K]> }) &
  (G[K] extends { ifMatch: true } ? { version: number } : { version?: never });

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const entries = Object.entries(query).filter(
    ([, v]) => v !== undefined && v !== null && v !== '',
  );
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : '';
}

/** Calls an endpoint by its key in the group that describes it: the path, method, If-Match
 * and response schema all come from that one description (src/api/endpoints/). */
export function callApi<G extends EndpointGroup, K extends keyof G & string>(
  group: G,
  key: K,
  ...[options]: Record<never, never> extends CallOptions<G, K>
    ? [CallOptions<G, K>?]
    : [CallOptions<G, K>]
): Promise<ResponseOf<G[K]>> {
  const { method, path } = splitKey(key);
  const opts = (options ?? {}) as {
    params?: Record<string, string>;
    body?: unknown;
    query?: Record<string, unknown>;
    version?: number;
    signal?: AbortSignal;
    idempotencyKey?: string;
    responseSchema?: z.ZodMiniType | Promise<z.ZodMiniType>;
  };
  const url = `${fillPath(path, opts.params ?? {})}${queryString(opts.query)}`;
  const contract = group[key] as EndpointContract;
  return apiRequest(url, opts.responseSchema ?? contract.response, {
    method,
    body: opts.body,
    version: opts.version,
    signal: opts.signal,
    idempotencyKey: opts.idempotencyKey,
  }).catch((error: unknown) => {
    throw withDeclaredCurrent(error, key, contract);
  }) as Promise<ResponseOf<G[K]>>;
}
