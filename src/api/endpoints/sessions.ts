import { defineEndpoints } from '../endpoint-contract';
import { endedSessionsSchema, outboxKeySchema } from '../schemas/sessions';
import { sessionLimitsResponseSchema } from '../schemas/settings';
import { meResponseSchema } from '../schemas/staff';

// Sessions beyond signing in and out. Kept apart from ./auth.ts, which the sign-in
// page loads: only pages behind sign-in need these (the idle sign-out's limits, the user
// menu's "Sign out everywhere", the register's outbox in server mode).
export const sessionEndpoints = defineEndpoints({
  'GET /auth/session': {
    summary:
      'Whether this session is still live: the app asks every few seconds while a page shows. Not activity: the idle clock goes on. A 401 says why the session ended (sessionEnded)',
    action: 'session.use',
    response: meResponseSchema,
  },
  'GET /auth/session-limits': {
    summary:
      "How long a session lasts, from the service's settings: the app's idle sign-out and the longest session",
    action: 'session.use',
    response: sessionLimitsResponseSchema,
  },
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
