import { defineEndpoints } from '../endpoint-contract';
import { endedSessionsSchema, signInOptionsSchema } from '../schemas/sessions';

// Sessions beyond signing in and out (issue 15). Kept apart from ./auth.ts, which every page
// loads: only the sign-in page and the user menu's "Sign out everywhere" need these.
export const sessionEndpoints = defineEndpoints({
  'GET /auth/options': {
    summary: 'How staff can sign in here: whether single sign-on (OpenID Connect) is set up',
    action: 'public',
    response: signInOptionsSchema,
  },
  'POST /auth/logout-everywhere': {
    summary: "Sign out everywhere: end every session of the signed-in user's account",
    action: 'session.use',
    response: endedSessionsSchema,
    status: 200,
  },
});

/** Single sign-on's pages under the API: browser navigations answered with redirects, not JSON
 * endpoints, so they are not in ENDPOINTS. The server serves them (src/server/routes/
 * oidc-routes.ts); the sign-in page links to the first, with `?returnTo=/path`. */
export const SINGLE_SIGN_ON = {
  login: '/auth/oidc/login',
  callback: '/auth/oidc/callback',
  jwks: '/auth/oidc/jwks',
} as const;
