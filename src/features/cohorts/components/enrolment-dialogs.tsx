import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import type { Session } from '../../../api/schemas/cohorts';
import type { RosterEntry } from '../../../api/schemas/participants';
import { FormDialog } from '../../../components/form-dialog';
import { todayIso } from '../../../domain/dates';
import { formatDate } from '../../../lib/format';
import { useEnrolmentAction } from '../api/use-enrolment-action';

interface DialogProps {
  entry: RosterEntry;
  name: string;
  onClose: () => void;
}

const fieldError = (e: unknown, field: string) =>
  isApiError(e) ? e.fieldErrors[field]?.[0] : undefined;

/** DOMAIN.md: people say as soon as they cannot come; it is recorded as code 2 for that session. */
export function CannotAttendDialog({
  entry,
  name,
  sessions,
  onClose,
}: DialogProps & { sessions: Session[] }) {
  const upcoming = sessions.filter((s) => s.status === 'scheduled' && s.date >= todayIso());
  const [sessionNumber, setSessionNumber] = useState(String(upcoming[0]?.number ?? ''));
  const [note, setNote] = useState('');
  const action = useEnrolmentAction(entry.id);
  return (
    <FormDialog
      title={`${name} cannot attend`}
      opened
      onClose={onClose}
      submitLabel="Record cancellation"
      busy={action.isPending}
      error={action.error}
      onSubmit={() =>
        action.mutate(
          {
            action: { kind: 'cannot-attend', body: { sessionNumber: Number(sessionNumber), note } },
            version: entry.version,
          },
          { onSuccess: onClose },
        )
      }
    >
      <NativeSelect
        label="Session"
        value={sessionNumber}
        onChange={(e) => setSessionNumber(e.currentTarget.value)}
        data={upcoming.map((s) => ({
          value: String(s.number),
          label: `Session ${s.number}: ${formatDate(s.date)}`,
        }))}
        error={fieldError(action.error, 'sessionNumber')}
      />
      <TextInput
        label="Note"
        description="For example the reason given"
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={300}
      />
    </FormDialog>
  );
}

/** Withdrawal frees the place: a vacancy opens if late joining is still possible. */
export function WithdrawDialog({ entry, name, onClose }: DialogProps) {
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(todayIso());
  const action = useEnrolmentAction(entry.id);
  return (
    <FormDialog
      title={`Withdraw ${name} from the course`}
      opened
      onClose={onClose}
      submitLabel="Withdraw"
      busy={action.isPending}
      error={action.error}
      onSubmit={() =>
        action.mutate(
          { action: { kind: 'withdraw', body: { reason, date } }, version: entry.version },
          { onSuccess: onClose },
        )
      }
    >
      <Textarea
        label="Reason"
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError(action.error, 'reason')}
        maxLength={500}
      />
      <TextInput
        type="date"
        label="Date of withdrawal"
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
        error={fieldError(action.error, 'date')}
      />
    </FormDialog>
  );
}
