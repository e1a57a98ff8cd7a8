import { appendAudit } from '../audit-chain';
import { endAllSessions } from '../auth/sessions';
import type { ServerResolver } from './endpoint-routes';

// Sessions beyond signing in and out (issue 15): how staff can sign in here, and "Sign out
// everywhere". Each runs in the request's one transaction (ctx.tx), like every endpoint.

export type SessionKey = 'GET /auth/options' | 'POST /auth/logout-everywhere';

export function sessionResolvers(options: { singleSignOn: boolean }): {
  [K in SessionKey]: ServerResolver<K>;
} {
  return {
    'GET /auth/options': async () => ({ singleSignOn: options.singleSignOn }),

    // Every session of the account ends, this one too: each tab and device signs in again.
    'POST /auth/logout-everywhere': async (ctx) => {
      const ended = await endAllSessions(ctx.tx, ctx.user.id);
      await appendAudit(ctx.tx, {
        actorId: ctx.user.id,
        actorRole: ctx.user.role,
        action: 'session.end-all',
        entity: 'staff',
        entityId: ctx.user.id,
        after: { ended },
        requestId: ctx.requestId,
      });
      return { ended };
    },
  };
}
