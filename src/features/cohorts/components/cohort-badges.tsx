import { Badge, Group, Text } from '@mantine/core';
import { VIABLE_MINIMUM, type CohortStatus } from '../../../api/schemas/cohorts';

const STATUS: Record<CohortStatus, { label: string; color: string }> = {
  planned: { label: 'Planned', color: 'blue' },
  running: { label: 'Running', color: 'green' },
  completed: { label: 'Completed', color: 'gray' },
  cancelled: { label: 'Cancelled', color: 'red' },
};

export function CohortStatusBadge({ status }: { status: CohortStatus }) {
  const s = STATUS[status];
  return (
    <Badge color={s.color} variant="light">
      {s.label}
    </Badge>
  );
}

/** DOMAIN.md: warn under the viable minimum of 10, show when full. */
export function Places({ filled, capacity, status }: { filled: number; capacity: number; status: CohortStatus }) {
  const full = filled >= capacity;
  const under = !full && filled < VIABLE_MINIMUM && status !== 'completed' && status !== 'cancelled';
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" component="span">
        {filled} / {capacity}
      </Text>
      {full && (
        <Badge color="orange" variant="light" size="sm">
          Full
        </Badge>
      )}
      {under && (
        <Badge color="yellow" variant="light" size="sm">
          Under {VIABLE_MINIMUM}
        </Badge>
      )}
    </Group>
  );
}
