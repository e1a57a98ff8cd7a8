import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../../../api/api-error';
import { callApi } from '../../../api/client';
import { sessionEndpoints } from '../../../api/endpoints/sessions';
import { clearSession } from '../api/session';

// The session's dialogs, one chunk loaded only when one is needed, so the shell stays light.

/** The idle warning and the sign-out cover. */
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

/** "Sign out everywhere": every session of the account ends, on every device and
 * in every tab (the others hear of it: ../idle-watch.ts); this tab's unsaved changes are sent
 * first. */
export function SignOutEverywhere({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ pending?: boolean; error?: unknown }>({});
  const end = async () => {
    setState({ pending: true });
    try {
      for (let waited = 0; queryClient.isMutating() > 0 && waited < 20_000; waited += 250)
        await new Promise((r) => setTimeout(r, 250));
      await callApi(sessionEndpoints, 'POST /auth/logout-everywhere');
      // The sign-in page follows (src/app/follow-session-end.tsx), here and in this browser's
      // other tabs, saying what happened.
      clearSession(queryClient, { reason: 'signed_out_everywhere' });
    } catch (error) {
      setState({ error });
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title="Sign out everywhere?"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack>
        <Text>
          This signs you out on every device and browser where you are signed in, this one too. Use
          it if you left yourself signed in somewhere, or think someone else may be using your
          account.
        </Text>
        {state.error !== undefined && (
          <Text role="alert" c="red.8" fw={700}>
            Could not sign out everywhere: {describeError(state.error)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red.8" loading={state.pending} onClick={() => void end()}>
            Sign out everywhere
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
