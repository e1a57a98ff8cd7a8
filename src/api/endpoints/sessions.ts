import { defineEndpoints } from '../endpoint-contract';
import { endedSessionsSchema, outboxKeySchema } from '../schemas/sessions';

// Sessions beyond signing in and out (issue 15). Kept apart from ./auth.ts, which every page
// loads: only the user menu's "Sign out everywhere" and the register's outbox (server mode,
// loaded when first needed) need it.
export const sessionEndpoints = defineEndpoints({
  'POST /auth/logout-everywhere': {
    summary: "Sign out everywhere: end every session of the signed-in user's account",
    action: 'session.use',
    response: endedSessionsSchema,
    status: 200,
  },
  'GET /auth/outbox-key': {
    summary:
      "The signed-in user's outbox key (AES-256, base64): the same for every session of the user; made at the first ask. Never cached (Cache-Control: no-store).",
    action: 'session.use',
    response: outboxKeySchema,
  },
});
