import { Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Suspense, useState } from 'react';
import { roleLabel } from '../api/schemas/staff';
import { can } from '../domain/policy';
import { useSignedInUser } from '../features/auth/auth-store';
import { IS_MOCK_MODE } from '../features/auth/api/demo-accounts';
import { signOut } from '../features/auth/api/session';
import { lazyComponent } from '../lib/lazy-component';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { registerOutbox } from './register-outbox';

// Mock mode only: a build for a real API (IS_MOCK_MODE is then false at build time) drops the
// import, so the demo endpoints and their schemas never ship to it.
const ResetDemoButton = IS_MOCK_MODE
  ? lazyComponent(() => import('./reset-demo-button'), 'ResetDemoButton')
  : null;
const SignOutDialog = lazyComponent(() => import('./sign-out-dialog'));

/** Marks and notes of this user not on the server yet (the outbox). Unknown when
 * that code cannot load (offline before it was fetched): ask plainly rather than drop them. */
const unsentCount = (userId: string) =>
  registerOutbox()
    .then((m) => m.undelivered(userId))
    .catch(() =>
      window.confirm('Some changes may not have been sent. Sign out anyway?') ? 0 : -1,
    );
// Its confirmation is loaded only when asked for, so the shell stays light.
const SignOutEverywhere = lazyComponent(
  () => import('../features/auth/components/session-dialogs'),
  'SignOutEverywhere',
);

export function UserMenu() {
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  const [unsent, setUnsent] = useState(0);
  const leave = async () => {
    setUnsent(0);
    setLeaving(true);
    await signOut(queryClient);
    await navigate({ to: '/sign-in' });
  };

  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" visibleFrom="sm">
        {user.name} · {roleLabel(user)}
      </Text>
      <ColorSchemeToggle />
      <ResetDemo visibleFrom="sm" />
      <Button
        variant="default"
        size="xs"
        loading={leaving}
        onClick={async () => {
          setLeaving(true);
          const count = can(user.role, 'register.mark') ? await unsentCount(user.id) : 0;
          setLeaving(false);
          if (count === 0) await leave();
          else if (count > 0) setUnsent(count);
        }}
      >
        Sign out
      </Button>
      {unsent > 0 && (
        <Suspense fallback={null}>
          <SignOutDialog
            userId={user.id}
            count={unsent}
            onSignOut={() => void leave()}
            onStay={() => setUnsent(0)}
          />
        </Suspense>
      )}
      <SignOutEverywhereButton visibleFrom="sm" />
    </Group>
  );
}

/** Mock mode's "Reset demo data", where `visibility` says (see SignOutEverywhereButton). */
export function ResetDemo(visibility: { visibleFrom?: 'sm'; hiddenFrom?: 'sm' }) {
  if (!ResetDemoButton) return null;
  return (
    <Suspense fallback={null}>
      <ResetDemoButton {...visibility} />
    </Suspense>
  );
}

/** "Sign out everywhere": in the header from the sm breakpoint up, and below it in
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
