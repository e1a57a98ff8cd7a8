import { isUkMobile } from './offer-message';

// The one place a course message's channel is chosen. Until the person's contact preferences
// are on their record, the rule is the offer's: a text to a UK mobile first (read soonest),
// else an email, else nothing; and only when the service has a template for that channel.

export interface MessageTemplates {
  sms: string | null;
  email: string | null;
}

export type MessageRoute =
  | { channel: 'sms'; templateId: string; to: string }
  | { channel: 'email'; templateId: string; to: string };

/** How to reach a person with this kind of message, or why not (words without personal data). */
export function chooseMessageChannel(
  person: { phone: string | null; email: string | null },
  templates: MessageTemplates,
  _kind: 'material' | 'service',
): { route: MessageRoute } | { why: string } {
  if (!templates.sms && !templates.email) return { why: 'No GOV.UK Notify template is set' };
  if (templates.sms && person.phone && isUkMobile(person.phone))
    return { route: { channel: 'sms', templateId: templates.sms, to: person.phone } };
  if (templates.email && person.email)
    return { route: { channel: 'email', templateId: templates.email, to: person.email } };
  return { why: 'No mobile number or email address for a template that is set' };
}
