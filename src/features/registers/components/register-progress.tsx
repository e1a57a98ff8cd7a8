import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { TONE_TEXT } from '../../../components/tones';
import type { Unsaved } from '../api/use-unsaved';

interface RegisterProgressProps {
  marked: number;
  total: number;
  unsaved: Unsaved;
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

const changes = (n: number) => `${n} ${n === 1 ? 'change' : 'changes'}`;

/** One line that never moves the page: saved, or how many marks are still waiting. Never
 * "All marks saved" while a change the server did not take is still on the page. */
function SaveStatus({ unsaved }: { unsaved: Unsaved }) {
  const { pending, failed, total } = unsaved;
  const parts = [];
  if (failed) parts.push(`${changes(failed)} not saved: try again on the rows marked below`);
  if (pending)
    parts.push(
      `${changes(pending)} not saved yet (kept on this page, sent in order when the connection allows)`,
    );
  return (
    <Text
      size="sm"
      role="status"
      fw={total ? 700 : 400}
      c={failed ? TONE_TEXT.danger : total ? TONE_TEXT.warning : 'dimmed'}
    >
      {total === 0 ? 'All marks saved' : parts.join('. ')}
    </Text>
  );
}
