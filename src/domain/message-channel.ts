import { howToReach, UNREACHABLE_LABELS, type ContactPreferences } from './contact-preferences';

// The one place a course message's channel is chosen: the person's contact preferences
// (`howToReach`, the rule every send obeys) and the service's templates for the message.
// Missed material is a courtesy message (it needs consent, and a person who wants letters only
// gets none); a change to the group's sessions is a service message, always sent where there
// is a mobile or an email.

export interface MessageTemplates {
  sms: string | null;
  email: string | null;
}

export type MessageRoute =
  | { channel: 'sms'; templateId: string; to: string }
  | { channel: 'email'; templateId: string; to: string };

/** How to reach a person with this kind of message, or why not (words without personal data). */
export function chooseMessageChannel(
  person: ContactPreferences,
  templates: MessageTemplates,
  kind: 'material' | 'service',
): { route: MessageRoute } | { why: string } {
  const reach = howToReach(person, kind, { sms: !!templates.sms, email: !!templates.email });
  if ('reason' in reach) return { why: UNREACHABLE_LABELS[reach.reason] };
  const templateId = templates[reach.channel];
  if (!templateId) return { why: UNREACHABLE_LABELS.no_template };
  return { route: { ...reach, templateId } };
}
