import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { describeError } from '../api/api-error';
import { TONE_TEXT } from './tones';

interface FormDialogProps {
  title: string;
  opened: boolean;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  busy?: boolean;
  error?: unknown;
  children: ReactNode;
}

/** A dialog holding one small form: the server's error shows inside it and nothing typed is lost. */
export function FormDialog({
  title,
  opened,
  onClose,
  onSubmit,
  submitLabel,
  busy,
  error,
  children,
}: FormDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Stack>
          {Boolean(error) && (
            <Alert color={TONE_TEXT.danger} role="alert" title="Not saved">
              {describeError(error)}
            </Alert>
          )}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
