import { inArray } from 'drizzle-orm';
import { sharedResolvers } from '../../backend/resolvers';
import { remindersAnswer } from '../../backend/resolvers/reminders';
import { sessionReminders } from '../db/reminder-tables';
import type { Logger } from '../logger';
import type { ServerResolver } from '../routes/endpoint-routes';
import type { Notifier } from './notify-client';
import { sendOfferMessage } from './offer-sender';
import {
  sendQuestionnaire,
  type QuestionnaireSendResult,
  type QuestionnaireTemplates,
} from './questionnaire-sender';
import { questionnaireRecipients } from '../../domain/commands/questionnaire-messages';

// The server's own answers where GOV.UK Notify makes a difference: the
// settings say whether the server holds a Notify key (never the key), and a new offer's message
// is sent once the offer has committed. The mock runs the shared resolvers, which send nothing.

type NotifyKey =
  | 'GET /settings'
  | 'PATCH /settings'
  | 'POST /vacancies/:id/offers'
  | 'POST /sessions/:sessionId/questionnaire-links'
  | 'GET /cohorts/:id/reminders';

export function notifyResolvers(
  notifier: Notifier | null,
  log: Logger,
  /** Where a person's link opens: the app's origin (APP_ORIGIN). */
  linkOrigin: string,
  questionnaireTemplates: QuestionnaireTemplates = { sms: null, email: null },
): { [K in NotifyKey]: ServerResolver<K> } {
  const notifyConfigured = notifier !== null;
  return {
    'GET /settings': async (ctx) => ({
      ...(await sharedResolvers['GET /settings'](ctx)),
      notifyConfigured,
    }),

    'PATCH /settings': async (ctx) => ({
      ...(await sharedResolvers['PATCH /settings'](ctx)),
      notifyConfigured,
    }),

    // What the reminder job sent is in the server's own table.
    'GET /cohorts/:id/reminders': (ctx) =>
      remindersAnswer(ctx, async (ids) =>
        ids.length
          ? await ctx.tx
              .select()
              .from(sessionReminders)
              .where(inArray(sessionReminders.sessionId, ids))
          : [],
      ),

    'POST /vacancies/:id/offers': async (ctx) => {
      const offer = await sharedResolvers['POST /vacancies/:id/offers'](ctx);
      if (notifier)
        ctx.afterCommit(async () => {
          try {
            await sendOfferMessage(ctx.database, notifier, {
              offerId: offer.id,
              now: ctx.now,
              requestId: ctx.requestId,
              log,
              linkOrigin,
            });
          } catch (error) {
            // The offer stands; the log keeps the kind of failure only.
            log.warn({ offerId: offer.id, err: { type: (error as Error).name } }, 'offer message');
          }
        });
      return offer;
    },

    // The recipients by the shared rule, in the request's transaction; then, once it has
    // committed, each person's link and message one by one (no lock held while Notify answers),
    // each recorded on their contact log whatever Notify says. The answer says what happened.
    'POST /sessions/:sessionId/questionnaire-links': async (ctx) => {
      const db = await ctx.read();
      const { session, people } = questionnaireRecipients(
        db,
        { sessionId: ctx.params.sessionId ?? '', enrolmentIds: ctx.body.enrolmentIds },
        {
          actor: { id: ctx.user.id, role: ctx.user.role, scope: ctx.scope },
          now: ctx.now.toISOString(),
        },
      );
      const items = people.map(({ enrolment }) => ({
        enrolmentId: enrolment.id,
        result: 'no_channel' as QuestionnaireSendResult,
      }));
      if (notifier)
        ctx.afterCommit(async () => {
          for (const [at, { enrolment, person }] of people.entries()) {
            const item = items[at]!;
            item.result = await sendQuestionnaire(ctx.database, notifier, {
              person,
              enrolmentId: enrolment.id,
              session,
              templates: questionnaireTemplates,
              linkOrigin,
              now: ctx.now,
              requestId: ctx.requestId,
              log,
            }).catch((error: unknown) => {
              log.warn({ err: { type: (error as Error).name } }, 'questionnaire message');
              return 'not_sent' as const;
            });
          }
        });
      return { items };
    },
  };
}
