import { todayIso } from '../../domain/dates';
import { charts } from '../views/dashboard-charts';
import { cohortDashboard } from '../views/dashboard-cohort';
import { scopedCohorts, windowsFor } from '../views/dashboard-scope';
import { headline } from '../views/dashboard-summary';
import type { SharedResolvers } from '../resolver';
import { findCohort } from '../views/views';

export const dashboardResolvers = {
  // Every figure is computed here from the records, with the shared rules in src/domain;
  // the query string holds filter values only.
  'GET /dashboard/summary': async (ctx) => {
    const { user, query: filters } = ctx;
    // The waiting-list figures are about everyone on it, and when each left it.
    const db = await ctx.read({ everyone: true, listHistory: true });
    const today = todayIso(ctx.now);
    const visible = scopedCohorts(db, ctx, {}, ctx.now);
    const cohorts = scopedCohorts(db, ctx, filters, ctx.now);
    const windows = windowsFor(filters, today);
    const facilitatorIds = new Set(visible.flatMap((c) => c.facilitatorIds));
    return {
      today,
      cohortCount: cohorts.length,
      headline: headline(db, user, cohorts, windows, today),
      chartPeriod: windows.charts,
      charts: charts(db, user, cohorts, windows, today),
      facilitators: db.staff
        .filter((s) => facilitatorIds.has(s.id))
        .map((s) => ({ id: s.id, name: s.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  },

  // Facilitators get 403 for a cohort they do not run (findCohort uses canSeeCohort).
  'GET /dashboard/cohorts/:id': async (ctx) => {
    const db = await ctx.read();
    return cohortDashboard(db, findCohort(db, ctx, ctx.params.id), ctx.now);
  },
} satisfies Partial<SharedResolvers>;
