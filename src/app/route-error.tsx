import { Stack, Title } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ErrorPanel } from '../components/query-state';

/** The error boundary for every route: what failed, and a retry that really retries. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  return (
    <Stack p="md" maw={640}>
      <Title order={1} size="h2">
        This page could not be shown
      </Title>
      <ErrorPanel
        title="Something failed while loading this page"
        error={error}
        onRetry={() => {
          queryReset.reset();
          reset();
          void router.invalidate();
        }}
      />
    </Stack>
  );
}
