// docs/domain.md "The waiting list, day to day": staff log each attempt to reach someone on the
// list (phone, SMS, email, letter; outcome). Three failed attempts usually lead to "not
// contactable", which the entry's page then suggests (it never closes an entry by itself).

// 'link': the person answered by the secure link their message carried; only the server
// records it (STAFF_CONTACT_CHANNELS is what staff can log).
export const CONTACT_CHANNELS = ['phone', 'sms', 'email', 'letter', 'link'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  phone: 'Phone',
  sms: 'SMS',
  email: 'Email',
  letter: 'Letter',
  link: 'Secure link',
};

/** Channels staff can log by hand: not the link, which only the person's own answer records. */
export const STAFF_CONTACT_CHANNELS = CONTACT_CHANNELS.filter((c) => c !== 'link') as Exclude<
  ContactChannel,
  'link'
>[];

export const CONTACT_OUTCOMES = [
  'no_answer',
  'left_message',
  'spoke',
  'accepted_by_phone',
  'declined_by_phone',
  'wrong_number',
  'letter_sent',
  'other',
  // GOV.UK Notify accepted the offer's message, or refused it. Only the
  // server records these (STAFF_CONTACT_OUTCOMES is what staff can log).
  'message_sent',
  'message_not_sent',
  // The person answered the offer themselves, by its link.
  'accepted_by_link',
  'declined_by_link',
] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export const CONTACT_OUTCOME_LABELS: Record<ContactOutcome, string> = {
  no_answer: 'No answer',
  left_message: 'Left message',
  spoke: 'Spoke to them',
  accepted_by_phone: 'Accepted by phone',
  declined_by_phone: 'Declined by phone',
  wrong_number: 'Wrong number',
  letter_sent: 'Letter sent',
  other: 'Other',
  message_sent: 'Message sent',
  message_not_sent: 'Message not sent',
  accepted_by_link: 'Accepted by link',
  declined_by_link: 'Declined by link',
};

/** What only the server records: Notify's sending and the person's own answers by link. */
const SERVER_OUTCOMES = [
  'message_sent',
  'message_not_sent',
  'accepted_by_link',
  'declined_by_link',
] as const;

/** Outcomes staff can log by hand: not the ones the server records. */
export const STAFF_CONTACT_OUTCOMES = CONTACT_OUTCOMES.filter(
  (o) => !(SERVER_OUTCOMES as readonly string[]).includes(o),
) as Exclude<ContactOutcome, (typeof SERVER_OUTCOMES)[number]>[];

/** A message's delivery as GOV.UK Notify reports it (its own words), plus `not-sent` for one
 * Notify refused or could not be reached for. */
export const DELIVERY_STATUSES = [
  'created',
  'sending',
  'delivered',
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
  'not-sent',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Statuses that will not change again: no need to ask Notify about them. */
export const FINAL_DELIVERY_STATUSES: ReadonlySet<DeliveryStatus> = new Set([
  'delivered',
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
  'not-sent',
]);

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  created: 'waiting to be sent',
  sending: 'sending',
  delivered: 'delivered',
  'permanent-failure': 'not delivered: the number or address is wrong',
  'temporary-failure': 'not delivered: the phone was off or the inbox full',
  'technical-failure': 'not delivered: a technical problem at Notify',
  'not-sent': 'not sent',
};

/** Notify's own status words, in what this app keeps of them ('pending' is still sending; an
 * international text's 'sent' is the last Notify will say, so it counts as delivered). */
export function deliveryStatusOf(notifyStatus: string): DeliveryStatus {
  if (notifyStatus === 'pending') return 'sending';
  if (notifyStatus === 'sent') return 'delivered';
  return (DELIVERY_STATUSES as readonly string[]).includes(notifyStatus)
    ? (notifyStatus as DeliveryStatus)
    : 'sending';
}

/** Attempts that did not reach the person. */
export const FAILED_OUTCOMES: ReadonlySet<ContactOutcome> = new Set([
  'no_answer',
  'left_message',
  'wrong_number',
]);

/** Outcomes that show the person can be reached: they start the count again. */
export const REACHED_OUTCOMES: ReadonlySet<ContactOutcome> = new Set([
  'spoke',
  'accepted_by_phone',
  'declined_by_phone',
]);

/** docs/domain.md: three failed attempts usually lead to "not contactable". */
export const NOT_CONTACTABLE_AFTER = 3;

export interface ContactAttemptLike {
  /** When the attempt was made (ISO date-time). */
  at: string;
  /** When it was recorded, to order attempts logged for the same moment. */
  recordedAt: string;
  outcome: ContactOutcome;
}

/** Newest first: by when the attempt was made, then by when it was logged. */
export function newestFirst<T extends ContactAttemptLike>(attempts: readonly T[]): T[] {
  return [...attempts].sort(
    (a, b) =>
      Date.parse(b.at) - Date.parse(a.at) || Date.parse(b.recordedAt) - Date.parse(a.recordedAt),
  );
}

/** Decision: the failed attempts since the person was last reached, counted across
 * the entry and every offer made to it (an unanswered call about an offer is as much a sign
 * that the person cannot be reached as one about the entry). Reaching them ("spoke to them",
 * "accepted/declined by phone") starts the count again; a letter sent or "other" neither
 * counts nor resets, since neither says whether the person was reached. */
export function failedAttemptsSinceReached(attempts: readonly ContactAttemptLike[]): number {
  let failed = 0;
  for (const a of newestFirst(attempts)) {
    if (REACHED_OUTCOMES.has(a.outcome)) break;
    if (FAILED_OUTCOMES.has(a.outcome)) failed += 1;
  }
  return failed;
}

/** Whether the entry's page should suggest closing it as "not contactable after attempts". */
export function suggestsNotContactable(attempts: readonly ContactAttemptLike[]): boolean {
  return failedAttemptsSinceReached(attempts) >= NOT_CONTACTABLE_AFTER;
}
