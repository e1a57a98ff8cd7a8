import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, NumberInput, Stack, Text } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { describeError, isApiError } from '../../../api/api-error';
import { updateSettingsSchema, type ServiceSettings } from '../../../api/schemas/settings';
import { TONE_TEXT } from '../../../components/tones';
import '../../../lib/zod-english';
import { useUpdateSettings } from '../api/settings-queries';

type Fields = Omit<ServiceSettings, 'version'>;
const FIELDS: { name: keyof Fields; label: string; description: string }[] = [
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
  const serverError = (f: keyof Fields) =>
    isApiError(save.error) ? save.error.fieldErrors[f]?.[0] : undefined;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((v) => save.mutate({ ...v, version: settings.version }))}
    >
      <Stack maw={420}>
        {save.isError && (
          <Alert color={TONE_TEXT.danger} role="alert" title="Settings not saved">
            {describeError(save.error)}
          </Alert>
        )}
        {save.isSuccess && (
          <Text role="status" fw={700}>
            Saved. Every flag has been re-evaluated.
          </Text>
        )}
        {FIELDS.map((f) => (
          <Controller
            key={f.name}
            control={form.control}
            name={f.name}
            render={({ field, fieldState }) => (
              <NumberInput
                label={f.label}
                description={f.description}
                min={1}
                max={8}
                disabled={!canEdit}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                onBlur={field.onBlur}
                error={fieldState.error?.message ?? serverError(f.name)}
              />
            )}
          />
        ))}
        {canEdit && (
          <Button type="submit" loading={save.isPending}>
            Save settings
          </Button>
        )}
      </Stack>
    </form>
  );
}
