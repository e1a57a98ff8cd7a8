import { Radio, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller, type Control } from 'react-hook-form';
import { formatDate } from '../../../lib/format';
import { flagQueries } from '../api/flag-queries';
import type { FlagFormInput, FlagFormOutput } from '../flag-form';

interface TransferChoiceProps {
  control: Control<FlagFormInput, unknown, FlagFormOutput>;
  enrolmentId: string;
}

/** The later cohorts with room, each with what a move there would mean topic by topic. */
export function TransferChoice({ control, enrolmentId }: TransferChoiceProps) {
  const options = useQuery(flagQueries.transferOptions(enrolmentId));
  return (
    <Controller
      control={control}
      name="toCohortId"
      render={({ field, fieldState }) => (
        <Radio.Group label="Later cohort with room" {...field} error={fieldState.error?.message}>
          <Stack gap={6} mt={6}>
            {options.data?.items.length === 0 && <Text size="sm">No later cohort has room.</Text>}
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
  );
}
