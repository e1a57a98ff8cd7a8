import { cancelSession, rescheduleSession } from '../../domain/commands/sessions';
import type { SharedResolvers } from '../resolver';

// The rules live in src/domain/commands/sessions.ts; these resolvers only run them.
export const sessionResolvers = {
  'PATCH /sessions/:sessionId': async (ctx) =>
    await ctx.run((db, cc) =>
      rescheduleSession(
        db,
        { ...ctx.body, sessionId: ctx.params.sessionId ?? '', version: ctx.version },
        cc,
      ),
    ),

  // docs/domain.md code 4: cancelled by the provider, for everyone on the register; not an absence.
  'POST /sessions/:sessionId/cancel': async (ctx) =>
    await ctx.run((db, cc) =>
      cancelSession(
        db,
        { ...ctx.body, sessionId: ctx.params.sessionId ?? '', version: ctx.version },
        cc,
      ),
    ),
} satisfies Partial<SharedResolvers>;
