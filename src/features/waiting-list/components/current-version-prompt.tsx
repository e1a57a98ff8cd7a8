import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError, isApiError } from '../../../api/api-error';
import { staleReader } from '../../../api/declared-errors';
import { referralEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';
import { TONE_TEXT } from '../../../components/tones';

const staleEntry = staleReader(
  referralEndpoints,
  'PATCH /referrals/:id',
  'POST /referrals/:id/close',
  'POST /referrals/:id/reopen',
);

/** 412 (a colleague changed the entry since it was opened) or 409 (its state no longer allows
 * this, say someone else closed it): the page is out of date. */
export function isOutOfDate(error: unknown): boolean {
  return isApiError(error) && (error.status === 412 || error.status === 409);
}

/** Says why, and offers to load the entry as it now stands: from the 412's own copy when it
 * came with one, or read again. Nothing is retried by itself. */
export function CurrentVersionPrompt({
  referralId,
  error,
  what,
  onLoaded,
}: {
  referralId: string;
  error: unknown;
  what: string;
  onLoaded: () => void;
}) {
  const qc = useQueryClient();
  const [loading, setLoading] = useState(false);
  const load = async () => {
    setLoading(true);
    const key = queryKeys.referrals.detail(referralId);
    const current = staleEntry(error)?.current;
    if (current) qc.setQueryData(key, current);
    await qc.invalidateQueries({ queryKey: key });
    setLoading(false);
    onLoaded();
  };
  return (
    <Alert color={TONE_TEXT.warning} role="alert" title={`The entry was not ${what}`}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {describeError(error)} Load the entry as it is now, check it, then try again.
        </Text>
        <Button size="xs" variant="default" loading={loading} onClick={() => void load()}>
          Load the current version
        </Button>
      </Stack>
    </Alert>
  );
}
