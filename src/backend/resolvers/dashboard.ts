import { cohortDashboard } from '../views/dashboard-cohort';
import { dashboardSummary } from '../views/dashboard-summary';
import type { SharedResolvers } from '../resolver';
import { findCohort } from '../views/views';

export const dashboardResolvers = {
  // Every figure is computed here from the records, with the shared rules in src/domain;
  // the query string holds filter values only.
  'GET /dashboard/summary': async (ctx) =>
    // The waiting-list figures are about everyone on it, and when each left it.
    dashboardSummary(
      await ctx.read({ everyone: true, listHistory: true }),
      ctx,
      ctx.query,
      ctx.now,
    ),

  // Facilitators get 403 for a cohort they do not run (findCohort uses canSeeCohort).
  'GET /dashboard/cohorts/:id': async (ctx) => {
    const db = await ctx.read();
    return cohortDashboard(db, findCohort(db, ctx, ctx.params.id), ctx.now);
  },
} satisfies Partial<SharedResolvers>;
