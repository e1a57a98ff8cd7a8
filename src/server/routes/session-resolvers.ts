import { appendAudit } from '../audit-chain';
import { outboxKeyFor, outboxWrappingKey } from '../auth/outbox-keys';
import { endAllSessions } from '../auth/sessions';
import type { ServerResolver } from './endpoint-routes';

// Sessions beyond signing in and out: how staff can sign in here, and "Sign out
// everywhere". Each runs in the request's one transaction (ctx.tx), like every endpoint.

export type SessionKey =
  'GET /auth/options' | 'POST /auth/logout-everywhere' | 'GET /auth/outbox-key';

export function sessionResolvers(options: {
  singleSignOn: boolean;
  /** OUTBOX_KEY_SECRET, which seals the outbox keys at rest, or null. */
  outboxKeySecret?: string | null;
}): {
  [K in SessionKey]: ServerResolver<K>;
} {
  const wrappingKey = options.outboxKeySecret ? outboxWrappingKey(options.outboxKeySecret) : null;
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

    // Made at the first ask (a write: endpoint-routes.ts runs this GET in a read-write
    // transaction), then the same for every session of the user. Not audited: it is asked at
    // every sign-in and changes nothing after the first.
    'GET /auth/outbox-key': async (ctx) => ({
      userId: ctx.user.id,
      key: (await outboxKeyFor(ctx.tx, ctx.user.id, wrappingKey)).toString('base64'),
    }),
  };
}
