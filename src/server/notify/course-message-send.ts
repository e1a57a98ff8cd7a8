import type { ContactPreferences } from '../../domain/contact-preferences';
import { chooseMessageChannel, type MessageTemplates } from '../../domain/message-channel';
import type { Db } from '../db/database';
import type { Logger } from '../logger';
import { claimCourseMessage, settleCourseMessage } from './course-message-store';
import { NotifyError, type Notifier } from './notify-client';

// One claimed course message: the channel (the one call site that chooses it), the send, and
// its row settled with the outcome. Never thrown: a refusal is recorded with a reason that
// holds no personal data, and logged with the row's id only.

export async function sendCourseMessage(
  db: Db,
  notifier: Notifier,
  input: {
    id: string;
    person: ContactPreferences;
    templates: MessageTemplates;
    kind: 'material' | 'group';
    personalisation: Record<string, string>;
    now: Date;
    requestId: string;
    log: Logger;
  },
): Promise<'sent' | 'not-sent' | 'no-contact'> {
  const settle = (result: Parameters<typeof settleCourseMessage>[2]) =>
    settleCourseMessage(db, input.id, result);
  const base = { now: input.now, requestId: input.requestId };
  // Material is a message people may opt out of; a change to the group's sessions is a
  // service message, always sent where there is a way to send it.
  const choice = chooseMessageChannel(
    input.person,
    input.templates,
    input.kind === 'material' ? 'material' : 'service',
  );
  if ('why' in choice) {
    await settle({ ...base, outcome: 'no_contact', channel: null, reason: choice.why });
    return 'no-contact';
  }
  const { route } = choice;
  try {
    const { id } = await notifier.send({
      channel: route.channel,
      templateId: route.templateId,
      to: route.to,
      personalisation: input.personalisation,
      reference: input.id,
    });
    await settle({ ...base, outcome: 'message_sent', channel: route.channel, notifyMessageId: id });
    return 'sent';
  } catch (error) {
    const reason =
      error instanceof NotifyError ? error.message : 'GOV.UK Notify: the message was not sent';
    input.log.warn(
      { courseMessageId: input.id, channel: route.channel, reason },
      'course message not sent',
    );
    await settle({ ...base, outcome: 'message_not_sent', channel: route.channel, reason });
    return 'not-sent';
  }
}

/** Claims one person's message about a session and sends it. The claim is unique per kind,
 * person and session, so a message goes at most once even when another run or instance read
 * the same records: false when it was already taken. The personalisation is made only for a
 * message this run claimed (material's makes the person an opt-out link). */
export async function claimAndSendCourseMessage(
  db: Db,
  notifier: Notifier,
  input: {
    kind: 'material' | 'group';
    person: ContactPreferences & { id: string };
    enrolmentId: string;
    sessionId: string;
    templates: MessageTemplates;
    personalisation: () => Promise<Record<string, string>> | Record<string, string>;
    now: Date;
    requestId: string;
    log: Logger;
  },
): Promise<boolean> {
  const id = await claimCourseMessage(db, {
    kind: input.kind,
    participantId: input.person.id,
    enrolmentId: input.enrolmentId,
    sessionId: input.sessionId,
    now: input.now,
  });
  if (!id) return false;
  await sendCourseMessage(db, notifier, {
    ...input,
    id,
    personalisation: await input.personalisation(),
  });
  return true;
}
