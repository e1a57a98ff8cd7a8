import { desc, eq } from 'drizzle-orm';
import type { Register } from '../../api/schemas/registers';
import type { CourseMessage } from '../../api/schemas/course-messages';
import { sharedResolvers } from '../../backend/resolvers';
import type { DbOrTx } from '../db/database';
import { courseMessages } from '../db/message-tables';
import type { Logger } from '../logger';
import type { ServerContext, ServerResolver } from '../routes/endpoint-routes';
import { courseMessagesOf, type CourseMessageRow } from './course-message-store';
import { sendGroupMessage } from './group-message-sender';
import { sendMissedMaterial } from './material-sender';
import type { Notifier } from './notify-client';

// The server's answers where messages to the people on a course make a difference: a register
// shows what was sent to each person about its session, finalising it sends the session's
// missed material, and cancelling or moving a session may message the whole group. Sends run
// once the change has committed (decision 0010); the mock runs the shared resolvers alone.

type Key =
  | 'GET /sessions/:sessionId/register'
  | 'POST /sessions/:sessionId/finalise'
  | 'POST /sessions/:sessionId/cancel'
  | 'PATCH /sessions/:sessionId'
  | 'GET /enrolments/:id/messages';

const view = ({
  participantId: _p,
  notifyMessageId: _n,
  ...row
}: CourseMessageRow): CourseMessage => row;

async function withMessages(db: DbOrTx, register: Register): Promise<Register> {
  const rows = await courseMessagesOf(db, register.session.id);
  return {
    ...register,
    rows: register.rows.map((row) => ({
      ...row,
      messages: rows.filter((m) => m.enrolmentId === row.enrolment.id).map(view),
    })),
  };
}

export function courseMessageResolvers(
  notifier: Notifier | null,
  log: Logger,
  /** Where the people's links open (an opt-out link goes with the material). */
  linkOrigin: string,
): { [K in Key]: ServerResolver<K> } {
  /** After the commit, never thrown: the change stands whatever Notify says. */
  const later = (ctx: ServerContext, what: string, work: (n: Notifier) => Promise<unknown>) => {
    if (!notifier) return;
    ctx.afterCommit(async () => {
      try {
        await work(notifier);
      } catch (error) {
        log.warn({ err: { type: (error as Error).name } }, what);
      }
    });
  };
  const base = (ctx: ServerContext) => ({ now: ctx.now, requestId: ctx.requestId, log });
  return {
    'GET /sessions/:sessionId/register': async (ctx) =>
      withMessages(ctx.tx, await sharedResolvers['GET /sessions/:sessionId/register'](ctx)),

    'POST /sessions/:sessionId/finalise': async (ctx) => {
      const register = await sharedResolvers['POST /sessions/:sessionId/finalise'](ctx);
      later(ctx, 'missed material', (n) =>
        sendMissedMaterial(ctx.database, n, {
          ...base(ctx),
          linkOrigin,
          sessionId: register.session.id,
        }),
      );
      return withMessages(ctx.tx, register);
    },

    'POST /sessions/:sessionId/cancel': async (ctx) => {
      const session = await sharedResolvers['POST /sessions/:sessionId/cancel'](ctx);
      if (ctx.body.messageGroup)
        later(ctx, 'group message', (n) =>
          sendGroupMessage(ctx.database, n, {
            ...base(ctx),
            sessionId: session.id,
            wasOn: session.date,
            change: { kind: 'cancelled' },
          }),
        );
      return session;
    },

    'PATCH /sessions/:sessionId': async (ctx) => {
      const before = (await ctx.read()).sessions.find((s) => s.id === ctx.params.sessionId);
      const session = await sharedResolvers['PATCH /sessions/:sessionId'](ctx);
      if (ctx.body.messageGroup && before)
        later(ctx, 'group message', (n) =>
          sendGroupMessage(ctx.database, n, {
            ...base(ctx),
            sessionId: session.id,
            wasOn: before.date,
            change: { kind: 'moved', to: session.date },
          }),
        );
      return session;
    },

    'GET /enrolments/:id/messages': async (ctx) => {
      // The shared resolver checks the place is in the user's scope.
      await sharedResolvers['GET /enrolments/:id/messages'](ctx);
      const rows = await ctx.tx
        .select()
        .from(courseMessages)
        .where(eq(courseMessages.enrolmentId, ctx.params.id ?? ''))
        .orderBy(desc(courseMessages.at), desc(courseMessages.id));
      return { items: rows.map(view) };
    },
  };
}
