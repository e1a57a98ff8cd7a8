import type { ContactAttempt } from '../../api/schemas/contacts';
import type { Referral } from '../../api/schemas/referrals';
import type { CommandContext } from './command';
import type { ChangeSet } from './change-set';

/** What Notify said of one message about a session: its id, or why it was not sent. */
export type SentOrNot = { messageId: string } | { reason: string };

export const notifyIdOf = (sent: SentOrNot) => ('messageId' in sent ? sent.messageId : null);

/** The contact log's line for a message about a session (a reminder, a questionnaire link):
 * the channel, Notify's id and its delivery status (the delivery-status job follows it as it
 * does an offer's), why it was not sent if it was not, never the text or where it went. It goes
 * on the person's newest waiting-list entry, the one that led to their place; someone placed
 * without one (the demo's seeded cohorts) has no log line, only the audit trail. */
export function putSessionMessageContact(
  cs: ChangeSet,
  referrals: readonly Referral[],
  input: {
    participantId: string;
    sessionId: string;
    channel: 'sms' | 'email';
    what: string;
    sent: SentOrNot;
  },
  ctx: CommandContext,
): ContactAttempt | null {
  const referral = referrals
    .filter((x) => x.participantId === input.participantId)
    .sort((a, b) => b.referralDate.localeCompare(a.referralDate))[0];
  if (!referral) return null;
  const sent = 'messageId' in input.sent;
  return cs.put('contactAttempts', {
    id: ctx.newId('cat'),
    referralId: referral.id,
    offerId: null,
    sessionId: input.sessionId,
    channel: input.channel,
    outcome: sent ? 'message_sent' : 'message_not_sent',
    outcomeText: '',
    note: ('reason' in input.sent ? `${input.what}: ${input.sent.reason}` : input.what).slice(
      0,
      300,
    ),
    at: ctx.now,
    recordedAt: ctx.now,
    byStaffId: null,
    notifyMessageId: notifyIdOf(input.sent),
    deliveryStatus: sent ? 'created' : 'not-sent',
  });
}
