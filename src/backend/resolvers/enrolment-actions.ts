import { recordCannotAttend } from '../../domain/commands/cannot-attend';
import { enrolmentInScope, withdrawEnrolment } from '../../domain/commands/enrolments';
import { transferEnrolment, transferTargets } from '../../domain/commands/transfers';
import { todayIso } from '../../domain/dates';
import { scopeContext } from '../scope-context';
import type { SharedResolvers } from '../resolver';
import { cohortSummary, roster, written } from '../views/views';

export const enrolmentActionResolvers = {
  // The server answers from its own table (src/server/notify/course-message-resolvers.ts); a
  // backend that sends nothing has nothing to show, once the place is known to be in scope.
  'GET /enrolments/:id/messages': async (ctx) => {
    enrolmentInScope(await ctx.read(), ctx.params.id ?? '', scopeContext(ctx));
    return { items: [] };
  },

  'GET /enrolments/:id/transfer-options': async (ctx) => {
    const db = await ctx.read();
    const { enrolment } = enrolmentInScope(db, ctx.params.id ?? '', scopeContext(ctx));
    const today = todayIso();
    return {
      items: transferTargets(db, enrolment, today).map(({ cohort, ...fit }) => ({
        cohort: cohortSummary(db, cohort, ctx.now),
        ...fit,
      })),
    };
  },

  'POST /enrolments/:id/transfer': async (ctx) => {
    const moved = await ctx.run((db, cc) =>
      transferEnrolment(
        db,
        { ...ctx.body, enrolmentId: ctx.params.id ?? '', version: ctx.version },
        cc,
      ),
    );
    return written(
      roster(await ctx.read(), moved.cohortId).find((r) => r.id === moved.id),
      'The place',
    );
  },

  'POST /enrolments/:id/withdraw': async (ctx) => {
    const left = await ctx.run((db, cc) =>
      withdrawEnrolment(
        db,
        { ...ctx.body, enrolmentId: ctx.params.id ?? '', version: ctx.version },
        cc,
      ),
    );
    return written(
      roster(await ctx.read(), left.cohortId).find((r) => r.id === left.id),
      'The place',
    );
  },

  'POST /enrolments/:id/cannot-attend': async (ctx) =>
    await ctx.run((db, cc) =>
      recordCannotAttend(db, { ...ctx.body, enrolmentId: ctx.params.id ?? '' }, cc),
    ),
} satisfies Partial<SharedResolvers>;
