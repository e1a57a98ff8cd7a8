import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useOnline } from '../lib/online';
import { registerOutbox } from './register-outbox';
import { count as countOf, pluralWord } from '../domain/plural';

const changes = (n: number) => `${countOf(n, 'change')} to registers`;

interface SignOutDialogProps {
  userId: string;
  /** Changes not on the server when the user asked to sign out. */
  count: number;
  onSignOut: () => void;
  onStay: () => void;
}

/** Signing out with marks or notes not yet on the server: say how many, and let the user send
 * them first or give them up. Loaded only when that happens (src/app/user-menu.tsx). */
export default function SignOutDialog({ userId, count, onSignOut, onStay }: SignOutDialogProps) {
  const qc = useQueryClient();
  const online = useOnline();
  const [phase, setPhase] = useState<'ask' | 'sending' | 'stuck'>('ask');
  const [left, setLeft] = useState(count);
  const active = useRef(true);
  useEffect(
    () => () => {
      active.current = false;
    },
    [],
  );
  const send = async () => {
    setPhase('sending');
    const remaining = await (await registerOutbox()).deliver(qc, userId);
    if (!active.current) return;
    if (remaining === 0) onSignOut();
    else {
      setLeft(remaining);
      setPhase('stuck');
    }
  };
  const giveUp = async () => {
    active.current = false;
    await (await registerOutbox()).discard(userId);
    onSignOut();
  };

  return (
    <Modal
      opened
      onClose={onStay}
      title="Changes not sent yet"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack>
        <Text role="status">
          {phase === 'ask' &&
            `${changes(count)} ${pluralWord(count, 'has', 'have')} not reached the server yet.`}
          {phase === 'sending' &&
            (online
              ? 'Sending them now…'
              : 'You are offline: they will be sent when the connection returns. Keep this page open.')}
          {phase === 'stuck' &&
            `${changes(left)} could not be sent: the register shows why on each row. Stay to deal with them, or discard them.`}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay}>
            Stay signed in
          </Button>
          <Button variant="default" color="red" onClick={() => void giveUp()}>
            Discard them and sign out
          </Button>
          {phase !== 'stuck' && (
            <Button loading={phase === 'sending'} onClick={() => void send()} data-autofocus>
              Send them, then sign out
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
