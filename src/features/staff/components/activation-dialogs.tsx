import { zodResolver } from '@hookform/resolvers/zod';
import { List, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import { deactivationSchema, type StaffAccountView } from '../../../api/schemas/staff-accounts';
import { FormDialog } from '../../../components/form-dialog';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import { useUpdateStaff } from '../api/use-update-staff';
import { StaleAccountNotice, staleAccountOf } from './stale-account-notice';

type Schema = typeof deactivationSchema;

/** A leaver is switched off at once: every session of theirs ends, they cannot sign in, and
 * they are offered for no new cohort. The reason is required and kept. The last active admin
 * is refused (409), with the reason typed still there. */
export function DeactivateDialog({
  account,
  onClose,
}: {
  account: StaffAccountView;
  onClose: () => void;
}) {
  const update = useUpdateStaff(account.id);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(deactivationSchema),
    defaultValues: { reason: '' },
  });
  const stale = staleAccountOf(update.error);
  const deactivate = (version: number) =>
    form.handleSubmit(({ reason }) =>
      update.mutate(
        { version, body: { active: false, reason } },
        { onSuccess: onClose, onError: (e) => applyServerErrors(e, form.setError) },
      ),
    );
  return (
    <FormDialog
      title={`Deactivate ${account.name}`}
      opened
      onClose={onClose}
      submitLabel="Deactivate"
      busy={update.isPending}
      error={stale ? undefined : update.error}
      onSubmit={deactivate(account.version)}
    >
      {stale && (
        <StaleAccountNotice
          current={stale}
          retryLabel="Deactivate anyway"
          onRetry={() => void deactivate(stale.version)()}
        />
      )}
      <Text size="sm">
        They are signed out everywhere at once and cannot sign in again until reactivated.
      </Text>
      {account.cohorts.length > 0 && (
        <div>
          <Text size="sm" fw={700}>
            They still facilitate these cohorts: choose someone else for each afterwards.
          </Text>
          <List size="sm">
            {account.cohorts.map((c) => (
              <List.Item key={c.id}>{c.name}</List.Item>
            ))}
          </List>
        </div>
      )}
      <Textarea
        label="Reason"
        description="Kept with the account and in the audit trail, for example “Left the service”"
        {...form.register('reason')}
        error={form.formState.errors.reason?.message}
        maxLength={300}
      />
    </FormDialog>
  );
}

/** Back on the staff list: they can sign in again with their password. */
export function ReactivateDialog({
  account,
  onClose,
}: {
  account: StaffAccountView;
  onClose: () => void;
}) {
  const update = useUpdateStaff(account.id);
  const stale = staleAccountOf(update.error);
  const reactivate = (version: number) =>
    update.mutate({ version, body: { active: true } }, { onSuccess: onClose });
  return (
    <FormDialog
      title={`Reactivate ${account.name}`}
      opened
      onClose={onClose}
      submitLabel="Reactivate"
      busy={update.isPending}
      error={stale ? undefined : update.error}
      onSubmit={() => reactivate(account.version)}
    >
      {stale && (
        <StaleAccountNotice
          current={stale}
          retryLabel="Reactivate anyway"
          onRetry={() => reactivate(stale.version)}
        />
      )}
      <Text size="sm">
        Deactivated: {account.deactivationReason}. Once reactivated they can sign in with their
        password, or with a temporary one you set.
      </Text>
    </FormDialog>
  );
}
