import { recordCannotAttend } from '../../src/domain/commands/cannot-attend';
import { enrolmentInScope, withdrawEnrolment } from '../../src/domain/commands/enrolments';
import { transferEnrolment, transferTargets } from '../../src/domain/commands/transfers';
import { todayIso } from '../../src/domain/dates';
import { commandContext, ifMatch, runCommand } from '../commands';
import { store } from '../db';
import type { Resolvers } from '../http';
import { cohortSummary, roster } from '../views';

export const enrolmentActionResolvers = {
  'GET /enrolments/:id/transfer-options': (ctx) => {
    const db = store.data;
    const { enrolment } = enrolmentInScope(db, ctx.params.id ?? '', commandContext(ctx));
    const today = todayIso();
    return {
      items: transferTargets(db, enrolment, today).map(({ cohort, ...fit }) => ({
        cohort: cohortSummary(db, cohort, today),
        ...fit,
      })),
    };
  },

  'POST /enrolments/:id/transfer': (ctx) => {
    const moved = runCommand(ctx, (db, cc) =>
      transferEnrolment(
        db,
        { ...ctx.body, enrolmentId: ctx.params.id ?? '', version: ifMatch(ctx.request) },
        cc,
      ),
    );
    return roster(store.data, moved.cohortId).find((r) => r.id === moved.id);
  },

  'POST /enrolments/:id/withdraw': (ctx) => {
    const left = runCommand(ctx, (db, cc) =>
      withdrawEnrolment(
        db,
        { ...ctx.body, enrolmentId: ctx.params.id ?? '', version: ifMatch(ctx.request) },
        cc,
      ),
    );
    return roster(store.data, left.cohortId).find((r) => r.id === left.id);
  },

  'POST /enrolments/:id/cannot-attend': (ctx) =>
    runCommand(ctx, (db, cc) =>
      recordCannotAttend(db, { ...ctx.body, enrolmentId: ctx.params.id ?? '' }, cc),
    ),
} satisfies Partial<Resolvers>;
