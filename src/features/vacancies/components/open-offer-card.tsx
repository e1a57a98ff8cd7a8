import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { describeError, isApiError } from '../../../api/api-error';
import type { OfferOutcome } from '../../../api/schemas/referrals';
import type { OfferView } from '../../../api/schemas/vacancies';
import { TONE_TEXT } from '../../../components/tones';
import { formatDateTime } from '../../../lib/format';
import { useRecordOutcome } from '../api/use-record-outcome';

/** The open offer's answer. Past expiry (on the server's clock) only "expired" can be recorded. */
export function OpenOfferCard({ offer, canAct }: { offer: OfferView; canAct: boolean }) {
  const { pastExpiry } = offer;
  const record = useRecordOutcome();
  const act = (outcome: OfferOutcome) =>
    record.mutate({ offerId: offer.id, version: offer.version, outcome });
  const stale = isApiError(record.error) && record.error.code === 'stale_version';

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Text fw={700}>Offered to {offer.name}</Text>
        <Text size="sm">
          {pastExpiry ? 'The offer ran out at ' : 'Open until '}
          {formatDateTime(offer.expiresAt)}.{' '}
          {pastExpiry ? 'Record it as expired to offer the place to someone else.' : ''}
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
            <Button
              onClick={() => act('accepted')}
              disabled={pastExpiry}
              loading={record.isPending && record.variables?.outcome === 'accepted'}
            >
              Accepted: enrol {offer.name}
            </Button>
            <Button variant="default" onClick={() => act('declined')} disabled={record.isPending}>
              Declined
            </Button>
            <Button
              variant="default"
              onClick={() => act('expired')}
              disabled={!pastExpiry || record.isPending}
            >
              Expired
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
