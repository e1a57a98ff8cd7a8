import type { ContactAttempt } from '../../api/schemas/contacts';
import type { Referral } from '../../api/schemas/referrals';
import { REMINDER_KIND_LABELS, type ReminderKind } from '../reminders';
import type { CommandContext, Outcome } from './command';
import { ChangeSet } from './change-set';

// What the person's contact log keeps of a session reminder: the channel, Notify's id and its
// delivery status (the delivery-status job follows it as it does an offer's), never the text
// or where it went. The log is the person's waiting-list entry's; someone placed without one
// (the demo's seeded cohorts) has the cohort's reminders list and the audit trail only.

export function recordReminderMessage(
  r: { referrals: readonly Referral[] },
  input: {
    participantId: string;
    enrolmentId: string;
    session: { id: string; number: number };
    kind: ReminderKind;
    channel: 'sms' | 'email';
    sent: { messageId: string } | { reason: string };
  },
  ctx: CommandContext,
): Outcome<ContactAttempt | null> {
  const cs = new ChangeSet();
  const sent = 'messageId' in input.sent;
  // The newest entry of the person's: the one that led to their place.
  const referral = r.referrals
    .filter((x) => x.participantId === input.participantId)
    .sort((a, b) => b.referralDate.localeCompare(a.referralDate))[0];
  const what = `Reminder for session ${input.session.number} (${REMINDER_KIND_LABELS[input.kind].toLowerCase()})`;
  const contact = referral
    ? cs.put('contactAttempts', {
        id: ctx.newId('cat'),
        referralId: referral.id,
        offerId: null,
        sessionId: input.session.id,
        channel: input.channel,
        outcome: sent ? 'message_sent' : 'message_not_sent',
        outcomeText: '',
        note: ('reason' in input.sent ? `${what}: ${input.sent.reason}` : what).slice(0, 300),
        at: ctx.now,
        recordedAt: ctx.now,
        byStaffId: null,
        notifyMessageId: 'messageId' in input.sent ? input.sent.messageId : null,
        deliveryStatus: sent ? 'created' : 'not-sent',
      })
    : null;
  cs.audit(sent ? 'reminder.sent' : 'reminder.not-sent', 'enrolment', input.enrolmentId, null, {
    sessionId: input.session.id,
    kind: input.kind,
    channel: input.channel,
    contactId: contact?.id ?? null,
    notifyMessageId: 'messageId' in input.sent ? input.sent.messageId : null,
    reason: 'reason' in input.sent ? input.sent.reason : '',
  });
  return cs.done(contact);
}
