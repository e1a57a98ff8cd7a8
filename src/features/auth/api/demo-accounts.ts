import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { queryKeys } from '../../../api/query-keys';
import { staffUserSchema } from '../../../api/schemas/staff';

/** Mock mode only: the seeded accounts, for one-click demo sign-in. */
export const IS_MOCK_MODE = !import.meta.env.VITE_API_BASE_URL;

const demoAccountsSchema = z.object({ items: z.array(staffUserSchema), password: z.string() });

let directory: (() => Promise<unknown>) | undefined;

/** Mock mode (src/main.tsx): read the seeded accounts without starting the mock server, so the
 * sign-in page does not pay for it until someone signs in. A real API never lists accounts. */
export function setDemoDirectory(load: () => Promise<unknown>): void {
  directory = load;
}

export const demoAccountQueries = {
  all: () =>
    queryOptions({
      queryKey: queryKeys.demo.accounts(),
      queryFn: async () =>
        directory ? demoAccountsSchema.parse(await directory()) : { items: [], password: '' },
      staleTime: Infinity,
    }),
};
