import { Checkbox, Input, Table, Text } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import {
  DAY_NAMES,
  DAYS_OF_WEEK,
  hasSlot,
  normaliseSlots,
  PARTS_OF_DAY,
  type Slot,
} from '../../../domain/availability';

const TIMES = {
  morning: 'Morning (before 12:00)',
  afternoon: 'Afternoon (12:00 to 17:00)',
  evening: 'Evening (from 17:00)',
} as const;

type WithAvailability = FieldValues & { availability: Slot[] };

/** One tick box per day and time of day over the whole week: ticking Saturday morning adds
 * that slot alone (availability decides who is suggested for a freed place). */
export function AvailabilityFields<T extends WithAvailability>({
  control,
}: {
  control: Control<T>;
}) {
  return (
    <Controller
      control={control}
      name={'availability' as Path<T>}
      render={({ field, fieldState }) => {
        const slots = (field.value ?? []) as Slot[];
        const toggle = (slot: Slot, on: boolean) =>
          field.onChange(
            on
              ? normaliseSlots([...slots, slot])
              : slots.filter((s) => s.day !== slot.day || s.time !== slot.time),
          );
        const errorId = 'availability-error';
        return (
          <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Text component="legend" size="sm" fw={500} p={0}>
              Days and times they can attend
            </Text>
            <Input.Description>Tick each time they could come every week</Input.Description>
            <Table withTableBorder={false} maw={560} mt={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Day</Table.Th>
                  {PARTS_OF_DAY.map((t) => (
                    <Table.Th key={t} scope="col">
                      {TIMES[t]}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {DAYS_OF_WEEK.map((day) => (
                  <Table.Tr key={day}>
                    <Table.Th scope="row">{DAY_NAMES[day]}</Table.Th>
                    {PARTS_OF_DAY.map((time) => (
                      <Table.Td key={time}>
                        <Checkbox
                          aria-label={`${DAY_NAMES[day]} ${time}`}
                          aria-describedby={fieldState.error ? errorId : undefined}
                          checked={hasSlot(slots, day, time)}
                          onChange={(e) => toggle({ day, time }, e.currentTarget.checked)}
                          onBlur={field.onBlur}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {fieldState.error && <Input.Error id={errorId}>{fieldState.error.message}</Input.Error>}
          </fieldset>
        );
      }}
    />
  );
}
