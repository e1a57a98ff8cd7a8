import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { markAttendanceSchema } from '../../../api/schemas/attendance';

// The reason is the mark's own `amendmentReason`, required here because the register is final.
const amendmentSchema = z.required(z.pick(markAttendanceSchema, { amendmentReason: true }));
type Amendment = typeof amendmentSchema;

interface AmendmentDialogProps {
  pending: unknown;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks the reason for changing a finalised register. Loaded lazily by RegisterSheet. */
export default function AmendmentDialog({ pending, onCancel, onConfirm }: AmendmentDialogProps) {
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
