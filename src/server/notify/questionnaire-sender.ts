import type { Participant } from '../../api/schemas/participants';
import type { Session } from '../../api/schemas/cohorts';
import {
  questionnairePersonalisation,
  recordQuestionnaireMessage,
} from '../../domain/commands/questionnaire-messages';
import { chooseOfferChannel } from '../../domain/offer-message';
import type { Db } from '../db/database';
import { questionnaireLink } from '../links/questionnaire-link';
import type { Logger } from '../logger';
import { SYSTEM_USER } from '../offer-expiry-job';
import { runCommandIn } from '../routes/write-context';
import { NotifyError, type Notifier } from './notify-client';

// One person's questionnaire link for a session, by GOV.UK Notify: a text to a mobile first,
// else an email, with the service's questionnaire templates (NOTIFY_QUESTIONNAIRE_*). Each
// send is its own short write (the link, then the contact log), so a slow Notify holds no lock
// and one refusal stops no one else's message.

export interface QuestionnaireTemplates {
  sms: string | null;
  email: string | null;
}

export type QuestionnaireSendResult = 'sent' | 'not_sent' | 'no_channel';

export async function sendQuestionnaire(
  db: Db,
  notifier: Notifier,
  input: {
    person: Participant;
    enrolmentId: string;
    session: Session;
    templates: QuestionnaireTemplates;
    linkOrigin: string;
    now: Date;
    requestId: string;
    log: Logger;
  },
): Promise<QuestionnaireSendResult> {
  const { person, session, templates } = input;
  const route = chooseOfferChannel(person, {
    offerSmsTemplateId: templates.sms,
    offerEmailTemplateId: templates.email,
  });
  if (!route) return 'no_channel';
  const link = await questionnaireLink(db, {
    participantId: person.id,
    sessionId: session.id,
    origin: input.linkOrigin,
    now: input.now,
  });
  if (!link) return 'no_channel';
  let sent: { messageId: string } | { reason: string };
  try {
    const { id } = await notifier.send({
      channel: route.channel,
      templateId: route.templateId,
      to: route.to,
      personalisation: {
        ...questionnairePersonalisation(person, session),
        questionnaire_link: link.url,
      },
      reference: link.linkId,
    });
    sent = { messageId: id };
  } catch (error) {
    const reason =
      error instanceof NotifyError ? error.message : 'GOV.UK Notify: the message was not sent';
    // The link's id and the kind of failure: never the number, address or message.
    input.log.warn(
      { linkId: link.linkId, channel: route.channel, reason },
      'questionnaire not sent',
    );
    sent = { reason };
  }
  await db.transaction((tx) =>
    runCommandIn(
      tx,
      {
        user: SYSTEM_USER,
        scope: 'all',
        requestId: input.requestId,
        now: input.now,
        auditAs: { id: 'system', role: 'system' },
      },
      (r, cc) =>
        recordQuestionnaireMessage(
          r,
          { enrolmentId: input.enrolmentId, session, channel: route.channel, sent },
          cc,
        ),
      { locks: async () => ({}) },
      { participantIds: [person.id] },
    ),
  );
  return 'messageId' in sent ? 'sent' : 'not_sent';
}
