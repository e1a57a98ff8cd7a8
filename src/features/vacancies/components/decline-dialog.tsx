import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import { offerOutcomeSchema, type OfferOutcomeInput } from '../../../api/schemas/referrals';
import type { OfferView } from '../../../api/schemas/vacancies';
import { FormDialog } from '../../../components/form-dialog';
import { DECLINE_REASON_LABELS, DECLINE_REASONS } from '../../../domain/offers';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import type { AnswerOffer } from './offer-answer';

/** A decline is confirmed and says why, from the list ("Other" says what). The
 * person goes back to the list at their place; the vacancy then suggests the next person.
 * Sent through the card's answer, so a colleague's answer first shows on the card's notice. */
export function DeclineDialog({
  offer,
  answer,
  onClose,
}: {
  offer: OfferView;
  answer: AnswerOffer;
  onClose: () => void;
}) {
  const { record } = answer;
  const form = useForm<OfferOutcomeInput, unknown, z.output<typeof offerOutcomeSchema>>({
    resolver: zodResolver(offerOutcomeSchema),
    defaultValues: { outcome: 'declined', reason: '' as never, note: '' },
  });
  const errors = form.formState.errors;
  return (
    <FormDialog
      title={`Record that ${offer.name} declined`}
      opened
      onClose={onClose}
      submitLabel="Record the decline"
      busy={record.isPending}
      error={answer.error}
      onSubmit={form.handleSubmit((values) =>
        answer.send(values, {
          onSuccess: onClose,
          onError: (e) => (answer.edit.conflict ? onClose() : applyServerErrors(e, form.setError)),
        }),
      )}
    >
      <Text size="sm">
        {offer.name} goes back on the waiting list at their original place, and the place can be
        offered to someone else.
      </Text>
      <NativeSelect
        label="Why did they decline?"
        {...form.register('reason', { setValueAs: (v: string) => (v === '' ? undefined : v) })}
        error={errors.reason?.message}
        data={[
          { value: '', label: 'Choose a reason' },
          ...DECLINE_REASONS.map((r) => ({ value: r, label: DECLINE_REASON_LABELS[r] })),
        ]}
      />
      <Textarea
        label="Note"
        description="Needed for “Other”"
        rows={2}
        {...form.register('note')}
        error={errors.note?.message}
      />
    </FormDialog>
  );
}
