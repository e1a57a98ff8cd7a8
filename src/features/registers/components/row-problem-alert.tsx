import { Alert, Button, Group, Text } from '@mantine/core';
import type { MarkAttendance } from '../../../api/schemas/attendance';
import { TONE_TEXT } from '../../../components/tones';
import { attendanceLabel } from '../../../domain/attendance-codes';
import type { RowProblem } from '../api/register-cache';

interface RowProblemAlertProps {
  name: string;
  problem: RowProblem | undefined;
  staffName: (id: string | null) => string;
  onResolveConflict: (choice: 'mine' | 'theirs', mine: MarkAttendance) => void;
}

/** What went wrong with a row's last change: someone else's mark to choose against, or an error. */
export function RowProblemAlert({
  name,
  problem,
  staffName,
  onResolveConflict,
}: RowProblemAlertProps) {
  if (problem?.kind === 'error') {
    return (
      <Alert color={TONE_TEXT.danger} mt="xs" mx="xs" title={`${name}: not saved`} role="alert">
        {problem.message}
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
        <Button size="xs" onClick={() => onResolveConflict('theirs', problem.mine)}>
          Keep their mark
        </Button>
        <Button size="xs" variant="default" onClick={() => onResolveConflict('mine', problem.mine)}>
          Use my mark
        </Button>
      </Group>
    </Alert>
  );
}
