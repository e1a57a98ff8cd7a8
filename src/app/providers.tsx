import './mantine-styles';
import '@mantine/notifications/styles.css';
import './global.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { cssVariablesResolver, theme } from '../lib/theme';
import { ToastHost } from './toast-host';

/** Under Vitest (jsdom, where every box measures 0 by 0), Mantine's test mode: menus and
 * dialogs open without transitions, and a menu is never hidden as "scrolled out of view" because
 * its button sits in a scroll box that jsdom measures as empty. Browsers get the default. */
const MANTINE_ENV = import.meta.env.MODE === 'test' ? 'test' : 'default';

export function Providers({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      env={MANTINE_ENV}
    >
      <ToastHost />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
