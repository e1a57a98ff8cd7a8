import { splitKey, type EndpointContract } from '../src/api/endpoint-contract';
import { ENDPOINT_KEYS, ENDPOINTS, type EndpointKey } from '../src/api/endpoints';
import { rolesFor, scopeOf, type Role, type Scope } from '../src/domain/policy';
import { store, type StaffRecord } from './db';
import { HttpError } from './http-error';
import type { SessionEndReason } from '../src/api/schemas/error';

// Who is calling (the bearer token) and what their role's grant allows (the policy table).

/** Ended tokens and why (the server keeps this in its sessions table), so a 401 says why. The
 * mock's sessions have no idle or longest limit of their own: the app's idle sign-out ends them. */
const endedTokens = new Map<string, SessionEndReason>();

export function endMockSessions(staffId: string | null, reason: SessionEndReason, token?: string) {
  for (const [t, id] of Object.entries(store.data.tokens)) {
    if (t !== token && (staffId === null || id !== staffId)) continue;
    delete store.data.tokens[t];
    endedTokens.set(t, reason);
  }
}

export function authenticate(request: Request): StaffRecord {
  const header = request.headers.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  const staffId = token ? store.data.tokens[token] : undefined;
  const user = staffId ? store.data.staff.find((s) => s.id === staffId) : undefined;
  if (!user || !user.active) {
    const reason = user ? 'deactivated' : endedTokens.get(token);
    throw new HttpError(
      401,
      'unauthenticated',
      'Your session has ended. Sign in again.',
      undefined,
      undefined,
      reason && { reason },
    );
  }
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
