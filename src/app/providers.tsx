import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { MantineFrame } from './mantine-frame';

/** Everything a part of the app needs around it, Mantine included, loaded at once: for tests
 * and any view rendered outside the router. The app itself (./app.tsx) loads Mantine only for
 * the pages behind sign-in (./with-mantine.tsx), so the sign-in page goes without it. */
export function Providers({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <MantineFrame>{children}</MantineFrame>
    </QueryClientProvider>
  );
}
