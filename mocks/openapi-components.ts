type Json = Record<string, unknown>;

/** What every operation shares: the session (a cookie on the server, a bearer token on the
 * mock), the error body and records, If-Match and Idempotency-Key. */
export function components(errorSchema: Json, records: Json, errors: Json): Json {
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
    // The one error body, and each record an error's `current` carries (./openapi-errors.ts).
    schemas: { Error: errorSchema, ...records },
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
    // Every distinct error answer (status, codes, record), referenced by the operations.
    responses: errors,
  };
}
