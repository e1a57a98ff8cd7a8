import { zodResolver } from '@hookform/resolvers/zod';
import { NumberInput, Text } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import {
  createOfferSchema,
  type CreateOfferInput,
  type VacancySearchItem,
} from '../../../api/schemas/vacancies';
import { FormDialog } from '../../../components/form-dialog';
import { DEFAULT_OFFER_HOURS, MAX_OFFER_HOURS } from '../../../domain/offers';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import type { OfferPlace } from './vacancy-conflict';

/** Offering the place to someone found by the search: the admin confirms, told whether the
 * person was suggested and, if not, why (the same reasons the search shows). */
export function OfferOutsideDialog({
  place,
  person,
  onClose,
}: {
  place: OfferPlace;
  person: VacancySearchItem;
  onClose: () => void;
}) {
  const { offer } = place;
  const form = useForm<CreateOfferInput, unknown, z.output<typeof createOfferSchema>>({
    resolver: zodResolver(createOfferSchema),
    defaultValues: { referralId: person.referralId, expiresInHours: DEFAULT_OFFER_HOURS },
  });
  const reasons = person.reasons.map((r) => r.text).join('; ');
  return (
    <FormDialog
      title={`Offer the place to ${person.name}?`}
      opened
      onClose={onClose}
      submitLabel={reasons ? 'Offer the place anyway' : 'Offer the place'}
      busy={offer.isPending}
      error={place.error}
      onSubmit={form.handleSubmit((input) =>
        place.send(
          { input, name: person.name },
          {
            onSuccess: onClose,
            onError: (e) => applyServerErrors(e, form.setError),
            // The page's conflict notice says what happened to the place.
            onConflict: onClose,
          },
        ),
      )}
    >
      <Text>
        {reasons
          ? `${person.name} was not suggested for this place: ${reasons}.`
          : `${person.name} fits this place.`}
      </Text>
      <Controller
        control={form.control}
        name="expiresInHours"
        render={({ field, fieldState }) => (
          <NumberInput
            label="Offer open for (hours)"
            w={240}
            min={1}
            max={MAX_OFFER_HOURS}
            // Never clamped on blur (Mantine's default): 500 stays 500, with the schema's message.
            clampBehavior="none"
            value={Number.isNaN(field.value) ? '' : field.value}
            onChange={(v) => field.onChange(v === '' ? NaN : Number(v))}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
          />
        )}
      />
    </FormDialog>
  );
}
