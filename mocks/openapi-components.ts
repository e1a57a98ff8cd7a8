type Json = Record<string, unknown>;

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** What every operation shares: the session (a cookie on the server, a bearer token on the
 * mock), the one error body, If-Match and Idempotency-Key. */
export function components(errorSchema: Json): Json {
  return {
    securitySchemes: {
      sessionCookie: {
        type: 'apiKey',
        in: 'cookie',
        name: 'cohort-session',
        description:
          'The server (src/server): POST /auth/login and single sign-on set an httpOnly, SameSite=Lax cookie, named `__Host-cohort-session` with Secure when APP_ORIGIN is https; no token is ever in a body, and an Authorization header is not accepted. Writes from another origin are refused (403).',
      },
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        description:
          'The mock (in-browser and `npm run api`): the token in the body of POST /auth/login, sent as `Authorization: Bearer <token>`. The app keeps it in sessionStorage only.',
      },
    },
    schemas: { Error: errorSchema },
    parameters: {
      IfMatch: {
        name: 'If-Match',
        in: 'header',
        required: true,
        description:
          'The record version the client last saw, quoted: `"3"`. Missing: 428. Stale: 412 with `error.current` holding the record as the server has it.',
        schema: { type: 'string', pattern: '^"\\d+"$' },
      },
      IdempotencyKey: {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'Sent by the app on every POST and on every register mark (a UUID, kept with the mark until the server has it). A retry with the same key, by the same user to the same URL, gets the first answer and acts only once: a mark retried after its answer was lost gets that answer, not a 412.',
        schema: { type: 'string', maxLength: 200 },
      },
    },
    responses: {
      ValidationFailed: error(
        'The body or query is invalid: `error.fieldErrors` maps dotted field paths to messages.',
      ),
      Unauthenticated: error('No live session (cookie or bearer token).'),
      WrongCredentials: error(
        'The email and password do not match an active account (one answer for every way they can be wrong, so it says nothing about which accounts exist). The failure is counted and audited.',
      ),
      Forbidden: error(
        'The role may not call this endpoint, or a facilitator asked for a cohort they do not facilitate.',
      ),
      NotFound: error('No such record.'),
      Conflict: error(
        'The request is valid but the records do not allow it now (full cohort, wrong state, duplicate).',
      ),
      StaleVersion: error('If-Match names an old version: `error.current` is the record now.'),
      PreconditionRequired: error('If-Match is missing.'),
      TooManyAttempts: {
        ...error(
          'Too many failed sign-ins for this email or from this address within the window (the server only; limits are its configuration). Refused before any password is checked.',
        ),
        headers: {
          'Retry-After': {
            description: 'Seconds until the oldest counted failure leaves the window.',
            schema: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
  };
}
