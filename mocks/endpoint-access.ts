import { splitKey, type EndpointContract } from '../src/api/endpoint-contract';
import { ENDPOINT_KEYS, ENDPOINTS, type EndpointKey } from '../src/api/endpoints';
import { rolesFor, scopeOf, type Role, type Scope } from '../src/domain/policy';
import { store, type StaffRecord } from './db';
import { HttpError } from './http-error';

// Who is calling (the bearer token) and what their role's grant allows (the policy table).

export function authenticate(request: Request): StaffRecord {
  const header = request.headers.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  const staffId = token ? store.data.tokens[token] : undefined;
  const user = staffId ? store.data.staff.find((s) => s.id === staffId) : undefined;
  if (!user || !user.active)
    throw new HttpError(401, 'unauthenticated', 'Your session has ended. Sign in again.');
  return user;
}

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

/** How far the user's grant for the endpoint reaches, or null when their role has none. */
export function grantFor(user: StaffRecord, contract: EndpointContract): Scope | null {
  if (contract.action === 'public') return 'all';
  if (contract.demoOnly && demoOpenToEveryone) return 'all';
  return scopeOf(user.role, contract.action);
}
