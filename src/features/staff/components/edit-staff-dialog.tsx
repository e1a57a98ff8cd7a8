import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import {
  staffDetailsSchema,
  type StaffAccount,
  type StaffDetails,
} from '../../../api/schemas/staff-accounts';
import { FormDialog } from '../../../components/form-dialog';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import { useUpdateStaff } from '../api/use-update-staff';
import { StaffDetailFields } from './staff-fields';
import { StaleAccountNotice, staleAccountOf } from './stale-account-notice';

type Schema = typeof staffDetailsSchema;
const detailsOf = ({ name, role, discipline }: StaffAccount): StaffDetails => ({
  name,
  role,
  discipline,
});

/** Name, role and discipline, saved with the version the dialog opened at. A demotion of the
 * last active admin comes back as a 409 on the role; a colleague's save first as a 412 with
 * what they saved, keeping what was typed. */
export function EditStaffDialog({
  account,
  onClose,
}: {
  account: StaffAccount;
  onClose: () => void;
}) {
  const update = useUpdateStaff(account.id);
  const [version, setVersion] = useState(account.version);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(staffDetailsSchema),
    defaultValues: detailsOf(account),
  });
  const stale = staleAccountOf(update.error);
  const save = (atVersion: number) =>
    form.handleSubmit((values) =>
      update.mutate(
        { version: atVersion, body: values },
        { onSuccess: onClose, onError: (e) => applyServerErrors(e, form.setError) },
      ),
    );
  return (
    <FormDialog
      title={`Edit ${account.name}`}
      opened
      onClose={onClose}
      submitLabel="Save changes"
      busy={update.isPending}
      error={stale ? undefined : update.error}
      onSubmit={save(version)}
    >
      {stale && (
        <StaleAccountNotice
          current={stale}
          retryLabel="Save mine over theirs"
          onRetry={() => void save(stale.version)()}
          onLoad={() => {
            form.reset(detailsOf(stale));
            setVersion(stale.version);
            update.reset();
          }}
        />
      )}
      <StaffDetailFields control={form.control} />
    </FormDialog>
  );
}
