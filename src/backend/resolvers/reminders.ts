import { setSessionVideoLink } from '../../domain/commands/session-video-link';
import { todayIso } from '../../domain/dates';
import type { BackendContext, SharedResolvers } from '../resolver';
import { cohortReminders, type SentRow } from '../views/reminder-views';
import { findCohort } from '../views/views';

/** A cohort's reminders given what was sent (the server's table; none on the mock, which
 * sends nothing), recorded on the access log like the cohort's list of people. */
export async function remindersAnswer(
  ctx: BackendContext<'GET /cohorts/:id/reminders'>,
  sentOf: (sessionIds: string[]) => Promise<SentRow[]>,
) {
  const db = await ctx.read();
  const cohort = findCohort(db, ctx, ctx.params.id);
  const ids = db.sessions.filter((s) => s.cohortId === cohort.id).map((s) => s.id);
  const answer = cohortReminders(db, cohort, await sentOf(ids), todayIso(ctx.now));
  const shown = new Set(answer.sessions.flatMap((s) => s.people.map((p) => p.enrolmentId)));
  ctx.recordAccess({
    action: 'reminders.view',
    participantIds: db.enrolments.filter((e) => shown.has(e.id)).map((e) => e.participantId),
    recordId: cohort.id,
  });
  return answer;
}

export const reminderResolvers = {
  'GET /cohorts/:id/reminders': (ctx) => remindersAnswer(ctx, async () => []),

  'PUT /sessions/:sessionId/video-link': async (ctx) =>
    await ctx.run((db, cc) =>
      setSessionVideoLink(
        db,
        { ...ctx.body, sessionId: ctx.params.sessionId ?? '', version: ctx.version },
        cc,
      ),
    ),
} satisfies Partial<SharedResolvers>;
