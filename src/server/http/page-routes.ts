import { fillPath, splitKey } from '../../api/endpoint-contract';
import { ENDPOINTS, type EndpointKey } from '../../api/endpoints';
import { can } from '../../domain/policy';
import type { StaffUser } from '../../api/schemas/staff';

// What the server knows of the app's pages, so the HTML for an address can name the page's
// code (modulepreload) and start its first reads (src/api/page-boot.ts) before the app's own
// code has run. Paths are the router's own (src/app/routes-*.ts, `$param`), modules the source
// files the router loads lazily (Vite's manifest turns them into files);
// tests/server/page-routes.test.ts holds the two lists together. A page not listed here still
// works: it only loads as before, chunk after chunk.

/** The signed-in pages' frame (header, navigation): its own chunk (src/app/routes-root.ts). */
const SHELL = 'src/app/app-layout.tsx';

export interface PageRoute {
  /** The router's path, `$name` for a parameter. */
  path: string;
  /** Only for a signed-in user: without one, the app sends the browser to sign in. */
  signedIn: boolean;
  /** Source files whose chunks (and their static imports) the page needs at once. */
  modules: readonly string[];
  /** The API reads the page makes first, with its parameters (each only if the role may). */
  reads?: (
    params: Record<string, string>,
  ) => { key: EndpointKey; params?: Record<string, string> }[];
}

export const PAGE_ROUTES: readonly PageRoute[] = [
  {
    path: '/sign-in',
    signedIn: false,
    modules: ['src/app/routes/sign-in.tsx'],
    reads: () => [{ key: 'GET /auth/options' }],
  },
  {
    // The page a facilitator opens minutes before a group: its loader's two reads
    // (src/app/routes-registers.ts), with the code of the page and of those reads.
    path: '/registers/$sessionId',
    signedIn: true,
    modules: [
      SHELL,
      'src/app/routes/register.tsx',
      'src/features/registers/api/register-queries.ts',
      'src/features/cohorts/api/staff-queries.ts',
    ],
    reads: ({ sessionId = '' }) => [
      { key: 'GET /sessions/:sessionId/register', params: { sessionId } },
      { key: 'GET /staff/directory' },
    ],
  },
  { path: '/registers', signedIn: true, modules: [SHELL, 'src/app/routes/registers.tsx'] },
  { path: '/cohorts', signedIn: true, modules: [SHELL, 'src/app/routes/cohorts.tsx'] },
  { path: '/cohorts/$cohortId', signedIn: true, modules: [SHELL, 'src/app/routes/cohort.tsx'] },
  { path: '/dashboard', signedIn: true, modules: [SHELL, 'src/app/routes/dashboard.tsx'] },
];

const SIGN_IN = PAGE_ROUTES[0] as PageRoute;

// An id as the API issues them; anything else in the address is not worth a request.
const PARAM = /^[A-Za-z0-9_-]{1,100}$/;

/** The page at `path` and its parameters, or null for one not listed. */
export function matchPageRoute(
  path: string,
): { route: PageRoute; params: Record<string, string> } | null {
  const parts = path.replace(/\/+$/, '').split('/');
  for (const route of PAGE_ROUTES) {
    const pattern = route.path.split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((part, i) => {
      const actual = parts[i] ?? '';
      if (!part.startsWith('$')) return part === actual;
      params[part.slice(1)] = actual;
      return PARAM.test(actual);
    });
    if (fits) return { route, params };
  }
  return null;
}

/** What the HTML for `path` names: the page's modules and its first reads (`/api/...`), for
 * this user. A signed-in page without a user is the sign-in page the app will go to. */
export function pagePlan(path: string, user: StaffUser | null) {
  const match = matchPageRoute(path);
  if (!match) return { modules: [], requests: [] };
  const route = match.route.signedIn && !user ? SIGN_IN : match.route;
  const reads = route.reads?.(route === match.route ? match.params : {}) ?? [];
  const requests = reads
    .filter(({ key }) => {
      const { action } = ENDPOINTS[key];
      return action === 'public' || (user !== null && can(user.role, action));
    })
    .map(({ key, params }) => `/api${fillPath(splitKey(key).path, params ?? {})}`);
  return { modules: route.modules, requests };
}
