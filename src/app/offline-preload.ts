import type { QueryClient } from '@tanstack/react-query';
import type { Role } from '../api/schemas/staff';
import { can } from '../domain/policy';
import { registerQueries } from '../features/registers/api/register-queries';
import type { AppRouter } from './router';
import { printRegisterRoute, registerRoute, registersRoute } from './routes-registers';

/** After sign-in, the code of the register's pages and of the parts they load
 * later (the amendment and finalise dialogs, the finalise bar, the conflict panel, the idle
 * sign-out cover, toasts) is fetched ahead of need, and
 * the list of registers with it, so moving between registers offline needs no network. Any
 * other page whose code is missing offline says so in place, with a retry (./route-error.tsx). */
export async function preloadForOffline(
  router: AppRouter,
  queryClient: QueryClient,
  role: Role,
): Promise<void> {
  const loads: (Promise<unknown> | undefined)[] = [
    import('../features/auth/components/session-dialogs'),
    import('../features/auth/idle-watch'),
    import('@mantine/notifications'),
  ];
  if (can(role, 'register.read')) {
    loads.push(
      ...[registersRoute, registerRoute, printRegisterRoute].map((route) =>
        router.loadRouteChunk(route),
      ),
      import('../features/cohorts/api/staff-queries'),
      queryClient.prefetchQuery(registerQueries.list()),
    );
  }
  if (can(role, 'register.mark'))
    loads.push(
      import('../features/registers/components/amendment-dialog'),
      import('../features/registers/components/finalise-bar'),
      import('../features/registers/components/finalise-dialog'),
      import('../features/registers/components/row-conflict-panel'),
      import('./sign-out-dialog'),
    );
  await Promise.allSettled(loads);
}
