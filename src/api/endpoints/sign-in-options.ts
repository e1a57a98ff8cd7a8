import { defineEndpoints } from '../endpoint-contract';
import { signInOptionsSchema } from '../schemas/sign-in-options';

// What the sign-in page asks before anyone signs in. Apart from ./auth.ts, which
// every page loads, and ./sessions.ts, which only the user menu's dialog needs.
export const signInOptionEndpoints = defineEndpoints({
  'GET /auth/options': {
    summary: 'How staff can sign in here: whether single sign-on (OpenID Connect) is set up',
    action: 'public',
    response: signInOptionsSchema,
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
