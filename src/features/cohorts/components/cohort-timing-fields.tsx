import { SimpleGrid, TextInput } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { NumberField } from '../../../components/number-field';
import { isIsoDate } from '../../../domain/dates';
import { weekdayName } from '../../../lib/format';
import type { CohortFieldsProps } from './cohort-form';

/** When the cohort meets: the start date sets the weekday of every session. */
export function CohortTimingFields({ form, errorOf }: CohortFieldsProps) {
  const [startDate, type] = useWatch({ control: form.control, name: ['startDate', 'type'] });
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        type="date"
        label="Start date"
        {...form.register('startDate')}
        error={errorOf('startDate')}
        description={
          !isIsoDate(startDate)
            ? 'The weekday follows the start date'
            : type === 'workshop'
              ? `One session, on ${weekdayName(startDate)}`
              : `Sessions on ${weekdayName(startDate)}s`
        }
      />
      <TextInput
        type="time"
        label="Start time"
        {...form.register('startTime')}
        error={errorOf('startTime')}
      />
      <NumberField
        control={form.control}
        name="sessionLengthMinutes"
        label="Session length (minutes)"
        min={30}
        max={240}
        step={15}
      />
    </SimpleGrid>
  );
}
