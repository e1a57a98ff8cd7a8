import { Alert, Button, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { describeError, isApiError } from '../../../api/api-error';
import { createOfferSchema, type CandidateView } from '../../../api/schemas/referrals';
import { ToneBadge } from '../../../components/tone-badge';
import { TONE_TEXT } from '../../../components/tones';
import { DEFAULT_OFFER_HOURS } from '../../../domain/offers';
import '../../../lib/zod-english';
import { useMakeOffer } from '../api/use-make-offer';

interface CandidateListProps {
  vacancyId: string;
  vacancyVersion: number;
  candidates: CandidateView[];
  /** False while an offer is open or after the cut-off: candidates show, but cannot be offered. */
  canOffer: boolean;
}

export function CandidateList({
  vacancyId,
  vacancyVersion,
  candidates,
  canOffer,
}: CandidateListProps) {
  const offer = useMakeOffer(vacancyId);
  const [hours, setHours] = useState<number | string>(DEFAULT_OFFER_HOURS);
  const parsedHours = createOfferSchema.shape.expiresInHours.safeParse(
    typeof hours === 'number' ? hours : Number(hours),
  );
  const stale = isApiError(offer.error) && offer.error.code === 'stale_version';

  if (candidates.length === 0) {
    return (
      <Text>No one waiting fits this cohort’s day and time and is free to be offered a place.</Text>
    );
  }
  return (
    <Stack gap="sm">
      {canOffer && (
        <NumberInput
          label="Offer open for (hours)"
          description="48 hours unless the person needs longer"
          w={240}
          min={1}
          max={336}
          value={hours}
          onChange={setHours}
          error={parsedHours.success ? undefined : parsedHours.error.issues[0]?.message}
        />
      )}
      {Boolean(offer.error) && (
        <Alert color={TONE_TEXT.danger} role="alert" title="The place was not offered">
          {stale
            ? 'A colleague changed this place first (perhaps offered it). The page now shows the latest.'
            : describeError(offer.error)}
        </Alert>
      )}
      <Table striped verticalSpacing="xs">
        <caption style={{ textAlign: 'left', fontWeight: 700 }}>
          Suggested candidates, urgent first then longest waiting
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Waiting</Table.Th>
            <Table.Th scope="col">Why they fit</Table.Th>
            {canOffer && <Table.Th scope="col">Offer</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {candidates.map((c) => (
            <Table.Tr key={c.referralId}>
              <Table.Td>
                {c.name}{' '}
                {c.urgent && (
                  <ToneBadge tone="danger" size="sm">
                    Urgent
                  </ToneBadge>
                )}
              </Table.Td>
              <Table.Td>
                {c.waitWeeks} {c.waitWeeks === 1 ? 'week' : 'weeks'}
              </Table.Td>
              <Table.Td>{c.why}</Table.Td>
              {canOffer && (
                <Table.Td>
                  <Button
                    size="xs"
                    aria-label={`Offer the place to ${c.name}`}
                    disabled={!parsedHours.success || offer.isPending}
                    loading={offer.isPending && offer.variables?.input.referralId === c.referralId}
                    onClick={() =>
                      parsedHours.success &&
                      offer.mutate({
                        version: vacancyVersion,
                        input: { referralId: c.referralId, expiresInHours: parsedHours.data },
                      })
                    }
                  >
                    Offer
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
