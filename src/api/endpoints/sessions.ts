import { defineEndpoints } from '../endpoint-contract';
import { endedSessionsSchema } from '../schemas/sessions';

// Sessions beyond signing in and out (issue 15). Kept apart from ./auth.ts, which every page
// loads: only the user menu's "Sign out everywhere" needs it.
export const sessionEndpoints = defineEndpoints({
  'POST /auth/logout-everywhere': {
    summary: "Sign out everywhere: end every session of the signed-in user's account",
    action: 'session.use',
    response: endedSessionsSchema,
    status: 200,
  },
});
