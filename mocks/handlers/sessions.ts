import { cancelSession, rescheduleSession } from '../../src/domain/commands/sessions';
import { ifMatch, runCommand } from '../commands';
import type { Resolvers } from '../http';

// The rules live in src/domain/commands/sessions.ts; these resolvers only run them.
export const sessionResolvers = {
  'PATCH /sessions/:sessionId': (ctx) =>
    runCommand(ctx, (db, cc) =>
      rescheduleSession(
        db,
        { ...ctx.body, sessionId: ctx.params.sessionId ?? '', version: ifMatch(ctx.request) },
        cc,
      ),
    ),

  // DOMAIN.md code 4: cancelled by the provider, for everyone on the register; not an absence.
  'POST /sessions/:sessionId/cancel': (ctx) =>
    runCommand(ctx, (db, cc) =>
      cancelSession(
        db,
        { ...ctx.body, sessionId: ctx.params.sessionId ?? '', version: ifMatch(ctx.request) },
        cc,
      ),
    ),
} satisfies Partial<Resolvers>;
