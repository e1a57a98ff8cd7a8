import { Alert, Button, Group, List, Text } from '@mantine/core';
import { cohortSchema, type CohortInput } from '../../../api/schemas/cohorts';
import { TONE_TEXT } from '../../../components/tones';

const LABELS: Partial<Record<keyof CohortInput, string>> = {
  name: 'Name',
  type: 'Type',
  delivery: 'Delivery',
  videoLink: 'Video link',
  venue: 'Venue',
  startDate: 'Start date',
  startTime: 'Start time',
  sessionLengthMinutes: 'Session length',
  capacity: 'Capacity',
  facilitatorIds: 'Facilitators',
};

/** 412 on save: show what the colleague changed, keep what this user typed, let them choose. */
export function StaleCohortNotice({
  current,
  mine,
  onOverwrite,
  onTakeTheirs,
}: {
  current: unknown;
  mine: CohortInput;
  onOverwrite: () => void;
  onTakeTheirs: (theirs: CohortInput) => void;
}) {
  const parsed = cohortSchema.safeParse(current);
  if (!parsed.success) {
    return (
      <Alert color={TONE_TEXT.warning} role="alert" title="Someone else changed this cohort">
        Reload the page to see their changes.
      </Alert>
    );
  }
  const theirs = parsed.data;
  const changed = (Object.keys(LABELS) as (keyof CohortInput)[]).filter(
    (k) => JSON.stringify(theirs[k]) !== JSON.stringify(mine[k]),
  );
  return (
    <Alert
      color={TONE_TEXT.warning}
      role="alert"
      title="Someone else changed this cohort while you were editing"
    >
      <Text size="sm">
        Your changes are still in the form. These fields differ from the saved version:
      </Text>
      <List size="sm" my="xs">
        {changed.map((k) => (
          <List.Item key={k}>
            {LABELS[k]}: saved as “{String(theirs[k])}”
          </List.Item>
        ))}
      </List>
      <Group gap="xs">
        <Button size="xs" onClick={onOverwrite}>
          Save mine over theirs
        </Button>
        <Button size="xs" variant="default" onClick={() => onTakeTheirs(theirs)}>
          Load their version
        </Button>
      </Group>
    </Alert>
  );
}
