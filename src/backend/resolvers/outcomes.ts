import { reviewAlert } from '../../domain/commands/alerts';
import { recordMeasures } from '../../domain/commands/measures';
import type { SharedResolvers } from '../resolver';
import { alertItem } from '../views/alert-views';
import { cohortOutcomes } from '../views/outcome-views';
import { talkingTherapiesExport } from '../views/talking-therapies-export';
import { canSeeCohort, findCohort } from '../views/views';

export const outcomeResolvers = {
  'PUT /sessions/:sessionId/measures/:enrolmentId': async (ctx) =>
    await ctx.run((db, cc) =>
      recordMeasures(
        db,
        {
          ...ctx.body,
          sessionId: ctx.params.sessionId ?? '',
          enrolmentId: ctx.params.enrolmentId ?? '',
          version: ctx.version,
        },
        cc,
      ),
    ),

  'GET /cohorts/:id/outcomes': async (ctx) => {
    const db = await ctx.read();
    return cohortOutcomes(db, findCohort(db, ctx, ctx.params.id));
  },

  // NHS numbers travel in the body, never the address: the query holds only the period.
  'GET /exports/talking-therapies': async (ctx) =>
    talkingTherapiesExport(await ctx.read(), ctx.query.from, ctx.query.to),

  // Open alerts first raised first: the oldest has waited longest for its review.
  'GET /alerts': async (ctx) => {
    const db = await ctx.read();
    const visible = new Set(db.cohorts.filter((c) => canSeeCohort(ctx, c)).map((c) => c.id));
    const items = db.alerts
      .filter((a) => a.status === 'open' && visible.has(a.cohortId))
      .sort((a, b) => a.raisedAt.localeCompare(b.raisedAt) || a.id.localeCompare(b.id))
      .map((a) => alertItem(db, a));
    return { items };
  },

  'POST /alerts/:id/review': async (ctx) =>
    await ctx.run((db, cc) =>
      reviewAlert(db, { ...ctx.body, alertId: ctx.params.id ?? '', version: ctx.version }, cc),
    ),
} satisfies Partial<SharedResolvers>;
