import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import { useState } from 'react';

interface AmendmentDialogProps {
  pending: unknown;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks the reason for changing a finalised register. Loaded lazily by RegisterSheet. */
export default function AmendmentDialog({ pending, onCancel, onConfirm }: AmendmentDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
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
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim().length < 3) return setError('Give a reason of at least 3 characters');
          onConfirm(reason.trim());
          setReason('');
          setError(null);
        }}
      >
        <Stack>
          <Text size="sm">
            This register is finalised. The change and your reason go into the audit trail.
          </Text>
          <Textarea
            label="Reason"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
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
