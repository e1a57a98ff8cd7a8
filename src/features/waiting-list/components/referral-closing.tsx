import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import {
  closeReferralSchema,
  type CloseReferralInput,
  type ReferralDetail,
} from '../../../api/schemas/referrals';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { CLOSE_REASON_LABELS, CLOSE_REASONS } from '../../../domain/referral-closure';
import { formatDateTime } from '../../../lib/format';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import { useCloseReferral } from '../api/use-close-referral';
import { useReopenReferral } from '../api/use-reopen-referral';

/** Close an entry with a reason (DOMAIN.md), or reopen a closed one. */
export function ReferralClosing({ referral }: { referral: ReferralDetail }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="closing-heading">
      <Title order={2} size="h3" id="closing-heading">
        {referral.status === 'closed' ? 'Closed entry' : 'Close the entry'}
      </Title>
      {referral.status === 'closed' ? (
        <Reopen referral={referral} />
      ) : referral.status === 'waiting' ? (
        <CloseForm referral={referral} />
      ) : (
        <Text size="sm">
          {referral.status === 'offered'
            ? 'They hold an open offer: record its outcome on the vacancy before closing the entry.'
            : 'They have a place, so the entry is no longer on the list.'}
        </Text>
      )}
    </Stack>
  );
}

function CloseForm({ referral }: { referral: ReferralDetail }) {
  const close = useCloseReferral(referral.id);
  const form = useForm<CloseReferralInput, unknown, z.output<typeof closeReferralSchema>>({
    resolver: zodResolver(closeReferralSchema),
    defaultValues: { reason: '' as CloseReferralInput['reason'], note: '' },
  });
  useEffect(() => {
    applyServerErrors(close.error, form.setError);
  }, [close.error, form.setError]);
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      aria-label="Close the entry"
      onSubmit={form.handleSubmit((input) => close.mutate({ version: referral.version, input }))}
    >
      <Stack gap="sm" maw={520}>
        {Boolean(close.error) && (
          <FormErrorAlert title="The entry was not closed" error={close.error} />
        )}
        <NativeSelect
          label="Reason"
          {...form.register('reason')}
          error={errors.reason?.message}
          data={[
            { value: '', label: 'Choose a reason' },
            ...CLOSE_REASONS.map((r) => ({ value: r, label: CLOSE_REASON_LABELS[r] })),
          ]}
        />
        <Textarea
          label="Note"
          description="Needed for “Other”"
          rows={2}
          {...form.register('note')}
          error={errors.note?.message}
        />
        <Group>
          <Button type="submit" color="red" variant="outline" loading={close.isPending}>
            Close entry
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Reopen({ referral }: { referral: ReferralDetail }) {
  const reopen = useReopenReferral(referral.id);
  const closure = referral.closure;
  return (
    <Stack gap="sm" align="flex-start">
      {closure && (
        <Text size="sm">
          Closed {formatDateTime(closure.at)}: {CLOSE_REASON_LABELS[closure.reason]}
          {closure.note ? ` (${closure.note})` : ''}.
        </Text>
      )}
      {Boolean(reopen.error) && (
        <FormErrorAlert title="The entry was not reopened" error={reopen.error} />
      )}
      <Button
        variant="default"
        loading={reopen.isPending}
        onClick={() => reopen.mutate(referral.version)}
      >
        Reopen entry
      </Button>
      <Text size="xs">They go back on the list at their original place.</Text>
    </Stack>
  );
}
