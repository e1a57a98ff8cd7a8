import { zodResolver } from '@hookform/resolvers/zod';
import { Text, Textarea, TextInput } from '@mantine/core';
import { useForm, useWatch, type Path } from 'react-hook-form';
import type { FlagView } from '../../../api/schemas/flags';
import type { Role } from '../../../api/schemas/staff';
import { FormDialog } from '../../../components/form-dialog';
import { todayIso } from '../../../domain/dates';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useRecordContact } from '../api/use-record-contact';
import { useResolveFlag } from '../api/use-resolve-flag';
import { flagFormSchema, type FlagFormInput, type FlagFormOutput } from '../flag-form';
import { FlagActionChoice, mayDecide } from './flag-action-choice';
import { TransferChoice } from './transfer-choice';
import { count } from '../../../domain/plural';

/** docs/domain.md: at risk, contact the person; breached, transfer, keep with a reason, or withdraw. */
export function FlagActionDialog({
  flag,
  role,
  onClose,
}: {
  flag: FlagView;
  role: Role;
  onClose: () => void;
}) {
  const form = useForm<FlagFormInput, unknown, FlagFormOutput>({
    resolver: zodResolver(flagFormSchema),
    defaultValues: {
      action: mayDecide(flag, role, 'transfer') && !flag.review ? 'transfer' : 'contact',
      date: todayIso(),
      note: '',
      reason: '',
      toCohortId: '',
    },
  });
  const action = useWatch({ control: form.control, name: 'action' });
  const resolve = useResolveFlag(flag);
  const contact = useRecordContact(flag);
  const active = action === 'contact' ? contact : resolve;
  const errorOf = (name: Path<FlagFormInput>) =>
    form.getFieldState(name, form.formState).error?.message;

  const submit = form.handleSubmit((values) => {
    const then = { onSuccess: onClose, onError: (e: Error) => applyServerErrors(e, form.setError) };
    if (values.action !== 'contact') return resolve.mutate(values, then);
    const { action: _contact, ...input } = values;
    contact.mutate(input, then);
  });
  return (
    <FormDialog
      title={`Absence flag: ${flag.name}`}
      opened
      onClose={onClose}
      submitLabel="Save"
      busy={active.isPending}
      error={active.error}
      onSubmit={submit}
    >
      <Text size="sm">
        {count(flag.absences, 'absence')} (
        {flag.missed.map((m) => `session ${m.sessionNumber}`).join(', ')}
        ).
        {flag.nextSession ? ` Next session: ${formatDate(flag.nextSession.date)}.` : ''}
        {flag.missedTopics.length > 0 && ` Missed: ${flag.missedTopics.join('; ')}.`}
      </Text>
      <FlagActionChoice control={form.control} flag={flag} role={role} />
      {action === 'contact' && (
        <TextInput
          type="date"
          label="Date of contact"
          {...form.register('date')}
          error={errorOf('date')}
        />
      )}
      {action === 'transfer' && (
        <TransferChoice control={form.control} enrolmentId={flag.enrolmentId} />
      )}
      {/* Note and reason are different fields of different requests: each keeps its own text. */}
      {action === 'contact' ? (
        <Textarea
          key="note"
          label="Note"
          description="How it went"
          {...form.register('note')}
          error={errorOf('note')}
          maxLength={500}
        />
      ) : (
        <Textarea
          key="reason"
          label="Reason"
          description="Kept in the audit trail"
          {...form.register('reason')}
          error={errorOf('reason')}
          maxLength={500}
        />
      )}
    </FormDialog>
  );
}
