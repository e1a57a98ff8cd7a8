import { List, Text } from '@mantine/core';
import type { OfferView } from '../../../api/schemas/vacancies';
import { ContactLog } from '../../../components/contact-log';
import { DECLINE_REASON_LABELS } from '../../../domain/offers';
import { formatDateTime } from '../../../lib/format';
import { OfferStatusBadge } from './offer-badges';

/** Earlier offers of this place: who was asked, and what they said, newest first. */
export function OfferHistory({ offers }: { offers: OfferView[] }) {
  const past = offers.filter((o) => o.status !== 'open');
  if (past.length === 0) return <Text size="sm">This place has not been offered before.</Text>;
  return (
    <List spacing="xs" listStyleType="none" aria-label="Earlier offers">
      {past.map((o) => (
        <List.Item key={o.id}>
          <Text size="sm" component="span">
            {o.name}, offered {formatDateTime(o.createdAt)}: <OfferStatusBadge status={o.status} />
            {o.decidedAt && ` on ${formatDateTime(o.decidedAt)}`}
            {o.declineReason &&
              ` (${DECLINE_REASON_LABELS[o.declineReason].toLowerCase()}${o.declineNote ? `: ${o.declineNote}` : ''})`}
            {o.status === 'expired' && ' (no answer by the expiry time)'}
          </Text>
          {o.contacts.length > 0 && (
            <ContactLog
              contacts={o.contacts}
              label={`Contact attempts about the offer to ${o.name}`}
            />
          )}
        </List.Item>
      ))}
    </List>
  );
}
