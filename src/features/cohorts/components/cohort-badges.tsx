import { Group, Text } from '@mantine/core';
import { ToneBadge } from '../../../components/tone-badge';
import { type Tone } from '../../../components/tones';
import { VIABLE_MINIMUM, type CohortStatus } from '../../../api/schemas/cohorts';

const STATUS: Record<CohortStatus, { label: string; tone: Tone }> = {
  planned: { label: 'Planned', tone: 'info' },
  running: { label: 'Running', tone: 'success' },
  completed: { label: 'Completed', tone: 'neutral' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
};

export function CohortStatusBadge({ status }: { status: CohortStatus }) {
  const s = STATUS[status];
  return <ToneBadge tone={s.tone}>{s.label}</ToneBadge>;
}

/** docs/domain.md: warn under the viable minimum of 10, show when full. */
export function Places({
  filled,
  capacity,
  status,
}: {
  filled: number;
  capacity: number;
  status: CohortStatus;
}) {
  const full = filled >= capacity;
  const under =
    !full && filled < VIABLE_MINIMUM && status !== 'completed' && status !== 'cancelled';
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" component="span" style={{ whiteSpace: 'nowrap' }}>
        {filled} / {capacity}
      </Text>
      {full && (
        <ToneBadge tone="warning" size="sm">
          Full
        </ToneBadge>
      )}
      {under && (
        <ToneBadge tone="warning" size="sm">
          Under {VIABLE_MINIMUM}
        </ToneBadge>
      )}
    </Group>
  );
}
