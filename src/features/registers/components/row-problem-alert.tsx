import { Alert, Button, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import type { MarkAttendance } from '../../../api/schemas/attendance';
import { TONE_TEXT } from '../../../components/tones';
import { lazyComponent } from '../../../lib/lazy-component';
import type { RowProblem } from '../api/register-cache';

// Lazy: both sides of a conflict, side by side, with a field to join two long notes, are
// needed only when two people change one row at once (fetched ahead by offline-preload.ts).
export const RowConflictPanel = lazyComponent(() => import('./row-conflict-panel'));

interface RowProblemAlertProps {
  name: string;
  problem: RowProblem | undefined;
  staffName: (id: string | null) => string;
  /** 'mine' sends the change again; 'theirs' gives it up for what the server holds. */
  onResolve: (choice: 'mine' | 'theirs', mine: MarkAttendance) => void;
}

/** What went wrong with a row's last change: someone else's change to choose against, a change
 * the server did not take (still on screen, to try again), or a notice. */
export function RowProblemAlert({ name, problem, staffName, onResolve }: RowProblemAlertProps) {
  if (problem?.kind === 'notice') {
    return (
      <Alert color={TONE_TEXT.danger} mt="xs" mx="xs" title={`${name}: not saved`} role="alert">
        {problem.message}
      </Alert>
    );
  }
  if (problem?.kind === 'failed') {
    return (
      <Alert color={TONE_TEXT.danger} mt="xs" mx="xs" title={`${name}: not saved`} role="alert">
        <Text size="sm">{problem.message} Your change is still here.</Text>
        <Group gap="xs" mt="xs">
          <Button
            size="xs"
            onClick={() => onResolve('mine', problem.change)}
            aria-label={`Try again for ${name}`}
          >
            Try again
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => onResolve('theirs', problem.change)}
            aria-label={`Discard my change for ${name}`}
          >
            Discard my change
          </Button>
        </Group>
      </Alert>
    );
  }
  if (problem?.kind !== 'conflict') return null;
  return (
    // Fetched ahead (offline-preload.ts): nothing to show in the moment it takes.
    <Suspense fallback={null}>
      <RowConflictPanel
        name={name}
        mine={problem.mine}
        theirs={problem.theirs}
        staffName={staffName}
        onResolve={onResolve}
      />
    </Suspense>
  );
}
