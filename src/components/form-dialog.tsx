import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormErrorAlert } from './form-error-alert';

interface FormDialogProps {
  title: string;
  opened: boolean;
  onClose: () => void;
  /** Usually react-hook-form's `handleSubmit(...)`: it validates with the shared schema first. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void | Promise<void>;
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
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit(e);
        }}
      >
        <Stack>
          {Boolean(error) && <FormErrorAlert title="Not saved" error={error} />}
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
