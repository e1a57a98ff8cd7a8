// How a person wants to hear from the service, and the one rule every send obeys.
// docs/domain.md: "A person's contact preferences (text, email, letter only; consent to
// reminders) are kept on their record and honoured by every message". Messages come in two
// sorts. Service messages (an offer of a place, a session cancelled or moved) are about the
// person's place and are always sent when there is a mobile or an email, whatever the channel
// or consent, because a letter cannot arrive before an offer expires or a session starts.
// Courtesy messages (reminders, missed material) need consent and a text or email channel: a
// person who asked for letters only gets none, since a letter would arrive too late.

/** A UK mobile number (07..., +447..., 00447...), which is what Notify sends texts to here. */
export function isUkMobile(phone: string): boolean {
  return /^(?:(?:\+|00)?44|0)7\d{9}$/.test(phone.replace(/[\s()-]/g, ''));
}

import type { PreferredChannel } from './contact-channels';

export { isPreferredChannel, PREFERRED_CHANNELS, type PreferredChannel } from './contact-channels';

export const MESSAGE_KINDS = ['reminder', 'material', 'offer', 'service'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Why a message cannot go: no usable mobile or email; consent withdrawn; letters only; or
 * the service has no Notify template for any channel the person can be reached by. */
export const UNREACHABLE_REASONS = [
  'no_contact',
  'opted_out',
  'letter_only',
  'no_template',
] as const;
export type UnreachableReason = (typeof UNREACHABLE_REASONS)[number];

export interface ContactPreferences {
  phone: string | null;
  email: string | null;
  contactChannel: PreferredChannel;
  /** Consent to reminders and missed material (courtesy messages); opt-out links clear it. */
  remindersConsent: boolean;
}

export type Reach =
  { channel: 'sms'; to: string } | { channel: 'email'; to: string } | { reason: UnreachableReason };

/** Which of Notify's channels the service has a template for, for this kind of message. */
export interface Templates {
  sms: boolean;
  email: boolean;
}
const ANY_TEMPLATE: Templates = { sms: true, email: true };

export const isCourtesy = (kind: MessageKind) => kind === 'reminder' || kind === 'material';

/** The single rule for every message the service sends a person: the channel to use, or why
 * none. The chosen channel comes first; the other digital one is the fallback (a person who
 * prefers texts but gave only an email still hears by email). Letters are never sent here. */
export function howToReach(
  person: ContactPreferences,
  kind: MessageKind,
  templates: Templates = ANY_TEMPLATE,
): Reach {
  if (isCourtesy(kind)) {
    if (person.contactChannel === 'letter') return { reason: 'letter_only' };
    if (!person.remindersConsent) return { reason: 'opted_out' };
  }
  const mobile = person.phone && isUkMobile(person.phone) ? person.phone : null;
  const email = person.email?.trim() || null;
  const sms = mobile ? ({ channel: 'sms', to: mobile } as const) : null;
  const mail = email ? ({ channel: 'email', to: email } as const) : null;
  if (!sms && !mail) return { reason: 'no_contact' };
  const order = person.contactChannel === 'email' ? [mail, sms] : [sms, mail];
  for (const route of order) if (route && templates[route.channel]) return route;
  return { reason: 'no_template' };
}

/** What staff read on a cohort's reminders: why a person was not sent a message. */
export const UNREACHABLE_LABELS: Record<UnreachableReason, string> = {
  no_contact: 'No mobile or email',
  opted_out: 'Opted out',
  letter_only: 'Letters only',
  no_template: 'No template in Settings',
};

export const CHANNEL_LABELS: Record<PreferredChannel, string> = {
  text: 'Text message',
  email: 'Email',
  letter: 'Letter only',
};
