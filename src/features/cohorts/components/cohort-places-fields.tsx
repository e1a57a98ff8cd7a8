import { Checkbox, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { VIABLE_MINIMUM } from '../../../api/schemas/cohorts';
import type { StaffAccount } from '../../../api/schemas/staff-accounts';
import { NumberField } from '../../../components/number-field';
import { TONE_TEXT } from '../../../components/tones';
import { can } from '../../../domain/policy';
import type { CohortFieldsProps } from './cohort-form';

/** How many places the cohort has, and who facilitates it. */
export function CohortPlacesFields({
  form,
  errorOf,
  staff,
}: CohortFieldsProps & { staff: StaffAccount[] }) {
  // Someone deactivated is never offered; one already on the cohort shows, marked, until an
  // admin unticks them to reassign the cohort.
  const chosen = form.formState.defaultValues?.facilitatorIds;
  const facilitators = useMemo(
    () =>
      staff.filter((s) => can(s.role, 'cohort.facilitate') && (s.active || chosen?.includes(s.id))),
    [staff, chosen],
  );
  const capacity = useWatch({ control: form.control, name: 'capacity' });
  return (
    <>
      <NumberField
        control={form.control}
        name="capacity"
        label="Capacity"
        description="At most 20"
        min={1}
        max={20}
        w={200}
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
                <Checkbox
                  key={f.id}
                  value={f.id}
                  label={`${f.name} (${f.discipline}${f.active ? '' : ', deactivated'})`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
      />
    </>
  );
}
