import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useLeaveGuard } from '../../../lib/leave-guard';
import {
  updateSettingsSchema,
  type ServiceSettings,
  type SettingsUpdate,
  type SettingsView,
} from '../../../api/schemas/settings';
import { staleReader } from '../../../api/declared-errors';
import { settingsEndpoints } from '../../../api/endpoints/service';
import { ConflictNotice, type Difference } from '../../../components/conflict-notice';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { SESSION_LIMIT_BOUNDS } from '../../../domain/session-limits';
import { TEMPORARY_PASSWORD_HOURS } from '../../../domain/temporary-passwords';
import { NumberField } from '../../../components/number-field';
import { applyServerErrors } from '../../../lib/form-errors';
import { useVersionedEdit } from '../../../lib/versioned-edit';
import '../../../lib/zod-english';
import { settingsQueries } from '../api/settings-queries';
import { ReminderSettingsFields } from './reminder-settings-fields';
import { useUpdateSettings } from '../api/use-update-settings';
import { COURSE_MESSAGE_TEMPLATE_LABELS, CourseMessageFields } from './course-message-fields';

type Fields = SettingsUpdate;
type NumberName =
  | 'absenceThreshold'
  | 'lateJoinCutoffSession'
  | 'completionMinSessions'
  | 'sessionIdleMinutes'
  | 'sessionMaxHours'
  | 'temporaryPasswordHours';
interface NumberFieldSpec {
  name: NumberName;
  label: string;
  description: string;
  min: number;
  max: number;
}
const COURSE_FIELDS: NumberFieldSpec[] = [
  {
    name: 'absenceThreshold',
    label: 'Absences allowed',
    description: 'At this many a participant is at risk; one more breaches (default 2)',
    min: 1,
    max: 8,
  },
  {
    name: 'lateJoinCutoffSession',
    label: 'Late joining closes at session',
    description: 'A freed place can be offered before this session (default 3)',
    min: 1,
    max: 8,
  },
  {
    name: 'completionMinSessions',
    label: 'Sessions attended to complete',
    description: 'Default 6 of 8',
    min: 1,
    max: 8,
  },
];
/** How long staff stay signed in (src/domain/session-limits.ts). */
const SESSION_FIELDS: NumberFieldSpec[] = [
  {
    name: 'sessionIdleMinutes',
    label: 'Sign out after (minutes without use)',
    description:
      'The app warns a minute before and signs out; unsaved marks are sent first (default 15)',
    ...SESSION_LIMIT_BOUNDS.sessionIdleMinutes,
  },
  {
    name: 'sessionMaxHours',
    label: 'Longest session (hours)',
    description: 'After this long everyone signs in again, busy or not (default 12)',
    ...SESSION_LIMIT_BOUNDS.sessionMaxHours,
  },
  {
    name: 'temporaryPasswordHours',
    label: 'Temporary passwords expire after (hours)',
    description: 'A password an admin sets works until then; after it, set a new one (default 72)',
    min: TEMPORARY_PASSWORD_HOURS.min,
    max: TEMPORARY_PASSWORD_HOURS.max,
  },
];

const valuesOf = (settings: ServiceSettings): Fields => ({
  ...settings,
  // An empty template field means "none" (the schema reads it as null).
  offerSmsTemplateId: settings.offerSmsTemplateId ?? '',
  offerEmailTemplateId: settings.offerEmailTemplateId ?? '',
  materialSmsTemplateId: settings.materialSmsTemplateId ?? '',
  materialEmailTemplateId: settings.materialEmailTemplateId ?? '',
  groupSmsTemplateId: settings.groupSmsTemplateId ?? '',
  groupEmailTemplateId: settings.groupEmailTemplateId ?? '',
  reminderSmsTemplateId: settings.reminderSmsTemplateId ?? '',
  reminderEmailTemplateId: settings.reminderEmailTemplateId ?? '',
  reminderDayBeforeAt: settings.reminderDayBeforeAt ?? '',
});
const TEXT_LABELS = {
  camdenSignpost: 'Signposting for Camden',
  otherAreaSignpost: 'Signposting for other areas',
  offerSmsTemplateId: 'Text message template ID',
  offerEmailTemplateId: 'Email template ID',
  ...COURSE_MESSAGE_TEMPLATE_LABELS,
  topicMaterials: 'Material links',
  reminderDayBeforeAt: 'Reminder the day before, at',
  reminderTwoHoursBefore: 'Reminder two hours before',
  reminderSmsTemplateId: 'Reminder text message template ID',
  reminderEmailTemplateId: 'Reminder email template ID',
} as const;
const differences = (theirs: Fields, mine: Fields): Difference[] => {
  const words = (v: unknown) =>
    v == null || v === '' || (Array.isArray(v) && v.length === 0)
      ? 'none'
      : Array.isArray(v)
        ? v.map((m: { topic: string }) => m.topic).join('; ')
        : String(v);
  return [
    ...[...COURSE_FIELDS, ...SESSION_FIELDS].map(({ name, label }) => ({ name, label })),
    ...Object.entries(TEXT_LABELS).map(([name, label]) => ({ name: name as keyof Fields, label })),
  ].map(({ name, label }) => ({ label, theirs: words(theirs[name]), mine: words(mine[name]) }));
};

/** Service settings (admins); managers see them read-only. Saved with If-Match on the version
 * the form stands on; a colleague's save first shows the one conflict notice. */
export function SettingsForm({ settings, canEdit }: { settings: SettingsView; canEdit: boolean }) {
  const save = useUpdateSettings();
  const edit = useVersionedEdit<ServiceSettings, Fields>({
    record: settings,
    recordId: 'service',
    stale: staleReader(settingsEndpoints, 'PATCH /settings'),
    writeCache: (qc, theirs) =>
      qc.setQueryData(settingsQueries.current().queryKey, (old) => old && { ...old, ...theirs }),
  });
  const form = useForm<Fields>({
    resolver: zodResolver(updateSettingsSchema),
    defaultValues: valuesOf(settings),
  });
  const { conflict } = edit;
  const submit = (version: number) =>
    form.handleSubmit((v) =>
      save.mutate(
        { ...v, version },
        {
          onSuccess: (saved) => {
            edit.saved(saved);
            // The form now stands on what it saved: nothing is left unsaved to ask about.
            form.reset(valuesOf(saved));
          },
          onError: (e) => {
            if (edit.refused(e, v)) save.reset();
            else applyServerErrors(e, form.setError);
          },
        },
      ),
    );
  useLeaveGuard(form.formState.isDirty, 'these settings');
  const errors = form.formState.errors;
  const numberField = (f: NumberFieldSpec) => (
    <NumberField
      key={f.name}
      control={form.control}
      name={f.name}
      label={f.label}
      description={f.description}
      min={f.min}
      max={f.max}
      disabled={!canEdit}
    />
  );
  return (
    <form noValidate onSubmit={submit(edit.base.version)}>
      <Stack maw={420}>
        {conflict && (
          <ConflictNotice
            what="these settings"
            lastSave={conflict.lastSave}
            fields={differences(valuesOf(conflict.theirs), conflict.mine)}
            busy={save.isPending}
            onLoadTheirs={() => {
              const theirs = edit.loadTheirs();
              if (theirs) form.reset(valuesOf(theirs));
            }}
            onSaveMine={() => void submit(edit.keepMine())()}
          />
        )}
        {save.isError && <FormErrorAlert title="Settings not saved" error={save.error} />}
        {save.isSuccess && (
          <Text role="status" fw={700}>
            Saved. Every flag has been re-evaluated.
          </Text>
        )}
        {COURSE_FIELDS.map(numberField)}
        <Textarea
          label="Signposting for Camden"
          description="Shown on the new-referral form as soon as Camden is chosen as the borough"

          rows={3}
          {...form.register('camdenSignpost')}
          error={errors.camdenSignpost?.message}
          disabled={!canEdit}
        />
        <Textarea
          label="Signposting for other areas"
          description="Shown for any other borough outside the service’s area"

          rows={3}
          {...form.register('otherAreaSignpost')}
          error={errors.otherAreaSignpost?.message}
          disabled={!canEdit}
        />
        <Fieldset legend="Offers by GOV.UK Notify">
          <Stack gap="sm">
            <Text size="sm">
              {settings.notifyConfigured
                ? 'This server holds a GOV.UK Notify API key: a new offer is sent by text to a mobile, or else by email, when its template is set here.'
                : 'This server has no GOV.UK Notify API key, so nothing is sent: the offer page gives admins a script to contact each person by hand.'}
            </Text>
            <TextInput
              label="Text message template ID"
              description="From the template’s page in GOV.UK Notify. Its fields: ((first_name)), ((course_day)), ((course_time)), ((first_session)), ((venue)), ((reply_by)). Leave empty to send no texts."
              autoComplete="off"
              spellCheck={false}
              {...form.register('offerSmsTemplateId')}
              error={errors.offerSmsTemplateId?.message}
              disabled={!canEdit}
            />
            <TextInput
              label="Email template ID"
              description="Used when the person has no mobile number. Same fields. Leave empty to send no emails."
              autoComplete="off"
              spellCheck={false}
              {...form.register('offerEmailTemplateId')}
              error={errors.offerEmailTemplateId?.message}
              disabled={!canEdit}
            />
          </Stack>
        </Fieldset>
        <CourseMessageFields form={form} canEdit={canEdit} />
        <ReminderSettingsFields form={form} errors={errors} canEdit={canEdit} />
        <Title order={2} size="h4" mt="sm">
          Staff sessions
        </Title>
        {SESSION_FIELDS.map(numberField)}
        {canEdit && (
          <Button type="submit" loading={save.isPending}>
            Save settings
          </Button>
        )}
      </Stack>
    </form>
  );
}
