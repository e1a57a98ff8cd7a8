import { isApiError } from './api-error';
import type { EndpointContract, EndpointGroup, ErrorCurrentOf } from './endpoint-contract';

// An error's `current` (a 412's record as the server holds it now, a 409's existing entry) is
// read once, here, with the schema its endpoint declares for that status (ENDPOINTS' `errors`):
// callApi passes every failure through withDeclaredCurrent, and the UI takes the typed value
// from a reader made for the endpoints it called, never parsing it again itself.

/** The error with `current` parsed by the endpoint's declared schema for its status: null when
 * the server sent something that schema does not accept. Other errors are left as they are. */
export function withDeclaredCurrent(error: unknown, key: string, contract: EndpointContract) {
  const schema = isApiError(error) ? contract.errors?.[error.status] : undefined;
  if (!isApiError(error) || !schema) return error;
  const parsed = schema.safeParse(error.current);
  return error.fromEndpoint(key, parsed.success ? parsed.data : null);
}

/** What a reader finds: null when the error is not one these endpoints answered with this
 * status; else `current` (null when there was none this app can read). */
export type CurrentReader<T> = (error: unknown) => { current: T | null } | null;

/** A reader of the `current` that `status` carries from any of these endpoints, typed by their
 * declared schema. */
export function declaredCurrent<
  G extends EndpointGroup,
  K extends keyof G & string,
  S extends number,
>(group: G, status: S, ...keys: K[]): CurrentReader<NonNullable<ErrorCurrentOf<G[K], S>>> {
  return (error) => {
    if (!isApiError(error) || error.status !== status) return null;
    // Only these endpoints' answers: another's `current` was read with another schema.
    if (!error.endpoint || !keys.includes(error.endpoint as K) || !(error.endpoint in group))
      return null;
    return { current: (error.current ?? null) as NonNullable<ErrorCurrentOf<G[K], S>> | null };
  };
}

/** A reader of a 412's `current`: the record as the server holds it now, in its own type. */
export function staleReader<G extends EndpointGroup, K extends keyof G & string>(
  group: G,
  ...keys: K[]
): CurrentReader<NonNullable<ErrorCurrentOf<G[K], 412>>> {
  return declaredCurrent(group, 412, ...keys);
}
