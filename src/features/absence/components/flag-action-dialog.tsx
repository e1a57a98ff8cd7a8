import { zodResolver } from '@hookform/resolvers/zod';
import { Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import { z } from 'zod/mini';
import { flagActionSchema, flagContactSchema, type FlagView } from '../../../api/schemas/flags';
import type { Role } from '../../../api/schemas/staff';
import { FormDialog } from '../../../components/form-dialog';
import { can, FLAG_DECISION_ACTION } from '../../../domain/policy';
import { todayIso } from '../../../domain/dates';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { flagQueries } from '../api/flag-queries';
import { useRecordContact } from '../api/use-record-contact';
import { useResolveFlag } from '../api/use-resolve-flag';

// One form, two endpoints: recording contact (flagContactSchema) or resolving (flagActionSchema).
const flagFormSchema = z.discriminatedUnion('action', [
  z.extend(flagContactSchema, { action: z.literal('contact') }),
  ...flagActionSchema.def.options,
]);
type FlagFormInput = z.input<typeof flagFormSchema>;

/** DOMAIN.md: at risk, contact the person; breached, transfer, keep with a reason, or withdraw. */
export function FlagActionDialog({
  flag,
  role,
  onClose,
}: {
  flag: FlagView;
  role: Role;
  onClose: () => void;
}) {
  // Decisions on a breach are offered to the roles the policy table gives them to (admins).
  const mayDecide = (choice: keyof typeof FLAG_DECISION_ACTION) =>
    flag.status === 'breached' && can(role, FLAG_DECISION_ACTION[choice]);
  const form = useForm<FlagFormInput, unknown, z.output<typeof flagFormSchema>>({
    resolver: zodResolver(flagFormSchema),
    defaultValues: {
      action: mayDecide('transfer') && !flag.review ? 'transfer' : 'contact',
      date: todayIso(),
      note: '',
      reason: '',
      toCohortId: '',
    },
  });
  const action = useWatch({ control: form.control, name: 'action' });
  const resolve = useResolveFlag(flag);
  const contact = useRecordContact(flag);
  const options = useQuery({
    ...flagQueries.transferOptions(flag.enrolmentId),
    enabled: action === 'transfer',
  });
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
        {flag.absences} absences ({flag.missed.map((m) => `session ${m.sessionNumber}`).join(', ')}
        ).
        {flag.nextSession ? ` Next session: ${formatDate(flag.nextSession.date)}.` : ''}
        {flag.missedTopics.length > 0 && ` Missed: ${flag.missedTopics.join('; ')}.`}
      </Text>
      <Controller
        control={form.control}
        name="action"
        render={({ field }) => (
          <Radio.Group label="What happens now" {...field}>
            <Stack gap={6} mt={6}>
              <Radio
                value="contact"
                label="Record that we contacted them before the next session"
              />
              {mayDecide('transfer') && (
                <Radio value="transfer" label="Transfer to a later cohort" />
              )}
              {mayDecide('keep') && (
                <Radio value="keep" label="Keep in this cohort, with a documented reason" />
              )}
              {mayDecide('withdraw') && (
                <Radio value="withdraw" label="Withdraw (remove after absences)" />
              )}
            </Stack>
          </Radio.Group>
        )}
      />
      {action === 'contact' && (
        <TextInput
          type="date"
          label="Date of contact"
          {...form.register('date')}
          error={errorOf('date')}
        />
      )}
      {action === 'transfer' && (
        <Controller
          control={form.control}
          name="toCohortId"
          render={({ field, fieldState }) => (
            <Radio.Group
              label="Later cohort with room"
              {...field}
              error={fieldState.error?.message}
            >
              <Stack gap={6} mt={6}>
                {options.data?.items.length === 0 && (
                  <Text size="sm">No later cohort has room.</Text>
                )}
                {options.data?.items.map((o) => (
                  <Radio
                    key={o.cohort.id}
                    value={o.cohort.id}
                    label={`${o.cohort.name} (starts ${formatDate(o.cohort.startDate)}): still needs ${o.stillNeeded.length} topics${o.missedInTarget.length ? `, ${o.missedInTarget.length} already run there` : ''}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
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
