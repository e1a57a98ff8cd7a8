import { Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { roleLabel } from '../api/schemas/staff';
import { useSignedInUser } from '../features/auth/auth-store';
import { IS_MOCK_MODE } from '../features/auth/api/demo-accounts';
import { signOut } from '../features/auth/api/session';
import { ColorSchemeToggle } from './color-scheme-toggle';

// Mock mode only: a build for a real API (IS_MOCK_MODE is then false at build time) drops the
// import, so the demo endpoints and their schemas never ship to it.
const ResetDemoButton = IS_MOCK_MODE
  ? lazy(() => import('./reset-demo-button').then((m) => ({ default: m.ResetDemoButton })))
  : null;
// Its confirmation is loaded only when asked for, so the shell stays light.
const SignOutEverywhere = lazy(() =>
  import('../features/auth/components/session-dialogs').then((m) => ({
    default: m.SignOutEverywhere,
  })),
);

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
      <SignOutEverywhereButton visibleFrom="sm" />
    </Group>
  );
}

/** "Sign out everywhere" (issue 15): in the header from the sm breakpoint up, and below it in
 * the navigation's account block (app-layout.tsx), where there is room. */
export function SignOutEverywhereButton(visibility: { visibleFrom?: 'sm'; hiddenFrom?: 'sm' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="subtle" size="xs" {...visibility} onClick={() => setOpen(true)}>
        Sign out everywhere
      </Button>
      {open && (
        <Suspense fallback={null}>
          <SignOutEverywhere onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
