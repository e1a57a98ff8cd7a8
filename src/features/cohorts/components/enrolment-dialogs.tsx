import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import type { Session } from '../../../api/schemas/cohorts';
import {
  cannotAttendRequestSchema,
  withdrawRequestSchema,
} from '../../../api/schemas/enrolment-actions';
import type { RosterEntry } from '../../../api/schemas/participants';
import { FormDialog } from '../../../components/form-dialog';
import { todayIso } from '../../../domain/dates';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useEnrolmentAction } from '../api/use-enrolment-action';

interface DialogProps {
  entry: RosterEntry;
  name: string;
  onClose: () => void;
}

type CannotAttend = typeof cannotAttendRequestSchema;

/** docs/domain.md: people say as soon as they cannot come; it is recorded as code 2 for that session. */
export function CannotAttendDialog({
  entry,
  name,
  sessions,
  onClose,
}: DialogProps & { sessions: Session[] }) {
  const upcoming = sessions.filter((s) => s.status === 'scheduled' && s.date >= todayIso());
  const form = useForm<z.input<CannotAttend>, unknown, z.output<CannotAttend>>({
    resolver: zodResolver(cannotAttendRequestSchema),
    defaultValues: { sessionNumber: upcoming[0]?.number, note: '' },
  });
  const { errors } = form.formState;
  const action = useEnrolmentAction(entry.id);
  return (
    <FormDialog
      title={`${name} cannot attend`}
      opened
      onClose={onClose}
      submitLabel="Record cancellation"
      busy={action.isPending}
      error={action.error}
      onSubmit={form.handleSubmit((body) =>
        action.mutate(
          { action: { kind: 'cannot-attend', body }, version: entry.version },
          { onSuccess: onClose, onError: (e) => applyServerErrors(e, form.setError) },
        ),
      )}
    >
      <NativeSelect
        label="Session"
        {...form.register('sessionNumber', { valueAsNumber: true })}
        data={upcoming.map((s) => ({
          value: String(s.number),
          label: `Session ${s.number}: ${formatDate(s.date)}`,
        }))}
        error={errors.sessionNumber?.message}
      />
      <TextInput
        label="Note"
        description="For example the reason given"
        {...form.register('note')}
        error={errors.note?.message}
        maxLength={300}
      />
    </FormDialog>
  );
}

type Withdraw = typeof withdrawRequestSchema;

/** Withdrawal frees the place: a vacancy opens if late joining is still possible. */
export function WithdrawDialog({ entry, name, onClose }: DialogProps) {
  const form = useForm<z.input<Withdraw>, unknown, z.output<Withdraw>>({
    resolver: zodResolver(withdrawRequestSchema),
    defaultValues: { reason: '', date: todayIso() },
  });
  const { errors } = form.formState;
  const action = useEnrolmentAction(entry.id);
  return (
    <FormDialog
      title={`Withdraw ${name} from the course`}
      opened
      onClose={onClose}
      submitLabel="Withdraw"
      busy={action.isPending}
      error={action.error}
      onSubmit={form.handleSubmit((body) =>
        action.mutate(
          { action: { kind: 'withdraw', body }, version: entry.version },
          { onSuccess: onClose, onError: (e) => applyServerErrors(e, form.setError) },
        ),
      )}
    >
      <Textarea
        label="Reason"
        {...form.register('reason')}
        error={errors.reason?.message}
        maxLength={500}
      />
      <TextInput
        type="date"
        label="Date of withdrawal"
        {...form.register('date')}
        error={errors.date?.message}
      />
    </FormDialog>
  );
}
