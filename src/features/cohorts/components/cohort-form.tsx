import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod/mini';
import { isApiError } from '../../../api/api-error';
import {
  makeCohortInputSchema,
  VIABLE_MINIMUM,
  type CohortInput,
} from '../../../api/schemas/cohorts';
import type { StaffUser } from '../../../api/schemas/staff';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { TONE_TEXT } from '../../../components/tones';
import { isIsoDate } from '../../../domain/dates';
import { applyServerErrors } from '../../../lib/form-errors';
import { weekdayName } from '../../../lib/format';
import '../../../lib/zod-english';
import { SchedulePreview } from './schedule-preview';
import { StaleCohortNotice } from './stale-cohort-notice';
import { can } from '../../../domain/policy';

interface CohortFormProps {
  staff: StaffUser[];
  defaultValues: CohortInput;
  submitLabel: string;
  error: unknown;
  busy: boolean;
  onSubmit: (values: CohortInput, options?: { overwrite?: boolean }) => void;
}

/** One form for create and edit, validated with the schema the server uses. */
export function CohortForm({
  staff,
  defaultValues,
  submitLabel,
  error,
  busy,
  onSubmit,
}: CohortFormProps) {
  const facilitators = useMemo(
    () => staff.filter((s) => can(s.role, 'cohort.facilitate')),
    [staff],
  );
  const schema = useMemo(
    () => makeCohortInputSchema((id) => staff.find((s) => s.id === id)?.discipline ?? null),
    [staff],
  );
  const form = useForm<CohortInput, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues,
  });
  // The save runs in the route: its refusal arrives as a prop and goes onto the fields once.
  useEffect(() => {
    applyServerErrors(error, form.setError);
  }, [error, form.setError]);
  const { errors } = form.formState;
  const [type, delivery, startDate, capacity] = useWatch({
    control: form.control,
    name: ['type', 'delivery', 'startDate', 'capacity'],
  });
  const errorOf = (name: keyof CohortInput) => errors[name]?.message;
  const stale = isApiError(error) && error.code === 'stale_version';

  return (
    <form noValidate onSubmit={form.handleSubmit((v) => onSubmit(v))}>
      <Stack gap="md" maw={760}>
        {stale && (
          <StaleCohortNotice
            current={error.current}
            mine={form.getValues()}
            onOverwrite={() => onSubmit(form.getValues(), { overwrite: true })}
            onTakeTheirs={(theirs) => form.reset(theirs)}
          />
        )}
        {Boolean(error) && !stale && (
          <FormErrorAlert title="The cohort was not saved" error={error} />
        )}
        <TextInput label="Name" {...form.register('name')} error={errorOf('name')} />
        <Controller
          control={form.control}
          name="type"
          render={({ field }) => (
            <Radio.Group
              label="Type"
              {...field}
              onChange={(v) => {
                field.onChange(v);
                if (v === 'workshop') form.setValue('sessionLengthMinutes', 180);
              }}
            >
              <Group mt={4}>
                <Radio value="course" label="Eight-week course" />
                <Radio value="workshop" label="One-off workshop (about 3 hours)" />
              </Group>
            </Radio.Group>
          )}
        />
        <Controller
          control={form.control}
          name="delivery"
          render={({ field }) => (
            <Radio.Group label="Delivery" {...field}>
              <Group mt={4}>
                <Radio value="online" label="Online (video link)" />
                <Radio value="face_to_face" label="Face to face (venue)" />
              </Group>
            </Radio.Group>
          )}
        />
        {delivery === 'online' ? (
          <TextInput
            label="Video link"
            description="https:// link sent to participants"
            {...form.register('videoLink')}
            error={errorOf('videoLink')}
          />
        ) : (
          <TextInput label="Venue" {...form.register('venue')} error={errorOf('venue')} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label="Start date"
            {...form.register('startDate')}
            error={errorOf('startDate')}
            description={
              isIsoDate(startDate)
                ? `Sessions on ${weekdayName(startDate)}s`
                : 'The weekday follows the start date'
            }
          />
          <TextInput
            type="time"
            label="Start time"
            {...form.register('startTime')}
            error={errorOf('startTime')}
          />
          <Controller
            control={form.control}
            name="sessionLengthMinutes"
            render={({ field }) => (
              <NumberInput
                label="Session length (minutes)"
                min={30}
                max={240}
                step={15}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                onBlur={field.onBlur}
                error={errorOf('sessionLengthMinutes')}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="capacity"
          render={({ field }) => (
            <NumberInput
              label="Capacity"
              description="At most 20"
              min={1}
              max={20}
              w={200}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
              onBlur={field.onBlur}
              error={errorOf('capacity')}
            />
          )}
        />
        {typeof capacity === 'number' && capacity < VIABLE_MINIMUM && (
          <Text size="sm" c={TONE_TEXT.warning} fw={700}>
            Fewer than {VIABLE_MINIMUM} places: a group this small may not be viable.
          </Text>
        )}
        <Controller
          control={form.control}
          name="facilitatorIds"
          render={({ field }) => (
            <Checkbox.Group
              label="Facilitators"
              description="2 or 3, at least one psychology and one physiotherapy"
              value={field.value}
              onChange={field.onChange}
              error={errorOf('facilitatorIds')}
            >
              <Stack gap={6} mt={6}>
                {facilitators.map((f) => (
                  <Checkbox key={f.id} value={f.id} label={`${f.name} (${f.discipline})`} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        <SchedulePreview type={type ?? 'course'} startDate={startDate ?? ''} />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
