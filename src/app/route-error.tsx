import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ErrorPanel } from '../components/query-state';
import { TONE_TEXT } from '../components/tones';
import { isChunkLoadError, retryFailedLoads } from '../lib/lazy-component';

/** The error boundary for every route: what failed, and a retry that really retries. A page
 * whose code could not load (offline) is retried in place, never by reloading over the marks
 * and notes still waiting to be sent. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  const retry = async () => {
    // One new attempt per failed load: the router's own preload joins the one started here.
    const retrying = retryFailedLoads();
    queryReset.reset();
    await router.invalidate();
    await retrying;
    reset();
  };
  if (isChunkLoadError(error)) {
    return (
      <Stack p="md" maw={640}>
        <Title order={1} size="h2">
          This page could not load
        </Title>
        <Alert color={TONE_TEXT.danger} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              The connection may have dropped. Nothing you have entered is lost: try again once you
              are back online.
            </Text>
            <Button size="xs" variant="default" onClick={() => void retry()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack p="md" maw={640}>
      <Title order={1} size="h2">
        This page could not be shown
      </Title>
      <ErrorPanel
        title="Something failed while loading this page"
        error={error}
        onRetry={() => void retry()}
      />
    </Stack>
  );
}
