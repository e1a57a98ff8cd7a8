import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useLeaveGuard } from '../../../lib/leave-guard';
import type { z } from 'zod/mini';
import {
  makeCohortInputSchema,
  type cohortInputSchema,
  type CohortInput,
} from '../../../api/schemas/cohorts';
import type { StaffAccount } from '../../../api/schemas/staff-accounts';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import { CohortDeliveryFields } from './cohort-delivery-fields';
import { CohortPlacesFields } from './cohort-places-fields';
import { CohortTimingFields } from './cohort-timing-fields';
import { SchedulePreview } from './schedule-preview';

/** What each group of the form's fields needs: the form, and each field's message. */
export type CohortFormApi = UseFormReturn<CohortInput, unknown, z.output<typeof cohortInputSchema>>;
export interface CohortFieldsProps {
  form: CohortFormApi;
  errorOf: (name: keyof CohortInput) => string | undefined;
}

interface CohortFormProps {
  /** Every account: active facilitators are offered, and those already chosen stay. */
  staff: StaffAccount[];
  defaultValues: CohortInput;
  submitLabel: string;
  error: unknown;
  busy: boolean;
  /** Above the fields: the edit form's merge with a colleague's save (cohort-edit-form.tsx). */
  notice?: ReactNode;
  /** The values as the schema checked them, and the form (a merge puts values into it). */
  onSubmit: (values: CohortInput, form: CohortFormApi) => void;
}

/** One form for create and edit, validated with the schema the server uses. */
export function CohortForm({
  staff,
  defaultValues,
  submitLabel,
  error,
  busy,
  notice,
  onSubmit,
}: CohortFormProps) {
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
  useLeaveGuard(form.formState.isDirty, 'this cohort');
  const { errors } = form.formState;
  const [type, startDate] = useWatch({ control: form.control, name: ['type', 'startDate'] });
  const errorOf = (name: keyof CohortInput) => errors[name]?.message;

  return (
    <form noValidate onSubmit={form.handleSubmit((v) => onSubmit(v, form))}>
      <Stack gap="md" maw={760}>
        {notice}
        {Boolean(error) && <FormErrorAlert title="The cohort was not saved" error={error} />}
        <TextInput label="Name" {...form.register('name')} error={errorOf('name')} />
        <CohortDeliveryFields form={form} errorOf={errorOf} />
        <CohortTimingFields form={form} errorOf={errorOf} />
        <CohortPlacesFields form={form} errorOf={errorOf} staff={staff} />
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
