import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import { reviewAlertSchema, type AlertItem } from '../../../api/schemas/alerts';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { ALERT_ACTIONS, ALERT_ACTION_LABELS } from '../../../domain/safety-alerts';
import { useReviewAlert } from '../api/use-review-alert';

type Review = typeof reviewAlertSchema;

/** What was done about one alert: called, urgent referral, or no action with the reason. */
export function AlertReviewForm({ alert }: { alert: AlertItem }) {
  const review = useReviewAlert();
  const form = useForm<z.input<Review>, unknown, z.output<Review>>({
    resolver: zodResolver(reviewAlertSchema),
    defaultValues: { note: '' },
  });
  const submit = form.handleSubmit((values) =>
    review.mutate(
      { id: alert.id, version: alert.version, review: values },
      { onError: (error) => applyServerErrors(error, form.setError) },
    ),
  );
  return (
    <form noValidate onSubmit={submit} aria-label={`Review the alert for ${alert.participantName}`}>
      <Stack gap="xs">
        <Controller
          control={form.control}
          name="action"
          render={({ field, fieldState }) => (
            <Radio.Group
              label="What was done"
              value={field.value ?? ''}
              onChange={field.onChange}
              error={fieldState.error?.message}
            >
              <Group gap="md" mt={4}>
                {ALERT_ACTIONS.map((action) => (
                  <Radio key={action} value={action} label={ALERT_ACTION_LABELS[action]} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <Textarea
          label="Note"
          description="Required when no action was needed: say why."
          rows={2}
          maxLength={500}
          {...form.register('note')}
          error={form.formState.errors.note?.message}
        />
        {review.isError && <FormErrorAlert title="Review not saved" error={review.error} />}
        <Group>
          <Button type="submit" size="xs" loading={review.isPending}>
            Save review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
