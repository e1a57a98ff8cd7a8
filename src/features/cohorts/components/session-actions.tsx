import { Button, Menu, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { apiRequest } from '../../../api/client';
import { sessionSchema, type Session } from '../../../api/schemas/cohorts';
import { FormDialog } from '../../../components/form-dialog';
import { invalidateCohortData } from '../api/invalidate';

type Change = { kind: 'reschedule'; date: string } | { kind: 'cancel'; reason: string };

function useChangeSession(session: Session) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (change: Change) =>
      change.kind === 'reschedule'
        ? apiRequest(`/sessions/${session.id}`, sessionSchema, {
            method: 'PATCH',
            body: { date: change.date },
            version: session.version,
          })
        : apiRequest(`/sessions/${session.id}/cancel`, sessionSchema, {
            method: 'POST',
            body: { reason: change.reason },
            version: session.version,
          }),
    onSuccess: () => invalidateCohortData(qc),
  });
}

/** Admins move one session (bank holidays and order are checked) or cancel it for everyone (code 4). */
export function SessionActions({ session }: { session: Session }) {
  const [dialog, setDialog] = useState<'reschedule' | 'cancel' | null>(null);
  const [date, setDate] = useState(session.date);
  const [reason, setReason] = useState('');
  const change = useChangeSession(session);
  const error = (field: string) =>
    isApiError(change.error) ? change.error.fieldErrors[field]?.[0] : undefined;
  if (session.status !== 'scheduled' || session.registerFinalisedAt) return null;
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            size="compact-sm"
            variant="default"
            aria-label={`Change session ${session.number}`}
          >
            Change
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog('reschedule')}>Reschedule…</Menu.Item>
          <Menu.Item onClick={() => setDialog('cancel')}>Cancel (by the service)…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <FormDialog
        title={`Reschedule session ${session.number}`}
        opened={dialog === 'reschedule'}
        onClose={() => setDialog(null)}
        submitLabel="Move session"
        busy={change.isPending}
        error={change.error}
        onSubmit={() =>
          change.mutate({ kind: 'reschedule', date }, { onSuccess: () => setDialog(null) })
        }
      >
        <TextInput
          type="date"
          label="New date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={error('date')}
        />
      </FormDialog>
      <FormDialog
        title={`Cancel session ${session.number}`}
        opened={dialog === 'cancel'}
        onClose={() => setDialog(null)}
        submitLabel="Cancel session"
        busy={change.isPending}
        error={change.error}
        onSubmit={() =>
          change.mutate({ kind: 'cancel', reason }, { onSuccess: () => setDialog(null) })
        }
      >
        <Textarea
          label="Reason"
          description="Everyone is recorded as code 4: not an absence"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error('reason')}
        />
      </FormDialog>
    </>
  );
}
