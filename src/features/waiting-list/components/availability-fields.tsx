import { Checkbox, Group } from '@mantine/core';
import { Controller, type Control } from 'react-hook-form';
import type { ReferralInput } from '../../../api/schemas/referrals';

const DAYS = [
  { value: 'mon', label: 'Monday' },
  { value: 'tue', label: 'Tuesday' },
  { value: 'wed', label: 'Wednesday' },
  { value: 'thu', label: 'Thursday' },
  { value: 'fri', label: 'Friday' },
];
const TIMES = [
  { value: 'morning', label: 'Mornings (before 12:00)' },
  { value: 'afternoon', label: 'Afternoons (12:00 to 17:00)' },
  { value: 'evening', label: 'Evenings (from 17:00)' },
];

/** Availability decides who is suggested for a freed place, so both halves are required. */
export function AvailabilityFields({ control }: { control: Control<ReferralInput> }) {
  return (
    <>
      <Controller
        control={control}
        name="availability.days"
        render={({ field, fieldState }) => (
          <Checkbox.Group
            label="Days they can attend"
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message}
          >
            <Group mt={6}>
              {DAYS.map((d) => (
                <Checkbox key={d.value} value={d.value} label={d.label} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
      />
      <Controller
        control={control}
        name="availability.times"
        render={({ field, fieldState }) => (
          <Checkbox.Group
            label="Times of day they can attend"
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message}
          >
            <Group mt={6}>
              {TIMES.map((t) => (
                <Checkbox key={t.value} value={t.value} label={t.label} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
      />
    </>
  );
}
