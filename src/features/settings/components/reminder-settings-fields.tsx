import { Checkbox, Fieldset, Stack, Text, TextInput } from '@mantine/core';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import type { SettingsUpdate } from '../../../api/schemas/settings';

/** When reminders go before each session, and the Notify templates they go with. The fields a
 * template takes are fixed (docs/notify.md): services write their words around them. */
export function ReminderSettingsFields({
  form,
  errors,
  canEdit,
}: {
  form: UseFormReturn<SettingsUpdate>;
  errors: FieldErrors<SettingsUpdate>;
  canEdit: boolean;
}) {
  const template = (name: 'reminderSmsTemplateId' | 'reminderEmailTemplateId', label: string) => (
    <TextInput
      label={label}
      description="Its fields: ((first_name)), ((session_day)), ((session_time)), ((joining_link)), ((cannot_attend_link)), ((opt_out_link)). Leave empty to send none this way."
      autoComplete="off"
      spellCheck={false}
      {...form.register(name)}
      error={errors[name]?.message}
      disabled={!canEdit}
    />
  );
  return (
    <Fieldset legend="Reminders before each session">
      <Stack gap="sm">
        <Text size="sm">
          Sent by GOV.UK Notify to everyone placed who has not said they cannot come, unless they
          want letters only or opted out. Never for a cancelled session.
        </Text>
        <TextInput
          label="The day before, at"
          description="A time such as 18:00 (London). Leave empty for no reminder the day before."
          autoComplete="off"
          {...form.register('reminderDayBeforeAt')}
          error={errors.reminderDayBeforeAt?.message}
          disabled={!canEdit}
        />
        <Checkbox
          label="Also two hours before the session"
          {...form.register('reminderTwoHoursBefore')}
          disabled={!canEdit}
        />
        {template('reminderSmsTemplateId', 'Reminder text message template ID')}
        {template('reminderEmailTemplateId', 'Reminder email template ID')}
      </Stack>
    </Fieldset>
  );
}
