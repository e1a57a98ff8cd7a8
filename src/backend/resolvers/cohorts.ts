import { cancelCohort, deleteCohort } from '../../domain/commands/cohort-closing';
import { createCohort, updateCohort } from '../../domain/commands/cohorts';
import type { SharedResolvers } from '../resolver';
import { canSeeCohort, cohortSummary, findCohort, indexCohorts, roster } from '../views/views';

export const cohortResolvers = {
  'GET /cohorts': async (ctx) => {
    const db = await ctx.read();
    const index = indexCohorts(db);
    return {
      items: db.cohorts
        .filter((c) => canSeeCohort(ctx, c))
        .map((c) => cohortSummary(db, c, ctx.now, index)),
    };
  },

  'GET /cohorts/:id': async (ctx) => {
    const db = await ctx.read();
    const cohort = findCohort(db, ctx, ctx.params.id);
    const sessions = db.sessions
      .filter((s) => s.cohortId === cohort.id)
      .sort((a, b) => a.number - b.number);
    return { cohort: cohortSummary(db, cohort), sessions };
  },

  'GET /cohorts/:id/enrolments': async (ctx) => {
    const db = await ctx.read();
    const cohort = findCohort(db, ctx, ctx.params.id);
    const items = roster(db, cohort.id);
    ctx.recordAccess({
      action: 'roster.view',
      participantIds: items.map((e) => e.participantId),
      recordId: cohort.id,
    });
    return { items };
  },

  'POST /cohorts': async (ctx) => {
    const cohort = await ctx.run((db, cc) => createCohort(db, ctx.body, cc));
    return cohortSummary(await ctx.read(), cohort);
  },

  'PATCH /cohorts/:id': async (ctx) => {
    const cohort = await ctx.run((db, cc) =>
      updateCohort(
        db,
        { cohortId: ctx.params.id ?? '', version: ctx.version, changes: ctx.body },
        cc,
      ),
    );
    return cohortSummary(await ctx.read(), cohort);
  },

  'DELETE /cohorts/:id': async (ctx) =>
    await ctx.run((db, cc) =>
      deleteCohort(db, { cohortId: ctx.params.id ?? '', version: ctx.version }, cc),
    ),

  'POST /cohorts/:id/cancel': async (ctx) => {
    const cohort = await ctx.run((db, cc) =>
      cancelCohort(
        db,
        { cohortId: ctx.params.id ?? '', version: ctx.version, reason: ctx.body.reason },
        cc,
      ),
    );
    return cohortSummary(await ctx.read(), cohort);
  },
} satisfies Partial<SharedResolvers>;
