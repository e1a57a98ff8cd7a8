import { Alert, Button, Group, Text } from '@mantine/core';
import type { MarkAttendance } from '../../../api/schemas/attendance';
import { TONE_TEXT } from '../../../components/tones';
import { attendanceLabel } from '../../../domain/attendance-codes';
import type { RowProblem } from '../api/register-cache';

interface RowProblemAlertProps {
  name: string;
  problem: RowProblem | undefined;
  staffName: (id: string | null) => string;
  /** 'mine' sends the change again; 'theirs' gives it up for what the server holds. */
  onResolve: (choice: 'mine' | 'theirs', mine: MarkAttendance) => void;
}

/** What went wrong with a row's last change: someone else's mark to choose against, a change
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
    <Alert
      color={TONE_TEXT.warning}
      mt="xs"
      mx="xs"
      title={`${name}: someone else changed this mark`}
      role="alert"
    >
      <Text size="sm">
        {staffName(problem.theirs?.updatedBy ?? null)} marked “
        {problem.theirs?.code != null ? attendanceLabel(problem.theirs.code) : 'not yet marked'}
        ”. You chose “
        {problem.mine.code != null ? attendanceLabel(problem.mine.code) : 'a note change'}”.
      </Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={() => onResolve('theirs', problem.mine)}>
          Keep their mark
        </Button>
        <Button size="xs" variant="default" onClick={() => onResolve('mine', problem.mine)}>
          Use my mark
        </Button>
      </Group>
    </Alert>
  );
}
