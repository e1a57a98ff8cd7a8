import { cohortDashboard } from '../views/dashboard-cohort';
import { dashboardSummary } from '../views/dashboard-summary';
import type { SharedResolvers } from '../resolver';
import { findCohort, roster } from '../views/views';

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
    const cohort = findCohort(db, ctx, ctx.params.id);
    const dashboard = cohortDashboard(db, cohort, ctx.now);
    // Each person's name beside their attendance: a cohort's list of people, on the record.
    const personOf = new Map(roster(db, cohort.id).map((e) => [e.id, e.participantId]));
    ctx.recordAccess({
      action: 'roster.view',
      participantIds: dashboard.participants.map((p) => personOf.get(p.enrolmentId) ?? ''),
      recordId: cohort.id,
    });
    return dashboard;
  },
} satisfies Partial<SharedResolvers>;
