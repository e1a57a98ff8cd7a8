import { zodResolver } from '@hookform/resolvers/zod';
import { Loader, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod/mini';
import { transferRequestSchema } from '../../../api/schemas/enrolment-actions';
import type { RosterEntry } from '../../../api/schemas/participants';
import { FormDialog } from '../../../components/form-dialog';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { enrolmentQueries } from '../api/enrolment-queries';
import { useEnrolmentAction } from '../api/use-enrolment-action';

type Transfer = typeof transferRequestSchema;

/** Move to a later cohort with room, seeing the topics attended and still needed. */
export function TransferDialog({
  entry,
  name,
  onClose,
}: {
  entry: RosterEntry;
  name: string;
  onClose: () => void;
}) {
  const options = useQuery(enrolmentQueries.transferOptions(entry.id));
  const form = useForm<z.input<Transfer>, unknown, z.output<Transfer>>({
    resolver: zodResolver(transferRequestSchema),
    defaultValues: { toCohortId: '', reason: '' },
  });
  const toCohortId = useWatch({ control: form.control, name: 'toCohortId' });
  const action = useEnrolmentAction(entry.id);
  const first = options.data?.items[0];
  const chosen = options.data?.items.find((o) => o.cohort.id === toCohortId);

  return (
    <FormDialog
      title={`Transfer ${name} to a later cohort`}
      opened
      onClose={onClose}
      submitLabel="Transfer"
      busy={action.isPending}
      error={action.error}
      onSubmit={form.handleSubmit((body) =>
        action.mutate(
          { action: { kind: 'transfer', body }, version: entry.version },
          { onSuccess: onClose, onError: (e) => applyServerErrors(e, form.setError) },
        ),
      )}
    >
      {options.isPending && <Loader size="sm" role="status" aria-label="Loading later cohorts" />}
      {first && (
        <Text size="sm">
          Attended: {first.attended.length ? first.attended.join('; ') : 'no sessions yet'}. Still
          needed: {first.stillNeeded.length} of 8 topics.
        </Text>
      )}
      {options.data?.items.length === 0 && (
        <Text>No later cohort has room. Add one, or keep the person on this cohort.</Text>
      )}
      <Controller
        control={form.control}
        name="toCohortId"
        render={({ field, fieldState }) => (
          <Radio.Group label="Later cohort with room" {...field} error={fieldState.error?.message}>
            <Stack gap={6} mt={6}>
              {options.data?.items.map((o) => (
                <Radio
                  key={o.cohort.id}
                  value={o.cohort.id}
                  label={`${o.cohort.name}: starts ${formatDate(o.cohort.startDate)}, ${o.cohort.filled} of ${o.cohort.capacity} places`}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
      />
      {chosen && (
        <Text size="sm">
          {chosen.missedInTarget.length === 0
            ? 'Every topic still needed is ahead in this cohort.'
            : `Already run in this cohort, so still missed: ${chosen.missedInTarget.join('; ')}.`}
        </Text>
      )}
      <Textarea
        label="Reason"
        description="Kept private to staff"
        {...form.register('reason')}
        error={form.formState.errors.reason?.message}
        maxLength={500}
      />
    </FormDialog>
  );
}
