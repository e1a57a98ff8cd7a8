import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../../api/api-error';
import type { OfferView } from '../../../api/schemas/vacancies';
import { TONE_TEXT } from '../../../components/tones';
import { formatDateTime } from '../../../lib/format';
import { AcceptDialog } from './accept-dialog';
import { DeclineDialog } from './decline-dialog';
import { OfferAnswerConflict, useAnswerOffer } from './offer-answer';

/** The open offer's answer. An offer past its expiry reads as expired (on the server's clock),
 * so this card shows only offers still open; "Declined" asks why, and confirms. When a
 * colleague answered first, the page keeps the card for its conflict notice (`onConflict`)
 * until the person loads their answer (`onSettled`). */
export function OpenOfferCard({
  offer,
  canAct,
  onConflict = () => {},
  onSettled = () => {},
}: {
  offer: OfferView;
  canAct: boolean;
  onConflict?: (offer: OfferView) => void;
  onSettled?: () => void;
}) {
  const { pastExpiry } = offer;
  const answer = useAnswerOffer(offer, onConflict);
  const { record } = answer;
  const [declining, setDeclining] = useState(false);
  const [accepting, setAccepting] = useState(false);
  const act = (outcome: 'accepted' | 'expired') => answer.send({ outcome });

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
        <OfferAnswerConflict answer={answer} onSettled={onSettled} />
        {Boolean(answer.error) && (
          <Alert color={TONE_TEXT.danger} role="alert" title="The answer was not recorded">
            {describeError(answer.error)}
          </Alert>
        )}
        {canAct && !answer.edit.conflict && (
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
      {declining && (
        <DeclineDialog offer={offer} answer={answer} onClose={() => setDeclining(false)} />
      )}
    </Card>
  );
}
