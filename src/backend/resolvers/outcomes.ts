import { reviewAlert } from '../../domain/commands/alerts';
import { recordMeasures } from '../../domain/commands/measures';
import { questionnaireRecipients } from '../../domain/commands/questionnaire-messages';
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

  // Who a session's questionnaire would go to. Only the server sends (by GOV.UK Notify, in
  // src/server/notify/notify-resolvers.ts); here, as on the mock, there is no way to send.
  'POST /sessions/:sessionId/questionnaire-links': async (ctx) => {
    const db = await ctx.read();
    const { people } = questionnaireRecipients(
      db,
      { sessionId: ctx.params.sessionId ?? '', enrolmentIds: ctx.body.enrolmentIds },
      {
        actor: { id: ctx.user.id, role: ctx.user.role, scope: ctx.scope },
        now: ctx.now.toISOString(),
      },
    );
    return {
      items: people.map((p) => ({ enrolmentId: p.enrolment.id, result: 'no_channel' as const })),
    };
  },

  'GET /cohorts/:id/outcomes': async (ctx) => {
    const db = await ctx.read();
    const cohort = findCohort(db, ctx, ctx.params.id);
    const outcomes = cohortOutcomes(db, cohort);
    ctx.recordAccess({
      action: 'outcomes.view',
      participantIds: participantsOf(
        db,
        outcomes.people.map((p) => p.enrolmentId),
      ),
      recordId: cohort.id,
    });
    return outcomes;
  },

  // NHS numbers travel in the body, never the address: the query holds only the period.
  'GET /exports/talking-therapies': async (ctx) => {
    const db = await ctx.read();
    const rows = talkingTherapiesExport(db, ctx.query.from, ctx.query.to);
    const exported = new Set(rows.careContacts.map((c) => c.nhsNumber));
    ctx.recordAccess({
      action: 'talking-therapies.export',
      // The rows name people by NHS number only (the data set's own key).
      participantIds: db.participants.filter((p) => exported.has(p.nhsNumber)).map((p) => p.id),
    });
    return rows;
  },

  // Open alerts first raised first: the oldest has waited longest for its review.
  'GET /alerts': async (ctx) => {
    const db = await ctx.read();
    const visible = new Set(db.cohorts.filter((c) => canSeeCohort(ctx, c)).map((c) => c.id));
    const items = db.alerts
      .filter((a) => a.status === 'open' && visible.has(a.cohortId))
      .sort((a, b) => a.raisedAt.localeCompare(b.raisedAt) || a.id.localeCompare(b.id))
      .map((a) => alertItem(db, a));
    ctx.recordAccess({
      action: 'alerts.view',
      participantIds: participantsOf(
        db,
        items.map((a) => a.enrolmentId),
      ),
    });
    return { items };
  },

  'POST /alerts/:id/review': async (ctx) =>
    await ctx.run((db, cc) =>
      reviewAlert(db, { ...ctx.body, alertId: ctx.params.id ?? '', version: ctx.version }, cc),
    ),
} satisfies Partial<SharedResolvers>;

/** The people behind enrolments, for the access log (which keeps people, not places). */
function participantsOf(
  db: { enrolments: readonly { id: string; participantId: string }[] },
  enrolmentIds: readonly string[],
): string[] {
  const wanted = new Set(enrolmentIds);
  return db.enrolments.filter((e) => wanted.has(e.id)).map((e) => e.participantId);
}
