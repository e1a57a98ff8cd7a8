import './mantine-styles';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { cssVariablesResolver, theme } from '../lib/theme';
import { ToastHost } from './toast-host';
import { InsideMantine } from './with-mantine';

// Loaded by ./with-mantine.tsx for every page but the sign-in page. The router's error and
// not-found pages come in this chunk too (re-exported below), so they never need a load of
// their own: a page whose code failed to load offline can still say so.
export { RouteError } from './route-error';
export { NotFoundPage } from './not-found-page';

/** Under Vitest (jsdom, where every box measures 0 by 0), Mantine's test mode: menus and
 * dialogs open without transitions, and a menu is never hidden as "scrolled out of view" because
 * its button sits in a scroll box that jsdom measures as empty. Browsers get the default. */
const MANTINE_ENV = import.meta.env.MODE === 'test' ? 'test' : 'default';

export function MantineFrame({ children }: { children: ReactNode }) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      env={MANTINE_ENV}
    >
      <InsideMantine value={true}>
        <ToastHost />
        {children}
      </InsideMantine>
    </MantineProvider>
  );
}
