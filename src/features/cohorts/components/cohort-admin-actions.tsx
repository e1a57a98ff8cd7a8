import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Text, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import type { CohortSummary } from '../../../api/schemas/cohorts';
import { describeError } from '../../../api/api-error';
import { cohortCancelSchema } from '../../../api/schemas/cohorts';
import { FormDialog } from '../../../components/form-dialog';
import { applyServerErrors } from '../../../lib/form-errors';
import { useCancelCohort } from '../api/use-cancel-cohort';
import { useDeleteCohort } from '../api/use-delete-cohort';
import { EnrolDialog } from './enrol-dialog';

/** Admin actions on one cohort: edit, enrol, cancel with a reason, delete when nothing hangs on it. */
export function CohortAdminActions({ cohort }: { cohort: CohortSummary }) {
  const [dialog, setDialog] = useState<'cancel' | 'enrol' | null>(null);
  const remove = useDeleteCohort(cohort.id);
  const navigate = useNavigate();
  const open = cohort.status === 'planned' || cohort.status === 'running';
  // docs/domain.md: enrolment past capacity is refused; say so before anyone is chosen.
  const full = cohort.filled >= cohort.capacity;

  return (
    <>
      {open && (
        <Button
          variant="default"
          onClick={() =>
            void navigate({ to: '/cohorts/$cohortId/edit', params: { cohortId: cohort.id } })
          }
        >
          Edit cohort
        </Button>
      )}
      {open && (
        <Button
          variant="default"
          onClick={() => setDialog('enrol')}
          disabled={full}
          aria-describedby={full ? 'cohort-full-reason' : undefined}
        >
          Enrol participant
        </Button>
      )}
      {open && full && (
        <Text size="sm" id="cohort-full-reason">
          Full ({cohort.filled} of {cohort.capacity} places): no one can be enrolled until a place
          is freed or the capacity raised.
        </Text>
      )}
      {open && (
        <Button variant="default" onClick={() => setDialog('cancel')}>
          Cancel cohort
        </Button>
      )}
      {cohort.status === 'planned' && cohort.filled === 0 && (
        <Button
          variant="default"
          loading={remove.isPending}
          onClick={() => {
            if (window.confirm(`Delete ${cohort.name}? This cannot be undone.`)) {
              remove.mutate(cohort.version, { onSuccess: () => void navigate({ to: '/cohorts' }) });
            }
          }}
        >
          Delete cohort
        </Button>
      )}
      {remove.isError && (
        <Text role="alert" c="red.9" size="sm">
          {describeError(remove.error)}
        </Text>
      )}
      <CancelCohortDialog
        cohort={cohort}
        opened={dialog === 'cancel'}
        onClose={() => setDialog(null)}
      />
      {dialog === 'enrol' && <EnrolDialog cohort={cohort} onClose={() => setDialog(null)} />}
    </>
  );
}

type CohortCancel = typeof cohortCancelSchema;

function CancelCohortDialog({
  cohort,
  opened,
  onClose,
}: {
  cohort: CohortSummary;
  opened: boolean;
  onClose: () => void;
}) {
  const cancel = useCancelCohort(cohort.id);
  const form = useForm<z.input<CohortCancel>, unknown, z.output<CohortCancel>>({
    resolver: zodResolver(cohortCancelSchema),
    defaultValues: { reason: '' },
  });
  return (
    <FormDialog
      title={`Cancel ${cohort.name}`}
      opened={opened}
      onClose={onClose}
      submitLabel="Cancel the cohort"
      busy={cancel.isPending}
      error={cancel.error}
      onSubmit={form.handleSubmit(({ reason }) =>
        cancel.mutate(
          { reason, version: cohort.version },
          { onSuccess: onClose, onError: (e) => applyServerErrors(e, form.setError) },
        ),
      )}
    >
      <Textarea
        label="Reason"
        description="Kept with the cohort and shown to staff"
        {...form.register('reason')}
        error={form.formState.errors.reason?.message}
        maxLength={300}
      />
    </FormDialog>
  );
}
