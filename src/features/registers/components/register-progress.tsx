import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { TONE_TEXT } from '../../../components/tones';

interface RegisterProgressProps {
  marked: number;
  total: number;
  unsaved: number;
  canEdit: boolean;
  finalised: boolean;
  onMarkAllAttended: () => void;
}

/** How far the register has got, whether every mark is saved, and marking everyone at once. */
export function RegisterProgress({
  marked,
  total,
  unsaved,
  canEdit,
  finalised,
  onMarkAllAttended,
}: RegisterProgressProps) {
  return (
    <Group justify="space-between" wrap="wrap" className="no-print">
      <Stack gap={4} miw={240}>
        <Group gap="md">
          <Text fw={700} aria-live="polite">
            {marked} of {total} marked
          </Text>
          <SaveStatus unsaved={unsaved} />
        </Group>
        <Progress
          value={total ? (marked / total) * 100 : 0}
          aria-label="Register progress"
          size="sm"
        />
      </Stack>
      {canEdit && (
        <Group gap="xs">
          {!finalised && (
            <Button variant="default" disabled={marked === total} onClick={onMarkAllAttended}>
              Mark all attended
            </Button>
          )}
        </Group>
      )}
    </Group>
  );
}

/** One line that never moves the page: saved, or how many marks are still waiting. */
function SaveStatus({ unsaved }: { unsaved: number }) {
  return (
    <Text
      size="sm"
      role="status"
      fw={unsaved ? 700 : 400}
      c={unsaved ? TONE_TEXT.warning : 'dimmed'}
    >
      {unsaved === 0
        ? 'All marks saved'
        : `${unsaved} ${unsaved === 1 ? 'change' : 'changes'} not saved yet (kept on this page, sent in order when the connection allows)`}
    </Text>
  );
}
