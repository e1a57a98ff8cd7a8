import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { markAttendanceSchema, type MarkAttendance } from '../../../api/schemas/attendance';
import type { RegisterRow } from '../../../api/schemas/registers';
import { attendanceLabel } from '../../../domain/attendance-codes';
import { fullName } from '../../../domain/names';

// The reason is the mark's own `amendmentReason`, required here because the register is final.
const amendmentSchema = z.required(z.pick(markAttendanceSchema, { amendmentReason: true }));
type Amendment = typeof amendmentSchema;

interface AmendmentDialogProps {
  pending: { change: MarkAttendance } | null;
  /** The row as saved, before the change. */
  row: RegisterRow | undefined;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

const quoted = (note: string) => (note ? `“${note}”` : 'no note');

/** "Amara Adeyemi: Attended → Did not attend": who, and what changes from what. */
export function describeAmendment(row: RegisterRow, change: MarkAttendance): string {
  const before = row.record;
  const parts: string[] = [];
  if (change.code !== undefined && change.code !== before?.code)
    parts.push(
      `${before?.code != null ? attendanceLabel(before.code) : 'Not marked'} → ${attendanceLabel(change.code)}`,
    );
  if (change.note !== undefined && change.note !== (before?.note ?? ''))
    parts.push(`note ${quoted(before?.note ?? '')} → ${quoted(change.note)}`);
  if (change.catchUpSent !== undefined)
    parts.push(change.catchUpSent ? 'catch-up material sent' : 'catch-up material not sent');
  return `${fullName(row.enrolment.participant)}: ${parts.join('; ')}`;
}

/** Asks the reason for changing a finalised register, naming the person and the change.
 * Loaded lazily by RegisterSheet. */
export default function AmendmentDialog({
  pending,
  row,
  onCancel,
  onConfirm,
}: AmendmentDialogProps) {
  const form = useForm<z.input<Amendment>, unknown, z.output<Amendment>>({
    // The shared check carries no message of its own, and the register does not load zod's
    // English messages: say what to do.
    resolver: zodResolver(amendmentSchema, {
      error: (issue) =>
        issue.code === 'too_big'
          ? 'Keep the reason under 300 characters'
          : 'Give a reason of at least 3 characters',
    }),
    defaultValues: { amendmentReason: '' },
  });
  // Mounted closed, opened on the next render: Modal notes the element to give focus back to
  // only when `opened` changes, and this component first mounts when a dialog is wanted.
  const mounted = useMounted();
  return (
    <Modal
      opened={mounted && pending !== null}
      onClose={onCancel}
      title="Reason for amendment"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form
        noValidate
        onSubmit={form.handleSubmit(({ amendmentReason }) => {
          onConfirm(amendmentReason);
          form.reset();
        })}
      >
        <Stack>
          {pending && row && <Text fw={700}>{describeAmendment(row, pending.change)}</Text>}
          <Text size="sm">
            This register is finalised. The change and your reason go into the audit trail.
          </Text>
          <Textarea
            label="Reason"
            {...form.register('amendmentReason')}
            error={form.formState.errors.amendmentReason?.message}
            maxLength={300}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit">Save amendment</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
