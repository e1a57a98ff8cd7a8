import { Button, Modal, Stack, Text } from '@mantine/core';

/** The idle warning and the sign-out cover; loaded only when needed, so the shell stays light. */
export default function IdleDialogs({
  phase,
  seconds,
  onStay,
}: {
  phase: 'warning' | 'ending';
  seconds: number;
  onStay: () => void;
}) {
  return (
    <>
      <Modal
        opened={phase === 'warning'}
        onClose={onStay}
        title="Are you still there?"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack>
          <Text>
            For patients' privacy you will be signed out in about {seconds} seconds unless you carry
            on.
          </Text>
          <Button onClick={onStay}>Stay signed in</Button>
        </Stack>
      </Modal>
      <Modal
        opened={phase === 'ending'}
        onClose={() => undefined}
        withCloseButton={false}
        fullScreen
        title="Signing out"
        overlayProps={{ backgroundOpacity: 1 }}
      >
        <Text role="status">
          Signed out after a period without activity. Unsaved marks are being sent first; keep this
          page open.
        </Text>
      </Modal>
    </>
  );
}
