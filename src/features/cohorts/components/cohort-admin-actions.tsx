import { Button, Text, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { CohortSummary } from '../../../api/schemas/cohorts';
import { describeError, isApiError } from '../../../api/api-error';
import { FormDialog } from '../../../components/form-dialog';
import { useCancelCohort, useDeleteCohort } from '../api/use-cancel-cohort';
import { EnrolDialog } from './enrol-dialog';

/** Admin actions on one cohort: edit, enrol, cancel with a reason, delete when nothing hangs on it. */
export function CohortAdminActions({ cohort }: { cohort: CohortSummary }) {
  const [dialog, setDialog] = useState<'cancel' | 'enrol' | null>(null);
  const [reason, setReason] = useState('');
  const cancel = useCancelCohort(cohort.id);
  const remove = useDeleteCohort(cohort.id);
  const navigate = useNavigate();
  const open = cohort.status === 'planned' || cohort.status === 'running';
  const reasonError = isApiError(cancel.error) ? cancel.error.fieldErrors.reason?.[0] : undefined;

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
        <Button variant="default" onClick={() => setDialog('enrol')}>
          Enrol participant
        </Button>
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
      <FormDialog
        title={`Cancel ${cohort.name}`}
        opened={dialog === 'cancel'}
        onClose={() => setDialog(null)}
        submitLabel="Cancel the cohort"
        busy={cancel.isPending}
        error={cancel.error}
        onSubmit={() =>
          cancel.mutate({ reason, version: cohort.version }, { onSuccess: () => setDialog(null) })
        }
      >
        <Textarea
          label="Reason"
          description="Kept with the cohort and shown to staff"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError}
        />
      </FormDialog>
      {dialog === 'enrol' && <EnrolDialog cohort={cohort} onClose={() => setDialog(null)} />}
    </>
  );
}
