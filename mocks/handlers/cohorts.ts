import { cancelCohort, deleteCohort } from '../../src/domain/commands/cohort-closing';
import { createCohort, updateCohort } from '../../src/domain/commands/cohorts';
import { todayIso } from '../../src/domain/dates';
import { ifMatch, runCommand } from '../commands';
import { store } from '../db';
import type { Resolvers } from '../http';
import { canSeeCohort, cohortSummary, findCohort, indexCohorts, roster } from '../views';

export const cohortResolvers = {
  'GET /cohorts': (ctx) => {
    const db = store.data;
    const today = todayIso();
    const index = indexCohorts(db);
    return {
      items: db.cohorts
        .filter((c) => canSeeCohort(ctx, c))
        .map((c) => cohortSummary(db, c, today, index)),
    };
  },

  'GET /cohorts/:id': (ctx) => {
    const db = store.data;
    const cohort = findCohort(db, ctx, ctx.params.id);
    const sessions = db.sessions
      .filter((s) => s.cohortId === cohort.id)
      .sort((a, b) => a.number - b.number);
    return { cohort: cohortSummary(db, cohort), sessions };
  },

  'GET /cohorts/:id/enrolments': (ctx) => {
    const cohort = findCohort(store.data, ctx, ctx.params.id);
    return { items: roster(store.data, cohort.id) };
  },

  'POST /cohorts': (ctx) => {
    const cohort = runCommand(ctx, (db, cc) => createCohort(db, ctx.body, cc));
    return cohortSummary(store.data, cohort);
  },

  'PATCH /cohorts/:id': (ctx) => {
    const cohort = runCommand(ctx, (db, cc) =>
      updateCohort(
        db,
        { cohortId: ctx.params.id ?? '', version: ifMatch(ctx.request), changes: ctx.body },
        cc,
      ),
    );
    return cohortSummary(store.data, cohort);
  },

  'DELETE /cohorts/:id': (ctx) =>
    runCommand(ctx, (db, cc) =>
      deleteCohort(db, { cohortId: ctx.params.id ?? '', version: ifMatch(ctx.request) }, cc),
    ),

  'POST /cohorts/:id/cancel': (ctx) => {
    const cohort = runCommand(ctx, (db, cc) =>
      cancelCohort(
        db,
        { cohortId: ctx.params.id ?? '', version: ifMatch(ctx.request), reason: ctx.body.reason },
        cc,
      ),
    );
    return cohortSummary(store.data, cohort);
  },
} satisfies Partial<Resolvers>;
