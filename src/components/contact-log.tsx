import { List, Text } from '@mantine/core';
import type { ContactView } from '../api/schemas/contacts';
import {
  CONTACT_CHANNEL_LABELS,
  CONTACT_OUTCOME_LABELS,
  DELIVERY_STATUS_LABELS,
} from '../domain/contact-attempts';
import { formatDateTime } from '../lib/format';

/** One attempt in words: how, what happened, and any note. A message the server sent says
 * so, with Notify's latest word on its delivery. */
export function describeContact(
  c: Pick<ContactView, 'channel' | 'outcome' | 'outcomeText' | 'note'> &
    Partial<Pick<ContactView, 'deliveryStatus'>>,
) {
  const kind = c.channel === 'sms' ? 'Text message' : 'Email';
  if (c.outcome === 'message_sent')
    return `${kind} sent by GOV.UK Notify — ${DELIVERY_STATUS_LABELS[c.deliveryStatus ?? 'created']}`;
  if (c.outcome === 'message_not_sent')
    return `${kind} not sent by GOV.UK Notify${c.note ? ` (${c.note})` : ''}`;
  const outcome = c.outcome === 'other' ? c.outcomeText : CONTACT_OUTCOME_LABELS[c.outcome];
  return `${CONTACT_CHANNEL_LABELS[c.channel]}: ${outcome}${c.note ? ` (${c.note})` : ''}`;
}

/** A contact log, newest first (the server sends it so): when, who, how and what happened. */
export function ContactLog({
  contacts,
  label,
  aboutOffer,
}: {
  contacts: ContactView[];
  label: string;
  /** On an entry's log, marks the attempts that were about one of its offers. */
  aboutOffer?: boolean;
}) {
  if (contacts.length === 0) return <Text size="sm">No attempts logged yet.</Text>;
  return (
    <List size="sm" spacing={4} aria-label={label}>
      {contacts.map((c) => (
        <List.Item key={c.id}>
          <Text size="sm" component="span" fw={700}>
            {formatDateTime(c.at)}, {c.byName}:
          </Text>{' '}
          {describeContact(c)}
          {aboutOffer && c.offerId ? ' — about an offer' : ''}
        </List.Item>
      ))}
    </List>
  );
}
