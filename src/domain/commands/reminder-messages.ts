import type { ContactAttempt } from '../../api/schemas/contacts';
import type { Referral } from '../../api/schemas/referrals';
import { REMINDER_KIND_LABELS, type ReminderKind } from '../reminders';
import type { CommandContext, Outcome } from './command';
import { ChangeSet } from './change-set';
import { notifyIdOf, putSessionMessageContact, type SentOrNot } from './session-message-contact';

// What the person's contact log keeps of a session reminder (see putSessionMessageContact);
// someone placed without a waiting-list entry has the cohort's reminders list and the audit
// trail only.

export function recordReminderMessage(
  r: { referrals: readonly Referral[] },
  input: {
    participantId: string;
    enrolmentId: string;
    session: { id: string; number: number };
    kind: ReminderKind;
    channel: 'sms' | 'email';
    sent: SentOrNot;
  },
  ctx: CommandContext,
): Outcome<ContactAttempt | null> {
  const cs = new ChangeSet();
  const sent = 'messageId' in input.sent;
  const what = `Reminder for session ${input.session.number} (${REMINDER_KIND_LABELS[input.kind].toLowerCase()})`;
  const contact = putSessionMessageContact(
    cs,
    r.referrals,
    {
      participantId: input.participantId,
      sessionId: input.session.id,
      channel: input.channel,
      what,
      sent: input.sent,
    },
    ctx,
  );
  cs.audit(sent ? 'reminder.sent' : 'reminder.not-sent', 'enrolment', input.enrolmentId, null, {
    sessionId: input.session.id,
    kind: input.kind,
    channel: input.channel,
    contactId: contact?.id ?? null,
    notifyMessageId: notifyIdOf(input.sent),
    reason: 'reason' in input.sent ? input.sent.reason : '',
  });
  return cs.done(contact);
}
