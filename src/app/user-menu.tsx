import { Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Suspense, useState } from 'react';
import { roleLabel } from '../api/schemas/staff';
import { useSignedInUser } from '../features/auth/auth-store';
import { IS_MOCK_MODE } from '../features/auth/api/demo-accounts';
import { signOut } from '../features/auth/api/session';
import { lazyComponent } from '../lib/lazy-component';
import { ColorSchemeToggle } from './color-scheme-toggle';

// Mock mode only: a build for a real API (IS_MOCK_MODE is then false at build time) drops the
// import, so the demo endpoints and their schemas never ship to it.
const ResetDemoButton = IS_MOCK_MODE
  ? lazyComponent(() => import('./reset-demo-button'), 'ResetDemoButton')
  : null;

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
      {ResetDemoButton && (
        <Suspense fallback={null}>
          <ResetDemoButton />
        </Suspense>
      )}
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
