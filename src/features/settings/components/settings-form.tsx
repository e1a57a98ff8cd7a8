import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import {
  updateSettingsSchema,
  type ServiceSettings,
  type SettingsUpdate,
} from '../../../api/schemas/settings';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { NumberField } from '../../../components/number-field';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import { useUpdateSettings } from '../api/use-update-settings';

type Fields = SettingsUpdate;
type NumberName = 'absenceThreshold' | 'lateJoinCutoffSession' | 'completionMinSessions';
const FIELDS: { name: NumberName; label: string; description: string }[] = [
  {
    name: 'absenceThreshold',
    label: 'Absences allowed',
    description: 'At this many a participant is at risk; one more breaches (default 2)',
  },
  {
    name: 'lateJoinCutoffSession',
    label: 'Late joining closes at session',
    description: 'A freed place can be offered before this session (default 3)',
  },
  {
    name: 'completionMinSessions',
    label: 'Sessions attended to complete',
    description: 'Default 6 of 8',
  },
];

/** Service settings (admins); managers see them read-only. Saved with If-Match. */
export function SettingsForm({
  settings,
  canEdit,
}: {
  settings: ServiceSettings;
  canEdit: boolean;
}) {
  const save = useUpdateSettings();
  const form = useForm<Fields>({
    resolver: zodResolver(updateSettingsSchema),
    defaultValues: settings,
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((v) =>
        save.mutate(
          { ...v, version: settings.version },
          { onError: (e) => applyServerErrors(e, form.setError) },
        ),
      )}
    >
      <Stack maw={420}>
        {save.isError && <FormErrorAlert title="Settings not saved" error={save.error} />}
        {save.isSuccess && (
          <Text role="status" fw={700}>
            Saved. Every flag has been re-evaluated.
          </Text>
        )}
        {FIELDS.map((f) => (
          <NumberField
            key={f.name}
            control={form.control}
            name={f.name}
            label={f.label}
            description={f.description}
            min={1}
            max={8}
            disabled={!canEdit}
          />
        ))}
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
        {canEdit && (
          <Button type="submit" loading={save.isPending}>
            Save settings
          </Button>
        )}
      </Stack>
    </form>
  );
}
