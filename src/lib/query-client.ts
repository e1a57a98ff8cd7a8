import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';

/** One place for query defaults. `onUnauthenticated` runs when any call gets a 401, with it. */
export function createQueryClient(
  onUnauthenticated: (error: unknown) => void = () => {},
): QueryClient {
  const on401 = (error: unknown) => {
    if (isApiError(error) && error.status === 401) onUnauthenticated(error);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: on401 }),
    mutationCache: new MutationCache({ onError: on401 }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        // Retrying a 4xx never helps; a flaky network or a 5xx might.
        retry: (count, error) =>
          count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
