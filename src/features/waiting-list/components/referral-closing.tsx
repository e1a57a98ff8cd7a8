import { zodResolver } from '@hookform/resolvers/zod';
import { Button, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import {
  closeReferralSchema,
  type CloseReferralInput,
  type ReferralDetail,
} from '../../../api/schemas/referrals';
import { FormDialog } from '../../../components/form-dialog';
import { FormErrorAlert } from '../../../components/form-error-alert';
import {
  CLOSE_REASON_LABELS,
  CLOSE_REASONS,
  type CloseReason,
} from '../../../domain/referral-closure';
import { formatDateTime } from '../../../lib/format';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import { useCloseReferral } from '../api/use-close-referral';
import { useReopenReferral } from '../api/use-reopen-referral';
import { CurrentVersionPrompt, isOutOfDate } from './current-version-prompt';

/** Close an entry with a reason (docs/domain.md), confirmed in a dialog, or reopen a closed one.
 * `closing` is the dialog's state, held by the page so the contact log's "not contactable"
 * suggestion can open it with that reason chosen (null: closed; '': no reason yet). */
export function ReferralClosing({
  referral,
  closing,
  onClosing,
}: {
  referral: ReferralDetail;
  closing: CloseReason | '' | null;
  onClosing: (reason: CloseReason | '' | null) => void;
}) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="closing-heading">
      <Title order={2} size="h3" id="closing-heading">
        {referral.status === 'closed' ? 'Closed entry' : 'Close the entry'}
      </Title>
      {referral.status === 'closed' ? (
        <Reopen referral={referral} />
      ) : referral.status === 'waiting' ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            An entry leaves the list with a reason; it can be reopened at its original place.
          </Text>
          <Button variant="default" onClick={() => onClosing('')}>
            Close entry…
          </Button>
          {closing !== null && (
            <CloseDialog referral={referral} reason={closing} onDone={() => onClosing(null)} />
          )}
        </Stack>
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

/** The confirmation: the reason (preset when the page suggests one) and a note, then Close. */
function CloseDialog({
  referral,
  reason,
  onDone,
}: {
  referral: ReferralDetail;
  reason: CloseReason | '';
  onDone: () => void;
}) {
  const close = useCloseReferral(referral.id);
  const form = useForm<CloseReferralInput, unknown, z.output<typeof closeReferralSchema>>({
    resolver: zodResolver(closeReferralSchema),
    defaultValues: { reason: reason as CloseReferralInput['reason'], note: '' },
  });
  useEffect(() => {
    applyServerErrors(close.error, form.setError);
  }, [close.error, form.setError]);
  const errors = form.formState.errors;
  const outOfDate = isOutOfDate(close.error);
  return (
    <FormDialog
      title={`Close the entry for ${referral.givenName} ${referral.familyName}?`}
      opened
      onClose={onDone}
      onSubmit={form.handleSubmit((input) =>
        close.mutate({ version: referral.version, input }, { onSuccess: onDone }),
      )}
      submitLabel="Close entry"
      busy={close.isPending}
      error={outOfDate ? undefined : close.error}
    >
      {outOfDate && (
        <CurrentVersionPrompt
          referralId={referral.id}
          error={close.error}
          what="closed"
          onLoaded={() => close.reset()}
        />
      )}
      <Text size="sm">
        They leave the waiting list and are no longer suggested for places. The entry can be
        reopened later at its original place.
      </Text>
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
    </FormDialog>
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
      {isOutOfDate(reopen.error) ? (
        <CurrentVersionPrompt
          referralId={referral.id}
          error={reopen.error}
          what="reopened"
          onLoaded={() => reopen.reset()}
        />
      ) : (
        Boolean(reopen.error) && (
          <FormErrorAlert title="The entry was not reopened" error={reopen.error} />
        )
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
