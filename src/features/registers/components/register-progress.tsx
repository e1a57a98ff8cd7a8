import { Button, Group, Stack, Text } from '@mantine/core';
import { TONE_TEXT } from '../../../components/tones';
import { useOnline } from '../../../lib/online';
import type { Unsaved } from '../api/use-unsaved';
import { outboxIsPersistent } from '../outbox/outbox-store';
import classes from './register.module.css';
import status from './register-status.module.css';
import { count } from '../../../domain/plural';

interface RegisterProgressProps {
  marked: number;
  total: number;
  unsaved: Unsaved;
  canEdit: boolean;
  finalised: boolean;
  onMarkAllAttended: () => void;
}

/** How far the register has got, whether every mark is saved, and marking everyone at once.
 * It stays at the top of the screen while the register scrolls. */
export function RegisterProgress({
  marked,
  total,
  unsaved,
  canEdit,
  finalised,
  onMarkAllAttended,
}: RegisterProgressProps) {
  return (
    <Group justify="space-between" wrap="wrap" className={`${classes.sticky} no-print`}>
      <Stack gap={4} miw={240}>
        <Group gap="md">
          <Text fw={700} aria-live="polite">
            {marked} of {total} marked
          </Text>
          <SaveStatus unsaved={unsaved} />
        </Group>
        <ProgressBar value={total ? (marked / total) * 100 : 0} />
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

/** Mantine's Progress as it renders (the same roles and values), without its component. */
function ProgressBar({ value }: { value: number }) {
  return (
    <div className={status.progress}>
      <div
        role="progressbar"
        aria-label="Register progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value}%`}
        className={status.progressBar}
        style={{ width: `${value}%` }}
      />
    </div>
  );
}

const changes = (n: number) => count(n, 'change');

/** One line that never moves the page: saved, sending, or waiting for the connection. Never
 * "All marks saved" while a change the server did not take is still on the page. */
function SaveStatus({ unsaved }: { unsaved: Unsaved }) {
  const online = useOnline();
  const { pending, failed, total, struggling } = unsaved;
  const kept = outboxIsPersistent() ? 'Saved on this device' : 'Kept on this page';
  const waiting = pending > 0 && (!online || struggling);
  const parts = [];
  if (failed) parts.push(`${changes(failed)} not saved: try again on the rows marked below`);
  if (pending && !online) parts.push(`${kept}, will send when online (${changes(pending)})`);
  else if (pending && struggling)
    parts.push(
      `The server is not answering. ${kept}, will send when it does (${changes(pending)})`,
    );
  else if (pending) parts.push(`Saving… (${changes(pending)})`);
  return (
    <Text
      size="sm"
      role="status"
      fw={failed || waiting ? 700 : 400}
      c={failed ? TONE_TEXT.danger : waiting ? TONE_TEXT.warning : 'dimmed'}
    >
      {total === 0 ? 'All marks saved' : parts.join('. ')}
    </Text>
  );
}
