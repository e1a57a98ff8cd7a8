import { todayIso } from '../../src/domain/dates';
import { store } from '../db';
import { charts } from '../dashboard-charts';
import { cohortDashboard } from '../dashboard-cohort';
import { scopedCohorts, windowsFor } from '../dashboard-scope';
import { headline } from '../dashboard-summary';
import type { Resolvers } from '../http';
import { findCohort } from '../views';

export const dashboardResolvers = {
  // Every figure is computed here from the records, with the shared rules in src/domain;
  // the query string holds filter values only.
  'GET /dashboard/summary': (ctx) => {
    const { user, query: filters } = ctx;
    const db = store.data;
    const today = todayIso();
    const visible = scopedCohorts(db, ctx, {}, today);
    const cohorts = scopedCohorts(db, ctx, filters, today);
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
  'GET /dashboard/cohorts/:id': (ctx) => {
    const db = store.data;
    return cohortDashboard(db, findCohort(db, ctx, ctx.params.id), todayIso());
  },
} satisfies Partial<Resolvers>;
