import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { StaffAccountView } from '../../../api/schemas/staff-accounts';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { useSetTemporaryPassword } from '../api/use-set-temporary-password';

/** A one-time password for a member of staff, shown here once and never again (the server
 * keeps only its hash): their sessions end, and their first sign-in with it must choose a
 * new one. Closing the dialog forgets it. */
export function TemporaryPasswordDialog({
  account,
  onClose,
}: {
  account: StaffAccountView;
  onClose: () => void;
}) {
  const set = useSetTemporaryPassword(account.id);
  const close = () => {
    set.reset();
    onClose();
  };
  return (
    <Modal
      opened
      onClose={close}
      title={`Temporary password for ${account.name}`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {set.data ? (
        <Stack>
          <TextInput
            label="Temporary password"
            description="Shown only now. Give it to them in person or by phone, never by email."
            value={set.data.password}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: 'monospace', fontSize: '1.1rem' } }}
          />
          <Text size="sm">
            When they first sign in with it, they choose a password of their own.
          </Text>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          {set.isError && <FormErrorAlert title="No password set" error={set.error} />}
          <Text size="sm">
            {account.name} is signed out everywhere, and their current password stops working. The
            temporary one works once: at their first sign-in they choose their own.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button loading={set.isPending} onClick={() => set.mutate()}>
              Set temporary password
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
