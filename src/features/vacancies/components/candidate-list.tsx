import { Alert, Button, NumberInput, Stack, Table, Text } from '@mantine/core';
import { TableScroll } from '../../../components/table-scroll';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { describeError } from '../../../api/api-error';
import { createOfferSchema, type CandidateView } from '../../../api/schemas/vacancies';
import { ToneBadge } from '../../../components/tone-badge';
import { TONE_TEXT } from '../../../components/tones';
import { DEFAULT_OFFER_HOURS, MAX_OFFER_HOURS } from '../../../domain/offers';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import type { OfferPlace } from './vacancy-conflict';
import { count } from '../../../domain/plural';

// One field for every candidate's Offer button: how long the offer stays open.
const offerFormSchema = z.pick(createOfferSchema, { expiresInHours: true });
type OfferForm = typeof offerFormSchema;

interface CandidateListProps {
  /** The page's one offer mutation and the vacancy version it stands on. */
  place: OfferPlace;
  candidates: CandidateView[];
  /** False while an offer is open or after the cut-off: candidates show, but cannot be offered. */
  canOffer: boolean;
}

export function CandidateList({ place, candidates, canOffer }: CandidateListProps) {
  const { offer } = place;
  // Checked as it is typed: an invalid number disables every Offer button at once.
  const form = useForm<z.input<OfferForm>, unknown, z.output<OfferForm>>({
    mode: 'onChange',
    resolver: zodResolver(offerFormSchema),
    defaultValues: { expiresInHours: DEFAULT_OFFER_HOURS },
  });
  const hoursError = form.formState.errors.expiresInHours?.message;
  const offerTo = ({ referralId, name }: CandidateView) =>
    form.handleSubmit(({ expiresInHours }) =>
      place.send(
        { input: { referralId, expiresInHours }, name },
        { onError: (e) => applyServerErrors(e, form.setError) },
      ),
    );

  if (candidates.length === 0) {
    return (
      <Text>No one waiting fits this cohort’s day and time and is free to be offered a place.</Text>
    );
  }
  return (
    <Stack gap="sm">
      {canOffer && (
        <Controller
          control={form.control}
          name="expiresInHours"
          render={({ field }) => (
            <NumberInput
              label="Offer open for (hours)"
              description={`${DEFAULT_OFFER_HOURS} hours unless the person needs longer`}
              w={240}
              min={1}
              max={MAX_OFFER_HOURS}
              // Never clamped on blur (Mantine's default): 500 stays 500, with the schema's message.
              clampBehavior="none"
              // Empty is NaN, which the schema refuses with "Enter the hours…" (not its default).
              value={Number.isNaN(field.value) ? '' : field.value}
              onChange={(v) => field.onChange(v === '' ? NaN : Number(v))}
              onBlur={field.onBlur}
              error={hoursError}
            />
          )}
        />
      )}
      {Boolean(place.error) && (
        <Alert color={TONE_TEXT.danger} role="alert" title="The place was not offered">
          {describeError(place.error)}
        </Alert>
      )}
      <TableScroll>
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
                <Table.Td>{count(c.waitWeeks, 'week')}</Table.Td>
                <Table.Td>{c.why}</Table.Td>
                {canOffer && (
                  <Table.Td>
                    <Button
                      size="xs"
                      aria-label={`Offer the place to ${c.name}`}
                      disabled={Boolean(hoursError) || offer.isPending}
                      loading={
                        offer.isPending && offer.variables?.input.referralId === c.referralId
                      }
                      onClick={offerTo(c)}
                    >
                      Offer
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
