import { Anchor, Burger, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { IdleGuard } from '../features/auth/components/idle-guard';
import { NavLinkLink } from '../components/anchor-link';
import { roleLabel } from '../api/schemas/staff';
import { useCurrentUser } from '../features/auth/auth-store';
import classes from './app-layout.module.css';
import { navFor } from './nav';
import { ResetDemo, SignOutEverywhereButton, UserMenu } from './user-menu';

export function AppLayout() {
  const user = useCurrentUser();
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  // Between a sign-out and the sign-in page there is no user: nothing about patients is shown,
  // and the page says what is happening rather than going blank.
  if (!user)
    return (
      <Text role="status" p="md">
        Signed out. Opening the sign-in page…
      </Text>
    );

  return (
    <>
      <Anchor href="#main" className="skip-link">
        Skip to main content
      </Anchor>
      <header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
              aria-expanded={opened}
              aria-controls="main-nav"
            />
            <Text fw={700} component="span" visibleFrom="sm">
              Pain course register
            </Text>
          </Group>
          <UserMenu />
        </Group>
      </header>
      <nav
        id="main-nav"
        className={classes.navbar}
        aria-label="Main"
        data-opened={opened || undefined}
      >
        <Stack gap={4}>
          {navFor(user.role).map((item) => (
            <NavLinkLink
              key={item.to}
              to={item.to}
              label={item.label}
              active={pathname.startsWith(item.to)}
              aria-current={pathname.startsWith(item.to) ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </Stack>
        <Text size="xs" c="dimmed" mt="auto" p="xs">
          Signed in as {user.name}, {roleLabel(user)}
        </Text>
        <SignOutEverywhereButton hiddenFrom="sm" />
        <ResetDemo hiddenFrom="sm" />
      </nav>
      <IdleGuard />
      <main id="main" tabIndex={-1} className={classes.main}>
        <Outlet />
      </main>
    </>
  );
}
