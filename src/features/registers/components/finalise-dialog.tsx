import { Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import type { Register } from '../../../api/schemas/registers';
import { attendanceLabel, countsAsAbsence } from '../../../domain/attendance-codes';
import { fullName } from '../../../domain/names';
import { formatDate } from '../../../lib/format';
import { count } from '../../../domain/plural';

interface FinaliseDialogProps {
  register: Register;
  opened: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

const people = (n: number) => count(n, 'person', 'people');

/** Asks before a register is closed, naming who is absent and who is not marked. Loaded lazily
 * by FinaliseBar. */
export default function FinaliseDialog({
  register,
  opened,
  onCancel,
  onConfirm,
}: FinaliseDialogProps) {
  const { session, rows } = register;
  const named = rows.map((r) => ({
    id: r.enrolment.id,
    name: fullName(r.enrolment.participant),
    code: r.record?.code,
  }));
  const unmarked = named.filter((r) => r.code == null);
  const absent = named.filter((r) => r.code != null && countsAsAbsence(r.code));
  // Mounted closed, opened on the next render: Modal notes the element to give focus back to
  // only when `opened` changes.
  const mounted = useMounted();
  return (
    <Modal
      opened={mounted && opened}
      onClose={onCancel}
      title={`Finalise the register for session ${session.number}?`}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {formatDate(session.date)} at {session.startTime}: {people(rows.length)} on the register,{' '}
          {people(rows.length - unmarked.length - absent.length)} present, {absent.length} absent.
        </Text>
        <Title order={3} size="h5">
          Absent ({absent.length})
        </Title>
        {absent.length ? (
          <List size="sm" aria-label="Absent">
            {absent.map((r) => (
              <List.Item key={r.id}>
                {r.name}: {attendanceLabel(r.code!)}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">No one is absent.</Text>
        )}
        <Title order={3} size="h5">
          Not marked ({unmarked.length})
        </Title>
        {unmarked.length ? (
          <>
            <List size="sm" aria-label="Not marked">
              {unmarked.map((r) => (
                <List.Item key={r.id}>{r.name}</List.Item>
              ))}
            </List>
            <Text size="sm" c="red.9">
              Mark everyone before finalising.
            </Text>
          </>
        ) : (
          <Text size="sm">Everyone is marked.</Text>
        )}
        <Text size="sm">
          Once finalised, each change is an amendment: it needs a reason and goes into the audit
          trail.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button onClick={onConfirm} disabled={unmarked.length > 0} data-autofocus>
            Finalise now
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
