import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { describeError, isApiError } from '../../../api/api-error';
import type { OfferView } from '../../../api/schemas/vacancies';
import { TONE_TEXT } from '../../../components/tones';
import { formatDateTime } from '../../../lib/format';
import { useRecordOutcome } from '../api/use-record-outcome';
import { AcceptDialog } from './accept-dialog';
import { DeclineDialog } from './decline-dialog';

/** The open offer's answer. An offer past its expiry reads as expired (on the server's clock),
 * so this card shows only offers still open; "Declined" asks why, and confirms. */
export function OpenOfferCard({ offer, canAct }: { offer: OfferView; canAct: boolean }) {
  const { pastExpiry } = offer;
  const record = useRecordOutcome();
  const [declining, setDeclining] = useState(false);
  const [accepting, setAccepting] = useState(false);
  const act = (outcome: 'accepted' | 'expired') =>
    record.mutate({ offerId: offer.id, version: offer.version, answer: { outcome } });
  const stale = isApiError(record.error) && record.error.code === 'stale_version';

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Text fw={700}>Offered to {offer.name}</Text>
        <Text size="sm">
          {pastExpiry ? 'The offer ran out at ' : 'Open until '}
          {formatDateTime(offer.expiresAt)}.{' '}
          {pastExpiry
            ? 'It has expired: the place can be offered to someone else.'
            : 'If there is no answer by then, it expires by itself.'}
        </Text>
        {Boolean(record.error) && (
          <Alert color={TONE_TEXT.danger} role="alert" title="The answer was not recorded">
            {stale
              ? 'A colleague recorded an answer to this offer first. The page now shows the latest.'
              : describeError(record.error)}
          </Alert>
        )}
        {canAct && (
          <Group>
            <Button onClick={() => setAccepting(true)} disabled={pastExpiry || record.isPending}>
              Accepted: enrol {offer.name}…
            </Button>
            <Button
              variant="default"
              onClick={() => setDeclining(true)}
              disabled={pastExpiry || record.isPending}
            >
              Declined…
            </Button>
            {pastExpiry && (
              <Button variant="default" onClick={() => act('expired')} disabled={record.isPending}>
                Expired
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {accepting && (
        <AcceptDialog
          offer={offer}
          busy={record.isPending}
          onConfirm={() => {
            act('accepted');
            setAccepting(false);
          }}
          onClose={() => setAccepting(false)}
        />
      )}
      {declining && <DeclineDialog offer={offer} onClose={() => setDeclining(false)} />}
    </Card>
  );
}
