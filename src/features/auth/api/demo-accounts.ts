import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '../../../api/client';
import { staffUserSchema } from '../../../api/schemas/staff';

/** Mock mode only: the seeded accounts, for one-click demo sign-in. */
export const IS_MOCK_MODE = !import.meta.env.VITE_API_BASE_URL;

const demoAccountsSchema = z.object({ items: z.array(staffUserSchema), password: z.string() });

export const demoAccountQueries = {
  all: () =>
    queryOptions({
      queryKey: ['demo', 'accounts'],
      queryFn: () => apiRequest('/demo/accounts', demoAccountsSchema),
      staleTime: Infinity,
    }),
};
