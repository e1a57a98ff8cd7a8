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
