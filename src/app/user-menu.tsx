import { Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { roleLabel } from '../api/schemas/staff';
import { useSignedInUser } from '../features/auth/auth-store';
import { IS_MOCK_MODE } from '../features/auth/api/demo-accounts';
import { signOut } from '../features/auth/api/session';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { ResetDemoButton } from './reset-demo-button';

export function UserMenu() {
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);

  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" visibleFrom="sm">
        {user.name} · {roleLabel(user)}
      </Text>
      <ColorSchemeToggle />
      {IS_MOCK_MODE && <ResetDemoButton />}
      <Button
        variant="default"
        size="xs"
        loading={leaving}
        onClick={async () => {
          setLeaving(true);
          await signOut(queryClient);
          await navigate({ to: '/sign-in' });
        }}
      >
        Sign out
      </Button>
    </Group>
  );
}
