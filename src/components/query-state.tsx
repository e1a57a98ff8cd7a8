import { TONE_TEXT } from './tones';
import { Alert, Button, Skeleton, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describeError, isApiError } from '../api/api-error';

/** Every query's loading and error states look and behave the same: what failed, and a retry. */
export function QueryState<T>({
  query,
  label,
  children,
}: {
  query: UseQueryResult<T>;
  label: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <Stack gap="xs" role="status" aria-busy="true" aria-label={`Loading ${label}`}>
        <Skeleton height={28} />
        <Skeleton height={28} />
        <Skeleton height={28} />
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <ErrorPanel
        title={`Could not load ${label}`}
        error={query.error}
        onRetry={() => query.refetch()}
      />
    );
  }
  return <>{children(query.data)}</>;
}

/** Asking again helps only when the failure may pass (the network, the server, a timeout); a
 * refusal (not allowed, not found, bad request) would answer the same, so offers no retry. */
function canRetry(error: unknown): boolean {
  if (!isApiError(error) || error.isOffline) return true;
  return error.status >= 500 || error.status === 408 || error.status === 429;
}

export function ErrorPanel({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <Alert color={TONE_TEXT.danger} title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        <span>{describeError(error)}</span>
        {onRetry && canRetry(error) && (
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
