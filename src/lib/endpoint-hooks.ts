import {
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { callApi, type CallOptions } from '../api/client';
import type { EndpointGroup, ResponseOf } from '../api/endpoint-contract';
import type { AFFECTED_BY } from '../api/query-keys';
import { invalidateAfter } from './invalidate';

// TanStack Query's options and mutations made from an endpoint's description (src/api/
// endpoints/): the path, method, If-Match, body, answer and error types all come from it, so a
// feature's hook names only what is its own: the cache key (src/api/query-keys.ts), how its
// variables become the call, and what the write changes (AFFECTED_BY).

type AnyCall = (group: EndpointGroup, key: string, options?: object) => Promise<unknown>;
/** callApi with options built at run time (each hook's own call types them by its key). */
const call = callApi as unknown as AnyCall;

/** queryOptions for a GET endpoint: `queryKey` from the shared key module, `options` its
 * params and query (the query's signal is added). */
export function endpointQuery<
  G extends EndpointGroup,
  K extends keyof G & string,
  Q extends QueryKey,
>(group: G, key: K, queryKey: Q, options?: Omit<CallOptions<G, K>, 'signal'>) {
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => call(group, key, { ...options, signal }) as Promise<ResponseOf<G[K]>>,
  });
}

export interface EndpointMutation<G extends EndpointGroup, K extends keyof G & string, V> {
  /** The call's params, body and version, from the mutation's variables. */
  call: (variables: V) => CallOptions<G, K>;
  /** The kind of write: everything it changes (AFFECTED_BY) is read again after it. */
  invalidates?: keyof typeof AFFECTED_BY;
  /** Read again after a failure too (someone else's write may be why it failed). */
  invalidateOnError?: boolean;
  /** Puts the answer where it is cached (before the reads again; awaited when it returns a
   * promise, e.g. to cancel an older read still on its way first). */
  onSuccess?: (answer: ResponseOf<G[K]>, variables: V, qc: QueryClient) => unknown;
  /** Called on a failure before anything is read again: a 412's copy goes into the cache (and
   * a conflict is opened) while the component that sent it is still on screen. */
  onError?: (error: unknown, variables: V) => void;
  /** Mutations of one scope run one after another (a register's marks and its finalising). */
  scope?: { id: string };
}

/** useMutation for a write endpoint, typed by its description. */
export function useEndpointMutation<G extends EndpointGroup, K extends keyof G & string, V>(
  group: G,
  key: K,
  spec: EndpointMutation<G, K, V>,
) {
  const qc = useQueryClient();
  const refresh = () => (spec.invalidates ? invalidateAfter(qc, spec.invalidates) : undefined);
  return useMutation({
    scope: spec.scope,
    mutationFn: (variables: V) =>
      call(group, key, spec.call(variables)) as Promise<ResponseOf<G[K]>>,
    onSuccess: async (answer, variables) => {
      await spec.onSuccess?.(answer, variables, qc);
      return spec.invalidateOnError ? undefined : refresh();
    },
    onError: (error, variables) => spec.onError?.(error, variables),
    onSettled: () => (spec.invalidateOnError ? refresh() : undefined),
  });
}
